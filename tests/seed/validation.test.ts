/** The loader refuses an invalid seed folder before it writes anything (the rules: tests/unit/seed-validation.test.ts). */
import { SeedValidationError } from '../../src/seed/problems';
import { seedDatabase } from '../../src/seed/seed';
import { countsByLabelAndType, graphFingerprint } from '../support/graph-snapshot';
import { databaseSuite } from '../support/service-suite';
import { SeedFolder, first, removeSeedFolders } from '../support/seed-folder';

afterAll(removeSeedFolders);

describe('an invalid seed folder against the real Neo4j', () => {
  const suite = databaseSuite();
  it('is refused with SeedValidationError and writes nothing', async () => {
    const before = await countsByLabelAndType(suite.database);
    const fingerprint = await graphFingerprint(suite.database);
    const seeds = new SeedFolder().edit('graph/nodes/organisation.yaml', (f) => (first(f).type = 'BOGUS'));

    const load = seedDatabase(suite.database, { dir: seeds.root });
    await expect(load).rejects.toThrow(SeedValidationError);
    await expect(load).rejects.toThrow(
      /organisation\.yaml: entry #1 \(org:welzijn-voorbeeld\): type: Invalid option/,
    );

    expect(before.labels.Document).toBe(5);
    expect(await countsByLabelAndType(suite.database)).toEqual(before);
    expect(await graphFingerprint(suite.database)).toEqual(fingerprint);
  });
});
