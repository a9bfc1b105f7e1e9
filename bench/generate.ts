import { model, type NodeLabel, type NodeRow, type RelationshipRow, type RelationshipType } from './service';

/**
 * A synthetic graph with the corpus's shape: municipalities, regions, organisations, people,
 * programmes, themes, quotes, award editions, criteria and documents, about five relationships per
 * node, every fact with evidence whose excerpt is a sentence of its (synthetic) document's text.
 *
 * Deterministic: every entity draws from its own PRNG seeded by (seed, kind, index), so the same
 * size and seed always give the same graph, whatever order it is generated or loaded in.
 */

const { NodeLabel: L, RelationshipType: R, ID_PREFIX, OrganisationType, ProgrammeKind } = model;

/** Share of the nodes per kind; quotes take the rest. Awards and criteria are fixed in number. */
const SHARE: Partial<Record<NodeLabel, number>> = {
  [L.Municipality]: 0.1,
  [L.Region]: 0.01,
  [L.Organisation]: 0.17,
  [L.Person]: 0.15,
  [L.Programme]: 0.12,
  [L.Document]: 0.06,
  [L.Theme]: 0.002,
};
const AWARDS = 10;
const CRITERIA = ['preventie en presentie', 'samenwerking', 'eigen kracht', 'integrale aanpak', 'innovatie'];
/** Sentences per document: its text, and where every excerpt comes from. */
const SENTENCES = 40;

// Word lists, `|`-separated so they stay one line each.
const words = (list: string) => list.split('|');
const THEMES = words(
  'jeugdhulp|dementie|schuldhulp|participatie|mantelzorg|armoede|eenzaamheid|preventie|vrijwilligerswerk|opvoeding|' +
    'wonen|werk|inkomen|taal|gezondheid|veiligheid|sport|cultuur|onderwijs|integratie',
);
const SYLLABLES = words(
  'aal|ten|del|mep|pel|roer|mond|haar|lem|zwol|bre|da|ede|hoorn|veen|dam|berg|wijk|dorp|holt|lo|sum|rijn|vliet|kerk|burg|zand|ker',
);
const ORG_PREFIXES = words(
  'Stichting Welzijn|Sociaal Werk|Wijkteam|Zorggroep|Buurtwerk|Jongerenwerk|MEE|Woonstichting',
);
const FIRST = words('Mieke|Marijke|Jan|Anouk|Pieter|Fatima|Sanne|Hans|Youssef|Els|Ruud|Ingrid');
const LAST = words('Pirson|Vos|de Jong|Jansen|Bakker|Visser|Smit|Meijer|Mulder|de Boer|Bos|Peters');
const SUBJECTS = words(
  'het wijkteam|de gemeente|de sociaal werker|de wethouder|het buurthuis|de vrijwilligers|het CJG',
);
const GROUPS = words('ouderen|jongeren|gezinnen|vergunninghouders|mantelzorgers|inwoners|kinderen');
const TITLES = words('directeur-bestuurder|wethouder|sociaal werker|coördinator|projectleider|voorzitter');

type Rng = () => number;

/** mulberry32: a small, fast, seedable PRNG. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rngOf = (...parts: number[]): Rng =>
  mulberry32(parts.reduce((h, p) => Math.imul(h ^ p, 16777619) >>> 0, 2166136261));

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)];
/** Skewed towards low indices: a few hubs with many relationships, as in the corpus. */
const skewed = (rng: Rng, n: number) => Math.floor(n * rng() ** 2);
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const place = (rng: Rng) =>
  cap(pick(rng, SYLLABLES) + pick(rng, SYLLABLES) + (rng() < 0.3 ? pick(rng, SYLLABLES) : ''));

export type Counts = Record<NodeLabel, number>;

export function countsFor(size: number): Counts {
  const counts = Object.fromEntries(Object.values(L).map((l) => [l, 0])) as Counts;
  for (const [label, share] of Object.entries(SHARE) as [NodeLabel, number][])
    counts[label] = Math.max(label === L.Theme ? THEMES.length : 1, Math.round(size * share));
  counts[L.Award] = AWARDS;
  counts[L.Criterion] = CRITERIA.length;
  counts[L.Quote] = size - Object.values(counts).reduce((a, b) => a + b, 0);
  return counts;
}

export const idOf = (label: NodeLabel, i: number) => `${ID_PREFIX[label]}:bench-${i}`;
const LABELS = Object.values(L);
/** Each entity's own PRNGs: one for its name (see nameOf), one for everything else. */
const entityRng = (seed: number, label: NodeLabel, i: number, stream: 0 | 1) =>
  rngOf(seed, LABELS.indexOf(label), i, stream);

