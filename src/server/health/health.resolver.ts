import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphContext } from '../../graph/compile/context';
import { databaseIdentity } from './health.queries';
import { Health } from './health.type';

@Resolver(() => Health)
export class HealthResolver {
  @Query(() => Health, { description: 'Is the service up, and which database answers it?' })
  async health(@Ctx() { db }: GraphContext): Promise<Health> {
    return { status: 'ok', database: await databaseIdentity(db) };
  }
}
