import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import type { Credentials } from '../src/db/database';
import type { Operation } from './operations';

export interface RunningRaw {
  url: string;
  stop(): Promise<void>;
}

/**
 * The floor: the raw neo4j-driver running each operation's hand-written Cypher, behind the
 * smallest HTTP handler that lets autocannon measure it exactly as it measures the two GraphQL
 * servers. `POST /<operation>` with the parameters as JSON answers the first column as JSON.
 * One statement per request, in a read transaction function, like ours.
 */
export async function startRaw(credentials: Credentials, operations: Operation[]): Promise<RunningRaw> {
  const driver = neo4j.driver(credentials.uri, neo4j.auth.basic(credentials.user, credentials.password), {
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
  });
  const byPath = new Map(operations.map((op) => [`/${op.name}`, op]));
  const server = http.createServer(async (req, res) => {
    const body: Buffer[] = [];
    for await (const chunk of req) body.push(chunk as Buffer);
    const op = byPath.get(req.url ?? '');
    if (!op || req.method !== 'POST') return void res.writeHead(404).end();
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const params = JSON.parse(Buffer.concat(body).toString() || '{}') as Record<string, unknown>;
      const records = await session.executeRead((tx) => tx.run(op.cypher, params).then((r) => r.records));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: records.map((r) => r.get(0) as unknown) }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    } finally {
      await session.close();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await driver.close();
    },
  };
}
