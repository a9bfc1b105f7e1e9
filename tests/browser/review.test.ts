/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Callbacks passed to page.evaluate run in the browser: they see the DOM.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config/config';
import { databaseSuite } from '../support/service-suite';
import { TOKENS } from '../support/tokens';
import { SCREENSHOTS, explorerSuite } from './explorer-suite';

jest.setTimeout(180_000);

const DOC = 'document:test-review-lindewaard';
const TITLE = 'Lindewaard viert de titel (browsertest)';
// Written for this test, as tests/curation/intake.test.ts writes its own: a municipality, an
// organisation and people the graph lacks, and two it has (Kwadraad, Delft).
const TEXT =
  'Lindewaard viert de titel\n\n' +
  'De gemeente Lindewaard is voorgedragen door Stichting Welzijn Lindewaard. Wethouder Anna van Berkel ' +
  'opende het nieuwe buurthuis samen met Kwadraad.\n' +
  '‘We bouwen hier echt samen aan de buurt,’ zegt Anna van Berkel. Ook Delft doet mee, aldus Piet de ' +
  'Groot, directeur van Stichting Welzijn Lindewaard.';
const HTML_DOC = 'document:test-review-oosterveld-html';
const HTML =
  '<html><head><style>p { color: red }</style><script>alert("script ran")</script></head>' +
  '<body><h1>Buurtnieuws Oosterveld</h1><p>De wijk Oosterveld werkt <b>samen met</b> Kwadraad.</p>' +
  '<img src="x" onerror="alert(1)"></body></html>';
/** Set DOCS_SCREENSHOTS=1 to write docs/images/review.png (the documentation's picture) as well. */
const DOCS_IMAGE = path.join(PROJECT_ROOT, 'docs', 'images', 'review.png');

interface End {
  name: string | null;
  kind: string;
  proposedId: string | null;
  node: { id: string } | null;
}
interface Proposal {
  id: string;
  kind: string;
  status: string;
  relationshipType: string | null;
  excerpt: string;
  from: End;
  to: End;
}

/** Asks the service directly (not through the page), as the editor unless told otherwise. */
async function graphql<T>(base: string, query: string, variables = {}, token: string | null = TOKENS.editor) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** Presses j (or k, when it is above) until the proposal is the selected one in the list. */
async function selectByKeyboard(page: Page, id: string): Promise<void> {
  const items = page.locator('li.proposal');
  for (let presses = 0; presses < 60; presses++) {
    const [ids, from] = await items.evaluateAll((lis) => [
      lis.map((li) => li.dataset.proposal),
      lis.findIndex((li) => li.classList.contains('selected')),
    ]);
    const to = (ids as string[]).indexOf(id);
    if (to < 0) throw new Error(`proposal ${id} is not listed`);
    if (to === from) return;
    await page.keyboard.press(to > (from as number) ? 'j' : 'k');
  }
  throw new Error(`j and k never selected proposal ${id}`);
}

/** The text of the document as the page shows it, without the kind markers. */
const shownText = (page: Page) =>
  page.locator('.review-text').evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const marker of copy.querySelectorAll('.kind-marker')) marker.remove();
    return copy.textContent;
  });

