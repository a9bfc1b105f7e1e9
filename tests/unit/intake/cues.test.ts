import { endsAllowed, NodeLabel, RelationshipType } from '../../../src/model';
import { CUE_RULES } from '../../../src/intake';
import { ends, expectWellFormed, GRAPH, propose, relationship, relationships } from './fixture';

const { NOMINATED_BY, HOLDS_ROLE, PARTNERS_WITH, RECEIVED, AWARDED_BY, MEMBER_OF, RUNS, LOCATED_IN } =
  RelationshipType;

/** One sentence (or a few) per cue rule, written for this test: the relationship it must give. */
const CASES: {
  rule: string;
  text: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties?: Record<string, string | number>;
}[] = [
  {
    rule: 'nominated_by.voorgedragen-door',
    text: 'Zwolle is dit jaar voorgedragen door Samenkracht.',
    type: NOMINATED_BY,
    from: 'municipality:zwolle',
    to: 'org:samenkracht',
  },
  {
    rule: 'nominated_by.op-voordracht-van',
    text: 'Op voordracht van Buurtwerk Oost kreeg Kampen bezoek van de jury.',
    type: NOMINATED_BY,
    from: 'municipality:kampen',
    to: 'org:buurtwerk-oost',
  },
  {
    rule: 'nominated_by.draagt-voor',
    text: 'Samenkracht draagt Deventer voor als Gouden Gemeente.',
    type: NOMINATED_BY,
    from: 'municipality:deventer',
    to: 'org:samenkracht',
  },
  {
    rule: 'holds_role.title-van',
    text: 'Volgens Anna de Wit, coördinator van Samenkracht, groeit het aantal vrijwilligers.',
    type: HOLDS_ROLE,
    from: 'person:anna-de-wit',
    to: 'org:samenkracht',
    properties: { title: 'coördinator' },
  },
  {
    rule: 'holds_role.title-in-parentheses',
    text: 'Pieter Bakker (directeur Buurtwerk Oost) is tevreden over de opkomst.',
    type: HOLDS_ROLE,
    from: 'person:pieter-bakker',
    to: 'org:buurtwerk-oost',
    properties: { title: 'directeur' },
  },
  {
    rule: 'holds_role.title-van-in-parentheses',
    text: 'Dankzij Anna de Wit (consulente informele zorg bij Zorgkracht) kwamen er vrijwilligers bij.',
    type: HOLDS_ROLE,
    from: 'person:anna-de-wit',
    to: 'org:zorgkracht',
    properties: { title: 'consulente informele zorg' },
  },
  {
    rule: 'holds_role.is-title-van',
    text: 'Anna de Wit is de nieuwe voorzitter van Sterk Netwerk.',
    type: HOLDS_ROLE,
    from: 'person:anna-de-wit',
    to: 'org:sterk-netwerk',
    properties: { title: 'voorzitter' },
  },
  {
    rule: 'holds_role.wethouder-person',
    text: 'In Kampen opende wethouder Pieter Bakker de nieuwe ontmoetingsplek.',
    type: HOLDS_ROLE,
    from: 'person:pieter-bakker',
    to: 'municipality:kampen',
    properties: { title: 'wethouder' },
  },
  {
    rule: 'partners_with.samen-met',
    text: 'Samenkracht werkt samen met Buurtwerk Oost aan een betere toegang.',
    type: PARTNERS_WITH,
    from: 'org:buurtwerk-oost',
    to: 'org:samenkracht',
  },
  {
    rule: 'partners_with.werken-samen',
    text: 'Samenkracht en Zorgkracht werken al jaren samen.',
    type: PARTNERS_WITH,
    from: 'org:samenkracht',
    to: 'org:zorgkracht',
  },
  {
    rule: 'received.gouden-gemeente',
    text: 'Zwolle mag zich sinds 2019 Gouden Sociale Gemeente noemen.',
    type: RECEIVED,
    from: 'municipality:zwolle',
    to: 'award:gouden-sociale-gemeenten-2019',
    properties: { year: 2019 },
  },
  {
    rule: 'received.list-after-award',
    text: 'De jury koos opnieuw drie Gouden Gemeenten. Het zijn deze: Zwolle, Kampen en Deventer.',
    type: RECEIVED,
    from: 'municipality:kampen',
    to: 'award:gouden-sociale-gemeenten-2021',
    properties: { year: 2021 },
  },
  {
    rule: 'awarded_by.verleend-door',
    text: 'In 2021 reikte Sterk Netwerk de titel Gouden Sociale Gemeente voor het eerst uit.',
    type: AWARDED_BY,
    from: 'award:gouden-sociale-gemeenten-2021',
    to: 'org:sterk-netwerk',
  },
  {
    rule: 'member_of.gemeenten-in-regio',
    text: 'De regio IJsselland (gemeenten Zwolle, Kampen en Deventer) werkt aan één jeugdaanpak.',
    type: MEMBER_OF,
    from: 'municipality:deventer',
    to: 'region:ijsselland',
  },
  {
    rule: 'member_of.gemeenten-list-in-context',
    text: 'IJsselland telt elf gemeenten. Er is veel gebeurd. De gemeenten Zwolle en Kampen trekken op.',
    type: MEMBER_OF,
    from: 'municipality:zwolle',
    to: 'region:ijsselland',
  },
  {
    rule: 'member_of.in-de-regio',
    text: 'Deventer en Kampen in de regio IJsselland delen een loket.',
    type: MEMBER_OF,
    from: 'municipality:kampen',
    to: 'region:ijsselland',
  },
  {
    rule: 'member_of.lid-van',
    text: 'Samenkracht is al lid van Sterk Netwerk.',
    type: MEMBER_OF,
    from: 'org:samenkracht',
    to: 'org:sterk-netwerk',
  },
  {
    rule: 'runs.organiseert',
    text: 'Buurtwerk Oost organiseert elke week het Taalcafé.',
    type: RUNS,
    from: 'org:buurtwerk-oost',
    to: 'programme:taalcafe',
  },
  {
    rule: 'runs.uitgevoerd-door',
    text: 'De Buurtkamer wordt uitgevoerd door Samenkracht.',
    type: RUNS,
    from: 'org:samenkracht',
    to: 'programme:buurtkamer',
  },
  {
    rule: 'runs.programme-van',
    text: 'Het Taalcafé van Samenkracht trekt veel bezoekers.',
    type: RUNS,
    from: 'org:samenkracht',
    to: 'programme:taalcafe',
  },
  {
    rule: 'located_in.in-plaats',
    text: 'Het Taalcafé in Deventer is elke dinsdag open.',
    type: LOCATED_IN,
    from: 'programme:taalcafe',
    to: 'municipality:deventer',
  },
];

