import 'reflect-metadata';
import {
  GraphQLObjectType,
  GraphQLSchema,
  type GraphQLNamedType,
  lexicographicSortSchema,
  printSchema,
} from 'graphql';
import { type PubSub, buildSchema } from 'type-graphql';
import { authChecker } from './auth';
import { resolvers } from './resolvers';

/**
 * What the root types are for: the first thing the Sandbox and the SDL show. type-graphql makes the
 * root types itself and takes no description for them, so they are added to the built schema.
 */
export const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    'The reads: any node by id (`node`, or `<kind>(id)`), every kind as a list paged Relay style ' +
    '(`first`, `after`, `pageInfo`), search, neighbourhoods and paths through the network, analyses, ' +
    'the audit log, and health. Facts from restricted sources are shown only to researchers and editors.',
  Mutation:
    'The curation, for editors only: add documents, and nodes, quotes and relationships with their ' +
    'evidence; update nodes (with the version last read), remove relationships, mark documents ' +
    'restricted; add a document and review what intake proposes from it. Every change is written to ' +
    'the audit log (`auditLog`) and numbered in the change feed (`changes`).',
  Subscription:
    'Live updates over WebSocket (the graphql-ws protocol on `/graphql`): `graphChanged` pushes each ' +
    'change of the graph as the caller may see it.',
} as const;

/**
 * type-graphql wants a PubSub for any subscription; ours read the change feed (`subscribe` on the
 * field), so nothing publishes: a topic-based subscription added by mistake fails loudly.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('Subscriptions read the change feed (ChangeFeed); there are no topics to publish to');
  },
  subscribe() {
    throw new Error('Subscriptions read the change feed (ChangeFeed); there are no topics to subscribe to');
  },
};

/**
 * `schema` with its root types described: a new schema from the same config, each root type a copy
 * with its description (fields, resolvers and extensions unchanged), and nothing built mutated.
 */
export function describeRootTypes(
  schema: GraphQLSchema,
  descriptions: Record<string, string> = ROOT_TYPE_DESCRIPTIONS,
): GraphQLSchema {
  const config = schema.toConfig();
  const copies = new Map<GraphQLNamedType, GraphQLObjectType>();
  const described = <T extends GraphQLObjectType | null | undefined>(type: T): T => {
    const description = type && descriptions[type.name];
    if (!type || !description) return type;
    const copy = new GraphQLObjectType({ ...type.toConfig(), description });
    copies.set(type, copy);
    return copy as T;
  };
  return new GraphQLSchema({
    ...config,
    query: described(config.query),
    mutation: described(config.mutation),
    subscription: described(config.subscription),
    types: config.types.map((type) => copies.get(type) ?? type),
  });
}

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the type-graphql classes. */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    pubSub: NO_TOPICS,
    validate: { forbidUnknownValues: true },
    emitSchemaFile: false,
  }).then((schema) => describeRootTypes(schema));
  return built;
}

/** The SDL as checked in to schema.graphql: sorted, so diffs show real changes only. */
export async function printSortedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildGraphSchema()))}\n`;
}
