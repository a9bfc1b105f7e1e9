/// <reference lib="dom" />
/**
 * The explorer shows a diff: after a download, "What changed since this export?" opens the diff
 * from that export's snapshot to the graph now, listing a node an editor added meanwhile (through
 * the API, as any client would).
 */
import { databaseSuite } from '../support/service-suite';
import { TOKENS, bearer } from '../support/tokens';
import { SCREENSHOTS, explorerSuite, waitForDrawing } from './explorer-suite';

const THEME = 'theme:test-diff-theme';

describe('the explorer, what changed since an export', () => {
  const suite = explorerSuite();
  // The editor's theme is removed after the file; the graph must then be the seeded one again.
  databaseSuite({ pristine: true });

  it('lists a node added after the export, linked to its page', async () => {
    const { page } = await suite.open('/explore');
    await waitForDrawing(page);
    await page.getByRole('button', { name: 'Download graph.json' }).click();
    await page.locator('.downloads .snapshot', { hasText: /Snapshot [0-9a-f]{64}/ }).waitFor();

    const response = await fetch(`${suite.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(TOKENS.editor) },
      body: JSON.stringify({
        query: 'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id } }',
        variables: {
          input: {
            id: THEME,
            name: 'Test diff theme',
            evidence: [{ document: 'document:002-c733f695bbfdf289', excerpt: 'zegt Marijke Vos' }],
          },
        },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    await page.getByRole('link', { name: 'What changed since this export?' }).click();
    await page.waitForURL(/\/explore\/diff\/[0-9a-f]{64}$/);
    const added = page.locator(`.diff-panel .diff-section li[data-id="${THEME}"]`);
    await added.waitFor({ timeout: 15_000 });
    expect(await added.innerText()).toContain('Test diff theme');
    expect(await page.locator('.diff-panel h3', { hasText: 'Nodes added' }).innerText()).toMatch(/\(1\)/);
    await page.screenshot({ path: `${SCREENSHOTS}/diff.png` });
  });
});
