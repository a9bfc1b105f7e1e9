import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../compile/context';
import { LIMITS, perItem } from '../../model';
import { listAuditEvents } from './audit.queries';
import { AuditEventConnection, AuditLogArgs } from './audit.type';

@Resolver()
export class AuditResolver {
  @Authorized('researcher', 'editor')
  @Query(() => AuditEventConnection, {
    description:
      'Who changed what and when: the audit events of the curation mutations, newest first, page by ' +
      'page, optionally about one node id or relationship key. Researchers and editors only.',
    complexity: perItem(LIMITS.defaultPageSize),
  })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: GraphContext) {
    return listAuditEvents(ctx, args);
  }
}
