import { explorerSuite, waitForDrawing } from './explorer-suite';
import { seeds, squash } from './seed-facts';

jest.setTimeout(120_000);

/** A person with a role at Delft who said something, the quote, and the document carrying it, from the seeds. */
function delftVoice() {
  const visible = seeds.visibleRelationships();
  for (const role of visible.filter((r) => r.type === 'HOLDS_ROLE' && r.to === 'municipality:delft')) {
    const said = visible.find((r) => r.type === 'SAID' && r.from === role.from);
    const carried = said && visible.find((r) => r.type === 'QUOTED_IN' && r.from === said.to);
    if (said && carried) {
      return { person: seeds.node(role.from), quote: seeds.node(said.to), document: seeds.node(carried.to) };
    }
  }
  throw new Error('No one with a role at Delft is quoted in the seeds');
}

describe('a newcomer, clicking only', () => {
  const suite = explorerSuite();

  it('goes from the overview to Delft, its nominating organisation, a quote and the document it comes from', async () => {
    const { person, quote, document } = delftVoice();
    const { page } = await suite.open('/explore');
    await waitForDrawing(page);
    const heading = (name: string) => page.locator('h2#node-heading', { hasText: name }).waitFor();

    await page.locator('.overview-panel').getByRole('button', { name: 'Delft', exact: true }).click();
    await heading('Delft');
    await page
      .locator('.relationship-group[data-type="NOMINATED_BY"]')
      .getByRole('button', { name: 'Kwadraad' })
      .click();
    await heading('Kwadraad');
    await page.goBack();
    await heading('Delft');

    await page
      .locator('.relationship-group[data-type="HOLDS_ROLE"]')
      .getByRole('button', { name: person.name })
      .click();
    await heading(person.name);
    await page
      .locator(`.relationship-group[data-type="SAID"] li[data-key^="${person.id}|SAID|${quote.id}"] button`)
      .first()
      .click();
    await page.waitForURL(`**/explore/node/${quote.id}`);
    const quoteText = squash(String(quote.props.text));
    expect(squash(await page.locator('.quote-text').innerText())).toBe(quoteText);

    const carried = page.locator(
      `.relationship-group[data-type="QUOTED_IN"] li[data-key^="${quote.id}|QUOTED_IN|${document.id}"]`,
    );
    await carried
      .getByRole('button', { name: `Open “${String(document.props.title)}”` })
      .first()
      .click();
    const reader = page.locator('dialog.document-reader[open]');
    await reader.locator('mark.excerpt').waitFor();
    expect(await reader.locator('h2').innerText()).toBe(String(document.props.title));
    expect(squash(await reader.locator('mark.excerpt').innerText())).toContain(quoteText.slice(0, 60));
  });
});