/** Sentence j of document d: computed on its own, so an excerpt never needs the whole text. */
function sentence(seed: number, d: number, j: number): string {
  const rng = rngOf(seed, 1000, d, j);
  return rng() < 0.5
    ? `${cap(pick(rng, SUBJECTS))} in ${place(rng)} werkt met ${pick(rng, SUBJECTS)} aan ${pick(rng, THEMES)} en ${pick(rng, THEMES)} voor ${pick(rng, GROUPS)}.`
    : `“${cap(pick(rng, THEMES))} vraagt om aandacht voor ${pick(rng, GROUPS)} in ${place(rng)},” zegt ${pick(rng, SUBJECTS)} (${d}.${j}).`;
}
const documentText = (seed: number, d: number) =>
  Array.from({ length: SENTENCES }, (_, j) => sentence(seed, d, j)).join(' ');

export function nameOf(seed: number, label: NodeLabel, i: number): string {
  const rng = entityRng(seed, label, i, 0);
  switch (label) {
    case L.Organisation:
      return i === 0 ? 'Sociaal Werk Nederland' : `${pick(rng, ORG_PREFIXES)} ${place(rng)}`;
    case L.Person:
      return `${pick(rng, FIRST)} ${pick(rng, LAST)}`;
    case L.Programme:
      return `${pick(rng, ['Project', 'Pilot', 'Huis van', 'Netwerk'])} ${pick(rng, THEMES)} ${place(rng)}`;
    case L.Region:
      return `Regio ${place(rng)}`;
    case L.Theme:
      return i < THEMES.length ? THEMES[i] : `${THEMES[i % THEMES.length]} ${Math.floor(i / THEMES.length)}`;
    case L.Award:
      return `Gouden Sociale Gemeenten ${2009 + i}`;
    case L.Criterion:
      return CRITERIA[i];
    case L.Document:
      return `Nieuws uit ${place(rng)} (${i})`;
    default:
      return place(rng);
  }
}

/** Where a fact is written down: 1 to 3 sentences of random documents, now and then inferred. */
function evidence(seed: number, rng: Rng, counts: Counts, at?: { d: number; j: number }) {
  const count = 1 + Number(rng() < 0.5) + Number(rng() < 0.2);
  const pieces = at
    ? [at]
    : Array.from({ length: count }, () => ({ d: int(rng, counts.Document), j: int(rng, SENTENCES) }));
  const inferred = pieces.map(() => rng() < 0.1);
  return {
    pieces,
    columns: {
      evidenceDocuments: pieces.map((p) => idOf(L.Document, p.d)),
      evidenceExcerpts: pieces.map((p) => sentence(seed, p.d, p.j)),
      evidenceInferred: inferred,
      evidenceReasons: inferred.map((i) => (i ? 'Afgeleid uit de samenhang van het document.' : '')),
      evidenceRestricted: pieces.map(() => false),
      restricted: false,
    },
  };
}

