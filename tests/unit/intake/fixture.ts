import { NodeLabel, relationshipKey, RelationshipType } from '../../../src/model';
import {
  type IntakeGraph,
  type KnownNode,
  type KnownRelationship,
  ProposalKind,
  type ProposedFact,
  proposeFacts,
} from '../../../src/intake';

/** A small graph of its own for the intake tests: names not in seeds/, sentences written here. */
export const DOC = 'document:test-intake';

const node = (id: string, kind: NodeLabel, name: string, aliases: string[] = []): KnownNode => ({
  id,
  kind,
  name,
  aliases,
});

export const NODES: KnownNode[] = [
  node('municipality:zwolle', NodeLabel.Municipality, 'Zwolle'),
  node('municipality:kampen', NodeLabel.Municipality, 'Kampen'),
  node('municipality:deventer', NodeLabel.Municipality, 'Deventer'),
  node('municipality:delft', NodeLabel.Municipality, 'Delft'),
  node('municipality:sudwest-fryslan', NodeLabel.Municipality, 'Súdwest-Fryslân'),
  node('region:ijsselland', NodeLabel.Region, 'IJsselland', ['regio IJsselland']),
  node('org:samenkracht', NodeLabel.Organisation, 'Samenkracht'),
  node('org:buurtwerk-oost', NodeLabel.Organisation, 'Buurtwerk Oost'),
  node('org:sterk-netwerk', NodeLabel.Organisation, 'Sterk Netwerk'),
  node('org:zorgkracht', NodeLabel.Organisation, 'Zorgkracht'),
  node('org:mee-doen', NodeLabel.Organisation, 'MDN'),
  node('person:anna-de-wit', NodeLabel.Person, 'Anna de Wit'),
  node('person:pieter-bakker', NodeLabel.Person, 'Pieter Bakker'),
  node('programme:buurtkamer', NodeLabel.Programme, 'Buurtkamer'),
  node('programme:taalcafe', NodeLabel.Programme, 'Taalcafé'),
  node('theme:participatie', NodeLabel.Theme, 'participatie'),
  node('award:gouden-sociale-gemeenten-2019', NodeLabel.Award, 'Gouden Sociale Gemeenten 2019'),
  node('award:gouden-sociale-gemeenten-2021', NodeLabel.Award, 'Gouden Sociale Gemeenten 2021'),
  node('quote:anna-de-wit-samen-sterker', NodeLabel.Quote, 'Samen staan we sterker…', [
    'Samen staan we in deze wijk sterker dan ooit tevoren',
  ]),
];

export const GRAPH: IntakeGraph = { nodes: NODES, relationships: [] };

export function relationship(
  type: RelationshipType,
  from: string,
  to: string,
  properties: Record<string, unknown> = {},
  discriminator?: string,
): KnownRelationship {
  return { key: relationshipKey(type, from, to, discriminator), type, from, to, properties };
}

export function propose(text: string, graph: IntakeGraph = GRAPH): ProposedFact[] {
  return proposeFacts(DOC, text, graph);
}

export const mentions = (facts: ProposedFact[]) => facts.filter((f) => f.kind === ProposalKind.MENTION);
export const newNodes = (facts: ProposedFact[]) => facts.filter((f) => f.kind === ProposalKind.NEW_NODE);
export const relationships = (facts: ProposedFact[]) =>
  facts.filter((f) => f.kind === ProposalKind.RELATIONSHIP);

/** The ends of a relationship proposal as ids (a candidate by its proposed id). */
export const ends = (f: ProposedFact) => [f.from.node ?? f.from.proposedId, f.to.node ?? f.to.proposedId];

/** Every proposal's excerpt is the text between its offsets, trimmed, and holds its match. */
export function expectWellFormed(text: string, facts: ProposedFact[]): void {
  for (const f of facts) {
    expect(f.excerpt).toBe(text.slice(f.start, f.end));
    expect(f.excerpt).toBe(f.excerpt.trim());
    expect(f.start).toBeLessThanOrEqual(f.matchStart);
    expect(f.matchStart).toBeLessThanOrEqual(f.matchEnd);
    expect(f.matchEnd).toBeLessThanOrEqual(f.end);
    expect(f.id).toMatch(/^[0-9a-f]{16}$/);
    expect(f.confidence).toBeGreaterThan(0);
    expect(f.confidence).toBeLessThanOrEqual(1);
  }
}
