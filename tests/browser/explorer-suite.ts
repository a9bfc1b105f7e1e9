/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks passed to page.evaluate run in the browser: they see the DOM.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config/config';
import type { Database } from '../../src/db/database';
import { EXPLORER_DIR } from '../../src/server/explorer.routes';
import { connectTestDatabase } from '../support/database';
import { startTestServer } from '../support/server';
import { AUTH_ENV } from '../support/tokens';

/** Debian's chromium (installed by .ci/run when missing); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots for a person to look at (git-ignored). */
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-output', 'screenshots');

export interface ReceivedResponse {
  url: string;
  status: number;
  body: string;
}

/** One page in its own browser context (its own sessionStorage), and everything it reported. */
export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions; each test ends by insisting there were none. */
  consoleErrors: string[];
  /** Every response the page received, with its body, once all have been read. */
  responses(): Promise<ReceivedResponse[]>;
  /** Console errors this test expects (a refused token's 401), left out of the final check. */
  allowConsoleError(pattern: RegExp): void;
}

export interface ExplorerSuite {
  base: string;
  /** Opens `/explore…` in a fresh context; with a token it is in sessionStorage before the page loads. */
  open(pathAndQuery: string, options?: { token?: string }): Promise<Visit>;
}

/**
 * Browser tests against the real service (on the run's seeded Neo4j) in Debian's headless Chromium
 * driven by playwright-core. Every page a test opens is checked for console errors after the test.
 */
export function explorerSuite(): ExplorerSuite {
  let database: Database | undefined;
  let service: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  let visits: (Visit & { allowed: RegExp[] })[] = [];
  const suite: ExplorerSuite = {
    base: '',
    async open(pathAndQuery, { token } = {}) {
      if (!browser) throw new Error('The browser is not running');
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
      if (token !== undefined) {
        await context.addInitScript((value) => sessionStorage.setItem('gouden-netwerk.token', value), token);
      }
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      const bodies: Promise<ReceivedResponse>[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
      page.on('response', (response) => {
        bodies.push(
          response
            .body()
            .then((body) => body.toString('utf8'))
            .catch(() => '')
            .then((body) => ({ url: response.url(), status: response.status(), body })),
        );
      });
      const allowed: RegExp[] = [];
      const visit = {
        page,
        context,
        consoleErrors,
        allowed,
        responses: () => Promise.all(bodies),
        allowConsoleError: (pattern: RegExp) => allowed.push(pattern),
      };
      visits.push(visit);
      await page.goto(`${suite.base}${pathAndQuery}`);
      return visit;
    },
  };

  beforeAll(async () => {
    if (!fs.existsSync(path.join(EXPLORER_DIR, 'index.html'))) {
      throw new Error('The explorer is not built: run `npm run build` (npm test does)');
    }
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `No Chromium at ${CHROMIUM}: \`apt-get install chromium\` (.ci/run does), or set CHROMIUM_PATH`,
      );
    }
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    database = connectTestDatabase();
    service = await startTestServer(database, AUTH_ENV);
    suite.base = service.base;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  });

  afterEach(async () => {
    const opened = visits;
    visits = [];
    for (const visit of opened) await visit.context.close();
    for (const visit of opened) {
      const unexpected = visit.consoleErrors.filter((text) => !visit.allowed.some((p) => p.test(text)));
      expect({ page: visit.page.url(), consoleErrors: unexpected }).toEqual({
        page: visit.page.url(),
        consoleErrors: [],
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await service?.server.stop();
    await database?.close();
  });

  return suite;
}

/** The visible text of the page's side panel. */
export const panelText = (page: Page): Promise<string> => page.locator('aside.panel').innerText();

/** Waits until the canvas has drawn its first frame with nodes in it. */
export async function waitForDrawing(page: Page): Promise<void> {
  await page.waitForSelector('html[data-drawn="true"]');
}

/** Presses `key` until the focused element matches `selector` (at most `max` presses). */
export async function pressUntil(page: Page, key: string, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const reached = await page.evaluate(
      (wanted) => document.activeElement !== null && document.activeElement.matches(wanted),
      selector,
    );
    if (reached) return;
  }
  throw new Error(`${key} pressed ${max} times never reached ${selector}`);
}
