/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks passed to page.evaluate run in the browser: they see the DOM.
import path from 'node:path';
import { SCREENSHOTS, explorerSuite, waitForDrawing } from './explorer-suite';
import { seeds, squash } from './seed-facts';

jest.setTimeout(120_000);

const PATHS = `query ($types: [RelationshipType!]) {
  allShortestPaths(from: "municipality:delft", to: "municipality:meppel", maxLength: 6, types: $types) {
    length
    edges { key type evidence { excerpt } }
  }
}`;

interface ApiPath {
  length: number;
  edges: { key: string; type: string; evidence: { excerpt: string }[] }[];
}

describe('"why are these connected?"', () => {
  const suite = explorerSuite();

  /** The service's own answer, asked directly, to hold the page to. */
  const shortestPaths = async (types?: string[]) => {
    const response = await fetch(`${suite.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: PATHS, variables: { types } }),
    });
    const body = (await response.json()) as { data: { allShortestPaths: ApiPath[] } };
    return body.data.allShortestPaths;
  };

  it('opens /explore/path/municipality:delft/municipality:meppel with every shortest path drawn and listed hop by hop, each hop with its excerpts', async () => {
    const expected = await shortestPaths();
    expect(expected.length).toBeGreaterThan(0);
    const { page } = await suite.open('/explore/path/municipality:delft/municipality:meppel');
    await page.getByRole('heading', { name: 'How Delft and Meppel are connected' }).waitFor();
    await waitForDrawing(page);

    const listed = page.locator('.paths > li');
    expect(await listed.count()).toBe(expected.length);
    for (const [index, apiPath] of expected.entries()) {
      const hops = listed.nth(index).locator('li.hop');
      expect(await hops.count()).toBe(apiPath.length);
      for (const [hopIndex, edge] of apiPath.edges.entries()) {
        const hop = hops.nth(hopIndex);
        expect(await hop.getAttribute('data-key')).toBe(edge.key);
        const text = squash(await hop.innerText());
        expect(text).toContain(edge.type);
        expect(edge.evidence.length).toBeGreaterThan(0);
        for (const evidence of edge.evidence) expect(text).toContain(squash(evidence.excerpt));
      }
    }
    const hopText = squash(await listed.first().locator('li.hop').first().innerText());
    expect(hopText).toMatch(/^Hop 1: Delft/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'path.png') });
  });

  it('follows only the relationship types left ticked', async () => {
    const { page } = await suite.open('/explore/path/municipality:delft/municipality:meppel');
    await page.locator('.paths li.hop').first().waitFor();
    const typesShown = () =>
      page.$$eval('.paths li.hop .type-name', (names) => [...new Set(names.map((n) => n.textContent))]);
    expect(await typesShown()).toContain('RECEIVED');

    await page.locator('summary', { hasText: 'Follow only these relationship types' }).click();
    await page.getByLabel('RECEIVED', { exact: true }).uncheck();
    const withoutReceived = await shortestPaths(
      [...new Set(seeds.relationships.map((r) => r.type))].filter((type) => type !== 'RECEIVED'),
    );
    await page.waitForFunction(
      () =>
        ![...document.querySelectorAll('.paths li.hop .type-name')].some((n) => n.textContent === 'RECEIVED'),
    );
    await page.locator('.paths li.hop').first().waitFor();
    expect(await page.locator('.paths > li').count()).toBe(withoutReceived.length);
    expect(await typesShown()).not.toContain('RECEIVED');
  });

  it('is asked from the panels: start a path at one node, then connect it from another', async () => {
    const { page } = await suite.open('/explore/node/municipality:delft');
    await page.getByRole('button', { name: 'Start a path here' }).click();
    await page
      .locator('.relationship-group[data-type="NOMINATED_BY"]')
      .getByRole('button', { name: 'Kwadraad' })
      .click();
    await page.getByRole('button', { name: 'How is Delft connected to this?' }).click();
    await page.waitForURL('**/explore/path/municipality:delft/org:kwadraad');
    await page.getByRole('heading', { name: 'How Delft and Kwadraad are connected' }).waitFor();
    // Every path is one hop: each relationship joining the two directly is one.
    const paths = await page.locator('.paths > li').count();
    expect(paths).toBeGreaterThan(0);
    expect(await page.locator('.paths li.hop').count()).toBe(paths);
    expect(await page.locator('.path-panel [role=status]').innerText()).toBe(
      `Shortest paths: ${paths}, each 1 hop long`,
    );
  });
});
