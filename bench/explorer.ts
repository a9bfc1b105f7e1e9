/// <reference lib="dom" />
// The callbacks passed to page.evaluate run in the browser: they see the DOM.
/**
 * `npm run bench:explorer`: what the web explorer costs a visitor. Measures
 *  1. the bundle a first visit downloads (dist/web/assets), raw and gzipped (level 6, what a
 *     compressing proxy sends), JavaScript and CSS apart;
 *  2. the time to the first drawn overview in Debian's headless Chromium: from navigation start to
 *     the first sigma frame with the overview's nodes (the page's `explorer:first-draw` mark), over
 *     --runs fresh browser contexts (empty HTTP cache), against the service and the seeded Neo4j
 *     (instance `bench-explorer`, Bolt port --port), after one discarded warm-up visit.
 * Prints a markdown table; bench/README.md ("The explorer") records the figures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import pino from 'pino';
import { chromium } from 'playwright-core';
import type * as OpenModule from '../src/db/open-database';
import type * as PrepareModule from '../src/seed/prepare';
import { loadConfig, startServer } from './service';

const DIST = path.resolve(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = <T>(module: string): T => require(path.join(DIST, module)) as T;
const { openDatabase } = load<typeof OpenModule>('db/open-database');
const { prepareDatabase } = load<typeof PrepareModule>('seed/prepare');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    port: { type: 'string', default: '18587' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

function bundleSizes() {
  const assets = path.join(DIST, 'web', 'assets');
  const sizes = { js: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 } };
  for (const file of fs.readdirSync(assets)) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    if (kind === null) continue;
    const bytes = fs.readFileSync(path.join(assets, file));
    sizes[kind].raw += bytes.length;
    sizes[kind].gzip += zlib.gzipSync(bytes, { level: 6 }).length;
  }
  return sizes;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main() {
  const sizes = bundleSizes();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    PORT: '0',
    NEO4J_INSTANCE: 'bench-explorer',
    NEO4J_BOLT_PORT: args.port,
  });
  const logger = pino({ level: 'silent' });
  const opened = await openDatabase(config, logger);
  const browser = await chromium.launch({ executablePath: args.chromium, headless: true });
  let server;
  try {
    await prepareDatabase(opened.database, logger);
    server = await startServer(config, opened.database, logger);
    const times: number[] = [];
    const requests: number[] = [];
    for (let run = 0; run <= Number(args.runs); run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      let graphql = 0;
      page.on('request', (request) => {
        if (request.url().endsWith('/graphql')) graphql++;
      });
      await page.goto(server.explorerUrl);
      await page.waitForSelector('html[data-drawn="true"]', { timeout: 60_000 });
      const drawnAt = await page.evaluate(
        () => performance.getEntriesByName('explorer:first-draw')[0]!.startTime,
      );
      await context.close();
      if (run === 0) continue; // the warm-up: the service's and Neo4j's first queries plan and compile
      times.push(drawnAt);
      requests.push(graphql);
    }
    console.log(`| measure | value |
| --- | --- |
| JS bundle, gzipped (raw) | ${kB(sizes.js.gzip)} (${kB(sizes.js.raw)}) |
| CSS, gzipped (raw) | ${kB(sizes.css.gzip)} (${kB(sizes.css.raw)}) |
| first drawn overview, median of ${times.length} cold visits | ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}) |
| GraphQL requests before it | ${median(requests)} |`);
  } finally {
    await browser.close();
    await server?.stop();
    await opened.database.close();
    await opened.startedLocal?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
