/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks passed to page.evaluate run in the browser: they see the DOM.
import path from 'node:path';
import { SCREENSHOTS, explorerSuite, panelText, waitForDrawing } from './explorer-suite';
import { AWARD_2017, overviewKinds, relationship, seeds } from './seed-facts';

jest.setTimeout(120_000);

describe('the explorer on arrival', () => {
  const suite = explorerSuite();

  it('draws the 2017 edition: its recipients, the region and its seven members, their nominators and the award, with a legend that counts them', async () => {
    const { page } = await suite.open('/explore');
    await waitForDrawing(page);

    const legend = await page.$$eval('.legend-item[data-kind]', (items) =>
      Object.fromEntries(
        items.map((item) => [
          item.getAttribute('data-kind'),
          Number(item.querySelector('.count')?.textContent),
        ]),
      ),
    );
    const expected = overviewKinds();
    expect(expected).toMatchObject({ Award: 1, Region: 1 });
    expect(legend).toEqual(expected);

    const region = seeds.node('region:midden-limburg');
    const members = seeds.relationships.filter((r) => r.type === 'MEMBER_OF' && r.to === region.id);
    expect(members).toHaveLength(7);
    const text = await panelText(page);
    expect(text).toContain(seeds.node(AWARD_2017).name);
    for (const member of members) expect(text).toContain(seeds.node(member.from).name);
    expect(text).toContain(`Delft Municipality — nominated by ${seeds.node('org:kwadraad').name}`);
    relationship('NOMINATED_BY', 'municipality:delft', 'org:kwadraad');

    await page.screenshot({ path: path.join(SCREENSHOTS, 'overview.png') });
  });

  it('lists what is on the canvas in a list view, and hides a kind on the canvas and in the list', async () => {
    const { page } = await suite.open('/explore');
    await waitForDrawing(page);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const listed = () =>
      page.$$eval('.list-view li[data-node-id]', (items) => items.map((i) => i.getAttribute('data-node-id')));
    const total = Object.values(overviewKinds()).reduce((sum, n) => sum + n, 0);
    expect(await listed()).toHaveLength(total);
    expect(await page.locator('.list-view li[data-node-id="municipality:delft"]').innerText()).toContain(
      'nominated by Kwadraad',
    );

    await page.locator('.legend-item[data-kind="Organisation"] input').uncheck();
    const remaining = await listed();
    expect(remaining).toHaveLength(total - overviewKinds().Organisation!);
    expect(remaining.some((id) => id!.startsWith('org:'))).toBe(false);
  });

  it('switches its labels to Dutch and back, leaving names as the documents write them', async () => {
    const { page } = await suite.open('/explore');
    await waitForDrawing(page);
    await page.getByRole('button', { name: 'Taal: Nederlands' }).click();
    await page.getByRole('heading', { name: /^Overzicht/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await panelText(page)).toContain('Delft Gemeente — genomineerd door Kwadraad');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('heading', { name: /^Overview/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
