import { EdgeEvidenceResolver, EvidenceResolver } from './resolvers/evidence.resolver';
import { DocumentTextResolver } from './resolvers/document-text.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { KIND_APIS, typeOf } from './kinds';
import { kindResolvers } from './resolvers/kind-resolvers';

/** The resolvers of the entity kinds: lists, lookups and typed relationship fields. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const graphResolvers: Function[] = [
  NodeResolver,
  EvidenceResolver,
  EdgeEvidenceResolver,
  DocumentTextResolver,
  // Root fields and typed relationship fields of every kind.
  ...KIND_APIS.flatMap((api) => kindResolvers(api, typeOf)),
];
