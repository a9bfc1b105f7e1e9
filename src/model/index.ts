/**
 * The ground floor: the one description of the graph (kinds, relationship types, ids, evidence
 * rules, limits, who may see what). It imports nothing from the project but `config`.
 */
export * from './labels';
export * from './kind';
export * from './kinds';
export * from './relationships';
export * from './ids';
export * from './viewer';
export * from './limits';
export * from './evidence';
export * from './stored';
export * from './visibility';
