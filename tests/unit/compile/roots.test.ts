/**
 * The root fields, compiled without a database (the tck tests of @neo4j/graphql, for this
 * service): each kind's `<kind>(id)` and list field, and `node(id)` with fragments on several
 * kinds. Operation in, exact statement name, Cypher and parameters out (snapshots in
 * __snapshots__; after a deliberate compiler change `npx jest --selectProjects unit -u` rewrites
 * them, and the diff shows the change for review).
 */
import { KINDS, NodeLabel, exampleIdOf } from '../../../src/model';
import { PUBLIC, RESEARCHER, byIdOperation, compile, forReview, listOperation } from '../../support/compiled';

const KIND_LABELS = Object.values(NodeLabel);

describe('<kind>(id): one statement per root field, by the kind’s label', () => {
  it.each(KIND_LABELS)('%s by id, every scalar and relationship field', async (label) => {
    const statement = await compile(byIdOperation(KINDS[label]));
    expect(statement.name).toBe(`compiled/${KINDS[label].byIdField}`);
    expect(statement.params).toMatchObject({ seeRestricted: false });
    expect(Object.values(statement.params)).toContain(exampleIdOf([label]));
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('municipality(id) with nothing but its id reads no relationship and no evidence', async () => {
    const statement = await compile('{ municipality(id: "municipality:delft") { id } }');
    expect(statement.text).not.toMatch(/COLLECT|evidence/);
    expect(forReview(statement)).toMatchSnapshot();
  });
});

describe('<kinds>(first): a page, its total and cursors, one statement', () => {
  it.each(KIND_LABELS)('%s list, first 5, with the total', async (label) => {
    const statement = await compile(listOperation(KINDS[label]));
    expect(statement.name).toBe(`compiled/${KINDS[label].listField}`);
    // first + 1 nodes are read: the extra one says whether another page follows.
    expect(Object.values(statement.params)).toContain(6);
    expect(forReview(statement)).toMatchSnapshot();
  });
});

describe('node(id): any kind, by the Node label, with what each kind’s fragment asks', () => {
  const operation = `{ node(id: "org:kwadraad") {
    id name kind
    ... on Municipality { nominatedBy(first: 3) { key node { id name } } regions { node { name } } }
    ... on Organisation { type partners(first: 4) { key context node { id name kind } } }
    ... on Document { title text restrictedText }
    ... on Person { phone roles { title node { id } } }
  } }`;

  it('matches any node and tests the kind where a fragment asks for a kind’s own field', async () => {
    const statement = await compile(operation);
    expect(statement.name).toBe('compiled/node');
    expect(statement.text).toMatch(/^MATCH \(n:Node \{id: \$p\d+\}\)/);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('shares one subquery between kinds that ask the same of the same relationship', async () => {
    const statement = await compile(`{ node(id: "region:midden-limburg") { id
      ... on Municipality { partners { key } } ... on Region { partners { key } } } }`);
    expect(statement.text.match(/COLLECT \{/g)).toHaveLength(1);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('keeps one subquery per kind where the same field name means other relationships', async () => {
    const statement = await compile(`{ node(id: "theme:jeugdhulp") { id
      ... on Theme { quotes { key } } ... on Person { quotes { key } } ... on Document { quotes { key } } } }`);
    expect(statement.text.match(/COLLECT \{/g)).toHaveLength(3);
    expect(forReview(statement)).toMatchSnapshot();
  });
});

describe('each role: the same text, the viewer in the parameters', () => {
  const documentTexts =
    '{ node(id: "document:001-358c8b65ae7369f4") { id ... on Document { text restrictedText } } }';

  it.each([
    ['municipality by id', byIdOperation(KINDS.Municipality)],
    ['organisations list', listOperation(KINDS.Organisation)],
    ['node by id', documentTexts],
  ])('%s: the public and a researcher differ only in seeRestricted', async (_name, op) => {
    const publicStatement = await compile(op, PUBLIC);
    const researcherStatement = await compile(op, RESEARCHER);
    expect(publicStatement.params.seeRestricted).toBe(false);
    expect(researcherStatement.params.seeRestricted).toBe(true);
    expect(researcherStatement.text).toBe(publicStatement.text);
    expect(researcherStatement.params).toEqual({ ...publicStatement.params, seeRestricted: true });
  });

  it('a researcher’s document: the restricted text is read only when $seeRestricted', async () => {
    const statement = await compile(
      '{ document(id: "document:001-358c8b65ae7369f4") { title text restrictedText } }',
      RESEARCHER,
    );
    expect(Object.values(statement.params)).toEqual([true, 'document:001-358c8b65ae7369f4']);
    expect(forReview(statement)).toMatchSnapshot();
  });
});
