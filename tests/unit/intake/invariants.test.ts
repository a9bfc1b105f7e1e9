import fc from 'fast-check';
import { NodeLabel } from '../../../src/model';
import { type IntakeGraph, type KnownNode, ProposalKind, proposeFacts } from '../../../src/intake';
import { expectWellFormed, GRAPH, propose } from './fixture';

const FRAGMENTS = [
  'Zwolle',
  'Samenkracht',
  'Buurtwerk\nOost',
  'Zorg-\nkracht',
  'Anna de Wit',
  ', coördinator van ',
  ' is voorgedragen door ',
  ' werkt samen met ',
  '‘Dat is mooi,’ zegt Pieter Bakker.',
  'Gouden Gemeente 2019',
  ' (directeur Buurtwerk Oost) ',
  'aldus Jan van der Berg. ',
  'Stichting Zonnebloem',
  'Tilburg',
  'Súdwest-Fryslân',
  '. ',
  '\n\n',
  ' en ',
  '“',
  '’',
  'é',
  '  ',
];

describe('intake: what holds for every text', () => {
  it('gives excerpts that are the text between their offsets, and the same proposals twice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }),
        fc.string({ maxLength: 20 }),
        (parts, noise) => {
          const text = parts.join('') + noise;
          const facts = propose(text);
          expectWellFormed(text, facts);
          expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
          expect(propose(text)).toEqual(facts);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same ids on a second run, ids that change with the document', () => {
    const text = 'Zwolle is voorgedragen door Samenkracht. ‘Dat is mooi,’ zegt Pieter Bakker.';
    const first = propose(text).map((f) => f.id);
    expect(propose(text).map((f) => f.id)).toEqual(first);
    const other = proposeFacts('document:other', text, GRAPH).map((f) => f.id);
    expect(other).toHaveLength(first.length);
    expect(other.filter((id) => first.includes(id))).toEqual([]);
  });

  it('reads 100 kB against 2,000 known nodes and finds every name it holds', () => {
    const nodes: KnownNode[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `org:organisatie-${i}`,
      kind: NodeLabel.Organisation,
      name: `Organisatie ${i}`,
      aliases: [`Org${i}`],
    }));
    const graph: IntakeGraph = { nodes, relationships: [] };
    const sentences: string[] = [];
    for (let i = 0; sentences.join(' ').length < 100_000; i++) {
      sentences.push(
        `In week ${i} werkte Organisatie ${(i * 7) % 2000} samen met Organisatie ${(i * 13) % 2000}.`,
      );
    }
    const text = sentences.join(' ');
    const facts = proposeFacts('document:groot', text, graph);
    const mentioned = new Set(facts.filter((f) => f.kind === ProposalKind.MENTION).map((f) => f.to.node));
    const expected = new Set(
      sentences.flatMap((_, i) => [
        `org:organisatie-${(i * 7) % 2000}`,
        `org:organisatie-${(i * 13) % 2000}`,
      ]),
    );
    expect(mentioned).toEqual(expected);
    const partners = facts.filter((f) => f.rule === 'partners_with.samen-met');
    expect(partners.length).toBe(sentences.filter((_, i) => (i * 7) % 2000 !== (i * 13) % 2000).length);
  });
});
