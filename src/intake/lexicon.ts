import { type Folded, foldName, isAlnum } from './text';

/** A name of one or more entries, as the text may write it. */
interface Variant {
  folded: string;
  /** Where the first word starts in `folded` (after a leading `'s` or the like). */
  wordOffset: number;
  owners: Map<string, { alias: boolean }>;
  /** Every spelling starts with a capital: the text must too (a proper noun, not the common word). */
  capitalised: boolean;
  /** Some spelling starts in lower case: a common noun (a theme), which may head a compound or be inflected. */
  common: boolean;
  /** An acronym (`MEE`, `GGD`): the text must write it in capitals. */
  acronym: boolean;
}

/** One match of a name in the text, in folded and in original offsets. */
export interface LexiconMatch {
  /** Entry keys whose name (or alias) this is. */
  owners: string[];
  /** Whether it matched as an alias for every owner. */
  alias: boolean;
  /** A common noun matched inside a longer word (`participatiemogelijkheden`, `ontmoetingen`). */
  inflected: boolean;
  /** Folded offsets. */
  foldedStart: number;
  foldedEnd: number;
  /** Original offsets of the name (with a possessive `'s`/`s`, when written). */
  start: number;
  end: number;
}

const FIRST_WORD = /[\p{L}\p{N}]+/u;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Names to find in a folded text: word-bounded, longest first, a Dutch possessive (`Kwadraad's`,
 * `Delfts` for a name of four letters or more) accepted after the name, but not a longer word
 * (`Delftse` is not `Delft`).
 */
export class Lexicon {
  /** Variants by their first word, then by their second (`''` for a name of one word). */
  private readonly byFirstWord = new Map<string, Map<string, Variant[]>>();
  private readonly byFolded = new Map<string, Variant>();
  /** Common nouns of one word, by their first six letters: they may head a longer word. */
  private readonly heads = new Map<string, Variant[]>();

  /** `common`: the name is a description, not a proper noun (a theme, a criterion): any case will do. */
  add(key: string, name: string, alias: boolean, common = false): void {
    const trimmed = name.trim();
    const folded = foldName(trimmed);
    const first = FIRST_WORD.exec(folded);
    if (!first) return;
    let variant = this.byFolded.get(folded);
    if (!variant) {
      variant = {
        folded,
        wordOffset: first.index,
        owners: new Map(),
        capitalised: true,
        common: false,
        acronym: false,
      };
      this.byFolded.set(folded, variant);
      const second =
        /^[^\p{L}\p{N}]+([\p{L}\p{N}]+)/u.exec(folded.slice(first.index + first[0].length))?.[1] ?? '';
      const bySecond = this.byFirstWord.get(first[0]) ?? new Map<string, Variant[]>();
      bySecond.set(second, [...(bySecond.get(second) ?? []), variant]);
      this.byFirstWord.set(first[0], bySecond);
    }
    const letters = trimmed.replace(/[^\p{L}]/gu, '');
    const firstLetter = /\p{L}/u.exec(trimmed)?.[0] ?? '';
    if (common || firstLetter === '' || firstLetter === firstLetter.toLowerCase()) {
      variant.capitalised = false;
      variant.common = true;
    }
    if (
      letters.length >= 2 &&
      letters.length <= 6 &&
      letters === letters.toUpperCase() &&
      /\p{Lu}/u.test(letters)
    )
      variant.acronym = true;
    if (variant.common && variant.folded.length >= 6 && /^[\p{L}\p{N}]+$/u.test(variant.folded)) {
      const head = variant.folded.slice(0, 6);
      const list = this.heads.get(head) ?? [];
      if (!list.includes(variant)) list.push(variant);
      this.heads.set(head, list);
    }
    const had = variant.owners.get(key);
    variant.owners.set(key, { alias: had ? had.alias && alias : alias });
  }

  /** The names of the lexicon in the text, in text order, longest first where they start together. */
  find(raw: string, folded: Folded): LexiconMatch[] {
    const f = folded.text;
    const found: LexiconMatch[] = [];
    WORD.lastIndex = 0;
    for (let w = WORD.exec(f); w; w = WORD.exec(f)) {
      if (isAlnum(f[w.index - 1])) continue;
      const next = /^[^\p{L}\p{N}]+([\p{L}\p{N}]+)/u.exec(
        f.slice(w.index + w[0].length, w.index + w[0].length + 80),
      )?.[1];
      const bySecond = this.byFirstWord.get(w[0]);
      const exact = [
        ...(bySecond?.get('') ?? []),
        ...(next !== undefined ? (bySecond?.get(next) ?? []) : []),
        // `Samenkrachts`: a possessive s on a one-word name.
        ...(w[0].endsWith('s') ? (this.byFirstWord.get(w[0].slice(0, -1))?.get('') ?? []) : []),
      ];
      const heads =
        w[0].length > 6 ? (this.heads.get(w[0].slice(0, 6)) ?? []).filter((v) => !exact.includes(v)) : [];
      for (const v of [...exact, ...heads]) {
        const s = w.index - v.wordOffset;
        if (s < 0 || isAlnum(f[s - 1]) || !f.startsWith(v.folded, s)) continue;
        let q = s + v.folded.length;
        let inflected = false;
        if (
          isAlnum(f[q]) &&
          isAlnum(f[q - 1]) &&
          v.common &&
          v.folded.length >= 6 &&
          !v.folded.includes(' ')
        ) {
          // A common noun heads a compound or is inflected: the rest of the word comes with it.
          while (isAlnum(f[q])) q++;
          inflected = true;
        } else if (isAlnum(f[q]) && isAlnum(f[q - 1])) {
          // Only a possessive may follow: `s` after a name of four letters or more not ending in s.
          if (!(f[q] === 's' && !isAlnum(f[q + 1]) && v.folded.length >= 4 && !v.folded.endsWith('s')))
            continue;
          q += 1;
        } else if (f[q] === "'" && f[q + 1] === 's' && !isAlnum(f[q + 2])) q += 2;
        const start = folded.start[s];
        const nameEnd = folded.end[s + v.folded.length - 1];
        const original = raw.slice(start, nameEnd);
        if (
          v.acronym &&
          original.replace(/[^\p{L}]/gu, '') !== v.folded.replace(/[^\p{L}]/gu, '').toUpperCase()
        )
          continue;
        if (v.capitalised && !v.acronym) {
          const firstLetter = /\p{L}/u.exec(original)?.[0] ?? '';
          if (firstLetter === firstLetter.toLowerCase()) continue;
        }
        found.push({
          owners: [...v.owners.keys()].sort(),
          alias: [...v.owners.values()].every((o) => o.alias),
          inflected,
          foldedStart: s,
          foldedEnd: q,
          start,
          end: folded.end[q - 1],
        });
      }
    }
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }
}

/** Of overlapping matches, the longest (the first where they tie): `Delft voor Elkaar`, not `Delft` in it. */
export function longest<T extends { start: number; end: number }>(matches: readonly T[]): T[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
