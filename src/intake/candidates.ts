import { ID_PATTERN, ID_PREFIX, MAX_ID_LENGTH, NodeLabel } from '../model';
import {
  NEVER_A_NAME,
  SENTENCE_OPENERS,
  ORGANISATION_CUES,
  ORGANISATION_WORDS,
  PROGRAMME_CUES,
  PROGRAMME_SUFFIXES,
  SPEECH_VERBS,
  TITLE_STEMS,
} from './cues';
import { foldName, slugOf, type Span } from './text';
import { AWARD_PHRASE } from './cues';

/** A name not in the graph that looks like a node: its kind, the id it would get, where it stands. */
export interface Candidate {
  name: string;
  kind: NodeLabel;
  proposedId: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

/** Words that may stand inside a name between capitalised words (`Jan van der Berg`, `Delft voor Elkaar`). */
const LINKS = new Set([
  'to',
  'of',
  'and',
  'for',
  'the',
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  'het',
  'voor',
  'aan',
  'op',
  'in',
  "'t",
  '’t',
]);
/** Of those, the ones a person's name may hold. */
const PERSON_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'in', "'t", '’t']);
const NEVER_NAME = new Set(NEVER_A_NAME);
const OPENERS = new Set(SENTENCE_OPENERS);
const NOT_NAME = new Set([...NEVER_A_NAME, ...SENTENCE_OPENERS]);
/** Where a word opens a sentence or a clause: the start, or after a colon, a quotation mark, a bullet. */
const OPENING_BEFORE = /(?:^|[:;‘“"'„(•*–-])[\s\p{P}]*$/u;
const ORG_WORDS = new Set(ORGANISATION_WORDS);
const TOKEN = /(?:['’]t\b)|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const TITLE_WORD = `[\\p{L}-]*(?:${TITLE_STEMS.join('|')})`;
const lastWordIs = (words: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}])(?:${words.join('|')})\\s*$`, 'iu');
const ORG_CUE_BEFORE = lastWordIs(ORGANISATION_CUES);
const PROGRAMME_CUE_BEFORE = new RegExp(
  `(?<![\\p{L}])\\p{Ll}*(?:${PROGRAMME_CUES.join('|')})(?:en|s)?\\s+(?<article>(?:de|het)\\s+)?$`,
  'u',
);
const MUNICIPALITY_BEFORE = lastWordIs(['gemeente']);
const REGION_BEFORE = lastWordIs(['regio']);
const SPEECH_BEFORE = lastWordIs(SPEECH_VERBS.map((v) => v.replace(' ', '\\s+')));
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])${TITLE_WORD}\\s*$`, 'iu');
const ROLE_BEFORE = new RegExp(
  `(?:${TITLE_WORD}(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,4}?\\s+(?:van|bij)\\s+(?:de\\s+|het\\s+)?(?:\\p{Ll}+\\s+)?|\\(\\s*${TITLE_WORD}(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,3}?\\s+)$`,
  'iu',
);
const PERSON_AFTER = new RegExp(
  `^(?:\\s*,\\s*(?:\\p{Ll}+\\s+)?${TITLE_WORD}|\\s*\\(\\s*${TITLE_WORD}|\\s*(?:\\([^()]*\\))?\\s*:\\s*[‘“"'„]|\\s*\\(?0\\d{1,3}\\)?[\\s-]?\\d{2,})`,
  'iu',
);

interface Token {
  text: string;
  folded: string;
  start: number;
  end: number;
  capital: boolean;
}

/** A proposed id for a name of a kind, or null when the name makes no valid id. */
export function proposedIdOf(kind: NodeLabel, name: string): string | null {
  const id = `${ID_PREFIX[kind]}:${slugOf(name)}`;
  return ID_PATTERN.test(id) && id.length <= MAX_ID_LENGTH ? id : null;
}

function candidate(
  kind: NodeLabel,
  tokens: Token[],
  text: string,
  rule: string,
  confidence: number,
): Candidate | null {
  if (tokens.length === 0) return null;
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  const name = text.slice(start, end).replace(/\s+/gu, ' ');
  const proposedId = proposedIdOf(kind, name);
  return proposedId ? { name, kind, proposedId, start, end, rule, confidence } : null;
}

/** A span of the sentence already named: a known node (its kinds) or a candidate found before. */
export interface NamedSpan extends Span {
  kinds: NodeLabel[];
}

/** An item of a sentence for lists: a run of capitalised words or a named span. */
interface Item extends Span {
  run: Token[] | null;
  kind: NodeLabel | null;
  candidate: Candidate | null;
}

const LIST_GAP = /^\s*(?:,|,?\s+(?:en|of)|\/)\s*$/u;
const LIST_CUE_BEFORE = /(?:organisaties|partners|instellingen|instanties|aanbieders|corporaties)\s*:\s*$/iu;
const PARTNER_CUE_BEFORE =
  /(?:^|[^\p{L}])(?:samen\s+met|in\s+samenwerking\s+met|partners?\s+(?:als|zoals))\s+(?:de\s+|het\s+)?$/iu;
const PROGRAMME_CUE_AFTER = /^[ -](?:\p{Ll}*(?:traject|project|programma|initiatief|pilot))(?![\p{L}])/u;
const ORG_NOUN_PARENTHESES =
  /(?:dienst|organisatie|instelling|corporatie|stichting|vereniging|school|aanbieder|partner|bedrijf)\s*\(\s*$/iu;
const ACRONYM = /^\p{Lu}{2,6}(?:-\p{Lu}{1,4})?$/u;
const SENTENCE_OPENING = /^[\s\p{P}•*–-]*$/u;

/**
 * New-node candidates in one sentence: runs of capitalised words (with Dutch particles and the
 * small words of names) that a cue makes a municipality, region, organisation, programme or
 * person; a short capitalised name in quotation marks (a programme); the other items of a list
 * that holds an organisation. Words inside `named` spans (names already known) are never part of
 * a run. Without a cue a capitalised run is nothing: sentence openers, months and headings do not
 * become people.
 */
export function candidatesIn(text: string, sentence: Span, named: readonly NamedSpan[]): Candidate[] {
  const body = text.slice(sentence.start, sentence.end);
  const quoted = quotedNamesIn(text, sentence, named);
  const blocked: Span[] = [...named, ...quoted];
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m; m = TOKEN.exec(body)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (blocked.some((b) => b.start < end && start < b.end)) {
      tokens.push({ text: '', folded: '', start, end, capital: false });
      continue;
    }
    tokens.push({ text: m[0], folded: foldName(m[0]), start, end, capital: /^\p{Lu}/u.test(m[0]) });
  }
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length > 0 && !run[run.length - 1].capital) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = run[run.length - 1];
    // Words of one name stand apart by spaces only (a tab or a line break separates columns and lines).
    if (prev && !/^[ \u00a0]+$/u.test(text.slice(prev.end, t.start))) close();
    if (t.capital) run.push(t);
    else if (run.length > 0 && t.text !== '' && LINKS.has(t.folded)) run.push(t);
    else close();
  }
  close();

  const found: Candidate[] = [...quoted];
  const items: Item[] = [
    ...named.map((n) => ({
      start: n.start,
      end: n.end,
      run: null,
      kind: n.kinds.length === 1 ? n.kinds[0] : null,
      candidate: null,
    })),
    ...quoted.map((c) => ({ start: c.start, end: c.end, run: null, kind: c.kind, candidate: c })),
  ];
  for (let tokensOfRun of runs) {
    let article: Token | null = null;
    // A sentence's first word before `het`/`de` is not part of a name (`Bijvoorbeeld het GeheugenHuis`).
    if (
      tokensOfRun.length > 2 &&
      SENTENCE_OPENING.test(text.slice(sentence.start, tokensOfRun[0].start)) &&
      tokensOfRun[1].folded === 'het'
    )
      tokensOfRun = trimLinks(tokensOfRun.slice(1));
    const opensAt = (t: Token) => OPENING_BEFORE.test(text.slice(sentence.start, t.start));
    while (
      tokensOfRun.length > 0 &&
      (NEVER_NAME.has(tokensOfRun[0].folded) ||
        (OPENERS.has(tokensOfRun[0].folded) && opensAt(tokensOfRun[0])))
    ) {
      const [first, ...rest] = tokensOfRun;
      // `Gemeente X`, `Regio X`: the cue itself is capitalised.
      if (first.folded === 'gemeente' || first.folded === 'regio') {
        const kind = first.folded === 'gemeente' ? NodeLabel.Municipality : NodeLabel.Region;
        const c = candidate(kind, trimLinks(rest), text, `new.${kind.toLowerCase()}.cue`, 0.7);
        if (c && !NOT_NAME.has(foldName(c.name))) {
          found.push(c);
          items.push({ start: c.start, end: c.end, run: null, kind: c.kind, candidate: c });
        }
        tokensOfRun = [];
        break;
      }
      if ((first.folded === 'het' || first.folded === 'de') && rest[0]?.capital) article = first;
      tokensOfRun = trimLinks(rest);
    }
    if (tokensOfRun.length === 0) continue;
    const runStart = tokensOfRun[0].start;
    const runEnd = tokensOfRun[tokensOfRun.length - 1].end;
    const before = text.slice(sentence.start, runStart);
    const after = text.slice(runEnd, sentence.end);
    const words = tokensOfRun.filter((t) => t.capital);
    const opening = SENTENCE_OPENING.test(before);
    let c = classify(tokensOfRun, words, before, after, text, opening);
    // A programme keeps its article (`Het Startpunt`) and a second word joined by `en` (`Leren en Ontwikkelen`).
    if (c && c.kind === NodeLabel.Programme) {
      const joined = /^\s+en\s+\p{Lu}[\p{L}-]*/u.exec(after);
      const start = article && article.end === runStart - 1 ? article.start : c.start;
      const end = joined ? runEnd + joined[0].length : c.end;
      const name = text.slice(start, end).replace(/\s+/gu, ' ');
      const proposedId = proposedIdOf(c.kind, name);
      if (proposedId) c = { ...c, name, proposedId, start, end };
    }
    // An organisation named after its place (`Stichting Sociale Wijkteams Almelo`): the known place is part of the name.
    if (c && c.kind === NodeLabel.Organisation && c.rule === 'new.organisation.name-word') {
      const place = named.find(
        (n) =>
          n.start === c!.end + 1 &&
          text[c!.end] === ' ' &&
          n.kinds.length === 1 &&
          (n.kinds[0] === NodeLabel.Municipality || n.kinds[0] === NodeLabel.Region),
      );
      const name = place ? text.slice(c.start, place.end).replace(/\s+/gu, ' ') : null;
      const proposedId = name ? proposedIdOf(c.kind, name) : null;
      if (place && name && proposedId) c = { ...c, name, proposedId, end: place.end };
    }
    if (c) found.push(c);
    items.push({ start: runStart, end: runEnd, run: tokensOfRun, kind: c?.kind ?? null, candidate: c });
  }

  // Lists: the unnamed items of a list that holds an organisation are organisations too.
  items.sort((a, b) => a.start - b.start);
  const linked = (a: Item, b: Item) => LIST_GAP.test(text.slice(a.end, b.start));
  for (let changed = true; changed;) {
    changed = false;
    items.forEach((item, i) => {
      // A programme only by a word of its name (`Inloophuis X`) gives way to the list it stands in.
      const weak = item.candidate?.rule === 'new.programme.name-word';
      if ((item.kind !== null && !weak) || !item.run) return;
      const prev = items[i - 1];
      const next = items[i + 1];
      const listed =
        (prev && prev.kind === NodeLabel.Organisation && linked(prev, item)) ||
        (next && next.kind === NodeLabel.Organisation && linked(item, next)) ||
        LIST_CUE_BEFORE.test(text.slice(prev?.end ?? sentence.start, item.start)) ||
        (i === 0 || !linked(prev, item)
          ? PARTNER_CUE_BEFORE.test(text.slice(sentence.start, item.start))
          : false);
      if (!listed) return;
      const c = candidate(NodeLabel.Organisation, item.run, text, 'new.organisation.list', 0.45);
      if (!c) return;
      if (weak) found.splice(found.indexOf(item.candidate!), 1);
      item.kind = c.kind;
      item.candidate = c;
      found.push(c);
      changed = true;
    });
  }
  return found;
}

