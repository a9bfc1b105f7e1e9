/**
 * What every compiled read must hold, whatever its exact text (no snapshots): values only ever as
 * parameters, labels and relationship types only the model's, every matched node and relationship
 * held to the restriction rule for the public, and the viewer's right to see restricted facts in
 * `$seeRestricted`. Checked over a corpus that uses every part of the compiler
 * (tests/support/compiled.ts) and against hostile input at every place a client can put a string.
 */
import { Direction, KINDS, NodeLabel, RelationshipType, exampleIdOf } from '../../../src/model';
import type { RecordedStatement } from '../../../src/db/dry-run';
import { HOSTILE, PUBLIC, RESEARCHER, compile, compileAll, corpus, cursor } from '../../support/compiled';
import {
  labelsIn,
  matchClauses,
  numberLiterals,
  parameterReferences,
  relationshipTypesIn,
  stringLiterals,
  visibility,
} from '../../support/cypher-text';

const CORPUS = corpus();
const ALL_KINDS = Object.values(NodeLabel) as string[];
const ALL_TYPES = Object.values(RelationshipType) as string[];

async function statementsOfCorpus(viewer: typeof PUBLIC): Promise<[string, RecordedStatement][]> {
  const out: [string, RecordedStatement][] = [];
  for (const [name, operation, variables] of CORPUS) {
    const statements = await compileAll(operation, viewer, variables);
    if (statements.length === 0) throw new Error(`No statement for ${name}`);
    out.push(...statements.map((s): [string, RecordedStatement] => [name, s]));
  }
  return out;
}

/** The corpus compiled once for each role, each statement with the name of its operation. */
let publicCorpus: [string, RecordedStatement][];
let researcherCorpus: [string, RecordedStatement][];

beforeAll(async () => {
  publicCorpus = await statementsOfCorpus(PUBLIC);
  researcherCorpus = await statementsOfCorpus(RESEARCHER);
});

/** Every string a parameter holds, in lists too. */
function stringValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringValues);
  return [];
}

