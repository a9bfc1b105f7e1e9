import { NodeLabel, RelationshipType } from '../../../src/model';
import { type KnownNode, ProposalKind } from '../../../src/intake';
import { DOC, expectWellFormed, GRAPH, mentions, NODES, propose } from './fixture';

const named = (text: string) =>
  mentions(propose(text)).map((m) => ({ node: m.to.node, match: text.slice(m.matchStart, m.matchEnd) }));

describe('intake: mentions of known nodes', () => {
  it('finds a name with its offsets in the original text, the excerpt being the sentence', () => {
    const text =
      'Het nieuws kwam laat. Vorige week opende Zwolle een nieuwe ontmoetingsplek.  En verder niets.';
    const [m] = mentions(propose(text));
    expect(m).toMatchObject({
      kind: ProposalKind.MENTION,
      relationshipType: RelationshipType.MENTIONS,
      from: { node: DOC, kind: NodeLabel.Document },
      to: { node: 'municipality:zwolle', kind: NodeLabel.Municipality },
      candidates: [],
      rule: 'mention.name',
      excerpt: 'Vorige week opende Zwolle een nieuwe ontmoetingsplek.',
    });
    expect(text.slice(m.matchStart, m.matchEnd)).toBe('Zwolle');
    expectWellFormed(text, propose(text));
  });

  it('folds diacritics both ways, offsets indexing the original text', () => {
    expect(named('Het plan werd in Sudwest-Fryslan goed ontvangen.')).toEqual([
      { node: 'municipality:sudwest-fryslan', match: 'Sudwest-Fryslan' },
    ]);
    expect(named('Ook het Taalcafe en het Taalcafé draaien.')).toEqual([
      { node: 'programme:taalcafe', match: 'Taalcafe' },
    ]);
  });

  it('ignores case but for a proper name written in lower case', () => {
    expect(named('IN DEVENTER GAAT HET GOED.').map((m) => m.node)).toEqual(['municipality:deventer']);
    expect(named('Dat is een deventer koek.')).toEqual([]);
    // A common noun (a theme) is found in any case.
    expect(named('Participatie staat voorop.').map((m) => m.node)).toEqual(['theme:participatie']);
  });

  it('joins a word broken by a hyphen at a line end, and runs of white space inside a name', () => {
    const text = 'Het team van Zorg-\nkracht en van Buurtwerk   \u00a0Oost werkte mee aan de dag.';
    expect(named(text)).toEqual([
      { node: 'org:zorgkracht', match: 'Zorg-\nkracht' },
      { node: 'org:buurtwerk-oost', match: 'Buurtwerk   \u00a0Oost' },
    ]);
    expectWellFormed(text, propose(text));
  });

  it('accepts a possessive, but not a longer word (an adjective is no mention)', () => {
    expect(named("Samenkrachts aanpak en Buurtwerk Oost's vrijwilligers werken.")).toEqual([
      { node: 'org:samenkracht', match: 'Samenkrachts' },
      { node: 'org:buurtwerk-oost', match: "Buurtwerk Oost's" },
    ]);
    expect(named('De Delftse aanpak en de Deventerse koek.')).toEqual([]);
    expect(named('Delfts beleid.').map((m) => m.node)).toEqual(['municipality:delft']);
  });

  it('writes an acronym in capitals only', () => {
    expect(named('Zij werken bij MDN.').map((m) => m.node)).toEqual(['org:mee-doen']);
    expect(named('Zij denken mdn graag mee.')).toEqual([]);
  });

  it('finds a common noun heading a compound or inflected', () => {
    const [m] = mentions(propose('Er komen meer participatiebanen.'));
    expect(m).toMatchObject({ to: { node: 'theme:participatie' }, rule: 'mention.inflected' });
  });

  it('finds a theme or criterion in any case, by its stem, or paraphrased in one sentence', () => {
    const nodes: KnownNode[] = [
      ...NODES,
      { id: 'theme:ontmoeting', kind: NodeLabel.Theme, name: 'ontmoeting', aliases: [] },
      {
        id: 'theme:transformatie',
        kind: NodeLabel.Theme,
        name: 'transformatie van het sociaal domein',
        aliases: [],
      },
      {
        id: 'criterion:lerend',
        kind: NodeLabel.Criterion,
        name: 'Lerende en samenwerkende gemeenten',
        aliases: [],
      },
    ];
    const graph = { nodes, relationships: [] };
    const found = (text: string) =>
      mentions(propose(text, graph)).map((m) => [m.to.node, m.rule, text.slice(m.matchStart, m.matchEnd)]);
    expect(found('Het zijn lerende en samenwerkende gemeenten.')).toEqual([
      ['criterion:lerend', 'mention.name', 'lerende en samenwerkende gemeenten'],
    ]);
    expect(found('Buren willen elkaar vaker ontmoeten.')).toEqual([
      ['theme:ontmoeting', 'mention.stem', 'ontmoeten'],
    ]);
    expect(found('De transformatie binnen het sociale domein gaat door.')).toEqual([
      ['theme:transformatie', 'mention.paraphrase', 'transformatie binnen het sociale domein'],
    ]);
    // Too far apart, or out of order: no paraphrase.
    expect(found('Het sociale domein vraagt veel; een transformatie is nodig.')).toEqual([]);
  });

  it('proposes one mention per node and sentence: the first occurrence', () => {
    expect(named('Zwolle, Zwolle en nog eens Zwolle.')).toHaveLength(1);
    expect(named('Zwolle groeit. Zwolle bouwt.')).toHaveLength(2);
  });

  it('never guesses between nodes of one name: it lists the candidates', () => {
    const nodes: KnownNode[] = [
      ...NODES,
      { id: 'person:jan-de-vries', kind: NodeLabel.Person, name: 'Jan de Vries', aliases: [] },
      { id: 'person:jan-de-vries-2', kind: NodeLabel.Person, name: 'Jan de Vries', aliases: [] },
    ];
    const [m] = mentions(propose('Daarna sprak Jan de Vries de zaal toe.', { nodes, relationships: [] }));
    expect(m).toMatchObject({
      to: { node: null, name: 'Jan de Vries' },
      candidates: ['person:jan-de-vries', 'person:jan-de-vries-2'],
      rule: 'mention.ambiguous',
    });
  });

  it('lets `gemeente X` and `regio X` choose between a municipality and a region of one name', () => {
    const nodes: KnownNode[] = [
      ...NODES,
      { id: 'municipality:groningen', kind: NodeLabel.Municipality, name: 'Groningen', aliases: [] },
      { id: 'region:groningen', kind: NodeLabel.Region, name: 'Groningen', aliases: [] },
    ];
    const graph = { nodes, relationships: [] };
    const one = (text: string) => mentions(propose(text, graph))[0];
    expect(one('De gemeente Groningen investeert.')).toMatchObject({
      to: { node: 'municipality:groningen' },
      candidates: [],
    });
    expect(one('De regio Groningen investeert.')).toMatchObject({ to: { node: 'region:groningen' } });
    expect(one('Groningen investeert.')).toMatchObject({
      to: { node: null },
      candidates: ['municipality:groningen', 'region:groningen'],
    });
  });

  it('names no document or quote as a mention target, and finds nothing in an empty text', () => {
    const graph = {
      nodes: [
        ...GRAPH.nodes,
        { id: 'document:x', kind: NodeLabel.Document, name: 'Jaarverslag', aliases: [] },
      ],
      relationships: [],
    };
    expect(mentions(propose('Het Jaarverslag en: Samen staan we sterker.', graph))).toEqual([]);
    expect(propose('')).toEqual([]);
  });

  it('names the award of the year the sentence gives', () => {
    const [m] = mentions(propose('Zij werd in 2019 een Gouden Gemeente.')).filter(
      (x) => x.to.kind === NodeLabel.Award,
    );
    expect(m).toMatchObject({
      to: { node: 'award:gouden-sociale-gemeenten-2019' },
      rule: 'mention.award-year',
    });
  });
});
