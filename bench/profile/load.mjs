// Puts the bench's read operations on a running service (corpus ids) with autocannon, to profile it:
//   node --cpu-prof --cpu-prof-dir=bench/profile/out dist/cli/start.js   (the service, profiled)
//   node bench/profile/load.mjs http://127.0.0.1:4000/graphql 15          (this, N seconds each)
// then `node bench/profile/top-frames.mjs bench/profile/out/*.cpuprofile` once the service stopped.
import autocannon from 'autocannon';

const [url = 'http://127.0.0.1:4000/graphql', seconds = '10'] = process.argv.slice(2);
const OPERATIONS = {
  node: ['query($id: ID!) { node(id: $id) { id name kind } }', { id: 'org:kwadraad' }],
  municipality: [
    `query($id: ID!) { municipality(id: $id) { id name
      nominatedBy { node { id name } evidence { excerpt } }
      partners { context node { id name } }
      people { title node { id name quotes { node { id text } } } } } }`,
    { id: 'municipality:delft' },
  ],
  organisations: [
    '{ organisations(first: 20) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
    {},
  ],
};

for (const [name, [query, variables]] of Object.entries(OPERATIONS)) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 8,
    duration: Number(seconds),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  console.log(
    `${name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, ` +
      `${result.non2xx} non-2xx, ${result.errors} errors`,
  );
}
