import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth';
import { resolvers } from './resolvers';

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the type-graphql classes. */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: true },
    emitSchemaFile: false,
  });
  return built;
}

/** The SDL as checked in to schema.graphql: sorted, so diffs show real changes only. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGraphSchema()))}\n`;
}
