import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config/config';
import { readSeeds } from '../seed/read-seeds';
import { formatProblem } from '../seed/problems';
import { evaluateIntake, evaluationMarkdown } from './intake-eval';
import { runCli } from './run-cli';

const START = '<!-- eval:start -->';
const END = '<!-- eval:end -->';
const USAGE = `usage: npm run eval:intake
  evaluates intake on seeds/, leaving one document out at a time; prints the figures and writes
  them into docs/intake.md (between ${START} and ${END})`;

/** `npm run eval:intake`: leave-one-document-out over seeds/, printed and written to docs/intake.md. */
runCli(async () => {
  const { seeds, problems } = readSeeds(path.join(PROJECT_ROOT, 'seeds'));
  if (problems.length > 0) {
    for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
    return 1;
  }
  const table = evaluationMarkdown(evaluateIntake(seeds));
  console.log(table);
  const doc = path.join(PROJECT_ROOT, 'docs', 'intake.md');
  // Prettier leaves the generated tables as written (npm run format:check passes without a rewrite).
  const section = `${START}\n<!-- prettier-ignore-start -->\n\nMeasured with \`npm run eval:intake\` on ${new Date().toISOString().slice(0, 10)}.\n\n${table}\n\n<!-- prettier-ignore-end -->\n${END}`;
  const current = fs.existsSync(doc)
    ? fs.readFileSync(doc, 'utf8')
    : `# Intake\n\n## Evaluation\n\n${START}\n${END}\n`;
  const at = current.indexOf(START);
  const to = current.indexOf(END);
  const next =
    at >= 0 && to > at
      ? current.slice(0, at) + section + current.slice(to + END.length)
      : `${current.trimEnd()}\n\n## Evaluation\n\n${section}\n`;
  fs.writeFileSync(doc, next);
  console.log(`\nWritten to ${path.relative(PROJECT_ROOT, doc)}`);
  return 0;
}, USAGE);
