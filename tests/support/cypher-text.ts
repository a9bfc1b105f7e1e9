/**
 * Reading a compiled Cypher text in tests, without a database: a layout for review (snapshots) and
 * the few facts the focused compiler tests check (tests/unit/compile/safety.test.ts): which
 * literals and parameters it holds, which labels and types it matches, and whether every variable
 * it matches is held to the restriction rule.
 */

/** Marks a line break that the layout inserted in place of one space; never in a compiled text. */
export const CONTINUED = '↳';

const LONG_LINE = 100;
const CLAUSE = /^(?:OPTIONAL MATCH|MATCH|WHERE|WITH|ORDER BY|LIMIT|RETURN|CALL|UNWIND|USING)(?=[ ({])/;
/** Map entries that hold a nested read: a field below a node (its response key), the other end, evidence. */
const NESTED_ENTRY = /^(?:`\w+`|node|evidence|document): /;

/**
 * A compiled text laid out for review, for display only: each line longer than 100 characters is
 * broken before its clause keywords (MATCH, WHERE, WITH, ORDER BY, LIMIT, RETURN, …) where they
 * stand in a subquery body or at the top (not inside a list comprehension or function call), and
 * before the map entries that nest a read (a field's response key, `node`, `evidence`, `document`)
 * after a comma; each break replaces exactly one space by a new line, indented by the bracket
 * depth, that begins with `↳ `. The lines of the text itself are kept. unlayoutCypher gives the text back character for
 * character, and this checks that it does.
 */
export function layoutCypher(text: string): string {
  if (text.includes(CONTINUED)) throw new Error(`A compiled text holds the layout's mark ${CONTINUED}`);
  const display = text
    .split('\n')
    .map((line) => (line.length > LONG_LINE ? layoutLine(line) : line))
    .join('\n');
  if (unlayoutCypher(display) !== text) throw new Error('The layout changed the text');
  return display;
}

/** The compiled text a layout shows: each inserted break back to the one space it replaced. */
export function unlayoutCypher(display: string): string {
  return display.replace(new RegExp(`\\n *${CONTINUED} `, 'g'), ' ');
}

function layoutLine(line: string): string {
  const margin = /^ */.exec(line)![0];
  const open: string[] = [];
  let quote: string | undefined;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
    } else if ('([{'.includes(c)) {
      open.push(c);
    } else if (')]}'.includes(c)) {
      open.pop();
    } else if (
      c === ' ' &&
      i > margin.length &&
      (open.length === 0 || open[open.length - 1] === '{') &&
      (CLAUSE.test(line.slice(i + 1)) || (line[i - 1] === ',' && NESTED_ENTRY.test(line.slice(i + 1))))
    ) {
      out += `\n${margin}${'  '.repeat(open.length)}${CONTINUED} `;
      continue;
    }
    out += c;
  }
  return out;
}

