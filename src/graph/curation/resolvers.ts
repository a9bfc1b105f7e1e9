import { AuditResolver } from './audit.resolver';
import { ChangeResolver } from './change.resolver';
import { CurationResolver } from './curation.resolver';
import { IntakeResultResolver, ProposalResolver, ReviewResolver } from './proposal.resolver';
import { ProposalEndResolver } from './proposal.type';
import { NodeVersionResolver } from './version.resolver';

/** The resolvers of curation: mutations for editors, the audit log, and every node's version. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const curationResolvers: Function[] = [
  CurationResolver,
  AuditResolver,
  NodeVersionResolver,
  ProposalResolver,
  ReviewResolver,
  IntakeResultResolver,
  ProposalEndResolver,
  ChangeResolver,
];