/** Short capitalised names in quotation marks (`“Samen Wageningen”`): programmes, initiatives, places. */
function quotedNamesIn(text: string, sentence: Span, named: readonly Span[]): Candidate[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Candidate[] = [];
  const QUOTED = /(?<![\p{L}\p{N}])([‘“"'„])(\p{Lu}[^‘’“”"'„.!?:;,()]{1,60}?)([’”"'])(?![\p{L}\p{N}])/gu;
  for (const m of body.matchAll(QUOTED)) {
    const content = m[2];
    const words = content.trim().split(/\s+/u);
    if (
      words.length > 3 ||
      content !== content.trim() ||
      AWARD_PHRASE.test(content.replace(/[^\p{L}\s]/gu, ''))
    )
      continue;
    if (NOT_NAME.has(foldName(words[0])) && words.length === 1) continue;
    const start = sentence.start + m.index + 1;
    const end = start + content.length;
    // A known name may stand inside (`“Samen Wageningen”`), not be the whole of it.
    if (
      named.some((n) => n.start <= start && end <= n.end) ||
      named.some((n) => n.start < start && start < n.end)
    )
      continue;
    const proposedId = proposedIdOf(NodeLabel.Programme, content);
    if (proposedId)
      found.push({
        name: content,
        kind: NodeLabel.Programme,
        proposedId,
        start,
        end,
        rule: 'new.programme.quoted-name',
        confidence: 0.5,
      });
  }
  return found;
}

