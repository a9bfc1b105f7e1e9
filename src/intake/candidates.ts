import { ID_PATTERN, ID_PREFIX, MAX_ID_LENGTH, NodeLabel } from '../model';
import {
  NOT_A_NAME,
  ORGANISATION_CUES,
  ORGANISATION_WORDS,
  PROGRAMME_CUES,
  PROGRAMME_SUFFIXES,
  SPEECH_VERBS,
  TITLE_STEMS,
} from './cues';
import { foldName, slugOf, type Span } from './text';

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
const NOT_NAME = new Set(NOT_A_NAME);
const ORG_WORDS = new Set(ORGANISATION_WORDS);
const TOKEN = /(?:['’]t\b)|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const TITLE_WORD = `[\\p{L}-]*(?:${TITLE_STEMS.join('|')})`;
const lastWordIs = (words: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}])(?:${words.join('|')})\\s*$`, 'iu');
const ORG_CUE_BEFORE = lastWordIs(ORGANISATION_CUES);
const PROGRAMME_CUE_BEFORE = lastWordIs(PROGRAMME_CUES.flatMap((w) => [w, `${w}en`, `${w}s`]));
const MUNICIPALITY_BEFORE = lastWordIs(['gemeente']);
const REGION_BEFORE = lastWordIs(['regio']);
const SPEECH_BEFORE = lastWordIs(SPEECH_VERBS.map((v) => v.replace(' ', '\\s+')));
const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])${TITLE_WORD}\\s*$`, 'iu');
const ROLE_BEFORE = new RegExp(
  `(?:${TITLE_WORD}(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,4}?\\s+(?:van|bij)\\s+(?:de\\s+|het\\s+)?(?:\\p{Ll}+\\s+)?|\\(\\s*${TITLE_WORD}(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,3}?\\s+)$`,
  'iu',
);
const PERSON_AFTER = new RegExp(
  `^(?:\\s*,\\s*(?:\\p{Ll}+\\s+)?${TITLE_WORD}|\\s*\\(\\s*${TITLE_WORD}|\\s*(?:\\([^()]*\\))?\\s*:\\s*[‘“"'„])`,
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

/**
 * New-node candidates in one sentence: runs of capitalised words (with Dutch particles and the
 * small words of names) that a cue makes a municipality, region, organisation, programme or
 * person. Words inside `blocked` spans (names already known) are never part of a run. Without a
 * cue a capitalised run is nothing: sentence openers, months and headings do not become people.
 */
export function candidatesIn(text: string, sentence: Span, blocked: readonly Span[]): Candidate[] {
  const body = text.slice(sentence.start, sentence.end);
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
    if (prev && !/^[ \t\u00a0]+$/u.test(text.slice(prev.end, t.start))) close();
    if (t.capital) run.push(t);
    else if (run.length > 0 && t.text !== '' && LINKS.has(t.folded)) run.push(t);
    else close();
  }
  close();

  const found: Candidate[] = [];
  for (let tokensOfRun of runs) {
    while (tokensOfRun.length > 0 && NOT_NAME.has(tokensOfRun[0].folded)) {
      const [first, ...rest] = tokensOfRun;
      // `Gemeente X`, `Regio X`: the cue itself is capitalised.
      if (first.folded === 'gemeente' || first.folded === 'regio') {
        const kind = first.folded === 'gemeente' ? NodeLabel.Municipality : NodeLabel.Region;
        const c = candidate(kind, trimLinks(rest), text, `new.${kind.toLowerCase()}.cue`, 0.7);
        if (c && !NOT_NAME.has(foldName(c.name))) found.push(c);
        tokensOfRun = [];
        break;
      }
      tokensOfRun = trimLinks(rest);
    }
    if (tokensOfRun.length === 0) continue;
    const runStart = tokensOfRun[0].start;
    const runEnd = tokensOfRun[tokensOfRun.length - 1].end;
    const before = text.slice(sentence.start, runStart);
    const after = text.slice(runEnd, sentence.end);
    const words = tokensOfRun.filter((t) => t.capital);
    const c = classify(tokensOfRun, words, before, after, text);
    if (c) found.push(c);
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
): Candidate | null {
  const { Municipality, Region, Organisation, Programme, Person } = NodeLabel;
  if (MUNICIPALITY_BEFORE.test(before) && words.length <= 3)
    return candidate(Municipality, tokens, text, 'new.municipality.gemeente-x', 0.75);
  if (REGION_BEFORE.test(before) && words.length <= 3)
    return candidate(Region, tokens, text, 'new.region.regio-x', 0.7);
  if (words.some((w) => ORG_WORDS.has(w.folded)))
    return candidate(Organisation, tokens, text, 'new.organisation.name-word', 0.7);
  if (ORG_CUE_BEFORE.test(before)) return candidate(Organisation, tokens, text, 'new.organisation.cue', 0.7);
  const personLike =
    words.length >= 2 &&
    tokens.every((t) => t.capital || PERSON_PARTICLES.has(t.folded)) &&
    words.every(
      (w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !/\p{Lu}/u.test(w.text.slice(1).replace(/-\p{Lu}/gu, '')),
    );
  if (ROLE_BEFORE.test(before) && !personLike)
    return candidate(Organisation, tokens, text, 'new.organisation.role-body', 0.6);
  if (PROGRAMME_CUE_BEFORE.test(before)) return candidate(Programme, tokens, text, 'new.programme.cue', 0.6);
  if (
    words.some((w) => PROGRAMME_SUFFIXES.some((s) => w.folded.endsWith(s) && w.folded.length > s.length + 2))
  )
    return candidate(Programme, tokens, text, 'new.programme.name-word', 0.5);
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
