const neo4j = require('neo4j-driver');
const { statementsOf } = require('/work/main/dist/graph/compile/operation.js');
const { buildGraphSchema } = require('/work/main/dist/server/schema.js');
const { ANONYMOUS } = require('/work/main/dist/model/index.js');
const { toDriverParams } = require('/work/main/dist/db/convert.js');
(async () => {
  const d = neo4j.driver('bolt://127.0.0.1:7787', neo4j.auth.basic('neo4j', require('fs').readFileSync('/work/main/.neo4j/dev/password','utf8').trim()));
  const s = d.session();
  const st = await statementsOf(await buildGraphSchema(), process.argv[2], ANONYMOUS);
  for (const x of st) for (let i = 0; i < 4; i++) {
    const t = Date.now();
    const r = await s.run((i === 3 ? 'EXPLAIN ' : '') + x.text, toDriverParams(x.params));
    console.log(i, 'ms', Date.now() - t, 'plan', r.summary.resultAvailableAfter?.toString(), 'consumed', r.summary.resultConsumedAfter?.toString());
  }
  await s.close(); await d.close();
})();
