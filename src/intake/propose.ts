import { endsAllowed, NodeLabel, RELATIONSHIPS, relationshipKey, RelationshipType } from '../model';
import { type Candidate, candidatesIn, type NamedSpan, proposedIdOf } from './candidates';
import { AWARD_PHRASE, AWARD_WORDS, CUE_RULES, type CueRule, type CueSlot, SPEECH_VERBS } from './cues';
import gemeenten from './data/gemeenten.json';
import { Lexicon, type LexiconMatch, longest } from './lexicon';
import { findQuotes } from './quotes';
import { fold, foldName, sentences, shortHash, slugOf, type Span, spanAt } from './text';
import { type IntakeGraph, type KnownNode, ProposalKind, type ProposalEnd, type ProposedFact } from './types';

/** A named thing in the text: a known node (or several that share the name) or a new-node candidate. */
interface Entity {
  start: number;
  end: number;
  /** What it may be: one end per node sharing the name, or the candidate. */
  options: ProposalEnd[];
}

type Draft = Omit<ProposedFact, 'id' | 'corroborates'>;

const NOT_MENTIONED = new Set<NodeLabel>([NodeLabel.Document, NodeLabel.Quote]);
/** Kinds whose names describe rather than name (`Lerende en samenwerkende gemeenten`): any case, and paraphrased. */
const DESCRIBED = new Set<NodeLabel>([NodeLabel.Theme, NodeLabel.Criterion]);
/** Words a paraphrase may drop or change: the small words of Dutch. */
const SMALL_WORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'of',
  'van',
  'voor',
  'in',
  'op',
  'met',
  'aan',
  'bij',
  'tot',
  'om',
  'door',
  'naar',
  'die',
  'dat',
  'te',
  'als',
  'over',
  'uit',
  'binnen',
  'tussen',
  'zijn',
  'hun',
]);
const YEAR = /\b(?:19|20)\d{2}\b/u;
/** The context a sentence continues (what `deze gemeenten` refers back to): the sentences before it. */
const CONTEXT_SENTENCES = 6;

let gemeentenLexicon: Lexicon | null = null;
/** The Dutch municipalities (src/intake/data/gemeenten.json), as one lexicon. */
function municipalities(): Lexicon {
  if (!gemeentenLexicon) {
    gemeentenLexicon = new Lexicon();
    for (const name of gemeenten.names) gemeentenLexicon.add(name, name, false);
  }
  return gemeentenLexicon;
}

const knownEnd = (node: KnownNode): ProposalEnd => ({
  node: node.id,
  name: node.name,
  kind: node.kind,
  proposedId: null,
});
const candidateEnd = (c: { name: string; kind: NodeLabel; proposedId: string }): ProposalEnd => ({
  node: null,
  name: c.name,
  kind: c.kind,
  proposedId: c.proposedId,
});
const endKey = (end: ProposalEnd) => end.node ?? end.proposedId ?? `${end.kind}:${end.name ?? ''}`;

/**
 * Cited facts a document proposes for the graph: mentions of known nodes, new nodes, quotes and
 * relationships from Dutch cues (src/intake/cues.ts). Pure and deterministic: the same text and
 * graph give the same proposals with the same ids, in the same order.
 */