describe('the review page: an editor adds a document and decides on its proposals', () => {
  const suite = explorerSuite();
  // The browser suite shares the integration Neo4j: everything written here is the editors' work,
  // removed after the file, and the graph must then be the seeded one again (else it is reseeded
  // and this file fails).
  databaseSuite({ pristine: true });
  let proposals: Proposal[] = [];
  const find = (test: (p: Proposal) => boolean, what: string) => {
    const found = proposals.find(test);
    if (!found) throw new Error(`no proposal ${what}`);
    return found;
  };
  const newNode = (kind: string, name: string) =>
    find((p) => p.kind === 'NEW_NODE' && p.to.kind === kind && p.to.name === name, `new ${kind} ${name}`);

  it('adds a pasted document, marks and lists its proposals, and accepts and rejects them (also by keyboard)', async () => {
    const visit = await suite.open('/explore');
    const { page } = visit;
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Bearer token').fill(TOKENS.editor);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Review a document' }).click();
    await page.waitForURL('**/explore/review');

    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    expect(await page.getByLabel('Id', { exact: true }).inputValue()).toBe(
      'document:lindewaard-viert-de-titel-browsertest',
    );
    await page.getByLabel('Id', { exact: true }).fill(DOC);
    await page.getByLabel('Text: paste it here').fill(TEXT);
    await page.getByRole('button', { name: 'Add the document and read it' }).click();
    await page.waitForURL(`**/explore/review/${DOC}`);
    await page.locator('li.proposal').first().waitFor();

    const { document } = await graphql<{ document: { proposals: { edges: { node: Proposal }[] } } }>(
      suite.base,
      `
        query ($id: ID!) {
          document(id: $id) {
            proposals(first: 100) {
              edges {
                node {
                  id
                  kind
                  status
                  relationshipType
                  excerpt
                  from {
                    name
                    kind
                    proposedId
                    node {
                      id
                    }
                  }
                  to {
                    name
                    kind
                    proposedId
                    node {
                      id
                    }
                  }
                }
              }
            }
          }
        }
      `,
      { id: DOC },
    );
    proposals = document.proposals.edges.map((edge) => edge.node);
    // The text as plain text, every pending proposal listed and marked by kind, with a legend.
    expect(await shownText(page)).toBe(TEXT);
    expect(
      await page.locator('li.proposal').evaluateAll((items) => items.map((li) => li.dataset.proposal)),
    ).toEqual(proposals.map((p) => p.id));
    for (const kind of ['MENTION', 'NEW_NODE', 'RELATIONSHIP']) {
      expect(await page.locator(`.review-text mark.hl-${kind}`).count()).toBeGreaterThan(0);
      expect(await page.locator(`.highlight-legend .kind-marker.kind-${kind}`).count()).toBe(1);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review.png') });
    if (process.env.DOCS_SCREENSHOTS) {
      fs.mkdirSync(path.dirname(DOCS_IMAGE), { recursive: true });
      await page.screenshot({ path: DOCS_IMAGE });
    }

    // The new municipality, by keyboard: j to it, a to accept.
    const municipality = newNode('Municipality', 'Lindewaard');
    await selectByKeyboard(page, municipality.id);
    await page.keyboard.press('a');
    const accepted = page.locator('.accepted li');
    await accepted.locator('a[href="/explore/node/municipality:lindewaard"]').waitFor();
    await page.locator(`li.proposal[data-proposal="${municipality.id}"]`).waitFor({ state: 'detached' });

    // The new organisation, by its button.
    const organisation = newNode('Organisation', 'Stichting Welzijn Lindewaard');
    await page
      .locator(`li.proposal[data-proposal="${organisation.id}"]`)
      .getByRole('button', { name: 'Accept' })
      .click();
    await accepted.locator(`a[href="/explore/node/${organisation.to.proposedId}"]`).waitFor();
    await page.locator(`li.proposal[data-proposal="${organisation.id}"]`).waitFor({ state: 'detached' });

    // e opens a new node's edits (its id and name), Escape closes them without deciding.
    const person = newNode('Person', 'Anna van Berkel');
    await selectByKeyboard(page, person.id);
    await page.keyboard.press('e');
    await page.waitForFunction(() => window.document.activeElement?.id === 'edit-id');
    const edits = page.locator(`li.proposal[data-proposal="${person.id}"] form.proposal-edits`);
    expect(await edits.getByLabel('Id', { exact: true }).inputValue()).toBe('person:anna-van-berkel');
    expect(await edits.getByLabel('Name', { exact: true }).inputValue()).toBe('Anna van Berkel');
    await page.keyboard.press('Escape');
    await edits.waitFor({ state: 'detached' });

    // The mention of Delft, rejected by keyboard: r, the reason, Enter.
    const delft = find(
      (p) => p.kind === 'MENTION' && p.to.node?.id === 'municipality:delft',
      'mention of Delft',
    );
    await selectByKeyboard(page, delft.id);
    await page.keyboard.press('r');
    await page.waitForFunction(() => window.document.activeElement?.id === 'reject-reason');
    await page.keyboard.type('Delft wordt hier alleen terloops genoemd');
    await page.keyboard.press('Enter');
    await page.locator(`li.proposal[data-proposal="${delft.id}"]`).waitFor({ state: 'detached' });

    // All of them: the decided ones greyed with their status; the nomination still pending.
    await page.getByRole('button', { name: 'All', exact: true }).click();
    const rejected = page.locator(`li.proposal.decided[data-proposal="${delft.id}"]`);
    expect(await rejected.innerText()).toMatch(/rejected by eddie-editor[\s\S]*terloops genoemd/);
    expect(await page.locator(`li.proposal.decided[data-status="ACCEPTED"]`).count()).toBe(2);
    const nomination = find((p) => p.relationshipType === 'NOMINATED_BY', 'nomination');
    expect(
      await page.locator(`li.proposal[data-proposal="${nomination.id}"]`).getAttribute('data-status'),
    ).toBe('PENDING');
    expect(await accepted.count()).toBe(2);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review-decided.png'), fullPage: true });
  });

  it('shows the public the accepted fact with its citation, and nothing not accepted', async () => {
    const municipality = newNode('Municipality', 'Lindewaard');
    const { page } = await suite.open('/explore/node/municipality:lindewaard');
    await page.locator('h2#node-heading', { hasText: 'Lindewaard' }).waitFor();
    const evidence = page.locator('.node-panel > .evidence');
    expect(await evidence.locator('blockquote').allInnerTexts()).toEqual([municipality.excerpt]);
    await evidence.getByRole('button', { name: `Open “${TITLE}”` }).click();
    const reader = page.locator('dialog.document-reader[open]');
    expect(await reader.locator('mark.excerpt').innerText()).toBe(municipality.excerpt);
    await page.keyboard.press('Escape');
    // The nomination was not accepted: neither the panel nor the API has it.
    const panel = await page.locator('aside.panel').innerText();
    expect(panel).toMatch(/mentioned in/);
    expect(panel).not.toMatch(/nominated by/);
    expect(await page.locator('.node-panel [data-key*="|NOMINATED_BY|"]').count()).toBe(0);

    const read = await graphql<{
      municipality: { nominatedBy: unknown[] };
      delft: { evidence: { document: { id: string } }[] };
    }>(
      suite.base,
      `
        query {
          municipality(id: "municipality:lindewaard") {
            nominatedBy {
              key
            }
          }
          delft: node(id: "municipality:delft") {
            evidence {
              document {
                id
              }
            }
          }
        }
      `,
      {},
      null,
    );
    expect(read.municipality.nominatedBy).toEqual([]);
    // The rejected mention: Delft does not cite the document.
    expect(read.delft.evidence.map((e) => e.document.id)).not.toContain(DOC);
  });

  it('refuses a binary file in the browser, with a message, and sends nothing', async () => {
    const { page } = await suite.open('/explore/review', { token: TOKENS.editor });
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('AddDocument')) sent.push(request.url());
    });
    await page.getByLabel('Title', { exact: true }).fill('Binair bestand');
    await page.getByLabel('Or read a file (.txt, .md, .html)').setInputFiles({
      name: 'x.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]),
    });
    await page.getByText('“x.txt” is a binary file, not text: nothing was read or sent.').waitFor();
    expect(await page.getByRole('button', { name: 'Add the document and read it' }).isDisabled()).toBe(true);
    await page.getByLabel('Title', { exact: true }).press('Enter');
    await page.waitForTimeout(500);
    expect(sent).toEqual([]);

    await page.getByLabel('Or read a file (.txt, .md, .html)').setInputFiles({
      name: 'x.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4'),
    });
    await page.getByText('“x.pdf” is not a .txt, .md or .html file').waitFor();
    expect(sent).toEqual([]);
  });

  it('sends an .html file as HTML: stored as text without its script, and no script runs', async () => {
    const { page } = await suite.open('/explore/review', { token: TOKENS.editor });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByLabel('Or read a file (.txt, .md, .html)').setInputFiles({
      name: 'buurtnieuws-oosterveld.html',
      mimeType: 'text/html',
      buffer: Buffer.from(HTML, 'utf8'),
    });
    await page.getByText('Read “buurtnieuws-oosterveld.html”').waitFor();
    expect(await page.getByLabel('Written as').inputValue()).toBe('HTML');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('buurtnieuws-oosterveld');
    await page.getByLabel('Id', { exact: true }).fill(HTML_DOC);
    await page.getByRole('button', { name: 'Add the document and read it' }).click();
    await page.waitForURL(`**/explore/review/${HTML_DOC}`);
    await page.locator('.review-text').waitFor();

    const shown = await shownText(page);
    expect(shown).toContain('De wijk Oosterveld werkt samen met Kwadraad.');
    expect(shown).not.toMatch(/alert|color|<|>/);
    const { document } = await graphql<{ document: { text: string } }>(
      suite.base,
      'query ($id: ID!) { document(id: $id) { text } }',
      { id: HTML_DOC },
      null,
    );
    expect(document.text).toBe(shown);
    expect(await page.locator('.review-text script, .review-text img, .review-text b').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
