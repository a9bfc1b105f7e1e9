/**
 * How an operation's shape reaches the compiler, without a database: named fragments and inline
 * ones read the same as the selection written out, @skip and @include leave out what they turn
 * off (by the request's variables), variables are parameters like literals, and each root field
 * compiles a statement of its own.
 */
import { compile, compileAll, forReview } from '../../support/compiled';

describe('fragments', () => {
  const inline = `{ municipality(id: "municipality:delft") { id name
    nominatedBy(first: 2) { key node { id type } } evidence { excerpt } } }`;

  it('named fragments, nested: the same statement as the selection written out', async () => {
    const named = await compile(`query Delft { municipality(id: "municipality:delft") { ...Place } }
      fragment Place on Municipality { id name nominatedBy(first: 2) { ...Nominator } ...Cited }
      fragment Nominator on OrganisationRelationship { key node { id type } }
      fragment Cited on Node { evidence { excerpt } }`);
    expect(named).toEqual(await compile(inline));
    expect(forReview(named)).toMatchSnapshot();
  });

  it('inline fragments on the kind and on Node: the same statement again', async () => {
    const fragments = await compile(`{ municipality(id: "municipality:delft") {
      ... on Node { id name evidence { excerpt } }
      ... on Municipality { nominatedBy(first: 2) { key ... on OrganisationRelationship { node { id type } } } } } }`);
    expect(fragments).toEqual(await compile(inline));
  });

  it('a fragment on another kind than the root field’s: nothing of it is read', async () => {
    const statement = await compile(`{ municipality(id: "municipality:delft") { id
      ... on Node { ... on Organisation { partners { key } } } } }`);
    expect(statement).toEqual(await compile('{ municipality(id: "municipality:delft") { id } }'));
  });
});

describe('@skip and @include, by the request’s variables', () => {
  const operation = `query($evidence: Boolean!, $partners: Boolean!) { organisation(id: "org:kwadraad") {
    id evidence @include(if: $evidence) { excerpt }
    partners(first: 3) @skip(if: $partners) { key node { id } } } }`;

  it.each([
    [true, false, '{ id evidence { excerpt } partners(first: 3) { key node { id } } }'],
    [true, true, '{ id evidence { excerpt } }'],
    [false, false, '{ id partners(first: 3) { key node { id } } }'],
    [false, true, '{ id }'],
  ])('evidence @include(if: %s), partners @skip(if: %s): as if written %s', async (e, p, written) => {
    const statement = await compile(operation, undefined, { evidence: e, partners: p });
    expect(statement).toEqual(await compile(`{ organisation(id: "org:kwadraad") ${written} }`));
  });

  it('on a fragment spread and an inline fragment', async () => {
    const statement = await compile(
      `query($no: Boolean!) { node(id: "municipality:delft") { id ...P @skip(if: $no)
        ... on Municipality @include(if: $no) { regions { key } } } }
      fragment P on Municipality { partners { key } }`,
      undefined,
      { no: true },
    );
    expect(statement.text).toContain('`regions`: ');
    expect(statement.text).not.toContain('`partners`');
    expect(forReview(statement)).toMatchSnapshot();
  });
});

describe('variables', () => {
  it('an id, first and filter from variables: the same statement as the literals', async () => {
    const literal = await compile(`{ municipality(id: "municipality:delft") {
      partners(first: 7) { key } neighbours(first: 4, types: [MEMBER_OF]) { edges { node { id } } } } }`);
    const fromVariables = await compile(
      `query($id: ID!, $n: Int!, $m: Int!, $types: [RelationshipType!]) { municipality(id: $id) {
        partners(first: $n) { key } neighbours(first: $m, types: $types) { edges { node { id } } } } }`,
      undefined,
      { id: 'municipality:delft', n: 7, m: 4, types: ['MEMBER_OF'] },
    );
    expect(fromVariables).toEqual(literal);
  });
});

describe('several root fields: one statement each, in order, parameters numbered afresh', () => {
  it('two aliases of a root field and a list', async () => {
    const statements = await compileAll(`{
      delft: municipality(id: "municipality:delft") { id partners(first: 2) { key } }
      meppel: municipality(id: "municipality:meppel") { id }
      regions(first: 3) { edges { node { id } } } }`);
    expect(statements.map((s) => s.name)).toEqual([
      'compiled/municipality',
      'compiled/municipality',
      'compiled/regions',
    ]);
    expect(statements.map(forReview)).toMatchSnapshot();
  });
});
