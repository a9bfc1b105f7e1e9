import fs from 'node:fs';
import path from 'node:path';
import { operations } from '../fixtures/answers/operations';
import { serviceSuite } from '../support/service-suite';
import { AUTH_ENV, TOKENS, bearer } from '../support/tokens';

/**
 * Reads compiled to one statement per root field answer exactly as the field-by-field resolvers
 * did: every operation of tests/fixtures/answers, public and as a researcher, against the JSON
 * recorded from commit d341268 (before the compiler) over the same seeded graph.
 */
const RECORDED = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'answers', 'recorded.json'), 'utf8'),
) as Record<string, unknown>;

describe('compiled reads answer as before, byte for byte', () => {
  const suite = serviceSuite(AUTH_ENV);

  const cases = Object.entries(operations()).flatMap(([name, op]) =>
    (['public', 'researcher'] as const).map((who) => [`${who}: ${name}`, who, op] as const),
  );

  it.each(cases)('%s', async (key, who, op) => {
    const { body } = await suite.service.post(
      op.query,
      op.variables,
      who === 'researcher' ? bearer(TOKENS.researcher) : {},
    );
    const answer = { data: body.data ?? null, errors: body.errors ?? null };
    expect(JSON.stringify(answer)).toBe(JSON.stringify(RECORDED[key]));
  });
});
