import { EdgeEvidenceResolver, EvidenceResolver } from './common/evidence.resolver';
import { DocumentTextResolver } from './common/document-text.resolver';
import { NodeResolver } from './common/node.resolver';
import { kindResolverClasses } from './kinds';

/** The resolvers of the entity kinds: lists, lookups and typed relationship fields. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const graphResolvers: Function[] = [
  NodeResolver,
  EvidenceResolver,
  EdgeEvidenceResolver,
  DocumentTextResolver,
  ...kindResolverClasses,
];
