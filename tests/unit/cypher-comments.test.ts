/**
 * The Cypher a development response shows (`extensions.cypher`) and Neo4j receives has no comments.
 * Hostile probing found the named queries' `//` comment lines in `extensions.cypher`: those of
 * `network/search` name the document that holds the restricted editors' note. The query registry now
 * drops every line whose first non-blank characters are `//`; it leaves a `//` after code alone (it
 * could be inside a string literal, such as a URL), so no file may have a comment after code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { QUERIES_DIR, QueryRegistry, withoutComments } from '../../src/db/query-registry';

function cypherFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return cypherFiles(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

/**
 * The comments of a Cypher text that are not whole lines, as `line: text`: a `//` after code on its
 * line, or any `/*` block comment, outside string literals ('…', "…", with backslash escapes) and
 * backquoted names (`…`). Whole-line `//` comments are what the registry drops, so they are allowed.
 */
function commentsAfterCode(text: string): string[] {
  const found: string[] = [];
  const lines = text.split('\n');
  let quote: string | null = null;
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      continue;
    }
    if (quote) {
      if (c === '\\' && quote !== '`') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      quote = c;
    } else if (c === '/' && text[i + 1] === '*') {
      found.push(`${line + 1}: ${lines[line]}`);
    } else if (c === '/' && text[i + 1] === '/') {
      // A whole-line comment: skip to its end. After code: report it.
      if (text.slice(lineStart, i).trim() !== '') found.push(`${line + 1}: ${lines[line]}`);
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    }
  }
  return found;
}

describe('comments in Cypher', () => {
  it('finds a comment after code, but not a `//` inside a string or a whole-line comment', () => {
    expect(commentsAfterCode("// what it does\n  // indented\nRETURN 'https://x.nl' AS url")).toEqual([]);
    expect(commentsAfterCode('RETURN "a \\" // b" AS s, `odd//name` AS n')).toEqual([]);
    expect(commentsAfterCode('MATCH (n)\nRETURN n // the node')).toEqual(['2: RETURN n // the node']);
    expect(commentsAfterCode('RETURN 1 /* one */')).toEqual(['1: RETURN 1 /* one */']);
    expect(commentsAfterCode("RETURN 'it''s' AS a // b")).toEqual(["1: RETURN 'it''s' AS a // b"]);
  });

  it('drops whole comment lines, indented or not, and keeps a `//` inside a string', () => {
    const text = "// about\n// more\nMATCH (n)\n  // why\nRETURN n.url = 'https://example.org/a' AS ok\n";
    expect(withoutComments(text)).toBe("MATCH (n)\nRETURN n.url = 'https://example.org/a' AS ok");
  });

  it('no named query has a comment after code (the registry would send and show it)', () => {
    const files = cypherFiles(QUERIES_DIR);
    expect(files.length).toBeGreaterThan(20);
    const offending = files.flatMap((file) =>
      commentsAfterCode(fs.readFileSync(file, 'utf8')).map(
        (comment) => `${path.relative(QUERIES_DIR, file)}:${comment}`,
      ),
    );
    expect(offending).toEqual([]);
  });

  it('leaves no comment in the text of any named query', () => {
    const registry = new QueryRegistry();
    const names = registry.names();
    expect(names).toContain('network/search');
    for (const name of names) {
      const { text } = registry.get(name);
      const commentLines = text.split('\n').filter((line) => line.trimStart().startsWith('//'));
      expect({ name, commentLines, afterCode: commentsAfterCode(text) }).toEqual({
        name,
        commentLines: [],
        afterCode: [],
      });
      expect(text).toBe(text.trim());
      expect(text.length).toBeGreaterThan(0);
    }
    // What the probe found: the search's comments named the document of the restricted note.
    const search = registry.get('network/search').text;
    expect(search).not.toMatch(/editors'? note|document 000/i);
    expect(search).toContain("db.index.fulltext.queryNodes('search'");
  });
});
