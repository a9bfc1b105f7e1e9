import type { Database } from '../../src/db/database';

/** The press contacts of document 000's editors' note ("niet voor publicatie"): restricted. */
export const RESTRICTED_PEOPLE = [
  'person:bart-van-grinsven',
  'person:nanneke-saes',
  'person:marianne-schreuders',
  'person:odin-wijnhoven',
  'person:maike-vesters',
  'person:peggy-berben',
  'person:mireille-begheijn',
];

/** Words that occur only in the editors' note, or in facts drawn from it. */
export const RESTRICTED_WORDS = [
  'Grinsven',
  'Nanneke',
  'Schreuders',
  'Wijnhoven',
  'Vesters',
  'Berben',
  'Begheijn',
  '0475 859 000',
  '0495 677 111',
  '0495 575 301',
  '0475 478 478',
  '0475 852 500',
  '0475 538 888',
  '0475 359 999',
  'niet voor publicatie',
  'communicatieadviseur',
];

/** Fails when anything restricted appears anywhere in a response (ids, names, texts, evidence). */
export function expectNothingRestricted(body: unknown): void {
  const json = JSON.stringify(body).toLowerCase();
  for (const needle of [...RESTRICTED_PEOPLE, ...RESTRICTED_WORDS]) {
    expect({ needle, found: json.includes(needle.toLowerCase()) }).toEqual({ needle, found: false });
  }
}

/** How many nodes the database holds (to show a request changed nothing). */
export async function countNodes(database: Database): Promise<number> {
  const [row] = await database.read('seed/count-nodes');
  return row.nodes as number;
}

/** A selection of everything a node shows, restricted or not, so a leak cannot hide in a field. */
export const NODE_FIELDS = `
  id name kind aliases restricted
  evidence { excerpt inferred reason document { id name } }
  ... on Person { phone }
  ... on Quote { text }
  ... on Document { title text restrictedText }
`;

/** Everything an edge shows. */
export const EDGE_FIELDS = `
  key type from to year title context restricted
  source { id } target { id }
  evidence { excerpt inferred reason document { id name } }
`;

export interface EdgeShape {
  key: string;
  type: string;
  from: string;
  to: string;
  source: { id: string };
  target: { id: string };
  evidence: { excerpt: string; document: { id: string; name: string } }[];
}

export interface NodeShape {
  id: string;
  name: string;
  kind: string;
}
