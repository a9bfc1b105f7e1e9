import path from 'node:path';
import { evaluateIntake, precision, recall, type Score } from '../../../src/cli/intake-eval';
import { PROJECT_ROOT } from '../../../src/config/config';
import { readSeeds } from '../../../src/seed/read-seeds';

describe('intake: the leave-one-document-out evaluation (npm run eval:intake)', () => {
  const { seeds, problems } = readSeeds(path.join(PROJECT_ROOT, 'seeds'));
  const evaluation = evaluateIntake(seeds);

  const expectScore = (score: Score) => {
    expect(score.correct).toBeLessThanOrEqual(score.proposed);
    expect(score.found).toBeLessThanOrEqual(score.gold);
    for (const value of [precision(score), recall(score)]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  };

  it('reads every seed document once', () => {
    expect(problems).toEqual([]);
    expect(evaluation.documents.map((d) => d.document).sort()).toEqual(
      seeds.documents.map((d) => d.meta.id).sort(),
    );
  });

  it('computes counts and figures in [0, 1] per document, per type and overall', () => {
    for (const d of [...evaluation.documents, evaluation.overall]) {
      for (const score of [
        d.mentions,
        d.newNodes,
        d.quotes,
        d.relationships,
        d.relationshipsWithNewEnds,
        ...Object.values(d.relationshipsByType),
        ...Object.values(d.newNodesByKind),
      ])
        expectScore(score!);
      expect(d.ambiguousMentions.correct).toBeLessThanOrEqual(d.ambiguousMentions.proposed);
      expect(d.proposals).toBeGreaterThan(0);
    }
  });

  it('has gold to measure against: the curated facts that cite each document', () => {
    for (const d of evaluation.documents) expect(d.mentions.gold).toBeGreaterThan(0);
    expect(evaluation.overall.relationships.gold).toBeGreaterThan(0);
    expect(evaluation.overall.newNodes.gold).toBeGreaterThan(0);
    // The overall counts are the sums of the documents'.
    const sum = (pick: (d: (typeof evaluation.documents)[number]) => number) =>
      evaluation.documents.reduce((total, d) => total + pick(d), 0);
    expect(evaluation.overall.mentions.found).toBe(sum((d) => d.mentions.found));
    expect(evaluation.overall.relationships.proposed).toBe(sum((d) => d.relationships.proposed));
  });
});
