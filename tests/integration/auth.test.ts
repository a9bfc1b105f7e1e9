import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';

const PRESS_CONTACT = `{ node(id: "person:bart-van-grinsven") { id name ... on Person { phone roles { title node { id } } } } }`;
const DOCUMENT_000 = `{ node(id: "document:000-22230f0f29cf03ba") { ... on Document { text restrictedText } } }`;

describe('authentication and restricted facts', () => {
  const suite = serviceSuite(AUTH_ENV);

  it('serves the public without a token, and hides restricted facts from it', async () => {
    const contact = await suite.service.post(PRESS_CONTACT);
    expect(contact.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const doc = await suite.service.post<{ node: { text: string; restrictedText: string | null } }>(
      DOCUMENT_000,
    );
    expect(doc.body.data?.node.text).toContain('Midden-Limburg');
    expect(doc.body.data?.node.text).not.toContain('Grinsven');
    expect(doc.body.data?.node.restrictedText).toBeNull();
  });

  it('shows restricted facts to a researcher', async () => {
    const contact = await suite.service.post<{
      node: { name: string; phone: string; roles: { title: string }[] };
    }>(PRESS_CONTACT, undefined, bearer(TOKENS.researcher));
    expect(contact.body.errors).toBeUndefined();
    expect(contact.body.data?.node).toMatchObject({ name: 'Bart van Grinsven', phone: '0475 859 000' });
    expect(contact.body.data?.node.roles[0].title).toBe('communicatieadviseur');
    const doc = await suite.service.post<{ node: { restrictedText: string } }>(
      DOCUMENT_000,
      undefined,
      bearer(TOKENS.researcher),
    );
    expect(doc.body.data?.node.restrictedText).toContain('Bart van Grinsven');
  });

  it('refuses a wrong token with 401 UNAUTHENTICATED, without saying more', async () => {
    const res = await suite.service.post(
      '{ health { status } }',
      undefined,
      bearer('not-a-valid-token-at-all-123'),
    );
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0].message).toBe('The bearer token is not valid');
  });

  it('refuses a malformed Authorization header', async () => {
    const res = await suite.service.post('{ health { status } }', undefined, { authorization: 'Basic abc' });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['too short', 'Bearer nope', /^The bearer token is too short \(4 characters\).*not a JWT/],
    ['empty', 'Bearer ', /holds no token/],
    ['with a space', 'Bearer two words-0123456789abc', /characters no token has/],
    ['too long', `Bearer ${'x'.repeat(9000)}`, /too long \(9000 characters/],
  ])('says what is wrong with an unreadable token: %s', async (_what, authorization, message) => {
    const res = await suite.service.post('{ health { status } }', undefined, { authorization });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0].message).toMatch(message);
  });
});
