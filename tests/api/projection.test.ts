/**
 * Reads fetch evidence and long texts only when the selection needs them (issue 7). What a read left
 * out must never read as empty: the field resolvers fetch what a record lacks (node/details,
 * relationship/evidence) with the same answer. (The selection walk itself:
 * tests/unit/projection-selection.test.ts.)
 */
import { EdgeEvidenceResolver } from '../../src/graph/common/evidence.resolver';
import { QuoteTextResolver } from '../../src/graph/common/long-text.resolver';
import { NodeResolver } from '../../src/graph/common/node.resolver';
import { Direction } from '../../src/graph/common/enums';
import { NodeLabel, RelationshipType } from '../../src/model';
import { createContext } from '../../src/graph/context';
import { databaseSuite } from '../support/service-suite';

describe('what a read left out is fetched on demand, the same', () => {
  const suite = databaseSuite();

  it('node evidence, quote text and relationship evidence', async () => {
    const lean = { nodeEvidence: false, nodeTexts: false, edgeEvidence: false };
    const spec = { types: [RelationshipType.SAID], direction: Direction.OUT, labels: [NodeLabel.Quote] };
    const full = createContext(suite.database).loaders;
    const expected = await full.related(spec, 5).load('person:mieke-pirson');
    const ctx = createContext(suite.database);
    const fetched = await ctx.loaders.related(spec, 5, undefined, lean).load('person:mieke-pirson');
    expect(expected.length).toBeGreaterThan(0);
    expect(fetched.map((r) => r.key)).toEqual(expected.map((r) => r.key));
    for (const [i, r] of fetched.entries()) {
      expect(r.evidence).toBeUndefined();
      expect(r.node.evidence).toBeUndefined();
      expect(r.node.text).toBeUndefined();
      expect(await new EdgeEvidenceResolver().evidence(r, ctx)).toEqual(expected[i].evidence);
      expect(await new NodeResolver().evidence(r.node, ctx)).toEqual(expected[i].node.evidence);
      expect(await new QuoteTextResolver().text(r.node, ctx)).toEqual(expected[i].node.text);
    }
    expect(expected[0].evidence!.length).toBeGreaterThan(0);
    expect(expected[0].node.evidence!.length).toBeGreaterThan(0);
  });
});
