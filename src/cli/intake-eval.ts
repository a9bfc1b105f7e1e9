import { performance } from 'node:perf_hooks';
import { NodeLabel, RELATIONSHIPS, relationshipKey, RelationshipType } from '../model';
import { type IntakeGraph, ProposalKind, type ProposedFact, proposeFacts } from '../intake';
import type { SeedSet } from '../seed/read-seeds';

/**
 * `npm run eval:intake`: the intake engine read against the curated seeds, leaving one document out
 * at a time. For document d the engine gets the curated graph without what only d supports, reads
 * d's text, and its proposals are compared with the curated facts that cite d.
 */

/** Counts of one measure: precision = correct / proposed, recall = found / gold. */
export interface Score {
  proposed: number;
  correct: number;
  gold: number;
  found: number;
}

export interface DocumentEvaluation {
  document: string;
  mentions: Score;
  /** Ambiguous mention proposals (to.node null, candidates listed) and how many named a gold node. */
  ambiguousMentions: { proposed: number; correct: number };
  newNodes: Score;
  /** New nodes per kind (recall only: found / gold). */
  newNodesByKind: Partial<Record<NodeLabel, Score>>;
  /**
   * Relationships citing d with an end that only d supports (a new node): found when a proposal of
   * the type has the known end(s) right and, for the new end, a candidate of its kind and name (a
   * new Quote: its text). Recall only.
   */
  relationshipsWithNewEnds: Score;
  quotes: Score;
  relationships: Score;
  relationshipsByType: Partial<Record<RelationshipType, Score>>;
  proposals: number;
  milliseconds: number;
}

export interface IntakeEvaluation {
  documents: DocumentEvaluation[];
  overall: Omit<DocumentEvaluation, 'document' | 'milliseconds' | 'proposals'> & {
    proposals: number;
    milliseconds: number;
  };
}

const empty = (): Score => ({ proposed: 0, correct: 0, gold: 0, found: 0 });
const add = (a: Score, b: Score): Score => ({
  proposed: a.proposed + b.proposed,
  correct: a.correct + b.correct,
  gold: a.gold + b.gold,
  found: a.found + b.found,
});
export const precision = (s: Score): number => (s.proposed === 0 ? 1 : s.correct / s.proposed);
export const recall = (s: Score): number => (s.gold === 0 ? 1 : s.found / s.gold);

/** Case, diacritics and white space evened out: how a proposed name is compared with a curated one. */
const norm = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/gu, ' ')
    .trim();

const NOT_MENTIONED = new Set<string>([NodeLabel.Document, NodeLabel.Quote]);

/** The key of a relationship for comparison: type, ends (symmetric either way). */
function factKey(type: RelationshipType, from: string, to: string): string {
  return relationshipKey(type, from, to);
}

