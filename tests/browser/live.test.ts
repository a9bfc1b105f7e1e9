/// <reference lib="dom" />
/**
 * Live updates in Chromium: an open page hears each change of the graph over WebSocket (graphql-ws)
 * and shows it without a reload, marked new, and counts what arrived. The change is written by an
 * editor through the API, as any other client or service instance would.
 */
import { databaseSuite } from '../support/service-suite';
import { TOKENS, bearer } from '../support/tokens';
import { explorerSuite, waitForDrawing } from './explorer-suite';

const PARTNER = 'org:test-live-partner';
const DOC_002 = 'document:002-c733f695bbfdf289';
const EXCERPT = 'zegt Marijke Vos, voorzitter van Sociaal Werk Nederland';

describe('the explorer, live', () => {
  const suite = explorerSuite();
  // The editor's organisation and link are removed after the file, and the graph must then be
  // the seeded one again.
  databaseSuite({ pristine: true });

  async function asEditor(query: string, variables: Record<string, unknown>) {
    const response = await fetch(`${suite.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(TOKENS.editor) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  }

  it('shows a partner linked elsewhere on the open page of the municipality, marked new, without a reload', async () => {
    const { page } = await suite.open('/explore/node/municipality:delft');
    await waitForDrawing(page);
    await page.locator('.relationship-group').first().waitFor();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    // Let the subscription open before the change is made.
    await page.waitForTimeout(500);

    await asEditor(
      'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }',
      {
        input: {
          id: PARTNER,
          name: 'Test Live Partner',
          type: 'CIVIC',
          evidence: [{ document: DOC_002, excerpt: EXCERPT }],
        },
      },
    );
    await asEditor('mutation ($input: LinkInput!) { link(input: $input) { key } }', {
      input: {
        type: 'PARTNERS_WITH',
        from: 'municipality:delft',
        to: PARTNER,
        evidence: [{ document: DOC_002, excerpt: EXCERPT }],
      },
    });

    const partner = page.locator(
      `.relationship-group[data-type="PARTNERS_WITH"] li.new[data-key*="${PARTNER}"]`,
    );
    await partner.waitFor({ timeout: 10_000 });
    expect(await partner.innerText()).toContain('Test Live Partner');
    expect(await partner.locator('.badge.new').count()).toBeGreaterThan(0);
    const status = page.locator('.live-changes[role="status"]');
    await expect(status.innerText()).resolves.toMatch(/^2 changes since you opened this page/);
    expect(navigations).toEqual([]);
  });
});
