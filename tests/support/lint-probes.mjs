// Lints probe files through ESLint's Node API, outside jest (ESLint loads its flat config with a
// dynamic import, which jest's module system cannot run). Reads { targets: [file], probes: [{ file,
// code }] } as JSON on stdin (files relative to the project root), writes every file (a target
// exports one constant), lints the probes, deletes every file again, and prints
// [{ file, messages: [{ ruleId, message }] }] as JSON.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '..', '..');
const { targets, probes } = JSON.parse(fs.readFileSync(0, 'utf8'));
const written = [];
const write = (file, code) => {
  const at = path.join(root, file);
  fs.writeFileSync(at, code, { flag: 'wx' });
  written.push(at);
  return at;
};
try {
  for (const file of targets) write(file, 'export const target = 1;\n');
  const linted = probes.map(({ file, code }) => write(file, code));
  const results = await new ESLint({ cwd: root }).lintFiles(linted);
  const byPath = new Map(results.map((r) => [r.filePath, r.messages]));
  const out = probes.map(({ file }) => ({
    file,
    messages: (byPath.get(path.join(root, file)) ?? []).map(({ ruleId, message }) => ({ ruleId, message })),
  }));
  process.stdout.write(JSON.stringify(out));
} finally {
  for (const at of written) fs.rmSync(at, { force: true });
}
