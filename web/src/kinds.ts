import type { NodeKind } from './generated/graphql';

/**
 * One colour per kind, from the Okabe–Ito palette (told apart with colour-blindness) and a few
 * darker tones; the legend repeats them with names and counts, so colour is never the only cue.
 */
export const KIND_COLOURS: Record<NodeKind, string> = {
  Award: '#E69F00',
  Region: '#D55E00',
  Municipality: '#0072B2',
  Organisation: '#009E73',
  Person: '#CC79A7',
  Programme: '#56B4E9',
  Quote: '#8a6d3b',
  Document: '#555555',
  Theme: '#b5a300',
  Criterion: '#7a5195',
};

export const ALL_KINDS = Object.keys(KIND_COLOURS) as NodeKind[];
