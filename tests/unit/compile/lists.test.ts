/**
 * The list root fields compiled without a database: each kind's filters, both orders, `after`
 * cursors, `first`, and the total only when selected. Exact statements in the snapshots; the
 * assertions next to them say what each variant must change, so they fail with a reason.
 */
import { KINDS, type KindSpec } from '../../../src/model';
import { compile, cursor, filterValue, forReview, parameterOf } from '../../support/compiled';

const page = (listField: string, args: string, total = true) =>
  `{ ${listField}${args ? `(${args})` : ''} { ${total ? 'totalCount ' : ''}edges { cursor node { id name } } } }`;

const filters = Object.values(KINDS).flatMap((kind) =>
  kind.filters.map((filter): [string, string, KindSpec, string] => [
    kind.listField,
    filter.field,
    kind,
    filterValue(kind, filter),
  ]),
);

describe('each kind’s list filters: the condition the model gives, its value a parameter', () => {
  it.each(filters)('%s(filter: { %s })', async (_list, field, kind, value) => {
    const statement = await compile(page(kind.listField, `first: 10, filter: { ${field}: ${value} }`));
    const expected = JSON.parse(value.startsWith('"') || /^\d+$/.test(value) ? value : `"${value}"`);
    expect(Object.values(statement.params).sort()).toEqual([11, expected, false].sort());
    // The condition is in the page and again in the total (a filtered total is counted, not stored).
    const condition = kind.filters
      .find((f) => f.field === field)!
      .where('n', parameterOf(statement, expected));
    expect(statement.text.split(condition)).toHaveLength(3);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('organisations(filter: {type, municipality}): both conditions, in the model’s order', async () => {
    const statement = await compile(
      page('organisations', 'first: 5, filter: { municipality: "municipality:delft", type: SOCIAL_WORK }'),
    );
    // The values, and nothing else, are parameters; the exact names are in the snapshot.
    expect(Object.values(statement.params)).toEqual([false, 'SOCIAL_WORK', 'municipality:delft', 6]);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('every filter of a kind at once: people by name, organisation and municipality', async () => {
    const statement = await compile(
      page(
        'people',
        'first: 5, filter: { nameContains: "Pirson", organisation: "org:kwadraad", municipality: "region:midden-limburg" }',
      ),
    );
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('a filter given as null is no condition: the same statement as no filter', async () => {
    const none = await compile(page('municipalities', 'first: 5'));
    const nulls = await compile(
      page('municipalities', 'first: 5, filter: { nameContains: null, region: null }'),
    );
    const empty = await compile(page('municipalities', 'first: 5, filter: {}'));
    expect(nulls).toEqual(none);
    expect(empty).toEqual(none);
  });

  it('filter values from variables are parameters the same as literals', async () => {
    const literal = await compile(
      page('programmes', 'first: 5, filter: { nameContains: "huis", programmeKind: PILOT }'),
    );
    const statement = await compile(
      `query($f: ProgrammeFilter) { programmes(first: 5, filter: $f) { totalCount edges { cursor node { id name } } } }`,
      undefined,
      { f: { nameContains: 'huis', programmeKind: 'PILOT' } },
    );
    expect(statement).toEqual(literal);
  });
});

describe('order and cursors', () => {
  it.each([
    ['NAME_ASC', 'ASC', '>'],
    ['NAME_DESC', 'DESC', '<'],
  ])(
    'municipalities(orderBy: %s): by name then id, %s, the page from its first name on',
    async (order, dir, cmp) => {
      const statement = await compile(page('municipalities', `first: 5, orderBy: ${order}`));
      const other = dir === 'ASC' ? 'DESC' : 'ASC';
      expect(statement.text).toContain(`ORDER BY n.name ${dir}, n.id ${dir}`);
      expect(statement.text).not.toContain(other);
      expect(statement.text).toContain(`n.name ${cmp}= coalesce(null, edge)`);
      expect(forReview(statement)).toMatchSnapshot();
    },
  );

  it.each([
    ['NAME_ASC', '>'],
    ['NAME_DESC', '<'],
  ])('municipalities(orderBy: %s, after): a seek past the cursor’s name and id', async (order, cmp) => {
    const statement = await compile(
      page(
        'municipalities',
        `first: 5, orderBy: ${order}, after: "${cursor('Delft', 'municipality:delft')}"`,
      ),
    );
    const [name, id] = [parameterOf(statement, 'Delft'), parameterOf(statement, 'municipality:delft')];
    expect(statement.text).toContain(`[n.name, n.id] ${cmp} [${name}, ${id}]`);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('first: 100 reads 101 nodes; the default reads 21', async () => {
    const hundred = await compile(page('themes', 'first: 100'));
    const byDefault = await compile(page('themes', ''));
    expect(Object.values(hundred.params)).toEqual([false, 101]);
    expect(Object.values(byDefault.params)).toEqual([false, 21]);
    expect(hundred.text).toBe(byDefault.text);
  });

  it('refuses first: 0 and a cursor it did not give out, before any statement', async () => {
    await expect(compile(page('themes', 'first: 0'))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(compile(page('themes', 'after: "not-a-cursor"'))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('the total: counted only when selected', () => {
  it('without totalCount: no count at all', async () => {
    const statement = await compile(page('awards', 'first: 5', false));
    expect(statement.text).not.toMatch(/count|total/i);
    expect(statement.text.endsWith('RETURN items')).toBe(true);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('with totalCount and no filter: the stored count less the restricted ones', async () => {
    const statement = await compile(page('awards', 'first: 5'));
    expect(statement.text.endsWith('RETURN items, total')).toBe(true);
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('with totalCount and a filter: the matching, visible nodes counted', async () => {
    const statement = await compile(page('awards', 'first: 5, filter: { year: 2017 }'));
    expect(statement.text).toContain('RETURN count(n) AS total');
    expect(forReview(statement)).toMatchSnapshot();
  });

  it('only totalCount: the page’s nodes with no fields asked for, and the total', async () => {
    const statement = await compile('{ documents(first: 1) { totalCount } }');
    expect(forReview(statement)).toMatchSnapshot();
  });
});
