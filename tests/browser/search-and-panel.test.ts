/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks passed to page.evaluate run in the browser: they see the DOM.
import path from 'node:path';
import { SCREENSHOTS, explorerSuite, panelText, waitForDrawing } from './explorer-suite';
import { relationship, seeds, squash } from './seed-facts';

jest.setTimeout(120_000);

describe('searching, and the panel of the chosen node', () => {
  const suite = explorerSuite();
  const nomination = relationship('NOMINATED_BY', 'municipality:delft', 'org:kwadraad');

  it('search "Kwadraad" → choose it → the panel lists Delft with the nomination’s excerpt, and the reader opens its document at it', async () => {
    const { page } = await suite.open('/explore');
    await waitForDrawing(page);
    const searches: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('"operationName":"Search"')) searches.push(request.postData()!);
    });
    await page.getByLabel('Search names, quotes and documents').pressSequentially('Kwadraad', { delay: 30 });
    const hit = page.locator('.search-hit', { has: page.locator('strong', { hasText: /^Kwadraad$/ }) });
    await hit.waitFor();
    // Debounced: one request for the pause after typing, not one per key.
    expect(searches).toHaveLength(1);
    expect(await hit.locator('mark').first().innerText()).toMatch(/kwadraad/i);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kwadraad');

    await hit.click();
    await page.waitForURL('**/explore/node/org:kwadraad');
    const group = page.locator('.relationship-group[data-type="NOMINATED_BY"]');
    const delft = group.locator(`li[data-key="${nomination.key}"]`);
    await delft.waitFor();
    expect(await group.locator('h4').innerText()).toMatch(/^nominated/);
    const item = squash(await delft.innerText());
    expect(item).toContain('Delft');
    for (const evidence of nomination.evidence) expect(item).toContain(squash(evidence.excerpt));
    expect(item).toContain('inferred');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'node.png') });

    const first = nomination.evidence[0]!;
    const title = String(seeds.documents.get(first.document)!.title);
    await delft
      .getByRole('button', { name: `Open “${title}”` })
      .first()
      .click();
    const reader = page.locator('dialog.document-reader[open]');
    await reader.locator('mark.excerpt').waitFor();
    expect(await reader.locator('h2').innerText()).toBe(title);
    expect(squash(await reader.locator('mark.excerpt').innerText())).toBe(squash(first.excerpt));
    // Scrolled to: the excerpt is inside the dialog's visible area.
    const visible = await reader.locator('mark.excerpt').evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      const frame = mark.closest('dialog')!.getBoundingClientRect();
      return box.top >= frame.top && box.bottom <= frame.bottom;
    });
    expect(visible).toBe(true);
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });
  });

  it('opens /explore?q=… with that search, and /explore/node/<id> with its panel, relationships and excerpts as text, also after a reload', async () => {
    const { page } = await suite.open('/explore?q=jeugdhulp');
    await page.locator('.search-hit').first().waitFor();
    expect(await page.inputValue('#search-input')).toBe('jeugdhulp');
    expect(await page.locator('.search-hit mark').count()).toBeGreaterThan(0);

    await page.goto(`${suite.base}/explore/node/municipality:delft`);
    for (const attempt of ['first load', 'reload']) {
      await page.locator('h2#node-heading', { hasText: 'Delft' }).waitFor();
      const text = squash(await panelText(page));
      expect({
        attempt,
        nominatedByKwadraad: text.includes('nominated by NOMINATED_BY (1) Kwadraad'),
      }).toEqual({
        attempt,
        nominatedByKwadraad: true,
      });
      for (const evidence of nomination.evidence) expect(text).toContain(squash(evidence.excerpt));
      if (attempt === 'first load') await page.reload();
    }
  });

  it('says plainly when a deep link names nothing there', async () => {
    const { page } = await suite.open('/explore/node/municipality:nergenshuizen');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Not found: there is no “municipality:nergenshuizen”');
    await page.getByRole('button', { name: 'Back to the overview' }).click();
    await waitForDrawing(page);
    expect(new URL(page.url()).pathname).toBe('/explore');
  });

  it('expands a hub page by page (never all at once), and hides a relationship type from the panel and the canvas', async () => {
    const hub = 'document:003-addecf477dab56b0';
    const mentions = seeds.relationships.filter(
      (r) => seeds.isVisible(r) && (r.from === hub || r.to === hub),
    );
    expect(mentions.length).toBeGreaterThan(40);
    const { page } = await suite.open(`/explore/node/${hub}`);
    const status = page.locator('.node-panel p.count');
    await status.filter({ hasText: `20 of ${mentions.length} shown` }).waitFor();
    // The legend counts the nodes on the canvas: the hub and the other ends of one page of relationships.
    const onCanvas = async (atLeast: number) => {
      const handle = await page.waitForFunction((least) => {
        const counts = [...document.querySelectorAll('.legend-item[data-kind] .count')];
        const sum = counts.reduce((s, e) => s + Number(e.textContent), 0);
        return sum >= least ? sum : null;
      }, atLeast);
      return (await handle.jsonValue()) as number;
    };
    const before = await onCanvas(2);
    expect(before).toBeLessThanOrEqual(1 + 20);

    await page.getByRole('button', { name: 'Expand: show the next 20' }).click();
    await status.filter({ hasText: `40 of ${mentions.length} shown` }).waitFor();
    const after = await onCanvas(before + 1);
    expect(after).toBeLessThanOrEqual(1 + 40);

    await page.locator('.legend-item[data-type="MENTIONS"] input').uncheck();
    await status.filter({ hasText: /^\d+ of \d+ shown$/ }).waitFor();
    await page.waitForFunction(
      () => document.querySelector('.relationship-group[data-type="MENTIONS"]') === null,
    );
    const types = await page.$$eval('.relationship-group', (groups) =>
      groups.map((g) => g.getAttribute('data-type')),
    );
    expect(types).not.toContain('MENTIONS');
  });
});
