/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks passed to page.evaluate run in the browser: they see the DOM.
import { explorerSuite, pressUntil, waitForDrawing } from './explorer-suite';

jest.setTimeout(120_000);

describe('the explorer by keyboard alone', () => {
  const suite = explorerSuite();

  it('reaches the search, a result, the panel and the list view with Tab and Enter, and focuses nodes from them', async () => {
    const { page } = await suite.open('/explore');
    await waitForDrawing(page);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

    await pressUntil(page, 'Tab', '#search-input');
    await page.keyboard.type('Kwadraad');
    await page.locator('.search-hit').first().waitFor();
    await pressUntil(page, 'Tab', '.search-hit');
    expect(await focused()).toMatch(/^Kwadraad/);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/explore/node/org:kwadraad');
    // Choosing moves the focus to what was chosen: the panel's heading.
    await page.waitForFunction(() => document.activeElement?.id === 'node-heading');
    expect(await focused()).toBe('Kwadraad');

    await pressUntil(page, 'Tab', '.relationship-group button');
    const neighbour = await focused();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (name) => document.activeElement?.id === 'node-heading' && document.activeElement.textContent === name,
      neighbour,
    );

    await pressUntil(page, 'Shift+Tab', '.view-switch button:nth-child(2)');
    expect(await focused()).toBe('List');
    await page.keyboard.press('Enter');
    await page.locator('.list-view').waitFor();
    await pressUntil(page, 'Tab', '.list-view li[data-node-id="org:kwadraad"] > button');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/explore/node/org:kwadraad');
    await page.waitForFunction(() => document.activeElement?.id === 'node-heading');
    expect(await focused()).toBe('Kwadraad');
  });

  it('opens and closes the document reader from the keyboard', async () => {
    const { page } = await suite.open('/explore/node/municipality:delft');
    await page.locator('h2#node-heading').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'node-heading');
    await pressUntil(page, 'Tab', '.evidence button');
    await page.keyboard.press('Enter');
    const reader = page.locator('dialog.document-reader[open]');
    await reader.locator('mark.excerpt').waitFor();
    await page.keyboard.press('Escape');
    await reader.waitFor({ state: 'detached' });
  });
});
