const neo4j = require('neo4j-driver');
const { statementsOf } = require('/work/main/dist/graph/compile/operation.js');
const { buildGraphSchema } = require('/work/main/dist/server/schema.js');
const { ANONYMOUS } = require('/work/main/dist/model/index.js');
(async () => {
  const d = neo4j.driver('bolt://127.0.0.1:7787', neo4j.auth.basic('neo4j', require('fs').readFileSync('/work/main/.neo4j/dev/password','utf8').trim()));
  const s = d.session();
  const st = await statementsOf(await buildGraphSchema(), process.argv[2], ANONYMOUS);
  for (const x of st) {
    const r = await s.run('EXPLAIN ' + x.text, require('/work/main/dist/db/convert.js').toDriverParams(x.params));
    const walk = (p, depth) => { console.log(' '.repeat(depth) + p.operatorType + ' ' + (p.arguments.Details || '').slice(0, 120)); p.children.forEach(c => walk(c, depth + 1)); };
    walk(r.summary.plan, 0);
  }
  await s.close(); await d.close();
})();
