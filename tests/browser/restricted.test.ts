/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks passed to page.evaluate run in the browser: they see the DOM.
import type { Page } from 'playwright-core';
import { TOKENS } from '../support/tokens';
import { type Visit, explorerSuite, waitForDrawing } from './explorer-suite';
import { restrictedWords } from './seed-facts';

jest.setTimeout(180_000);

const DOCUMENT_000 = 'document:000-22230f0f29cf03ba';
const FILES = ['graph.graphml', 'nodes.csv', 'edges.csv', 'graph.json'];

/** Downloads every export through the page; returns the snapshot ids it showed and the files it saved. */
async function downloadAll(page: Page): Promise<{ shown: string[]; headers: string[]; saved: string[] }> {
  const shown: string[] = [];
  const headers: string[] = [];
  const saved: string[] = [];
  for (const file of FILES) {
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/export/${file}`)),
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download ${file}` }).click(),
    ]);
    headers.push(response.headers()['x-snapshot-id'] ?? '');
    saved.push(download.suggestedFilename());
    const status = page.locator('.downloads .snapshot', { hasText: `${file}: Snapshot ` });
    await status.waitFor();
    shown.push((await status.innerText()).replace(`${file}: Snapshot `, ''));
  }
  return { shown, headers, saved };
}

/**
 * The same walk for every viewer, through everything that could carry a restricted fact: the
 * overview, a municipality whose press contact is restricted, a search for one, the document with
 * the editors' note (and its reader), the press contact's own deep link, a path, and the exports.
 * Returns the text of every page state it saw.
 */
async function tour(visit: Visit): Promise<string[]> {
  const { page } = visit;
  const seen: string[] = [];
  const started = Date.now();
  const snap = async () => {
    seen.push(await page.content());
    if (process.env.TOUR_TIMING) console.log(`tour step ${seen.length}: ${Date.now() - started} ms`);
  };
  await waitForDrawing(page);
  await snap();

  await page.goto(visit.page.url().replace(/\/explore.*$/, '/explore/node/municipality:leudal'));
  await page.locator('h2#node-heading', { hasText: 'Leudal' }).waitFor();
  await snap();

  await page.getByLabel('Search names, quotes and documents').fill('Grinsven Saes communicatieadviseur');
  await page.locator('.search-results [role=status]', { hasText: /results|Nothing found/ }).waitFor();
  await snap();

  await page.goto(page.url().replace(/\/explore.*$/, `/explore/node/${DOCUMENT_000}`));
  await page.locator('h2#node-heading').waitFor();
  await page.locator('.node-panel .properties + button').click();
  await page.locator('dialog.document-reader[open] .document-text').first().waitFor();
  await snap();
  await page.keyboard.press('Escape');

  await page.goto(page.url().replace(/\/explore.*$/, '/explore/node/person:bart-van-grinsven'));
  await page.locator('h2#node-heading, .not-found').first().waitFor();
  await snap();

  await page.goto(page.url().replace(/\/explore.*$/, '/explore/path/municipality:leudal/municipality:weert'));
  await page.locator('.path-panel [role=status]').waitFor();
  await snap();

  const downloads = await downloadAll(page);
  expect(downloads.saved).toEqual(FILES);
  expect(downloads.shown).toEqual(downloads.headers);
  for (const id of downloads.shown) expect(id).toMatch(/[0-9a-f]{64}/);
  await snap();
  return seen;
}

const found = (texts: string[], words: string[]) =>
  words.filter((word) => texts.some((text) => text.includes(word)));

describe('restricted facts in the explorer', () => {
  const suite = explorerSuite();
  const words = restrictedWords();

  it('never reach a public viewer: not in the page, not in any response the page received', async () => {
    const visit = await suite.open('/explore');
    const pages = await tour(visit);
    // The press contact's own deep link is "not found" for the public, like any id that is not there.
    expect(pages[4]).toContain('Not found: there is no “person:bart-van-grinsven”');
    const responses = await visit.responses();
    expect(responses.filter((r) => r.url.includes('/graphql')).length).toBeGreaterThanOrEqual(6);
    expect(responses.filter((r) => r.url.includes('/export/')).length).toBe(FILES.length);
    expect({
      inPages: found(pages, words),
      inResponses: found(
        responses.map((r) => r.body),
        words,
      ),
    }).toEqual({
      inPages: [],
      inResponses: [],
    });
  });

  it('are shown to a signed-in researcher, marked restricted, and gone again after signing out', async () => {
    const visit = await suite.open('/explore');
    const { page } = visit;
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Bearer token').fill(TOKENS.researcher);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in: restricted facts are shown').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('gouden-netwerk.token'))).toBe(TOKENS.researcher);

    const pages = await tour(visit);
    expect(pages[4]).not.toContain('Not found');
    const responses = await visit.responses();
    expect(found(pages, words)).toEqual(words);
    expect(
      found(
        responses.map((r) => r.body),
        words,
      ),
    ).toEqual(words);

    await page.goto(page.url().replace(/\/explore.*$/, '/explore/node/municipality:leudal'));
    const contact = page.locator('li[data-key^="person:bart-van-grinsven|HOLDS_ROLE|"]');
    await contact.waitFor();
    expect(await contact.locator('.badge.restricted').first().innerText()).toBe('restricted');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.locator('.node-panel p.count').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('gouden-netwerk.token'))).toBeNull();
    expect(found([await page.content()], words)).toEqual([]);
  });

  it('stay hidden when a token is refused, and the page says so', async () => {
    const visit = await suite.open('/explore');
    // The browser itself logs the refused request (401); that error is expected here.
    visit.allowConsoleError(/status of 401/);
    const { page } = visit;
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Bearer token').fill('not-a-valid-token-at-all-0000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This token is not accepted.').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('gouden-netwerk.token'))).toBeNull();
  });
});
