/**
 * The intake engine: a document's text read against the known graph gives cited proposals
 * (mentions, new nodes, quotes, relationships). Pure: no database, no GraphQL.
 */
export * from './types';
export { proposeFacts } from './propose';
export { htmlToText } from './html';
export { documentTextFromUpload, UPLOAD_EXTENSIONS } from './upload';
export { IntakeInputError } from './errors';
export { CUE_RULES, type CueRule, type CueSlot } from './cues';
