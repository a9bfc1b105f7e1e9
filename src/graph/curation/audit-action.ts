/**
 * Kept apart from the GraphQL types (audit.type.ts registers it): the change feed's readers, which
 * the export routes load, need the values without loading type-graphql's decorators.
 */
/** What an editor did. */
export enum AuditAction {
  ADD_DOCUMENT = 'ADD_DOCUMENT',
  CREATE_NODE = 'CREATE_NODE',
  UPDATE_NODE = 'UPDATE_NODE',
  ADD_QUOTE = 'ADD_QUOTE',
  LINK = 'LINK',
  UNLINK = 'UNLINK',
  SET_DOCUMENT_RESTRICTED = 'SET_DOCUMENT_RESTRICTED',
  ADD_EVIDENCE = 'ADD_EVIDENCE',
  PROPOSE_FACTS = 'PROPOSE_FACTS',
  ACCEPT_PROPOSAL = 'ACCEPT_PROPOSAL',
  REJECT_PROPOSAL = 'REJECT_PROPOSAL',
}
