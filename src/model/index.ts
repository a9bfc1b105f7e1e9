/**
 * The ground floor: the one description of the graph (kinds, relationship types, ids, evidence
 * rules, limits, who may see what). It imports nothing from the project but `config`.
 */
export * from './graph-model';
export * from './viewer';
export * from './limits';