describe('intake: relationships from Dutch cues (src/intake/cues.ts)', () => {
  it('has a case here for every rule', () => {
    expect(CUE_RULES.map((r) => r.id).sort()).toEqual([...new Set(CASES.map((c) => c.rule))].sort());
  });

  it.each(CASES)('$rule: $text', ({ rule, text, type, from, to, properties }) => {
    const facts = propose(text);
    expectWellFormed(text, facts);
    const found = relationships(facts).find(
      (f) =>
        f.rule === rule &&
        f.relationshipType === type &&
        (ends(f).join(' ') === `${from} ${to}` || ends(f).join(' ') === `${to} ${from}`),
    );
    expect(found).toBeDefined();
    if (properties) expect(found!.properties).toEqual(properties);
    expect(found!.corroborates).toBeNull();
    expect(text.slice(found!.start, found!.end)).toBe(found!.excerpt);
  });

  it('proposes only ends the model allows', () => {
    const text = CASES.map((c) => c.text).join('\n\n');
    for (const f of relationships(propose(text))) {
      expect(endsAllowed(f.relationshipType!, f.from.kind, f.to.kind)).toBe(true);
    }
  });

  it('proposes nothing without a cue, and nothing from a cue without fitting names', () => {
    expect(relationships(propose('Zwolle en Samenkracht.'))).toEqual([]);
    expect(relationships(propose('De gemeente is voorgedragen door een sociaalwerkorganisatie.'))).toEqual(
      [],
    );
    // A person is no organisation: NOMINATED_BY needs an organisation after the cue.
    expect(relationships(propose('Zwolle is voorgedragen door Anna de Wit.'))).toEqual([]);
  });

  it('proposes a partnership once, whichever way the sentence puts it', () => {
    const text = 'Samenkracht werkt samen met Zorgkracht. Zorgkracht werkt samen met Samenkracht.';
    const pairs = relationships(propose(text)).map((f) => [...ends(f)].sort().join(' '));
    expect(new Set(pairs)).toEqual(new Set(['org:samenkracht org:zorgkracht']));
    expect(pairs).toHaveLength(2); // one per sentence
  });

  it('marks what the graph already holds: corroborates names the key, symmetric and discriminated', () => {
    const graph = {
      nodes: GRAPH.nodes,
      relationships: [
        relationship(NOMINATED_BY, 'municipality:zwolle', 'org:samenkracht'),
        relationship(PARTNERS_WITH, 'org:samenkracht', 'org:zorgkracht', { context: 'jeugd' }, 'jeugd'),
        relationship(
          HOLDS_ROLE,
          'person:anna-de-wit',
          'org:samenkracht',
          { title: 'Coördinator' },
          'Coördinator',
        ),
        relationship(
          RECEIVED,
          'municipality:zwolle',
          'award:gouden-sociale-gemeenten-2019',
          { year: 2019 },
          '2019',
        ),
      ],
    };
    const text = [
      'Zwolle is dit jaar voorgedragen door Samenkracht.',
      'Zorgkracht werkt samen met Samenkracht.',
      'Volgens Anna de Wit, coördinator van Samenkracht, groeit het aantal vrijwilligers.',
      'Zwolle mag zich sinds 2019 Gouden Sociale Gemeente noemen.',
      'Kampen is voorgedragen door Samenkracht.',
    ].join(' ');
    const byRule = (rule: string, from: string) =>
      relationships(propose(text, graph)).find((f) => f.rule === rule && ends(f)[0] === from)!;
    expect(byRule('nominated_by.voorgedragen-door', 'municipality:zwolle').corroborates).toBe(
      'municipality:zwolle|NOMINATED_BY|org:samenkracht',
    );
    expect(byRule('partners_with.samen-met', 'org:zorgkracht').corroborates).toBe(
      'org:samenkracht|PARTNERS_WITH|org:zorgkracht|jeugd',
    );
    expect(byRule('holds_role.title-van', 'person:anna-de-wit').corroborates).toBe(
      'person:anna-de-wit|HOLDS_ROLE|org:samenkracht|Coördinator',
    );
    expect(byRule('received.gouden-gemeente', 'municipality:zwolle').corroborates).toBe(
      'municipality:zwolle|RECEIVED|award:gouden-sociale-gemeenten-2019|2019',
    );
    expect(byRule('nominated_by.voorgedragen-door', 'municipality:kampen').corroborates).toBeNull();
  });

  it('fills a slot with a new-node candidate, by its proposed id', () => {
    const text = 'Zwolle is voorgedragen door sociaalwerkorganisatie Veerkracht.';
    const [f] = relationships(propose(text));
    expect(f).toMatchObject({
      relationshipType: NOMINATED_BY,
      from: { node: 'municipality:zwolle' },
      to: { node: null, name: 'Veerkracht', kind: NodeLabel.Organisation, proposedId: 'org:veerkracht' },
      corroborates: null,
    });
  });
});