/** A string or backtick-quoted name, at its opening quote: [start, end) including the quotes. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "'" || text[i] === '"' || text[i] === '`') {
      const end = text.indexOf(text[i], i + 1);
      if (end < 0) throw new Error(`Unclosed quote at ${i}: ${text.slice(i, i + 40)}`);
      spans.push([i, end + 1]);
      i = end;
    }
  }
  return spans;
}

/** The text with every quoted string and name blanked out (same length): the code between them. */
function code(text: string): string {
  let out = text;
  for (const [start, end] of quotedSpans(text)) {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

/** The string literals in a text, single- or double-quoted, without their quotes. */
export function stringLiterals(text: string): string[] {
  return quotedSpans(text)
    .filter(([start]) => text[start] !== '`')
    .map(([start, end]) => text.slice(start, end));
}

/** The number literals in a text (not the digits of a variable or parameter name such as `r0`, `$p1`). */
export function numberLiterals(text: string): string[] {
  return code(text).match(/(?<![\w$.])\d+(?:\.\d+)?(?![\w.])/g) ?? [];
}

/** The parameters a text refers to (`$p0` → `p0`), once each. */
export function parameterReferences(text: string): string[] {
  return [...new Set([...code(text).matchAll(/\$(\w+)/g)].map((m) => m[1]))].sort();
}

/** The node labels a text names: in patterns `(n:A|B)`, `(n:Node:A)` and label tests `n:A`. */
export function labelsIn(text: string): string[] {
  const names = new Set<string>();
  const source = code(text);
  for (const m of source.matchAll(/\(\w+:([\w|:]+)/g)) m[1].split(/[|:]/).forEach((l) => names.add(l));
  // Label tests (`n:Document`) and index hints (`n:Node(restricted)`), not `[r:TYPE]`.
  for (const m of source.matchAll(/(?<![\w[])\w+:([A-Z]\w*)/g)) names.add(m[1]);
  return [...names].sort();
}

/** The relationship types a text names in patterns `[r:A|B]`. */
export function relationshipTypesIn(text: string): string[] {
  const types = new Set<string>();
  for (const m of code(text).matchAll(/\[\w+:([\w|]+)\]/g)) m[1].split('|').forEach((t) => types.add(t));
  return [...types].sort();
}

/** One `MATCH` of a text: where it stands, its pattern, and the subquery body (or whole text) around it. */
export interface MatchClause {
  at: number;
  pattern: string;
  /** The node and relationship variables the pattern names. */
  variables: string[];
  /** [start, end) of the innermost `{ … }` subquery body holding it, or of the whole text. */
  scope: [number, number];
}

const SUBQUERY_BODY = /^\{\s*(?:OPTIONAL MATCH|MATCH|WITH|CALL|UNWIND)\b/;

/** The subquery bodies of a text (`COLLECT {`, `EXISTS {`, `CALL () {`, …): [start, end) each. */
function subqueryBodies(source: string): [number, number][] {
  const bodies: [number, number][] = [];
  const open: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '{') open.push(i);
    if (source[i] === '}') {
      const start = open.pop()!;
      if (SUBQUERY_BODY.test(source.slice(start))) bodies.push([start, i + 1]);
    }
  }
  return bodies;
}

/** A pattern from `from` on: node and relationship groups, balanced, joined by arrows and commas. */
function patternAt(source: string, from: number): string {
  let i = from;
  const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  for (;;) {
    const c = source[i];
    if (c === '(' || c === '[') {
      const stack = [closing[c]];
      i++;
      while (stack.length > 0 && i < source.length) {
        if (closing[source[i]]) stack.push(closing[source[i]]);
        else if (source[i] === stack[stack.length - 1]) stack.pop();
        i++;
      }
    } else if (c === '-' || c === '<' || c === '>') {
      i++;
    } else if (source.startsWith(', (', i)) {
      i += 2;
    } else {
      return source.slice(from, i);
    }
  }
}

/** Every MATCH of a text with its pattern, variables and scope. */
export function matchClauses(text: string): MatchClause[] {
  const source = code(text);
  const bodies = subqueryBodies(source);
  return [...source.matchAll(/\bMATCH /g)].map((m) => {
    const at = m.index;
    const pattern = patternAt(source, at + m[0].length);
    // The first name in each node and relationship group, not in its property map ({id: n.x[i0]}).
    const variables = [...pattern.replace(/\{[^{}]*\}/g, '').matchAll(/[([](\w+)/g)].map((v) => v[1]);
    const holding = bodies.filter(([start, end]) => start < at && at < end);
    const scope = holding.reduce<[number, number]>(
      (inner, body) => (body[0] > inner[0] ? body : inner),
      [0, text.length],
    );
    return { at, pattern, variables, scope };
  });
}

/** What the restriction rule check found for one statement. */
export interface Visibility {
  /** `variable @ pattern` for each variable a MATCH binds that its scope holds to the rule. */
  checked: string[];
  /** Bound variables whose data the statement does not return, and why they need no condition. */
  exempt: string[];
  /** Bound variables with no condition: each one is a fact that may show through to the public. */
  unchecked: string[];
}

/** The variables held to the rule somewhere in `text`: every `coalesce(v.restricted, false)` of a rendered rule. */
function ruledVariables(text: string): Set<string> {
  const rules = text.matchAll(
    /\(\$seeRestricted OR NOT \(((?:coalesce\(\w+\.restricted, false\)(?: OR )?)+)\)\)/g,
  );
  return new Set(
    [...rules].flatMap((rule) => [...rule[1].matchAll(/coalesce\((\w+)\.restricted/g)].map((m) => m[1])),
  );
}

/**
 * Whether every variable a statement's MATCH clauses bind (not the ones they take from outside, like
 * `(n)` in a subquery of n) is held to the restriction rule within its scope, after its MATCH:
 * `v` among the variables of the rule as src/model/visibility.ts renders it,
 * `($seeRestricted OR NOT (coalesce(a.restricted, false) OR coalesce(v.restricted, false)))`, so the
 * viewer decides. Exempt, and named as such, are the MATCHes of a
 * list's page that return no data of what they match: the seek bound (the first name in order,
 * compared with again by the checked page itself) and the count store's total, which subtracts the
 * restricted nodes unless `$seeRestricted`.
 */
export function visibility(text: string): Visibility {
  const out: Visibility = { checked: [], exempt: [], unchecked: [] };
  const clauses = matchClauses(text);
  for (const clause of clauses) {
    const region = text.slice(clause.at, clause.scope[1]);
    const body = text.slice(clause.scope[0], clause.scope[1]);
    const outer = new Set(
      clauses
        .filter((c) => c.at < clause.at && c.scope[0] <= clause.at && clause.at < c.scope[1])
        .flatMap((c) => c.variables),
    );
    for (const v of clause.variables.filter((name) => !outer.has(name))) {
      const name = `${v} @ ${clause.pattern}`;
      const held = ruledVariables(region).has(v);
      if (held) out.checked.push(name);
      else if (new RegExp(`RETURN ${v}\\.name AS edge ORDER BY [^{}]* LIMIT 1\\s*\\}$`).test(body)) {
        out.exempt.push(`${name}: the seek bound of the page`);
      } else if (
        new RegExp(`RETURN count\\(${v}\\) AS (stored|hidden)\\s*\\}$`).test(body) &&
        text.includes('stored - hidden') &&
        /WHERE NOT \$seeRestricted/.test(text)
      ) {
        out.exempt.push(`${name}: the count store's total, less the restricted`);
      } else out.unchecked.push(name);
    }
  }
  return out;
}
