/**
 * The test support that reads compiled Cypher (tests/support/cypher-text.ts): the snapshot layout
 * gives the text back exactly, and the checks the safety tests rely on do fail on a statement that
 * breaks their rule (else a passing safety test would say nothing).
 */
import { compile } from '../../support/compiled';
import {
  CONTINUED,
  labelsIn,
  layoutCypher,
  numberLiterals,
  parameterReferences,
  relationshipTypesIn,
  stringLiterals,
  unlayoutCypher,
  visibility,
} from '../../support/cypher-text';

const nested = `{ municipality(id: "municipality:delft") { evidence { excerpt document { id } }
  nominatedBy(first: 2) { key node { partners(first: 3) { key } } } } }`;

describe('the layout of a snapshot', () => {
  it('breaks long lines at clause keywords, each break one space, and gives the text back', async () => {
    const { text } = await compile(nested);
    const display = layoutCypher(text);
    expect(display.split('\n').length).toBeGreaterThan(text.split('\n').length + 5);
    expect(unlayoutCypher(display)).toBe(text);
    const added = display.split('\n').filter((line) => line.trimStart().startsWith(CONTINUED));
    expect(added.length).toBe(display.split('\n').length - text.split('\n').length);
    for (const line of added) {
      expect(line).toMatch(
        /^ *↳ (MATCH|WHERE|WITH|ORDER BY|LIMIT|RETURN|`\w+`: |node: |evidence: |document: )/,
      );
    }
  });

  it('keeps short lines and the lines of the text as they are', () => {
    const text = 'MATCH (n:Theme {id: $p0})\n  WHERE n.name IS NOT NULL RETURN n';
    expect(layoutCypher(text)).toBe(text);
  });

  it('does not break inside a list comprehension, a function call or a string', () => {
    const text = `RETURN [x IN range(0, 9) WHERE x > 1 | x], any(y IN [1, 2] WHERE y = 1), 'a WHERE b', ${'n.a, '.repeat(20)}n.b`;
    expect(layoutCypher(text)).toBe(text);
  });

  it('refuses a text holding its mark, which could not be given back', () => {
    expect(() => layoutCypher(`RETURN '${CONTINUED}'`)).toThrow(/mark/);
  });
});

describe('the checks of the safety tests fail on a statement that breaks their rule', () => {
  it('a relationship and a node matched without the restriction rule are reported', async () => {
    const { text } = await compile(nested);
    expect(visibility(text).unchecked).toEqual([]);
    const broken = text.replace(/ OR coalesce\((m\d+)\.restricted, false\)/, '');
    const missing = / OR coalesce\((m\d+)\.restricted, false\)/.exec(text)![1];
    expect(visibility(broken).unchecked).toEqual([expect.stringMatching(new RegExp(`^${missing} @ `))]);
    const noDocumentRule = text.replace(
      / WHERE \(\$seeRestricted OR NOT \(coalesce\((d\d+)\.restricted, false\)\)\)/,
      '',
    );
    expect(visibility(noDocumentRule).unchecked).toEqual([expect.stringMatching(/^d\d+ @ \(d\d+:Document/)]);
  });

  it('the rule without $seeRestricted (so for every viewer, or none) is reported', () => {
    expect(visibility('MATCH (n:Theme) WHERE NOT coalesce(n.restricted, false) RETURN n').unchecked).toEqual([
      'n @ (n:Theme)',
    ]);
  });

  it('a list: the page and filter variables checked; only the seek bound and count store exempt', async () => {
    const { text } = await compile('{ themes(first: 2) { totalCount edges { node { id } } } }');
    const found = visibility(text);
    expect(found.unchecked).toEqual([]);
    expect(found.checked).toEqual(['n @ (n:Theme)']);
    expect(found.exempt).toEqual([
      'm @ (m:Theme): the seek bound of the page',
      "n @ (n:Theme): the count store's total, less the restricted",
      "n @ (n:Node:Theme): the count store's total, less the restricted",
    ]);
    // A count of every stored node with nothing subtracted is no exemption.
    const unsubtracted = 'CALL () { MATCH (n:Theme) RETURN count(n) AS stored } RETURN stored AS total';
    expect(visibility(unsubtracted).unchecked).toEqual(['n @ (n:Theme)']);
  });

  it('finds string and number literals, but not the digits of names', () => {
    const text = "MATCH (n:Node {id: 'x'}) WHERE n.year = 2017 AND r10.key > $p3 RETURN n[0] LIMIT 20";
    expect(stringLiterals(text)).toEqual(["'x'"]);
    expect(numberLiterals(text)).toEqual(['2017', '0', '20']);
    expect(parameterReferences(text)).toEqual(['p3']);
  });

  it('finds the labels and types of patterns, label tests and index hints', () => {
    const text =
      'MATCH (n:Node:Organisation)-[r0:MEMBER_OF|RUNS]->(m1:Programme|Bogus) USING INDEX n:Node(restricted) ' +
      "WHERE n:Document OR m1:Evil RETURN {label: 'Quote'}";
    expect(labelsIn(text)).toEqual(['Bogus', 'Document', 'Evil', 'Node', 'Organisation', 'Programme']);
    expect(relationshipTypesIn(text)).toEqual(['MEMBER_OF', 'RUNS']);
  });
});