export function proposeFacts(documentId: string, text: string, graph: IntakeGraph): ProposedFact[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const documentEnd: ProposalEnd = {
    node: documentId,
    name: null,
    kind: NodeLabel.Document,
    proposedId: null,
  };
  const folded = fold(text);
  const spans = sentences(text);
  const drafts: Draft[] = [];
  /** The sentence holding [start, end); the sentences, when a name runs over a break (`Buurtwerk⏎Oost`). */
  const sentenceOf = (start: number, end = start + 1): Span | null => {
    const i = spanAt(spans, start);
    const j = spanAt(spans, end - 1);
    return i < 0 || j < 0 ? null : { start: spans[i].start, end: spans[j].end };
  };

  // Known names.
  const lexicon = new Lexicon();
  const knownFolded = new Set<string>();
  for (const node of graph.nodes) {
    if (NOT_MENTIONED.has(node.kind)) continue;
    const names: [string, boolean][] = [
      [node.name, false],
      ...node.aliases.map((a): [string, boolean] => [a, true]),
    ];
    for (const [name, alias] of names) {
      lexicon.add(node.id, name, alias, DESCRIBED.has(node.kind));
      knownFolded.add(foldName(name));
      const bare = /^(?:gemeente|regio)\s+(.+)$/iu.exec(name.trim());
      if (bare) {
        lexicon.add(node.id, bare[1], true);
        knownFolded.add(foldName(bare[1]));
      }
    }
  }
  const known = lexicon.find(text, folded);
  const entities: Entity[] = [];
  const mentionSeen = new Set<string>();
  for (const m of known) {
    const sentence = sentenceOf(m.start, m.end);
    if (!sentence) continue;
    const nodes = preferByCue(
      m,
      folded.text,
      m.owners.map((id) => byId.get(id)!),
    );
    entities.push({ start: m.start, end: m.end, options: nodes.map(knownEnd) });
    const seenKey = `${nodes.map((n) => n.id).join(',')}@${sentence.start}`;
    if (mentionSeen.has(seenKey)) continue;
    mentionSeen.add(seenKey);
    const ambiguous = nodes.length > 1;
    drafts.push({
      kind: ProposalKind.MENTION,
      relationshipType: RelationshipType.MENTIONS,
      from: documentEnd,
      to: ambiguous
        ? { node: null, name: text.slice(m.start, m.end), kind: nodes[0].kind, proposedId: null }
        : knownEnd(nodes[0]),
      candidates: ambiguous ? nodes.map((n) => n.id) : [],
      properties: {},
      ...excerptOf(text, sentence),
      matchStart: m.start,
      matchEnd: m.end,
      rule: ambiguous
        ? 'mention.ambiguous'
        : m.inflected
          ? 'mention.inflected'
          : m.alias
            ? 'mention.alias'
            : 'mention.name',
      confidence: ambiguous ? 0.4 : m.inflected ? 0.6 : m.alias ? 0.8 : 0.9,
    });
  }

  // A theme or criterion of several words, paraphrased: its words (their first five letters, so
  // `sociale` is `sociaal`) in order within eight words of one sentence (`transformatie in het
  // sociale domein` for `transformatie van het sociaal domein`).
  const described = graph.nodes
    .filter((n) => DESCRIBED.has(n.kind))
    .flatMap((n) =>
      [n.name, ...n.aliases].map((name) => ({
        node: n,
        stems: (foldName(name).match(/[\p{L}\p{N}]+/gu) ?? [])
          .filter((w) => !SMALL_WORDS.has(w) && w.length >= 4)
          .map((w) => w.slice(0, 5)),
        // A name of one word: its Dutch stem (`ontmoeting` → `ontmoet`, as `ontmoeten`).
        single: /^[\p{L}]+$/u.test(foldName(name)) ? dutchStem(foldName(name)) : null,
      })),
    )
    .filter((d) => d.stems.length >= 2 || (d.stems.length === 1 && d.single !== null));
  if (described.length > 0) {
    for (const sentence of spans) {
      const words = [...text.slice(sentence.start, sentence.end).matchAll(/[\p{L}\p{N}]+/gu)].map((w) => ({
        word: foldName(w[0]),
        stem: foldName(w[0]).slice(0, 5),
        start: sentence.start + w.index,
        end: sentence.start + w.index + w[0].length,
      }));
      for (const d of described) {
        const seen = `${d.node.id}@${sentence.start}`;
        if (mentionSeen.has(seen)) continue;
        const found =
          d.stems.length >= 2
            ? paraphrase(words, d.stems)
            : (words.find((w) => w.word.length >= 5 && dutchStem(w.word) === d.single) ?? null);
        if (!found) continue;
        mentionSeen.add(seen);
        drafts.push({
          kind: ProposalKind.MENTION,
          relationshipType: RelationshipType.MENTIONS,
          from: documentEnd,
          to: knownEnd(d.node),
          candidates: [],
          properties: {},
          ...excerptOf(text, sentence),
          matchStart: found.start,
          matchEnd: found.end,
          rule: d.stems.length >= 2 ? 'mention.paraphrase' : 'mention.stem',
          confidence: 0.5,
        });
      }
    }
  }

  // The award named without its year: the edition of the year the sentence (or else the document) names.
  const awards = graph.nodes
    .filter((n) => n.kind === NodeLabel.Award)
    .map((n) => ({ node: n, year: YEAR.exec(n.name)?.[0] ?? null }));
  // Without a year in the sentence: the latest edition the graph knows (a new document most likely
  // reports the latest), with less confidence.
  const latest = [...awards]
    .filter((a) => a.year !== null)
    .sort((a, b) => Number(b.year) - Number(a.year))[0];
  const awardIn = (sentence: Span): { node: KnownNode; year: number; confident: boolean } | null => {
    const year = YEAR.exec(text.slice(sentence.start, sentence.end))?.[0] ?? null;
    if (year === null)
      return latest ? { node: latest.node, year: Number(latest.year), confident: false } : null;
    const ofYear = awards.filter((a) => a.year === year);
    return ofYear.length === 1 ? { node: ofYear[0].node, year: Number(year), confident: true } : null;
  };
  for (const sentence of spans) {
    const body = text.slice(sentence.start, sentence.end);
    const phrase = AWARD_PHRASE.exec(body) ?? (YEAR.test(body) ? AWARD_WORDS.exec(body) : null);
    const award = phrase ? awardIn(sentence) : null;
    if (!phrase || !award || mentionSeen.has(`${award.node.id}@${sentence.start}`)) continue;
    mentionSeen.add(`${award.node.id}@${sentence.start}`);
    drafts.push({
      kind: ProposalKind.MENTION,
      relationshipType: RelationshipType.MENTIONS,
      from: documentEnd,
      to: knownEnd(award.node),
      candidates: [],
      properties: {},
      ...excerptOf(text, sentence),
      matchStart: sentence.start + phrase.index,
      matchEnd: sentence.start + phrase.index + phrase[0].length,
      rule: award.confident ? 'mention.award-year' : 'mention.award-latest',
      confidence: award.confident ? 0.7 : 0.4,
    });
  }

  // New nodes: Dutch municipalities the graph does not hold, then cued capitalised runs.
  const overlaps = (a: Span, list: readonly Span[]) => list.some((b) => a.start < b.end && b.start < a.end);
  const candidates: Candidate[] = [];
  for (const m of longest(municipalities().find(text, folded))) {
    if (overlaps(m, known) || knownFolded.has(foldName(m.owners[0])) || partOfLongerName(text, m)) continue;
    const name = m.owners[0];
    const proposedId = proposedIdOf(NodeLabel.Municipality, name);
    if (proposedId)
      candidates.push({
        name,
        kind: NodeLabel.Municipality,
        proposedId,
        start: m.start,
        end: m.end,
        rule: 'new.municipality.gemeenten-list',
        confidence: 0.8,
      });
  }
  const named: NamedSpan[] = [
    ...known.map((m) => ({ start: m.start, end: m.end, kinds: m.owners.map((id) => byId.get(id)!.kind) })),
    ...candidates.map((c) => ({ start: c.start, end: c.end, kinds: [c.kind] })),
  ];
  named.sort((a, b) => a.start - b.start);
  const longestNamed = named.reduce((longest, n) => Math.max(longest, n.end - n.start), 0);
  for (const sentence of spans) {
    const blocked = overlapping(named, sentence.start, sentence.end, longestNamed);
    for (const c of candidatesIn(text, sentence, blocked)) {
      if (!knownFolded.has(foldName(c.name))) candidates.push(c);
    }
  }
  // A municipality's name inside a longer candidate (`“Koken met Buren”`) is that candidate's word.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (
      c.rule === 'new.municipality.gemeenten-list' &&
      candidates.some(
        (o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start,
      )
    )
      candidates.splice(i, 1);
  }
  // One candidate per id (the first, the most confident kind); then every place its name stands.
  candidates.sort((a, b) => a.start - b.start || b.confidence - a.confidence);
  const byProposedId = new Map<string, Candidate>();
  const byFoldedName = new Map<string, Candidate>();
  for (const c of candidates) {
    const f = foldName(c.name);
    if (byProposedId.has(c.proposedId) || byFoldedName.has(f)) continue;
    byProposedId.set(c.proposedId, c);
    byFoldedName.set(f, c);
  }
  const candidateLexicon = new Lexicon();
  for (const c of byProposedId.values()) candidateLexicon.add(c.proposedId, c.name, false);
  for (const m of longest(candidateLexicon.find(text, folded))) {
    // A candidate may hold a known name (`Stichting X Almelo`), then it is the entity; it may not cut one.
    const cut = known.some((k) => k.start < m.end && m.start < k.end && (k.start < m.start || k.end > m.end));
    if (cut) continue;
    for (let i = entities.length - 1; i >= 0; i--)
      if (entities[i].start >= m.start && entities[i].end <= m.end) entities.splice(i, 1);
    entities.push({ start: m.start, end: m.end, options: [candidateEnd(byProposedId.get(m.owners[0])!)] });
  }
  for (const c of byProposedId.values()) {
    const sentence = sentenceOf(c.start, c.end);
    if (!sentence) continue;
    drafts.push({
      kind: ProposalKind.NEW_NODE,
      relationshipType: null,
      from: documentEnd,
      to: candidateEnd(c),
      candidates: [],
      properties: {},
      ...excerptOf(text, sentence),
      matchStart: c.start,
      matchEnd: c.end,
      rule: c.rule,
      confidence: c.confidence,
    });
  }
  entities.sort((a, b) => a.start - b.start || a.end - b.end);

  // Quotes.
  drafts.push(...quoteDrafts(text, spans, entities, graph, documentEnd));

  // Relationships from the cues.
  spans.forEach((sentence, index) => {
    const inSentence = within(entities, sentence.start, sentence.end);
    if (inSentence.length === 0) return;
    const body = text.slice(sentence.start, sentence.end);
    // The context a sentence continues: the three sentences before it.
    const contextStart = spans[Math.max(0, index - CONTEXT_SENTENCES)].start;
    const inContext = within(entities, contextStart, sentence.end);
    const previous = index > 0 ? text.slice(spans[Math.max(0, index - 3)].start, spans[index - 1].end) : '';
    const awardOfYear = awardIn(sentence);
    const award = awardOfYear ? knownEnd(awardOfYear.node) : null;
    const setting: CueSetting = { inSentence, sentenceStart: sentence.start, inContext, award };
    for (const rule of CUE_RULES) {
      if (
        rule.requires &&
        !rule.requires.test(body) &&
        !(rule.requiresInContext && rule.requires.test(previous))
      )
        continue;
      for (const cue of cuesIn(rule, body, sentence.start, inSentence)) {
        const froms = fill(rule.from, cue, setting, text);
        const tos = fill(rule.to, cue, setting, text);
        for (const from of froms) {
          for (const to of tos) {
            if (endKey(from) === endKey(to) || !endsAllowed(rule.type, from.kind, to.kind)) continue;
            const properties: Record<string, string | number> = {};
            for (const [name, source] of Object.entries(rule.properties ?? {})) {
              const value = 'group' in source ? cue.groups[source.group] : source.value;
              if (value !== undefined && value !== '')
                properties[name] = typeof value === 'string' ? value.replace(/\s+/gu, ' ').trim() : value;
            }
            if (rule.type === RelationshipType.RECEIVED && awardOfYear) properties.year = awardOfYear.year;
            if ((RELATIONSHIPS[rule.type].required ?? []).some((p) => properties[p] === undefined)) continue;
            drafts.push({
              kind: ProposalKind.RELATIONSHIP,
              relationshipType: rule.type,
              from,
              to,
              candidates: [],
              properties,
              ...excerptOf(text, sentence),
              matchStart: cue.start,
              matchEnd: cue.end,
              rule: rule.id,
              confidence: rule.confidence,
            });
          }
        }
      }
    }
  });
  return finish(documentId, drafts, graph);
}

