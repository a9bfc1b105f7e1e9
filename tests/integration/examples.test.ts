import { exampleOperations } from '../../src/server/examples';
import { unanswered } from '../support/answered';
import { serviceSuite } from '../support/service-suite';

describe('the ready-made operations in examples/', () => {
  const suite = serviceSuite();

  it.each(Object.entries(exampleOperations()))(
    '%s runs without errors and finds something for every field it selects',
    async (_file, query) => {
      const { status, body } = await suite.service.post(query);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      const found = JSON.stringify(body.data);
      expect(found.length).toBeGreaterThan(200);
      // What an example selects it promises (README: "Delft → … → quotes"): each field answers
      // somewhere, not only null or [] (Kwadraad's one person in the seeds is quoted nowhere).
      expect(unanswered(query, body.data)).toEqual([]);
    },
  );

  it('answers who nominated each 2017 recipient, with evidence', async () => {
    const { body } = await suite.service.post<{
      award: {
        recipients: {
          node: { id: string; nominatedBy: { node: { name: string }; evidence: unknown[] }[] };
        }[];
      };
    }>(exampleOperations()['nominators-2017.graphql']);
    const recipients = body.data!.award.recipients;
    expect(recipients).toHaveLength(11);
    for (const { node } of recipients) {
      expect(node.nominatedBy).toHaveLength(1);
      expect(node.nominatedBy[0].evidence.length).toBeGreaterThan(0);
    }
    const delft = recipients.find((r) => r.node.id === 'municipality:delft');
    expect(delft?.node.nominatedBy[0].node.name).toBe('Kwadraad');
  });
});