function trimLinks(tokens: Token[]): Token[] {
  let i = 0;
  while (i < tokens.length && !tokens[i].capital) i++;
  return tokens.slice(i);
}

function classify(
  tokens: Token[],
  words: Token[],
  before: string,
  after: string,
  text: string,
  opening: boolean,
): Candidate | null {
  const { Municipality, Region, Organisation, Programme, Person } = NodeLabel;
  if (MUNICIPALITY_BEFORE.test(before) && words.length <= 3)
    return candidate(Municipality, tokens, text, 'new.municipality.gemeente-x', 0.75);
  if (REGION_BEFORE.test(before) && words.length <= 3)
    return candidate(Region, tokens, text, 'new.region.regio-x', 0.7);
  // A lone capitalised word opening a sentence is that word, unless a cue says otherwise (`Woningstichting, politie…`).
  const lone = tokens.length === 1 && opening;
  if (words.some((w) => ORG_WORDS.has(w.folded)) && !lone)
    return candidate(Organisation, tokens, text, 'new.organisation.name-word', 0.7);
  if (ORG_CUE_BEFORE.test(before)) return candidate(Organisation, tokens, text, 'new.organisation.cue', 0.7);
  // `de sociale dienst (Laborijn)`: a name in parentheses after a word for a body.
  if (ORG_NOUN_PARENTHESES.test(before) && /^\s*\)/u.test(after))
    return candidate(Organisation, tokens, text, 'new.organisation.in-parentheses', 0.6);
  const personLike =
    words.length >= 2 &&
    // A first name first: `De Bewoners` is no one.
    !PERSON_PARTICLES.has(tokens[0].folded) &&
    tokens.every((t) => t.capital || PERSON_PARTICLES.has(t.folded)) &&
    words.every(
      (w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !/\p{Lu}/u.test(w.text.slice(1).replace(/-\p{Lu}/gu, '')),
    );
  if (ROLE_BEFORE.test(before) && !personLike)
    return candidate(Organisation, tokens, text, 'new.organisation.role-body', 0.6);
  // `het In Voor Zorg verandertraject`, `het Buurtbuddy project`: the cue word follows the name.
  if (PROGRAMME_CUE_AFTER.test(after) && !lone)
    return candidate(Programme, tokens, text, 'new.programme.cue-after', 0.55);
  const programmeCue = PROGRAMME_CUE_BEFORE.exec(before);
  if (programmeCue) {
    const c = candidate(Programme, tokens, text, 'new.programme.cue', 0.6);
    // `vrijwilligerscafé de Verbinding`: with an article between, the cue word is part of the name.
    if (c && programmeCue.groups?.article) {
      const start = c.start - (before.length - programmeCue.index);
      const name = text.slice(start, c.end).replace(/\s+/gu, ' ');
      const proposedId = proposedIdOf(Programme, name);
      return proposedId ? { ...c, name, proposedId, start } : c;
    }
    return c;
  }
  if (
    !lone &&
    words.some((w) => PROGRAMME_SUFFIXES.some((s) => w.folded.endsWith(s) && w.folded.length > s.length + 2))
  )
    return candidate(Programme, tokens, text, 'new.programme.name-word', 0.5);
  if (tokens.length === 1 && ACRONYM.test(tokens[0].text) && !NOT_NAME.has(tokens[0].folded))
    return candidate(Organisation, tokens, text, 'new.organisation.acronym', 0.4);
  if (personLike) {
    if (SPEECH_BEFORE.test(before)) return candidate(Person, tokens, text, 'new.person.speech-verb', 0.75);
    if (TITLE_BEFORE.test(before)) return candidate(Person, tokens, text, 'new.person.title-before', 0.75);
    if (PERSON_AFTER.test(after)) return candidate(Person, tokens, text, 'new.person.title-after', 0.75);
  } else if (
    words.length === 1 &&
    tokens.length === 1 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0].text) &&
    !NOT_NAME.has(words[0].folded) &&
    /(?:^|[^\p{L}])(?:wethouder|burgemeester|mevrouw|meneer|de heer|mevr\.|dhr\.)\s*$/iu.test(before)
  ) {
    return candidate(Person, tokens, text, 'new.person.title-before', 0.6);
  }
  return null;
}
