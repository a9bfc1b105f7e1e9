import { SeedGraph } from '../api/seed-graph';

/** What the tests expect, read from the seeds rather than copied into the tests. */
export const seeds = new SeedGraph();

export const AWARD_2017 = 'award:gouden-sociale-gemeenten-2017';

/** The names and phone numbers only researchers may see (the press contacts of document 000). */
export function restrictedWords(): string[] {
  const people = [...seeds.nodes.values()].filter((node) => node.restricted);
  if (people.length === 0) throw new Error('The seeds hold no restricted node: the test would prove nothing');
  return people.flatMap((node) => [
    node.name,
    ...(typeof node.props.phone === 'string' ? [node.props.phone] : []),
  ]);
}

/** The seeds' relationship of a type between two nodes. */
export function relationship(type: string, from: string, to: string) {
  const found = seeds.relationships.find((r) => r.type === type && r.from === from && r.to === to);
  if (!found) throw new Error(`No ${type} from ${from} to ${to} in the seeds`);
  return found;
}

/** The overview's nodes by kind: the edition, its recipients, their nominators, the region's members and the awarding body. */
export function overviewKinds(): Record<string, number> {
  const visible = seeds.visibleRelationships();
  const recipients = visible.filter((r) => r.type === 'RECEIVED' && r.to === AWARD_2017).map((r) => r.from);
  const ids = new Set([AWARD_2017, ...recipients]);
  for (const r of visible) {
    if (r.type === 'AWARDED_BY' && r.from === AWARD_2017) ids.add(r.to);
    if (r.type === 'NOMINATED_BY' && recipients.includes(r.from)) ids.add(r.to);
    if (r.type === 'MEMBER_OF' && recipients.includes(r.to)) ids.add(r.from);
  }
  const counts: Record<string, number> = {};
  for (const id of ids) counts[seeds.node(id).kind] = (counts[seeds.node(id).kind] ?? 0) + 1;
  return counts;
}

/** Text as the browser's innerText gives it: runs of white space as one space. */
export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
