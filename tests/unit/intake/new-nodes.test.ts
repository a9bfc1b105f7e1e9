import { ID_PATTERN, NodeLabel } from '../../../src/model';
import { expectWellFormed, newNodes, propose } from './fixture';

const proposed = (text: string) =>
  newNodes(propose(text))
    .filter((f) => f.to.kind !== NodeLabel.Quote)
    .map((f) => ({ kind: f.to.kind, name: f.to.name, id: f.to.proposedId }));

describe('intake: new nodes', () => {
  it('proposes a person named with a speech verb, a title before or after, or a phone number', () => {
    expect(proposed('Het is een mooie dag, aldus Jan van der Berg.')).toEqual([
      { kind: NodeLabel.Person, name: 'Jan van der Berg', id: 'person:jan-van-der-berg' },
    ]);
    expect(proposed('Het plan komt van Fatima El Amrani, projectleider bij de wijkraad.')).toEqual([
      { kind: NodeLabel.Person, name: 'Fatima El Amrani', id: 'person:fatima-el-amrani' },
    ]);
    expect(proposed('Vorige week sprak wethouder Kees Jansen de raad toe.')).toEqual([
      { kind: NodeLabel.Person, name: 'Kees Jansen', id: 'person:kees-jansen' },
    ]);
    expect(proposed('Daarna vertelt Elke Smit over haar werk.')).toEqual([
      { kind: NodeLabel.Person, name: 'Elke Smit', id: 'person:elke-smit' },
    ]);
    expect(proposed('Contact:\nTineke ter Horst\t038 123 4567')).toEqual([
      { kind: NodeLabel.Person, name: 'Tineke ter Horst', id: 'person:tineke-ter-horst' },
    ]);
    // One name with a title: `wethouder X`.
    expect(proposed('Ook burgemeester Visser was erbij.')).toEqual([
      { kind: NodeLabel.Person, name: 'Visser', id: 'person:visser' },
    ]);
  });

  it('proposes an organisation by a word of its name, a cue before it, a role or a list', () => {
    expect(proposed('De avond werd georganiseerd door Stichting Zonnebloem Noord.')).toEqual([
      {
        kind: NodeLabel.Organisation,
        name: 'Stichting Zonnebloem Noord',
        id: 'org:stichting-zonnebloem-noord',
      },
    ]);
    expect(proposed('Ook sociaalwerkorganisatie Veerkracht doet mee.')).toEqual([
      { kind: NodeLabel.Organisation, name: 'Veerkracht', id: 'org:veerkracht' },
    ]);
    expect(proposed('Hij werkt nu bij Welzijn Rivierenland.')).toEqual([
      { kind: NodeLabel.Organisation, name: 'Welzijn Rivierenland', id: 'org:welzijn-rivierenland' },
    ]);
    // A known place at the end of the name is part of it.
    expect(proposed('Hij werkt bij Stichting Jongerenwerk Zwolle.')).toEqual([
      {
        kind: NodeLabel.Organisation,
        name: 'Stichting Jongerenwerk Zwolle',
        id: 'org:stichting-jongerenwerk-zwolle',
      },
    ]);
    expect(proposed('Zij sprak namens Coöperatie Zorg Dichtbij.')).toEqual([
      { kind: NodeLabel.Organisation, name: 'Coöperatie Zorg Dichtbij', id: 'org:cooperatie-zorg-dichtbij' },
    ]);
    expect(proposed('Het gesprek met de directeur van Lumen leverde veel op.')).toEqual([
      { kind: NodeLabel.Organisation, name: 'Lumen', id: 'org:lumen' },
    ]);
    expect(proposed('De partners zijn drie zorgorganisaties: Thuiszorg Plus, Vitalis en Humanitas.')).toEqual(
      [
        { kind: NodeLabel.Organisation, name: 'Thuiszorg Plus', id: 'org:thuiszorg-plus' },
        { kind: NodeLabel.Organisation, name: 'Vitalis', id: 'org:vitalis' },
        { kind: NodeLabel.Organisation, name: 'Humanitas', id: 'org:humanitas' },
      ],
    );
  });

  it('proposes a Dutch municipality the graph does not hold, from the list and after `gemeente`', () => {
    expect(proposed('Het idee is overgenomen uit Tilburg en uit Súdwest-Fryslân.')).toEqual([
      { kind: NodeLabel.Municipality, name: 'Tilburg', id: 'municipality:tilburg' },
    ]);
    expect(proposed("Ook 's-Hertogenbosch doet mee.")).toEqual([
      { kind: NodeLabel.Municipality, name: "'s-Hertogenbosch", id: 'municipality:s-hertogenbosch' },
    ]);
    expect(proposed('De gemeente Nergenshuizen sluit zich aan.')).toEqual([
      { kind: NodeLabel.Municipality, name: 'Nergenshuizen', id: 'municipality:nergenshuizen' },
    ]);
  });

  it('proposes a programme after a cue, by a word of its name, or as a short name in quotation marks', () => {
    expect(proposed('Zo startte het project Samen Sterk in de wijk.')).toEqual([
      { kind: NodeLabel.Programme, name: 'Samen Sterk', id: 'programme:samen-sterk' },
    ]);
    expect(proposed('Het plan staat in de nieuwe Wijkagenda Noord.')).toEqual([
      { kind: NodeLabel.Programme, name: 'Wijkagenda Noord', id: 'programme:wijkagenda-noord' },
    ]);
    expect(proposed('Zij deden mee aan het Wijk Vooruit verandertraject.')).toEqual([
      { kind: NodeLabel.Programme, name: 'Wijk Vooruit', id: 'programme:wijk-vooruit' },
    ]);
    expect(proposed('Bewoners bedachten “Koken met Buren” voor eenzame ouderen.')).toEqual([
      { kind: NodeLabel.Programme, name: 'Koken met Buren', id: 'programme:koken-met-buren' },
    ]);
  });

  it('refuses sentence openers, months, weekdays, headings and the domain’s words', () => {
    const text = [
      'Maandag 3 maart start het nieuwe seizoen.',
      'In Januari Kwam De Gouden Gemeente In Beeld.',
      'Nederland telt veel gemeenten.',
      'Sociaal Werk Nederland Nieuws',
      'Goed Nieuws Voor Iedereen',
      'Ook Jan ging mee naar Het Park.',
      'Volgens De Bewoners is het druk.',
      '‘Alles draait om vertrouwen,’ schreef de krant.',
    ].join('\n\n');
    expect(proposed(text)).toEqual([]);
  });

  it('does not propose what the graph already holds, and proposes a candidate once', () => {
    expect(proposed('De gemeente Zwolle en sociaalwerkorganisatie Samenkracht.')).toEqual([]);
    const text = 'Sociaalwerkorganisatie Veerkracht groeit. Ook sociaalwerkorganisatie Veerkracht bouwt.';
    expect(proposed(text)).toHaveLength(1);
    expectWellFormed(text, propose(text));
  });

  it('gives every candidate a well-formed id of its kind', () => {
    const text =
      'aldus Jan van der Berg. Stichting Zonnebloem Noord, gemeente Nergenshuizen, Tilburg en het project Samen Sterk.';
    const facts = newNodes(propose(text));
    expect(facts.length).toBeGreaterThanOrEqual(5);
    for (const f of facts) {
      expect(f.to.proposedId).toMatch(ID_PATTERN);
      expect(f.from).toMatchObject({ kind: NodeLabel.Document });
      expect(f.relationshipType).toBeNull();
    }
  });
});