export function evaluateIntake(seeds: SeedSet): IntakeEvaluation {
  const documents: DocumentEvaluation[] = [];
  for (const doc of seeds.documents) {
    const d = doc.meta.id;
    const citesOnly = (evidence: { document: string }[]) => evidence.every((e) => e.document === d);
    const cites = (evidence: { document: string }[]) => evidence.some((e) => e.document === d);
    const removed = seeds.nodes.filter((n) => citesOnly(n.entry.evidence));
    const removedIds = new Set(removed.map((n) => n.entry.id));
    const kept = seeds.nodes.filter((n) => !removedIds.has(n.entry.id));
    const knownIds = new Set([...kept.map((n) => n.entry.id), ...seeds.documents.map((x) => x.meta.id)]);
    const keptRelationships = seeds.relationships.filter(
      (r) => !citesOnly(r.entry.evidence) && knownIds.has(r.entry.from) && knownIds.has(r.entry.to),
    );
    const graph: IntakeGraph = {
      nodes: kept.map((n) => ({
        id: n.entry.id,
        kind: n.label as NodeLabel,
        name: n.entry.name,
        // A quote is known by its text.
        aliases: [...n.entry.aliases, ...(typeof n.entry.text === 'string' ? [n.entry.text] : [])],
      })),
      relationships: keptRelationships.map((r) => {
        const discriminator = RELATIONSHIPS[r.type].discriminator;
        const properties = (r.entry.properties ?? {}) as Record<string, unknown>;
        return {
          key: relationshipKey(
            r.type,
            r.entry.from,
            r.entry.to,
            discriminator ? properties[discriminator] : undefined,
          ),
          type: r.type,
          from: r.entry.from,
          to: r.entry.to,
          properties,
        };
      }),
    };

    const started = performance.now();
    const proposals = proposeFacts(d, doc.source.raw, graph);
    const milliseconds = performance.now() - started;

    // Mentions: distinct nodes named, an ambiguous proposal counting once (right when a candidate is).
    const goldMentions = new Set(
      kept.filter((n) => !NOT_MENTIONED.has(n.label) && cites(n.entry.evidence)).map((n) => n.entry.id),
    );
    const mentionTargets = new Map<string, string[]>();
    for (const p of proposals.filter((x) => x.kind === ProposalKind.MENTION)) {
      const ids = p.to.node ? [p.to.node] : p.candidates;
      mentionTargets.set(ids.join(','), ids);
    }
    const named = new Set([...mentionTargets.values()].flat());
    const ambiguous = [...mentionTargets.values()].filter((ids) => ids.length > 1);
    const mentions: Score = {
      proposed: mentionTargets.size,
      correct: [...mentionTargets.values()].filter((ids) => ids.some((id) => goldMentions.has(id))).length,
      gold: goldMentions.size,
      found: [...goldMentions].filter((id) => named.has(id)).length,
    };

    // New nodes (quotes apart): a NEW_NODE proposal of the same kind whose name is the node's name or an alias.
    const newProposals = proposals.filter((x) => x.kind === ProposalKind.NEW_NODE);
    const matchesNode = (p: ProposedFact, n: (typeof removed)[number]) =>
      p.to.kind === n.label &&
      [n.entry.name, ...n.entry.aliases].some((name) => norm(name) === norm(p.to.name ?? ''));
    const goldNew = removed.filter((n) => n.label !== NodeLabel.Quote);
    const proposedNew = newProposals.filter((p) => p.to.kind !== NodeLabel.Quote);
    const newNodes: Score = {
      proposed: proposedNew.length,
      correct: proposedNew.filter((p) => goldNew.some((n) => matchesNode(p, n))).length,
      gold: goldNew.length,
      found: goldNew.filter((n) => proposedNew.some((p) => matchesNode(p, n))).length,
    };
    // Quotes: a NEW_NODE Quote whose text and the curated text share their opening (60 characters).
    const goldQuotes = removed.filter((n) => n.label === NodeLabel.Quote);
    const proposedQuotes = newProposals.filter((p) => p.to.kind === NodeLabel.Quote);
    const sameQuote = (p: ProposedFact, n: (typeof removed)[number]) => {
      const a = norm(String(p.properties.text ?? ''));
      const b = norm(String(n.entry.text ?? ''));
      const head = (s: string) => s.slice(0, Math.min(60, s.length));
      return a.length > 0 && b.length > 0 && (a.includes(head(b)) || b.includes(head(a)));
    };
    const quotes: Score = {
      proposed: proposedQuotes.length,
      correct: proposedQuotes.filter((p) => goldQuotes.some((n) => sameQuote(p, n))).length,
      gold: goldQuotes.length,
      found: goldQuotes.filter((n) => proposedQuotes.some((p) => sameQuote(p, n))).length,
    };

    // Relationships with both ends known: distinct (type, from, to), symmetric either way.
    const goldFacts = new Map<string, RelationshipType>();
    for (const r of seeds.relationships) {
      if (cites(r.entry.evidence) && knownIds.has(r.entry.from) && knownIds.has(r.entry.to))
        goldFacts.set(factKey(r.type, r.entry.from, r.entry.to), r.type);
    }
    const proposedFacts = new Map<string, RelationshipType>();
    for (const p of proposals) {
      if (p.kind !== ProposalKind.RELATIONSHIP || !p.relationshipType || !p.from.node || !p.to.node) continue;
      if (!knownIds.has(p.from.node) || !knownIds.has(p.to.node)) continue;
      proposedFacts.set(factKey(p.relationshipType, p.from.node, p.to.node), p.relationshipType);
    }
    const newNodesByKind: Partial<Record<NodeLabel, Score>> = {};
    for (const n of goldNew) {
      const score = (newNodesByKind[n.label as NodeLabel] ??= empty());
      score.gold++;
      if (proposedNew.some((p) => matchesNode(p, n))) score.found++;
    }

    // Relationships with a new end: each end right, a new one by its candidate.
    const removedById = new Map(removed.map((n) => [n.entry.id, n]));
    const endMatches = (id: string, end: ProposedFact['from']) => {
      const node = removedById.get(id);
      if (!node) return end.node === id;
      if (end.node !== null || !end.proposedId) return false;
      if (node.label === NodeLabel.Quote)
        return newProposals.some((p) => p.to.proposedId === end.proposedId && sameQuote(p, node));
      return (
        end.kind === node.label &&
        [node.entry.name, ...node.entry.aliases].some((name) => norm(name) === norm(end.name ?? ''))
      );
    };
    const withNewEnds = seeds.relationships.filter(
      (r) =>
        cites(r.entry.evidence) &&
        (removedIds.has(r.entry.from) || removedIds.has(r.entry.to)) &&
        (knownIds.has(r.entry.from) || removedIds.has(r.entry.from)) &&
        (knownIds.has(r.entry.to) || removedIds.has(r.entry.to)),
    );
    const relationshipProposals = proposals.filter((p) => p.kind === ProposalKind.RELATIONSHIP);
    const symmetricType = (type: RelationshipType) => RELATIONSHIPS[type].symmetric === true;
    const relationshipsWithNewEnds: Score = {
      proposed: 0,
      correct: 0,
      gold: withNewEnds.length,
      found: withNewEnds.filter((r) =>
        relationshipProposals.some(
          (p) =>
            p.relationshipType === r.type &&
            ((endMatches(r.entry.from, p.from) && endMatches(r.entry.to, p.to)) ||
              (symmetricType(r.type) && endMatches(r.entry.from, p.to) && endMatches(r.entry.to, p.from))),
        ),
      ).length,
    };

    const relationshipsByType: Partial<Record<RelationshipType, Score>> = {};
    const scoreOf = (type: RelationshipType) => (relationshipsByType[type] ??= empty());
    for (const [key, type] of proposedFacts) {
      scoreOf(type).proposed++;
      if (goldFacts.has(key)) scoreOf(type).correct++;
    }
    for (const [key, type] of goldFacts) {
      scoreOf(type).gold++;
      if (proposedFacts.has(key)) scoreOf(type).found++;
    }
    const relationships = Object.values(relationshipsByType).reduce(add, empty());

    documents.push({
      document: d,
      mentions,
      ambiguousMentions: {
        proposed: ambiguous.length,
        correct: ambiguous.filter((ids) => ids.some((id) => goldMentions.has(id))).length,
      },
      newNodes,
      newNodesByKind,
      relationshipsWithNewEnds,
      quotes,
      relationships,
      relationshipsByType,
      proposals: proposals.length,
      milliseconds,
    });
  }
  const byType = sumByKey(documents.map((x) => x.relationshipsByType));
  return {
    documents,
    overall: {
      mentions: documents.map((x) => x.mentions).reduce(add, empty()),
      ambiguousMentions: documents.reduce(
        (a, x) => ({
          proposed: a.proposed + x.ambiguousMentions.proposed,
          correct: a.correct + x.ambiguousMentions.correct,
        }),
        { proposed: 0, correct: 0 },
      ),
      newNodes: documents.map((x) => x.newNodes).reduce(add, empty()),
      newNodesByKind: sumByKey(documents.map((x) => x.newNodesByKind)),
      relationshipsWithNewEnds: documents.map((x) => x.relationshipsWithNewEnds).reduce(add, empty()),
      quotes: documents.map((x) => x.quotes).reduce(add, empty()),
      relationships: documents.map((x) => x.relationships).reduce(add, empty()),
      relationshipsByType: byType,
      proposals: documents.reduce((a, x) => a + x.proposals, 0),
      milliseconds: documents.reduce((a, x) => a + x.milliseconds, 0),
    },
  };
}