describe('values only ever as parameters', () => {
  it.each(HOSTILE)('the id %j of node(id) and of every <kind>(id): a parameter, not text', async (id) => {
    const operations = [
      `query($id: ID!) { node(id: $id) { id ... on Municipality { partners { key } } } }`,
      ...Object.values(KINDS).map((k) => `query($id: ID!) { ${k.byIdField}(id: $id) { id name } }`),
    ];
    for (const operation of operations) {
      const statement = await compile(operation, PUBLIC, { id });
      expect(statement.text).not.toContain(id);
      expect(statement.text).not.toMatch(/DETACH|DELETE|RETURN 1\b/);
      expect(Object.values(statement.params)).toContain(id);
    }
  });

  it.each(HOSTILE)('the string filter value %j of every kind: a parameter, not text', async (value) => {
    const stringFilters = Object.values(KINDS).flatMap((k) =>
      k.filters.filter((f) => f.type === 'string').map((f) => [k, f.field] as const),
    );
    expect(stringFilters.length).toBeGreaterThan(0);
    for (const [kind, field] of stringFilters) {
      const statement = await compile(
        `query($v: String) { ${kind.listField}(filter: { ${field}: $v }) { totalCount edges { node { id } } } }`,
        PUBLIC,
        { v: value },
      );
      expect(statement.text).not.toContain(value);
      expect(statement.text).not.toMatch(/DETACH|DELETE|RETURN 1\b/);
      expect(Object.values(statement.params)).toContain(value);
    }
  });

  it.each(HOSTILE)(
    'the name and id %j in a cursor, of a list and of neighbours: parameters',
    async (part) => {
      const after = cursor(part, part, part);
      const list = await compile(
        `{ organisations(after: "${cursor(part, part)}") { edges { node { id } } } }`,
      );
      const neighbours = await compile(
        `{ organisation(id: "org:kwadraad") { neighbours(after: "${after}") { edges { node { id } } } } }`,
      );
      for (const statement of [list, neighbours]) {
        expect(statement.text).not.toContain(part);
        expect(statement.text).not.toMatch(/DETACH|DELETE|RETURN 1\b/);
        expect(Object.values(statement.params).flatMap(stringValues)).toContain(part);
      }
    },
  );

  it('refuses a hostile id in an id filter, and a type that is not in the enum, before any statement', async () => {
    await expect(
      compile(`{ organisations(filter: { municipality: ${JSON.stringify(HOSTILE[0])} }) { totalCount } }`),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const statements = await compileAll(
      `query($t: [RelationshipType!]) { municipality(id: "municipality:delft") {
        neighbours(types: $t) { edges { node { id } } } } }`,
      PUBLIC,
      { t: ['MEMBER_OF]-() DETACH DELETE n //'] },
    );
    expect(statements).toEqual([]);
  });

  it('in the whole corpus: each string a parameter holds is absent from the text', () => {
    for (const [name, statement] of publicCorpus) {
      for (const value of Object.values(statement.params).flatMap(stringValues)) {
        if (value.length > 0) expect([name, statement.text.includes(value)]).toEqual([name, false]);
      }
    }
  });

  it('in the whole corpus: the only literals are the model’s labels, the directions, 0 and 1', () => {
    const allowed = new Set(["''", "'Node'", "'OUT'", "'IN'", ...ALL_KINDS.map((k) => `'${k}'`)]);
    for (const [name, statement] of publicCorpus) {
      const strange = stringLiterals(statement.text).filter((literal) => !allowed.has(literal));
      expect([name, strange]).toEqual([name, []]);
      const numbers = numberLiterals(statement.text).filter((n) => n !== '0' && n !== '1');
      expect([name, numbers]).toEqual([name, []]);
    }
  });

  it('in the whole corpus: the text refers to exactly the parameters given, seeRestricted among them', () => {
    for (const [name, statement] of publicCorpus) {
      const given = Object.keys(statement.params).sort();
      expect([name, parameterReferences(statement.text)]).toEqual([name, given]);
      expect(given).toContain('seeRestricted');
    }
  });
});

describe('labels and relationship types: literals from the model', () => {
  it('in the whole corpus: every label is a kind (or Node), every type a relationship type', () => {
    const seenLabels = new Set<string>();
    const seenTypes = new Set<string>();
    for (const [name, statement] of publicCorpus) {
      const labels = labelsIn(statement.text);
      const types = relationshipTypesIn(statement.text);
      expect([name, labels.filter((l) => l !== 'Node' && !ALL_KINDS.includes(l))]).toEqual([name, []]);
      expect([name, types.filter((t) => !ALL_TYPES.includes(t))]).toEqual([name, []]);
      labels.forEach((l) => seenLabels.add(l));
      types.forEach((t) => seenTypes.add(t));
    }
    // The corpus reaches every kind and every type, so the check above saw them all.
    expect([...seenLabels].sort()).toEqual([...ALL_KINDS, 'Node'].sort());
    expect([...seenTypes].sort()).toEqual([...ALL_TYPES].sort());
  });

  const fields = Object.values(KINDS).flatMap((kind) =>
    kind.relationships.map((spec) => [kind.byIdField, spec.field, kind, spec] as const),
  );

  it.each(fields)('%s.%s matches the model’s types, direction and kinds', async (_k, _f, kind, spec) => {
    const statement = await compile(
      `{ ${kind.byIdField}(id: ${JSON.stringify(exampleIdOf([kind.label]))}) { ${spec.field} { key } } }`,
    );
    const [clause, ...others] = matchClauses(statement.text).slice(1);
    expect(others).toEqual([]);
    const parts = /^\(n\)(<-|-)\[\w+(?::([\w|]+))?\](->|-)\(\w+(?::([\w|]+))?\)$/.exec(clause.pattern);
    expect(parts).not.toBeNull();
    const [, left, types, right, labels] = parts!;
    const direction = left === '<-' ? Direction.IN : right === '->' ? Direction.OUT : Direction.BOTH;
    expect(direction).toBe(spec.direction);
    expect((types ?? ALL_TYPES.join('|')).split('|').sort()).toEqual([...spec.types].sort());
    expect((labels ?? ALL_KINDS.join('|')).split('|').sort()).toEqual([...spec.to].sort());
  });
});

describe('the restriction rule', () => {
  it('public: every node and relationship each statement matches is held to it', () => {
    let checked = 0;
    for (const [name, statement] of publicCorpus) {
      const found = visibility(statement.text);
      expect([name, found.unchecked]).toEqual([name, []]);
      expect([name, found.checked.length > 0]).toEqual([name, true]);
      checked += found.checked.length;
      expect(statement.params.seeRestricted).toBe(false);
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('public: evidence leaves out the pieces from restricted sources, wherever it is read', () => {
    for (const [name, statement] of publicCorpus) {
      const owners = [...statement.text.matchAll(/(\w+)\.evidenceDocuments\[(\w+)\]/g)];
      for (const [, owner, index] of owners) {
        expect([name, statement.text]).toEqual([
          name,
          expect.stringContaining(
            `WHERE ($seeRestricted OR NOT coalesce(${owner}.evidenceRestricted[${index}], false))`,
          ),
        ]);
      }
    }
  });

  it('a researcher: every statement gets seeRestricted: true, and else the public’s text and values', () => {
    expect(researcherCorpus).toHaveLength(publicCorpus.length);
    researcherCorpus.forEach(([name, statement], i) => {
      const [, seen] = publicCorpus[i];
      expect([name, statement.params.seeRestricted]).toEqual([name, true]);
      expect(statement.text).toBe(seen.text);
      expect(statement.params).toEqual({ ...seen.params, seeRestricted: true });
    });
  });

  it('an editor, who also sees restricted facts: seeRestricted: true', async () => {
    const editor = { subject: 'test-editor', roles: new Set(['editor' as const]), seeRestricted: true };
    const statement = await compile('{ organisation(id: "org:kwadraad") { partners { key } } }', editor);
    expect(statement.params.seeRestricted).toBe(true);
  });
});
