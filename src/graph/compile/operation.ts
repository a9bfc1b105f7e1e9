import { type GraphQLSchema, execute, parse } from 'graphql';
import { DryRun, type RecordedStatement } from '../../db/dry-run';
import type { Viewer } from '../../model';
import { createContext } from './context';

/**
 * The statements a GraphQL operation sends, without running them: each root field compiles its
 * statement before it reads, so a dry run records one statement per root field (the fields below
 * find no data and stop there). For `npm run cypher` and the EXPLAIN tests.
 */
export async function statementsOf(
  schema: GraphQLSchema,
  operation: string,
  viewer: Viewer,
  variables: Record<string, unknown> = {},
): Promise<RecordedStatement[]> {
  const dryRun = new DryRun();
  const result = await execute({
    schema,
    document: parse(operation),
    variableValues: variables,
    contextValue: createContext(dryRun, 'dry-run', viewer),
  });
  const refused = result.errors?.find((error) => error.extensions?.code === 'BAD_USER_INPUT');
  if (refused) throw refused;
  return dryRun.recorded;
}
