/**
 * What the docs claim a command prints, compared with what it printed (docs/doc-tests.md):
 * a status code, JSON (every key and value shown must be in the answer), Prometheus lines (the same
 * series, no more and no fewer; a whole-number value exactly, a fraction is a timing and any number
 * will do), or any other line verbatim.
 */

/** `404`, `200 {"status":"ready"} when Neo4j answers, …`: the status and the JSON a comment claims. */
export function trailingClaim(comment: string | undefined): { status?: number; json?: unknown } {
  if (!comment) return {};
  const status = /^(\d{3})\b/.exec(comment)?.[1];
  const rest = status ? comment.slice(3).trim() : comment;
  const json = leadingJson(rest);
  return { status: status ? Number(status) : undefined, json };
}

/** The JSON value a text starts with (`{…}` or `[…]`, balanced), if it starts with one that parses. */
export function leadingJson(text: string): unknown {
  if (!/^[[{]/.test(text)) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) {
      try {
        return JSON.parse(text.slice(0, i + 1)) as unknown;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Where `shown` is not contained in `actual` (every key shown, with its value; lists item by item). */
export function notContained(shown: unknown, actual: unknown, at = '$'): string[] {
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual) || actual.length !== shown.length)
      return [`${at}: shown ${JSON.stringify(shown)}, got ${JSON.stringify(actual)}`];
    return shown.flatMap((item, i) => notContained(item, actual[i], `${at}[${i}]`));
  }
  if (shown !== null && typeof shown === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual))
      return [`${at}: shown an object, got ${JSON.stringify(actual)}`];
    return Object.entries(shown).flatMap(([key, value]) =>
      notContained(value, (actual as Record<string, unknown>)[key], `${at}.${key}`),
    );
  }
  return shown === actual ? [] : [`${at}: shown ${JSON.stringify(shown)}, got ${JSON.stringify(actual)}`];
}

const METRIC = /^([a-zA-Z_:][\w:]*(?:\{[^}]*\})?) (\S+)$/;

/**
 * Differences between the output lines the docs show and the lines printed. Prometheus lines are
 * compared as a set of series; JSON lines by containment; other lines must be printed as shown.
 */
export function outputDifferences(shown: string[], printed: string): string[] {
  const lines = printed
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const problems: string[] = [];
  const shownSeries = new Map<string, string>();
  for (const line of shown) {
    const metric = METRIC.exec(line);
    const json = leadingJson(line);
    if (metric) shownSeries.set(metric[1], metric[2]);
    else if (json !== undefined) {
      const parsed = lines.map((l) => leadingJson(l)).filter((v) => v !== undefined);
      if (!parsed.some((value) => notContained(json, value).length === 0))
        problems.push(`shown ${line}, printed ${lines.join(' | ').slice(0, 400)}`);
    } else if (!lines.includes(line.trim())) problems.push(`shown "${line}", not printed`);
  }
  if (shownSeries.size > 0) {
    const printedSeries = new Map(
      lines.map((l) => METRIC.exec(l)).flatMap((m) => (m ? [[m[1], m[2]] as const] : [])),
    );
    for (const [series, value] of shownSeries) {
      const got = printedSeries.get(series);
      if (got === undefined) problems.push(`shown ${series}, not printed`);
      else if (/^\d+$/.test(value) && got !== value)
        problems.push(`shown ${series} ${value}, printed ${got}`);
    }
    for (const series of printedSeries.keys())
      if (!shownSeries.has(series)) problems.push(`printed ${series}, not shown`);
  }
  return problems;
}