/** A Dutch word without its inflection or derivation (`-ing`, `-en`, `-e`, `-s`, `-schap`, `-heid`), five letters at least. */
function dutchStem(word: string): string {
  const stem = word.replace(/(?:schappen|schap|heden|heid|ingen|ing|en|e|s)$/u, '');
  return stem.length >= 5 ? stem : word;
}

/** Where `stems` stand in order among `words`, the first and last within eight words, or null. */
function paraphrase(words: { stem: string; start: number; end: number }[], stems: string[]): Span | null {
  for (let i = 0; i < words.length; i++) {
    if (words[i].stem !== stems[0]) continue;
    let k = 1;
    let j = i + 1;
    for (; j < words.length && j <= i + 8 && k < stems.length; j++) if (words[j].stem === stems[k]) k++;
    if (k === stems.length) return { start: words[i].start, end: words[j - 1].end };
  }
  return null;
}

/** The first index of `sorted` (by start) whose start is at least `start`. */
function lowerBound(sorted: readonly Span[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `sorted` (by start) lying within [start, end). */
function within<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i].start < end; i++)
    if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}

/** The spans of `sorted` (by start, none longer than `longest`) overlapping [start, end). */
function overlapping<T extends Span>(sorted: readonly T[], start: number, end: number, longest: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start - longest); i < sorted.length && sorted[i].start < end; i++)
    if (sorted[i].end > start) out.push(sorted[i]);
  return out;
}

