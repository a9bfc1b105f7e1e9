const neo4j = require('neo4j-driver');
(async () => {
  const d = neo4j.driver('bolt://127.0.0.1:7787', neo4j.auth.basic('neo4j', require('fs').readFileSync('/work/main/.neo4j/dev/password','utf8').trim()));
  const s = d.session();
  const qs = require(process.argv[2]);
  for (const [name, q] of Object.entries(qs)) {
    const times = [];
    for (let i = 0; i < 3; i++) {
      const t = Date.now();
      await s.run(`EXPLAIN ${q} // ${Math.random()}`, { id: 'document:003-addecf477dab56b0', seeRestricted: false, limit: neo4j.int(10) });
      times.push(Date.now() - t);
    }
    console.log(name, times.join(' '));
  }
  await s.close(); await d.close();
})();
