// The top frames of a V8 CPU profile (node --cpu-prof) by self time, grouped by function and file:
//   node bench/profile/top-frames.mjs <file.cpuprofile> [how many]
import fs from 'node:fs';

const [file, count = '25'] = process.argv.slice(2);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const { callFrame } = byId.get(id);
  const where = callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(dist|src)\//, '$1/');
  const key = `${callFrame.functionName || '(anonymous)'} ${where}:${callFrame.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
const packages = new Map();
for (const [key, micros] of self) {
  const pkg = /^\S+ ((@[^/]+\/)?[^/:]+)/.exec(key)?.[1] ?? key;
  packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
}
const pct = (micros) => `${((100 * micros) / total).toFixed(1)}%`;
console.log(`total sampled ${(total / 1e6).toFixed(1)} s`);
console.log('\nby function (self time):');
for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count)))
  console.log(`${pct(micros).padStart(6)}  ${key}`);
console.log('\nby package or folder (self time):');
for (const [key, micros] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`${pct(micros).padStart(6)}  ${key}`);
