/**
 * What a root field's statement reads below the node, compiled without a database: typed
 * relationship fields two levels deep with their `first`, evidence with and without its documents,
 * a document's texts, `neighbours` with its arguments, cursor and total, and aliases of one field
 * with different arguments. Exact statements in the snapshots; the assertions next to them say what
 * each variant must change.
 */
import { compile, cursor, forReview, parameterOf } from '../../support/compiled';

const count = (text: string, part: string | RegExp) =>
  typeof part === 'string' ? text.split(part).length - 1 : (text.match(new RegExp(part, 'g')) ?? []).length;

describe('typed relationship fields', () => {
  it('two levels deep: municipality.nominatedBy.node.partners, each with its own first', async () => {
    const statement = await compile(`{ municipality(id: "municipality:delft") { id name
      nominatedBy(first: 2) { key year node { id name type partners(first: 3) { key context node { id name } } } } } }`);
    expect(count(statement.text, 'COLLECT {')).toBe(2);
    // Each field's own first, as a parameter: LIMIT $first, not a literal.
    expect(statement.text).toContain(`LIMIT ${parameterOf(statement, 2)}`);
    expect(statement.text).toContain(`LIMIT ${parameterOf(statement, 3)}`);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('two levels deep through a field of several kinds: the kind tested where one asks more', async () => {
    const statement = await compile(`{ organisation(id: "org:kwadraad") {
      partners { key node { id ... on Municipality { regions(first: 1) { node { name } } }
        ... on Region { members(first: 4) { node { name } } } } } } }`);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('first: 1 and first: 100 become the limit; without first the default of 20', async () => {
    const one = await compile('{ theme(id: "theme:jeugdhulp") { programmes(first: 1) { key } } }');
    const hundred = await compile('{ theme(id: "theme:jeugdhulp") { programmes(first: 100) { key } } }');
    const byDefault = await compile('{ theme(id: "theme:jeugdhulp") { programmes { key } } }');
    expect(Object.values(one.params)).toContain(1);
    expect(Object.values(hundred.params)).toContain(100);
    expect(Object.values(byDefault.params)).toContain(20);
    expect(hundred.text).toBe(one.text);
    expect(byDefault.text).toBe(one.text);
    expect(forReview(one)).toMatchSnapshot();
  });
});

describe('evidence', () => {
  it('on a node, without document: the pieces zipped, no document read', async () => {
    const statement = await compile(
      '{ organisation(id: "org:kwadraad") { id evidence { excerpt inferred reason } } }',
    );
    expect(statement.text).toContain('evidence: ');
    expect(statement.text).not.toContain(':Document');
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('on a node, with document: each piece’s document, if visible', async () => {
    const statement = await compile(
      '{ organisation(id: "org:kwadraad") { id evidence { excerpt inferred document { id title publishedOn } } } }',
    );
    expect(count(statement.text, ':Document {id: ')).toBe(1);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('on relationships, with and without document, and the document’s text and restricted text', async () => {
    const statement = await compile(`{ person(id: "person:mieke-pirson") {
      roles { key title evidence { excerpt inferred } node { id } }
      quotes { key evidence { excerpt document { title text restrictedText } } node { id text } } } }`);
    expect(count(statement.text, ':Document {id: ')).toBe(1);
    expect(statement.text).toContain('restrictedText: CASE WHEN $seeRestricted THEN');
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('asked twice for one node (interface and fragment): read once, with what both ask', async () => {
    const statement = await compile(`{ node(id: "municipality:delft") { evidence { excerpt }
      ... on Municipality { evidence { inferred document { id } } } } }`);
    expect(count(statement.text, 'evidence: ')).toBe(1);
    expect(count(statement.text, ':Document {id: ')).toBe(1);
    expect(forReview(statement)).toMatchSnapshot();
  });
});

describe('a document’s texts', () => {
  it.each([
    ['text', '{ document(id: "document:001-358c8b65ae7369f4") { title text } }'],
    ['restrictedText', '{ document(id: "document:001-358c8b65ae7369f4") { title restrictedText } }'],
  ])('%s: both texts come as documentText, the restricted one only if $seeRestricted', async (_f, op) => {
    const statement = await compile(op);
    expect(statement.text).toContain(
      "documentText: {text: coalesce(n.text, ''), restrictedText: CASE WHEN $seeRestricted THEN n.restrictedText END}",
    );
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('neither: no text read', async () => {
    const statement = await compile('{ document(id: "document:001-358c8b65ae7369f4") { title } }');
    expect(statement.text).not.toMatch(/\.text\b|restrictedText/);
  });
});

describe('neighbours', () => {
  it('defaults: every type, both directions, any kind, first 20 (21 read), no total', async () => {
    const statement = await compile(
      '{ municipality(id: "municipality:delft") { neighbours { edges { cursor node { id name } } } } }',
    );
    expect(Object.values(statement.params)).toContain(21);
    expect(statement.text).not.toContain('total');
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('types, direction, kinds and first: the pattern and limit they give; the total when selected', async () => {
    const statement = await compile(`{ municipality(id: "municipality:delft") {
      neighbours(types: [PARTNERS_WITH, NOMINATED_BY], direction: OUT, kinds: [Organisation], first: 3) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor type node { id } } } } }`);
    expect(statement.text).toMatch(/\(n\)-\[\w+:NOMINATED_BY\|PARTNERS_WITH\]->\(\w+:Organisation\)/);
    expect(statement.text).toContain('total: COUNT {');
    expect(Object.values(statement.params)).toContain(4);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it.each(['IN', 'BOTH'])('direction: %s', async (direction) => {
    const statement = await compile(`{ organisation(id: "org:kwadraad") {
      neighbours(direction: ${direction}, types: [MEMBER_OF]) { edges { node { id } } } } }`);
    const arrow = direction === 'IN' ? /\(n\)<-\[\w+:MEMBER_OF\]-\(\w+\)/ : /\(n\)-\[\w+:MEMBER_OF\]-\(\w+\)/;
    expect(statement.text).toMatch(arrow);
  });

  it('after a cursor: past its name, id and key, a parameter', async () => {
    const after = cursor('Delft', 'municipality:delft', 'rel-key');
    const statement = await compile(`{ organisation(id: "org:kwadraad") {
      neighbours(first: 2, after: "${after}") { edges { cursor node { id } } } } }`);
    const keyset = parameterOf(statement, ['Delft', 'municipality:delft', 'rel-key']);
    expect(statement.text).toMatch(new RegExp(`\\[(\\w+)\\.name, \\1\\.id, \\w+\\.key\\] > \\${keyset}`));
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('after a cursor of a list (name and id only): the key compares from the empty string', async () => {
    const statement = await compile(`{ organisation(id: "org:kwadraad") {
      neighbours(after: "${cursor('Delft', 'municipality:delft')}") { edges { node { id } } } } }`);
    expect(Object.values(statement.params)).toContainEqual(['Delft', 'municipality:delft', '']);
  });

  it('after something that is not a cursor: nothing matches (the field then reports it)', async () => {
    const statement = await compile(`{ organisation(id: "org:kwadraad") {
      neighbours(after: "not-a-cursor") { edges { node { id } } } } }`);
    expect(statement.text).toMatch(/\) AND false WITH /);
    expect(Object.values(statement.params)).not.toContain('not-a-cursor');
  });

  it('evidence on the edges, and neighbours of the neighbours', async () => {
    const statement = await compile(`{ quote(id: "quote:mieke-pirson-de-nieuwe-jeugdwet") {
      neighbours(first: 5) { totalCount edges { evidence { excerpt inferred document { title } }
        node { id neighbours(first: 2, kinds: [Theme]) { edges { node { name } } } } } } } }`);
    expect(count(statement.text, 'items: COLLECT {')).toBe(2);
    expect(forReview(statement)).toMatchSnapshot();
  });
});

describe('aliases', () => {
  it('two aliases of one relationship field with different arguments: two subqueries', async () => {
    const statement = await compile(`{ organisation(id: "org:kwadraad") {
      few: partners(first: 1) { key } many: partners(first: 50) { key context node { id name } } } }`);
    expect(statement.text).toContain('`few`: COLLECT {');
    expect(statement.text).toContain('`many`: COLLECT {');
    expect(statement.text).toContain(`LIMIT ${parameterOf(statement, 1)}`);
    expect(statement.text).toContain(`LIMIT ${parameterOf(statement, 50)}`);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('two aliases of neighbours with different types and directions', async () => {
    const statement = await compile(`{ municipality(id: "municipality:delft") {
      out: neighbours(direction: OUT, types: [NOMINATED_BY]) { totalCount }
      in: neighbours(direction: IN, kinds: [Person, Organisation]) { edges { node { id } } } } }`);
    expect(statement.text).toContain('`out`: {items: COLLECT {');
    expect(statement.text).toContain('`in`: {items: COLLECT {');
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('an alias on a scalar field: the record keeps the stored name; the response key is GraphQL’s', async () => {
    const aliased = await compile('{ organisation(id: "org:kwadraad") { id label: name kindOf: type } }');
    const plain = await compile('{ organisation(id: "org:kwadraad") { id name type } }');
    expect(aliased).toEqual(plain);
  });
});