/** Scores by key (type, kind), summed over documents. */
function sumByKey<K extends string>(parts: Partial<Record<K, Score>>[]): Partial<Record<K, Score>> {
  const total: Partial<Record<K, Score>> = {};
  for (const part of parts)
    for (const [key, score] of Object.entries(part) as [K, Score][])
      total[key] = add(total[key] ?? empty(), score);
  return total;
}

const f2 = (n: number) => n.toFixed(2);
const cell = (s: Score) =>
  `${f2(precision(s))} / ${f2(recall(s))} (${s.correct}/${s.proposed}, ${s.found}/${s.gold})`;

/** The evaluation as markdown tables: per document and overall, then relationships per type. */
export function evaluationMarkdown(evaluation: IntakeEvaluation): string {
  const rows = [
    '| document | mentions P / R | new nodes P / R | quotes P / R | relationships P / R | proposals | ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...evaluation.documents.map(
      (x) =>
        `| ${x.document} | ${cell(x.mentions)} | ${cell(x.newNodes)} | ${cell(x.quotes)} | ${cell(x.relationships)} | ${x.proposals} | ${x.milliseconds.toFixed(1)} |`,
    ),
    `| **overall** | ${cell(evaluation.overall.mentions)} | ${cell(evaluation.overall.newNodes)} | ${cell(evaluation.overall.quotes)} | ${cell(evaluation.overall.relationships)} | ${evaluation.overall.proposals} | ${evaluation.overall.milliseconds.toFixed(1)} |`,
  ];
  const types = (Object.entries(evaluation.overall.relationshipsByType) as [RelationshipType, Score][]).sort(
    ([a], [b]) => a.localeCompare(b),
  );
  const typeRows = [
    '| relationship type | precision | recall | correct / proposed | found / gold |',
    '| --- | --- | --- | --- | --- |',
    ...types.map(
      ([type, s]) =>
        `| ${type} | ${f2(precision(s))} | ${f2(recall(s))} | ${s.correct}/${s.proposed} | ${s.found}/${s.gold} |`,
    ),
  ];
  const kinds = (Object.entries(evaluation.overall.newNodesByKind) as [NodeLabel, Score][]).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const kindRows = [
    '| new node kind | recall | found / gold |',
    '| --- | --- | --- |',
    ...kinds.map(([kind, s]) => `| ${kind} | ${f2(recall(s))} | ${s.found}/${s.gold} |`),
  ];
  const n = evaluation.overall.relationshipsWithNewEnds;
  const a = evaluation.overall.ambiguousMentions;
  return [
    'Each cell: precision / recall (correct/proposed, found/gold).',
    '',
    ...rows,
    '',
    `Ambiguous mentions (a name that fits several nodes, proposed with candidates): ${a.proposed}, of which ${a.correct} name a curated node.`,
    '',
    ...typeRows,
    '',
    ...kindRows,
    '',
    `Relationships citing a document with an end only that document supports (a new node, matched by its candidate's kind and name): recall ${f2(recall(n))} (${n.found}/${n.gold}).`,
  ].join('\n');
}
