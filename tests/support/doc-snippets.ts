import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config';

/**
 * What README.md and docs/*.md show a reader to run, read out of the markdown for
 * tests/integration/docs.test.ts (how it works, and how to mark a block: docs/doc-tests.md).
 */

/** A fenced code block, with the `<!-- doc-test: … -->` comment that stands just before it, if any. */
export interface CodeBlock {
  /** Where it starts, e.g. `README.md:406`. */
  at: string;
  lang: string;
  lines: string[];
  marker?: string;
}

/** A command line of a shell block (continuation lines joined), with what the text says it prints. */
export interface ShellLine {
  at: string;
  command: string;
  /** The comment after the command on its line, e.g. `200 {"status":"ready"} when Neo4j answers`. */
  trailing?: string;
  /** The `# …` lines right after it: the output it shows. */
  output: string[];
}

/** An `npm run …` (or `npm start`, `npm test`) as the docs show it, with its environment. */
export interface NpmCommand {
  at: string;
  text: string;
  script: string;
  args: string[];
  env: Record<string, string>;
}

const MARKER = /^<!--\s*doc-test:\s*(.+?)\s*-->$/;
export const SHELL_LANGS = new Set(['sh', 'bash', 'shell']);

/** README.md and docs/*.md, relative to the repository. */
export function documentFiles(): string[] {
  const docs = fs
    .readdirSync(path.join(PROJECT_ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

export function readDocument(file: string): string {
  return fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
}

/** The fenced blocks of a markdown text (also those indented in a list) and the text outside them. */
export function parseMarkdown(file: string, text: string): { blocks: CodeBlock[]; prose: string[] } {
  const blocks: CodeBlock[] = [];
  const prose: string[] = [];
  const lines = text.split('\n');
  let open: { block: CodeBlock; indent: number } | undefined;
  lines.forEach((line, i) => {
    const fence = /^(\s*)```(\S*)\s*$/.exec(line);
    if (open) {
      if (fence && fence[2] === '') open = undefined;
      else open.block.lines.push(line.slice(Math.min(open.indent, line.search(/\S|$/))));
      return;
    }
    if (fence) {
      const before = lines
        .slice(0, i)
        .reverse()
        .find((l) => l.trim() !== '');
      const marker = before === undefined ? undefined : MARKER.exec(before.trim())?.[1];
      open = {
        block: { at: `${file}:${i + 1}`, lang: fence[2], lines: [], marker },
        indent: fence[1].length,
      };
      blocks.push(open.block);
      return;
    }
    prose.push(line);
  });
  return { blocks, prose };
}

/** The comment that starts at an unquoted `#` after white space, or undefined. */
function splitComment(line: string): [string, string | undefined] {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]))) {
      return [line.slice(0, i).trimEnd(), line.slice(i + 1).trim()];
    }
  }
  return [line.trimEnd(), undefined];
}

/** The command lines of a shell block, each with its trailing comment and the output lines after it. */
export function shellLines(block: CodeBlock): ShellLine[] {
  const result: ShellLine[] = [];
  let pending = '';
  block.lines.forEach((raw, i) => {
    const line = pending + raw;
    if (line.trimEnd().endsWith('\\')) {
      pending = `${line.trimEnd().slice(0, -1)} `;
      return;
    }
    pending = '';
    if (line.trim() === '') return;
    const [command, comment] = splitComment(line);
    if (command.trim() === '') {
      result.at(-1)?.output.push(comment ?? '');
      return;
    }
    const [file, start] = block.at.split(':');
    result.push({
      at: `${file}:${Number(start) + i + 1}`,
      command: command.trim(),
      trailing: comment,
      output: [],
    });
  });
  return result;
}

/** Splits a command's arguments as a POSIX shell would (quotes, no expansion). */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

const NPM = /(?:^|&&|;|\|\|)\s*((?:[A-Z][A-Z0-9_]*=\S+\s+)*)npm (?:run ([\w:-]+)|(start|test)\b)([^&;|]*)/g;

/** Every npm command in a piece of code: `npm run x -- args`, `npm start`, `npm test`. */
export function npmCommands(at: string, code: string): NpmCommand[] {
  return [...splitComment(code)[0].matchAll(NPM)].map((m) => {
    const rest = shellWords(m[4]);
    const separator = rest.indexOf('--');
    const env = Object.fromEntries(
      shellWords(m[1]).map((assignment) => {
        const at = assignment.indexOf('=');
        return [assignment.slice(0, at), assignment.slice(at + 1)];
      }),
    );
    return {
      at,
      text: m[0].replace(/^\s*(&&|;|\|\|)?\s*/, '').trim(),
      script: m[2] ?? m[3],
      args: separator >= 0 ? rest.slice(separator + 1) : [],
      env,
    };
  });
}

/** The npm commands a document shows, in inline code and in shell blocks alike. */
export function npmCommandsOf(file: string, text: string): NpmCommand[] {
  const { blocks, prose } = parseMarkdown(file, text);
  // A code span may wrap onto the next line, never past its paragraph.
  const paragraphs = prose.join('\n').split(/\n\s*\n/);
  const inline = paragraphs.flatMap((p) =>
    [...p.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\s+/g, ' ')),
  );
  const inBlocks = blocks
    .filter((b) => SHELL_LANGS.has(b.lang))
    .flatMap((b) => shellLines(b).map((l) => [l.at, l.command] as const));
  return [
    ...inline.flatMap((code) => npmCommands(file, code)),
    ...inBlocks.flatMap(([at, code]) => npmCommands(at, code)),
  ];
}
