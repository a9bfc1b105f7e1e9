import type { AnalysisResult, ExampleResult } from './report';
import { analytics, CentralityMeasure, type Database, exampleOperations, projectionCacheOf } from './service';

type Progress = (message: string) => void;

const ANONYMOUS = { subject: null, roles: new Set<never>(), seeRestricted: false };

/** Samples the process's resident memory while `work` runs: the peak, in MB. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ value?: T; error?: Error; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  try {
    return { value: await work(), peakMb: peak / 2 ** 20 };
  } catch (error) {
    return { error: error as Error, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage.rss());
  }
}

/**
 * Each analysis once, in this process (where the service runs), as its resolver calls it, with the
 * projection cache emptied first, so each reads its projection: the time, the read's and the graph
 * build's time (from the service's own progress lines), and the peak memory. Then two calls on the
 * unchanged graph: right after the first PageRank: PageRank for another `first` (the projection from the
 * cache, computed again) and PageRank as the first call (the answer from the cache). A refusal (ANALYSIS_TOO_LARGE) is a result
 * too: it says where the in-process bound lies.
 */
export async function measureAnalytics(
  database: Database,
  municipality: string,
  log: (line: string) => void,
): Promise<AnalysisResult[]> {
  const pagerank = (first: number) => (p: Progress) =>
    analytics.runCentrality(
      database,
      ANONYMOUS,
      { measure: CentralityMeasure.PAGERANK, first },
      { progress: p },
    );
  const runs: [string, (progress: Progress) => Promise<unknown>, 'cold' | 'warm'][] = [
    ['pagerank', pagerank(20), 'cold'],
    ['pagerank again, first 21', pagerank(21), 'warm'],
    ['pagerank again, same call', pagerank(20), 'warm'],
    [
      'betweenness',
      (p) =>
        analytics.runCentrality(
          database,
          ANONYMOUS,
          { measure: CentralityMeasure.BETWEENNESS, first: 20 },
          { progress: p },
        ),
      'cold',
    ],
    ['louvain', (p) => analytics.runCommunities(database, ANONYMOUS, {}, { progress: p }), 'cold'],
    [
      'similarMunicipalities',
      (p) => analytics.runSimilarity(database, ANONYMOUS, { id: municipality, first: 10 }, { progress: p }),
      'cold',
    ],
  ];
  const out: AnalysisResult[] = [];
  for (const [name, run, cache] of runs) {
    if (cache === 'cold') projectionCacheOf(database).clear();
    global.gc?.();
    const baselineRssMb = process.memoryUsage.rss() / 2 ** 20;
    let projectionMs = 0;
    let buildMs: number | undefined;
    let cached = false;
    let nodes = 0;
    let relationships = 0;
    const started = Date.now();
    const { error, peakMb } = await peakRss(() =>
      run((message) => {
        const loaded = /^Loaded (\d+) nodes and (\d+) relationships \((\d+) ms\)/.exec(message);
        if (loaded) [nodes, relationships, projectionMs] = loaded.slice(1).map(Number);
        const reused = /^Reused (\d+) nodes and (\d+) relationships/.exec(message);
        if (reused) {
          [nodes, relationships] = reused.slice(1).map(Number);
          cached = true;
        }
        const built = /^Built the graph: .* \((\d+) ms\)$/.exec(message);
        if (built) buildMs = Number(built[1]);
      }),
    );
    const ms = Date.now() - started;
    const code = (error as { extensions?: { code?: string } } | undefined)?.extensions?.code;
    const result: AnalysisResult = {
      name,
      nodes,
      relationships,
      projectionMs,
      ...(buildMs === undefined ? {} : { buildMs }),
      cached,
      ms,
      peakRssMb: Math.round(peakMb),
      baselineRssMb: Math.round(baselineRssMb),
      ...(error ? { error: `${code ?? 'ERROR'}: ${error.message}` } : {}),
    };
    log(
      `  ${name.padEnd(26)} ${error ? result.error : `${nodes} nodes, ${relationships} rels, ${cached ? 'projection cached' : `projection ${projectionMs} ms`}, graph ${buildMs ?? '–'} ms`}, ` +
        `${ms} ms, peak RSS ${result.peakRssMb} MB (from ${result.baselineRssMb})`,
    );
    out.push(result);
  }
  return out;
}

/** Each example in examples/ once through our service, as written: round trips and time. */
export async function measureExamples(url: string, log: (line: string) => void): Promise<ExampleResult[]> {
  const out: ExampleResult[] = [];
  for (const [file, query] of Object.entries(exampleOperations())) {
    const started = Date.now();
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as {
      errors?: { message: string }[];
      extensions?: { roundTrips?: number };
    };
    const result: ExampleResult = {
      file,
      roundTrips: body.extensions?.roundTrips ?? NaN,
      ms: Date.now() - started,
      ...(body.errors ? { error: body.errors[0].message } : {}),
    };
    log(
      `  example ${file}: ${result.roundTrips} round trips, ${result.ms} ms${result.error ? `, ${result.error}` : ''}`,
    );
    out.push(result);
  }
  return out;
}