/**
 * A municipality's name that is a word of a longer capitalised name (`Best Practice`, `Oude Buren`):
 * a capitalised word right before it (not a sentence's first, nor `Gemeente`/`Regio`/`Gouden`) or
 * right after it on the same line.
 */
function partOfLongerName(text: string, m: { start: number; end: number }): boolean {
  const line =
    text
      .slice(Math.max(0, m.start - 60), m.start)
      .split('\n')
      .pop() ?? '';
  const before = /(?<![\p{L}'’])(\p{Lu}[\p{L}-]*) +$/u.exec(line);
  const opening = before !== null && /^[\s\p{P}•*–-]*$/u.test(line.slice(0, before.index));
  if (before && !opening && !/^(?:gemeente|regio|gouden)$/iu.test(before[1])) return true;
  return /^ +\p{Lu}/u.test(text.slice(m.end, m.end + 3));
}

/** `gemeente X` prefers the municipality and `regio X` the region when a name fits several nodes. */
function preferByCue(m: LexiconMatch, f: string, nodes: KnownNode[]): KnownNode[] {
  if (nodes.length < 2) return nodes;
  const before = f.slice(Math.max(0, m.foldedStart - 12), m.foldedStart);
  const kind = /gemeente $/.test(before)
    ? NodeLabel.Municipality
    : /regio $/.test(before)
      ? NodeLabel.Region
      : null;
  const preferred = kind ? nodes.filter((n) => n.kind === kind) : [];
  return preferred.length === 1 ? preferred : nodes;
}

function excerptOf(text: string, span: Span): { excerpt: string; start: number; end: number } {
  return { excerpt: text.slice(span.start, span.end), start: span.start, end: span.end };
}

interface Cue {
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  /** For a rule anchored at an entity (`^…`): that entity. */
  anchor: Entity | null;
}

/** Where a rule's cue stands in a sentence; a pattern starting with `^` is tried right after each entity. */
function cuesIn(rule: CueRule, body: string, offset: number, inSentence: Entity[]): Cue[] {
  const cues: Cue[] = [];
  if (rule.pattern.source.startsWith('^')) {
    for (const entity of inSentence) {
      const rest = body.slice(entity.end - offset);
      rule.pattern.lastIndex = 0;
      const m = rule.pattern.exec(rest);
      if (m)
        cues.push({
          start: entity.end,
          end: entity.end + m[0].length,
          groups: { ...m.groups },
          anchor: entity,
        });
    }
  } else {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(body); m; m = rule.pattern.exec(body)) {
      if (m[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const start = offset + m.index;
      cues.push({ start, end: start + m[0].length, groups: { ...m.groups }, anchor: null });
    }
  }
  return cues.filter((cue) => !rule.nameFollows || /^\p{Lu}/u.test(body.slice(cue.end - offset)));
}

const GAP = /^[\s,.:;()'"‘’“”„\-–]{0,4}$/u;

/** The sentence around a cue: its entities, where it starts, and the entities of its context. */
interface CueSetting {
  inSentence: Entity[];
  sentenceStart: number;
  inContext: Entity[];
  award: ProposalEnd | null;
}

/** The ends a slot takes for one cue: entities whose one fitting option is of an allowed kind. */
function fill(slot: CueSlot, cue: Cue, setting: CueSetting, text: string): ProposalEnd[] {
  if (slot.side === 'award') return setting.award ? [setting.award] : [];
  const fitting = (e: Entity) => {
    const options = e.options.filter((o) => slot.kinds.includes(o.kind));
    return options.length === 1 ? options[0] : null;
  };
  const inParentheses = (e: Entity) => {
    const before = text.slice(setting.sentenceStart, e.start);
    return before.lastIndexOf('(') > before.lastIndexOf(')');
  };
  const inSentence = slot.outsideParentheses
    ? setting.inSentence.filter((e) => !inParentheses(e))
    : setting.inSentence;
  let chosen: Entity[];
  if (slot.side === 'before') {
    // An entity may end inside the cue (its words are the cue's first words), not after it.
    const side = cue.anchor
      ? [cue.anchor]
      : inSentence.filter(
          (e) =>
            e.start < cue.start &&
            e.end <= cue.end &&
            (!slot.adjacent || GAP.test(text.slice(Math.min(e.end, cue.start), cue.start))),
        );
    const fit = side.filter((e) => fitting(e));
    chosen = slot.many ? fit : fit.slice(-1);
  } else if (slot.side === 'after') {
    // An entity may start inside the cue (`regio X` where the cue ends in `regio`), not before it.
    const side = inSentence.filter(
      (e) =>
        e.end > cue.end &&
        e.start >= cue.start &&
        (!slot.adjacent || GAP.test(text.slice(cue.end, Math.max(e.start, cue.end)))),
    );
    const fit = side.filter((e) => fitting(e));
    chosen = slot.many ? fit : fit.slice(0, 1);
  } else {
    const fit = (slot.side === 'context' ? setting.inContext : inSentence).filter((e) => fitting(e));
    const distinct = new Set(fit.map((e) => endKey(fitting(e)!)));
    chosen = (slot.many && slot.side !== 'context') || distinct.size === 1 ? fit : [];
  }
  const ends = new Map<string, ProposalEnd>();
  for (const e of chosen) {
    const end = fitting(e)!;
    if (!ends.has(endKey(end))) ends.set(endKey(end), end);
  }
  return ends.size < (slot.atLeast ?? 0) ? [] : [...ends.values()];
}

const SPEECH_AFTER = new RegExp(
  `^\\s*[,.!?]?\\s*(?:(?:dat|dit)\\s+)?(?:${SPEECH_VERBS.map((v) => v.replace(' ', '\\s+')).join('|')})\\s+`,
  'iu',
);
const SPEECH_BEFORE_PERSON = new RegExp(
  `(?:^|[^\\p{L}])(?:${SPEECH_VERBS.map((v) => v.replace(' ', '\\s+')).join('|')})\\s+$`,
  'iu',
);
const COLON_BEFORE = /^\s*(?:\([^()]*\))?\s*[:,]?\s*$/u;

/** Quoted passages said by a person the text names: a Quote (known by its text, or new), SAID and QUOTED_IN. */
function quoteDrafts(
  text: string,
  spans: Span[],
  entities: Entity[],
  graph: IntakeGraph,
  documentEnd: ProposalEnd,
): Draft[] {
  const drafts: Draft[] = [];
  const personOf = (e: Entity) => {
    const options = e.options.filter((o) => o.kind === NodeLabel.Person);
    return options.length === 1 ? options[0] : null;
  };
  const knownQuotes = graph.nodes
    .filter((n) => n.kind === NodeLabel.Quote)
    .map((n) => ({ node: n, texts: [n.name, ...n.aliases].map((t) => wordsOf(t.replace(/…$/u, ''))) }));
  let last: { entity: Entity; end: ProposalEnd; quoteEnd: number } | null = null;
  for (const q of findQuotes(text)) {
    // The speaker: `‘…’, aldus X` / `‘…’ Dat vindt X` after the quote, or `X (…): ‘…’` before it.
    const after = SPEECH_AFTER.exec(text.slice(q.end, q.end + 80));
    let speaker: { entity: Entity; end: ProposalEnd } | null = null;
    if (after) {
      const at = q.end + after[0].length;
      const e = entities.find((x) => x.start === at && personOf(x));
      if (e) speaker = { entity: e, end: personOf(e)! };
    }
    if (!speaker) {
      const e = [...entities]
        .reverse()
        .find(
          (x) =>
            x.end <= q.start &&
            q.start - x.end <= 120 &&
            personOf(x) &&
            COLON_BEFORE.test(text.slice(x.end, q.start)),
        );
      if (e) speaker = { entity: e, end: personOf(e)! };
    }
    // The sentence before introduces the speaker: `…, vindt X (directeur Y). ‘…’`, `Volgens X (…) …: ‘…’`.
    let introduced = false;
    if (!speaker) {
      const at = spanAt(spans, q.start);
      const from =
        at > 0 && spans[at].start === q.start ? spans[at - 1].start : at >= 0 ? spans[at].start : q.start;
      const introducedOnes = within(entities, from, q.start).filter((x) => {
        if (!personOf(x)) return false;
        const before = text.slice(Math.max(from, x.start - 40), x.start);
        return SPEECH_BEFORE_PERSON.test(before) || /^\s*\(/u.test(text.slice(x.end, x.end + 3));
      });
      const distinct = new Set(introducedOnes.map((x) => endKey(personOf(x)!)));
      if (distinct.size === 1) {
        speaker = { entity: introducedOnes[0], end: personOf(introducedOnes[0])! };
        introduced = true;
      }
    }
    // A quote without its own attribution continues the last speaker's words, when nobody else is named between.
    let continued = false;
    if (!speaker && last && q.start - last.quoteEnd <= 1500) {
      const between = entities.some(
        (x) =>
          x.start >= last!.quoteEnd &&
          x.end <= q.start &&
          personOf(x) &&
          endKey(personOf(x)!) !== endKey(last!.end),
      );
      if (!between && !/\n[ \t\u00a0]*\n[^\n]*\n[ \t\u00a0]*\n/u.test(text.slice(last.quoteEnd, q.start))) {
        speaker = { entity: last.entity, end: last.end };
        continued = true;
      }
    }
    if (!speaker) continue;
    last = { ...speaker, quoteEnd: q.end };
    const from = continued ? q.start : Math.min(q.start, speaker.entity.start);
    const to = continued ? q.end - 1 : Math.max(q.end - 1, speaker.entity.end - 1);
    const first = spans[Math.max(0, spanAt(spans, from))];
    const lastIndex = spanAt(spans, to);
    const final = spans[lastIndex < 0 ? spans.length - 1 : lastIndex];
    const span = { start: Math.min(first.start, q.start), end: Math.max(final.end, q.end) };
    // A passage may hold several known quotes (one outlet quotes in one go what another splits).
    const passage = wordsOf(q.content);
    const knownOnes = knownQuotes.filter((k) => k.texts.some((t) => sameWords(passage, t)));
    const personSlug =
      (speaker.end.node ?? speaker.end.proposedId ?? '').split(':')[1] ?? slugOf(speaker.end.name ?? '');
    const quoteEnds: ProposalEnd[] =
      knownOnes.length > 0
        ? knownOnes.map((k) => knownEnd(k.node))
        : [
            {
              node: null,
              name: label(q.content),
              kind: NodeLabel.Quote,
              proposedId: `quote:${personSlug}-${shortHash([foldName(q.content)], 8)}`,
            },
          ];
    const common = {
      candidates: [],
      ...excerptOf(text, span),
      matchStart: q.start,
      matchEnd: q.end,
    };
    for (const quoteEnd of quoteEnds) {
      if (!quoteEnd.node) {
        drafts.push({
          ...common,
          kind: ProposalKind.NEW_NODE,
          relationshipType: null,
          from: documentEnd,
          to: quoteEnd,
          properties: { text: q.content },
          rule: 'new.quote.attributed',
          confidence: 0.8,
        });
      }
      drafts.push({
        ...common,
        kind: ProposalKind.RELATIONSHIP,
        relationshipType: RelationshipType.SAID,
        from: speaker.end,
        to: quoteEnd,
        properties: {},
        rule: continued
          ? 'said.continued'
          : introduced
            ? 'said.introduced'
            : after
              ? 'said.speech-verb-after'
              : 'said.colon-before',
        confidence: continued ? 0.5 : introduced ? 0.6 : 0.8,
      });
      drafts.push({
        ...common,
        kind: ProposalKind.RELATIONSHIP,
        relationshipType: RelationshipType.QUOTED_IN,
        from: quoteEnd,
        to: documentEnd,
        properties: {},
        rule: 'quoted_in.quote',
        confidence: 0.9,
      });
    }
  }
  return drafts;
}

/** The distinct pairs of consecutive folded words of a text. */
function wordsOf(text: string): Set<string> {
  const words = foldName(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
}

/**
 * The same quote, perhaps reworded a little by another outlet, cut short or quoted with more
 * around it: most word pairs of the shorter are in the longer (six in ten, of four pairs at least).
 */
function sameWords(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < 4) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.6;
}

/** A quote's label: its opening words. */
function label(content: string): string {
  const words = content.replace(/\s+/gu, ' ').trim().split(' ');
  return words.length <= 6 ? words.join(' ') : `${words.slice(0, 6).join(' ')}…`;
}

/** Ids, corroboration, one proposal per fact and sentence, in text order. */
function finish(documentId: string, drafts: Draft[], graph: IntakeGraph): ProposedFact[] {
  const existing = new Map(graph.relationships.map((r) => [r.key, r]));
  const byPair = new Map<string, string[]>();
  for (const r of graph.relationships) {
    const pair = relationshipKey(r.type, r.from, r.to);
    byPair.set(pair, [...(byPair.get(pair) ?? []), r.key]);
  }
  const kept = new Map<string, ProposedFact>();
  for (const d of drafts) {
    let corroborates: string | null = null;
    if (d.kind === ProposalKind.RELATIONSHIP && d.relationshipType && d.from.node && d.to.node) {
      const spec = RELATIONSHIPS[d.relationshipType];
      const discriminator = spec.discriminator ? d.properties[spec.discriminator] : undefined;
      const key = relationshipKey(d.relationshipType, d.from.node, d.to.node, discriminator);
      if (existing.has(key)) corroborates = key;
      else {
        // The same fact with its discriminator written otherwise (case, spacing), or none given.
        const same = (byPair.get(relationshipKey(d.relationshipType, d.from.node, d.to.node)) ?? []).filter(
          (k) => {
            const value = spec.discriminator ? existing.get(k)!.properties[spec.discriminator] : undefined;
            return (
              discriminator === undefined ||
              (value !== undefined &&
                value !== null &&
                foldName(String(value)) === foldName(String(discriminator)))
            );
          },
        );
        if (same.length > 0) corroborates = same.sort()[0];
      }
    }
    const from = endKey(d.from);
    const to = endKey(d.to);
    const symmetric = d.relationshipType !== null && RELATIONSHIPS[d.relationshipType].symmetric;
    const [a, b] = symmetric && to < from ? [to, from] : [from, to];
    const dedupe = [d.kind, d.relationshipType, a, b, JSON.stringify(sorted(d.properties)), d.start].join(
      '|',
    );
    const id = shortHash([documentId, d.kind, d.rule, from, to, d.start, d.end]);
    const fact: ProposedFact = { id, ...d, corroborates };
    const had = kept.get(dedupe);
    if (!had || had.confidence < fact.confidence) kept.set(dedupe, fact);
  }
  return [...kept.values()].sort(
    (x, y) =>
      x.start - y.start ||
      x.matchStart - y.matchStart ||
      x.kind.localeCompare(y.kind) ||
      x.id.localeCompare(y.id),
  );
}

function sorted(properties: Record<string, string | number>): [string, string | number][] {
  return Object.entries(properties).sort(([a], [b]) => a.localeCompare(b));
}
