import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config/config';
import { databaseSuite } from '../support/service-suite';
import { cypher } from '../support/graph-snapshot';

/** Per document, the people and organisations it names, compiled by reading the documents. */
interface NamedInDocument {
  document: string;
  people: string[];
  organisations: string[];
}
const NAMED: NamedInDocument[] = parse(
  fs.readFileSync(path.join(PROJECT_ROOT, 'tests', 'fixtures', 'named-in-documents.yaml'), 'utf8'),
) as NamedInDocument[];

describe('coverage: everyone a document names is in the graph, linked to that document', () => {
  const suite = databaseSuite();
  /** The names (as "Label name") with no node of that label and name or alias that the document mentions. */
  async function unlinked(document: string, people: string[], organisations: string[]): Promise<string[]> {
    const wanted = [
      ...people.map((name) => ({ name, label: 'Person' })),
      ...organisations.map((name) => ({ name, label: 'Organisation' })),
    ];
    const rows = await cypher(
      suite.database,
      `UNWIND $wanted AS wanted
       OPTIONAL MATCH (n:Node) WHERE wanted.label IN labels(n)
         AND (n.name = wanted.name OR wanted.name IN coalesce(n.aliases, []))
         AND (EXISTS { (:Document {id: $document})-[:MENTIONS]->(n) } OR $document IN n.evidenceDocuments)
       WITH wanted, collect(n) AS nodes WHERE size(nodes) = 0
       RETURN wanted.label + ' ' + wanted.name AS named`,
      { wanted, document },
    );
    return rows.map((r) => r.named as string).sort();
  }

  it('lists every document of the graph', async () => {
    const documents = await cypher(suite.database, 'MATCH (d:Document) RETURN d.id AS id ORDER BY id');
    expect(NAMED.map((n) => n.document)).toEqual(documents.map((d) => d.id));
    expect(documents).toHaveLength(5);
  });

  it.each(NAMED)('$document', async ({ document, people, organisations }) => {
    expect(people.length + organisations.length).toBeGreaterThan(0);
    expect(await unlinked(document, people, organisations)).toEqual([]);
  });

  it('reports a name the graph lacks, and a name only another document mentions', async () => {
    const document000 = NAMED[0].document;
    expect(await unlinked(document000, ['Jeroen Olthof', 'Niemand Bekend'], ['Mieke Pirson'])).toEqual([
      'Organisation Mieke Pirson',
      'Person Jeroen Olthof',
      'Person Niemand Bekend',
    ]);
  });
});
