import 'reflect-metadata';
import fs from 'node:fs';
import { queryRegistry } from '../db/query-registry';
import { statementsOf } from '../graph/compile/operation';
import { ANONYMOUS, KINDS, type Viewer } from '../model';
import { buildGraphSchema } from '../server/schema';
import { runCli } from './run-cli';

const USAGE = `Prints the Cypher the service sends, ready for Neo4j Browser.
  npm run cypher -- '<GraphQL operation>'      the statement each root field compiles to
  npm run cypher -- examples/youth-care.graphql  the same, from a file
  npm run cypher -- organisation/page           a kind's list page (municipality/page, …)
  npm run cypher -- network/search              a named query from cypher/queries
Options: --researcher (as a viewer who sees restricted facts), --variables '{"id": "org:kwadraad"}'`;

const RESEARCHER: Viewer = { subject: 'cypher-cli', roles: new Set(['researcher']), seeRestricted: true };

/** A kind's list page with every scalar field and the total, e.g. `organisation/page`. */
function listOperation(name: string): string | undefined {
  const match = /^([a-z]+)\/page$/.exec(name);
  const kind = Object.values(KINDS).find((k) => k.byIdField === match?.[1]);
  if (!kind) return undefined;
  const scalars = ['id', 'name', ...kind.properties.filter((p) => !p.long).map((p) => p.field)];
  return `{ ${kind.listField}(first: 20) { totalCount edges { cursor node { ${scalars.join(' ')} } } } }`;
}

/** A value as a Cypher literal for `:params` (JSON strings, numbers, lists and null are Cypher too). */
function cypherParams(params: Record<string, unknown>): string {
  return `{${Object.entries(params)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ')}}`;
}

runCli(async () => {
  const args = process.argv.slice(2);
  const viewer = args.includes('--researcher') ? RESEARCHER : ANONYMOUS;
  const variablesAt = args.indexOf('--variables');
  const variables =
    variablesAt >= 0 ? (JSON.parse(args[variablesAt + 1] ?? '{}') as Record<string, unknown>) : {};
  const target = args.find((arg, i) => !arg.startsWith('--') && !(variablesAt >= 0 && i === variablesAt + 1));
  if (!target) {
    console.log(USAGE);
    return 2;
  }
  if (/^[a-z-]+\/[a-z-]+$/.test(target) && !listOperation(target)) {
    console.log(queryRegistry().get(target).text);
    return 0;
  }
  const operation =
    listOperation(target) ?? (fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : target);
  const statements = await statementsOf(await buildGraphSchema(), operation, viewer, variables);
  for (const statement of statements) {
    console.log(`// ${statement.name}`);
    console.log(`:params ${cypherParams(statement.params)}`);
    console.log(`${statement.text};\n`);
  }
  return 0;
}, USAGE);