/** The node and the relationships generated with it (not all start at it), in a fixed order. */
function* entity(
  seed: number,
  counts: Counts,
  label: NodeLabel,
  i: number,
  part: Part,
): Generator<NodeRow | RelationshipRow> {
  const id = idOf(label, i);
  const rng = entityRng(seed, label, i, 1);
  const name = nameOf(seed, label, i);
  const target = (l: NodeLabel, how: 'uniform' | 'skewed' = 'uniform') =>
    idOf(l, how === 'skewed' ? skewed(rng, counts[l]) : int(rng, counts[l]));
  const seen = new Set<string>();
  const rel = (
    type: RelationshipType,
    from: string,
    to: string,
    props: Record<string, unknown> = {},
    at?: { d: number; j: number },
  ): RelationshipRow[] => {
    const key = model.relationshipKey(type, from, to, props.year ?? props.title ?? props.context);
    if (from === to || seen.has(key)) return [];
    seen.add(key);
    const { columns } = evidence(seed, rng, counts, at);
    return [
      {
        key,
        type,
        from,
        to,
        props: { year: null, title: null, context: null, ...props, ...columns, origin: 'bench' },
      },
    ];
  };

  if (label === L.Document) {
    const publisher = target(L.Organisation, 'skewed');
    if (part === 'nodes')
      yield {
        id,
        label,
        props: {
          name,
          title: name,
          file: `bench-${i}.txt`,
          publisher,
          publishedOn: `20${10 + int(rng, 15)}-0${1 + int(rng, 9)}-1${int(rng, 10)}`,
          language: 'nl',
          kind: 'news',
          text: documentText(seed, i),
          restrictedText: null,
          restricted: false,
          origin: 'bench',
        },
      };
    if (part === 'relationships') yield* rel(R.PUBLISHED_BY, id, publisher);
    return;
  }

  // Every other node: its own evidence, and a MENTIONS from each document it cites.
  const own = evidence(seed, rng, counts);
  const props: Record<string, unknown> = {
    name,
    aliases: [],
    aliasesText: null,
    ...own.columns,
    origin: 'bench',
  };
  if (label === L.Quote) {
    // A quote is a sentence of its document, verbatim.
    const text = own.columns.evidenceExcerpts[0];
    Object.assign(props, { text, name: `${text.split(' ').slice(0, 6).join(' ')}…`, language: 'nl' });
  }
  if (label === L.Organisation)
    Object.assign(props, { type: pick(rng, Object.values(OrganisationType)), formerNames: [] });
  if (label === L.Programme)
    Object.assign(props, {
      kind: pick(rng, Object.values(ProgrammeKind)),
      description: `${name} voor ${pick(rng, GROUPS)}.`,
    });
  if (label === L.Award) Object.assign(props, { year: 2009 + i, winnerCount: 10 });
  if (label === L.Criterion) props.text = `Het criterium ${name}.`;
  if (label === L.Person) props.phone = null;
  if (part === 'nodes') return yield { id, label, props };
  // One MENTIONS from each document the node's evidence cites, with that evidence.
  for (const p of new Map(own.pieces.map((p) => [p.d, p])).values()) {
    const from = idOf(L.Document, p.d);
    const { columns } = evidence(seed, rng, counts, p);
    yield {
      key: model.relationshipKey(R.MENTIONS, from, id),
      type: R.MENTIONS,
      from,
      to: id,
      props: { ...columns, origin: 'bench' },
    };
  }

  switch (label) {
    case L.Municipality:
    case L.Region:
      yield* rel(R.NOMINATED_BY, id, target(L.Organisation, 'skewed'));
      if (rng() < 0.5) {
        const award = int(rng, AWARDS);
        yield* rel(R.RECEIVED, id, idOf(L.Award, award), { year: 2009 + award });
      }
      if (label === L.Municipality && rng() < 0.4) yield* rel(R.MEMBER_OF, id, target(L.Region));
      for (let k = 0; k < 3; k++) {
        const other = k < 2 ? target(L.Organisation, 'skewed') : target(L.Municipality);
        yield* rel(R.PARTNERS_WITH, id, other, { context: `${pick(rng, THEMES)} voor ${pick(rng, GROUPS)}` });
      }
      break;
    case L.Organisation:
      yield* rel(R.LOCATED_IN, id, target(L.Municipality));
      for (let k = 0; k < 3; k++)
        yield* rel(R.PARTNERS_WITH, id, target(L.Organisation, 'skewed'), { context: pick(rng, THEMES) });
      if (rng() < 0.2) yield* rel(R.MEMBER_OF, id, target(L.Organisation, 'skewed'));
      break;
    case L.Person:
      yield* rel(R.HOLDS_ROLE, id, target(L.Organisation), { title: pick(rng, TITLES) });
      if (rng() < 0.3) yield* rel(R.HOLDS_ROLE, id, target(L.Municipality), { title: 'wethouder' });
      break;
    case L.Programme:
      yield* rel(R.RUNS, target(L.Organisation, 'skewed'), id);
      yield* rel(R.LOCATED_IN, id, target(L.Municipality));
      for (let k = 0; k < 2; k++) yield* rel(R.CONCERNS, id, target(L.Theme));
      break;
    case L.Quote:
      // Who said it, and where: both stated by the quote's own sentence.
      yield* rel(R.SAID, target(L.Person), id, {}, own.pieces[0]);
      yield* rel(R.QUOTED_IN, id, idOf(L.Document, own.pieces[0].d), {}, own.pieces[0]);
      for (let k = 0; k < 1 + int(rng, 2); k++) yield* rel(R.CONCERNS, id, target(L.Theme));
      break;
    case L.Award:
      yield* rel(R.AWARDED_BY, id, idOf(L.Organisation, 0));
      for (let k = 0; k < CRITERIA.length; k++) yield* rel(R.JUDGED_ON, id, idOf(L.Criterion, k));
      break;
  }
}

type Part = 'nodes' | 'relationships';

/**
 * The nodes, or the relationships, of a graph of `size` nodes, kind by kind: two passes over the
 * same entities (the loader needs every node before any relationship), so no size is ever held in
 * memory whole. Skipping one part of an entity changes nothing else: each has its own PRNGs, so
 * `shards` writers can each take every `shards`-th entity (from `shard`) and together write the graph.
 */
export function generate(
  size: number,
  seed: number,
  part: 'nodes',
  shard?: number,
  shards?: number,
): Generator<NodeRow>;
export function generate(
  size: number,
  seed: number,
  part: 'relationships',
  shard?: number,
  shards?: number,
): Generator<RelationshipRow>;
export function* generate(
  size: number,
  seed: number,
  part: Part,
  shard = 0,
  shards = 1,
): Generator<NodeRow | RelationshipRow> {
  const counts = countsFor(size);
  for (const label of LABELS)
    for (let i = shard; i < counts[label]; i += shards)
      for (const row of entity(seed, counts, label, i, part))
        // Stored as the seed loader stores them: lists that say nothing left out (model/stored.ts).
        yield { ...row, props: model.storedValues(row.props) };
}
