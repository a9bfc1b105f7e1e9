import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import type { Credentials } from '../src/db/database';
import { OPERATIONS } from './operations';

const cypherOf = (name: string) => {
  const op = OPERATIONS.find((o) => o.name === name);
  if (!op) throw new Error(`no operation ${name}`);
  return JSON.stringify(op.cypher);
};

/**
 * The peer: @neo4j/graphql over the same database, with type definitions mapping our labels and
 * relationship types (nodes are found by their kind label; each also carries `:Node`). Walks and
 * search have no generated equivalent, so they are `@cypher` fields running the raw Cypher.
 */
const typeDefs = /* GraphQL */ `
  type Fact @relationshipProperties {
    key: String!
    context: String
    title: String
    year: Int
    evidenceDocuments: [String!]
    evidenceExcerpts: [String!]
  }
  type Municipality @node {
    id: ID!
    name: String!
    nominatedBy: [Organisation!]! @relationship(type: "NOMINATED_BY", direction: OUT, properties: "Fact")
    partners: [Partner!]!
      @relationship(type: "PARTNERS_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "Fact")
    people: [Person!]! @relationship(type: "HOLDS_ROLE", direction: IN, properties: "Fact")
    regions: [Region!]! @relationship(type: "MEMBER_OF", direction: OUT, properties: "Fact")
  }
  type Region @node {
    id: ID!
    name: String!
  }
  type Organisation @node {
    id: ID!
    name: String!
    type: String
  }
  union Partner = Organisation | Municipality | Region
  type Person @node {
    id: ID!
    name: String!
    quotes: [Quote!]! @relationship(type: "SAID", direction: OUT, properties: "Fact")
  }
  type Quote @node {
    id: ID!
    name: String!
    text: String!
  }
  type NodeRef {
    id: ID!
    name: String!
  }
  type EdgeRef {
    from: ID!
    to: ID!
    type: String!
  }
  type Walk {
    length: Int
    nodes: [NodeRef!]!
    edges: [EdgeRef!]!
  }
  type Hit {
    id: ID!
    name: String!
    score: Float!
  }
  type Query {
    neighbourhood(id: ID!): Walk @cypher(statement: ${cypherOf('neighbourhood')}, columnName: "result")
    shortestPath(from: ID!, to: ID!): Walk @cypher(statement: ${cypherOf('shortestPath')}, columnName: "result")
    search(text: String!): [Hit!]! @cypher(statement: ${cypherOf('search')}, columnName: "result")
  }
`;

export interface RunningPeer {
  url: string;
  /** Cypher statements sent so far (one session per statement). */
  statements(): number;
  stop(): Promise<void>;
}

/** Serves the peer with Apollo Server 5 on Express 5 (the same stack as ours), on a free port. */
export async function startPeer(credentials: Credentials): Promise<RunningPeer> {
  const driver = neo4j.driver(credentials.uri, neo4j.auth.basic(credentials.user, credentials.password), {
    maxConnectionPoolSize: 50,
  });
  // @neo4j/graphql opens one session per statement it runs: counting sessions counts round trips.
  let statements = 0;
  const session = driver.session.bind(driver);
  driver.session = (config) => {
    statements++;
    return session(config);
  };
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '256kb' }), expressMiddleware(apollo));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    statements: () => statements,
    async stop() {
      await apollo.stop();
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}
