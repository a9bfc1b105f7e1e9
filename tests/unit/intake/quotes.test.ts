import { NodeLabel, RelationshipType } from '../../../src/model';
import { ProposalKind } from '../../../src/intake';
import { DOC, expectWellFormed, newNodes, propose, relationships } from './fixture';

describe('intake: quotes', () => {
  it('proposes a new Quote, SAID by the person after the quote, QUOTED_IN the document', () => {
    const text = 'Het buurthuis is weer open. ‘We zien steeds meer jongeren binnenlopen,’ zegt Anna de Wit.';
    const facts = propose(text);
    expectWellFormed(text, facts);
    const quote = newNodes(facts).find((f) => f.to.kind === NodeLabel.Quote)!;
    expect(quote).toMatchObject({
      kind: ProposalKind.NEW_NODE,
      from: { node: DOC },
      to: { node: null, kind: NodeLabel.Quote },
      properties: { text: 'We zien steeds meer jongeren binnenlopen,' },
      rule: 'new.quote.attributed',
    });
    expect(quote.to.proposedId).toMatch(/^quote:anna-de-wit-[0-9a-f]{8}$/);
    const said = relationships(facts).find((f) => f.relationshipType === RelationshipType.SAID)!;
    const quotedIn = relationships(facts).find((f) => f.relationshipType === RelationshipType.QUOTED_IN)!;
    // The relationships name the new quote by its proposed id.
    expect(said).toMatchObject({
      from: { node: 'person:anna-de-wit', kind: NodeLabel.Person },
      to: { node: null, proposedId: quote.to.proposedId },
      rule: 'said.speech-verb-after',
    });
    expect(quotedIn).toMatchObject({
      from: { node: null, proposedId: quote.to.proposedId },
      to: { node: DOC, kind: NodeLabel.Document },
    });
    expect(said.excerpt).toBe('‘We zien steeds meer jongeren binnenlopen,’ zegt Anna de Wit.');
  });

  it('takes the speaker before a colon, a new person too, and the next quote as theirs', () => {
    const text =
      'Gerrit Hoekstra (opbouwwerker): “De wijk doet het zelf, wij helpen alleen een beetje.” ' +
      'Daarna: “Het mooiste is dat buren elkaar weer kennen.”';
    const facts = propose(text);
    expectWellFormed(text, facts);
    const said = relationships(facts).filter((f) => f.relationshipType === RelationshipType.SAID);
    expect(said.map((f) => [f.from.proposedId, f.rule])).toEqual([
      ['person:gerrit-hoekstra', 'said.colon-before'],
      ['person:gerrit-hoekstra', 'said.continued'],
    ]);
  });

  it('takes the speaker the sentence before introduces, by a speech verb or a role in parentheses', () => {
    const said = (text: string) =>
      relationships(propose(text))
        .filter((f) => f.relationshipType === RelationshipType.SAID)
        .map((f) => [f.from.node ?? f.from.proposedId, f.rule]);
    expect(
      said('De opkomst was groot, vertelt Anna de Wit. ‘Er kwamen meer dan honderd buren op af.’'),
    ).toEqual([['person:anna-de-wit', 'said.introduced']]);
    expect(
      said(
        'Volgens Pieter Bakker (directeur Buurtwerk Oost) gaat het om vertrouwen: ‘Zonder vertrouwen geen wijkwerk.’',
      ),
    ).toEqual([['person:pieter-bakker', 'said.introduced']]);
    // Named, but not as the one speaking: no speaker.
    expect(
      said('De naam van wethouder Pieter Bakker valt vaak. ‘Hij maakte het mogelijk voor ons allemaal.’'),
    ).toEqual([]);
    // Two people introduced: no guess.
    expect(
      said(
        'Dat vinden Anna de Wit (Samenkracht) en Pieter Bakker (Buurtwerk Oost). ‘We gaan hier samen mee verder.’',
      ),
    ).toEqual([]);
  });

  it('recognises a known quote by its words, also reworded a little', () => {
    const text = 'Anna de Wit: ‘Samen staan we in onze wijk sterker dan ooit tevoren.’';
    const facts = propose(text);
    expect(newNodes(facts).filter((f) => f.to.kind === NodeLabel.Quote)).toEqual([]);
    expect(relationships(facts).map((f) => [f.relationshipType, f.from.node, f.to.node])).toEqual(
      expect.arrayContaining([
        [RelationshipType.SAID, 'person:anna-de-wit', 'quote:anna-de-wit-samen-sterker'],
        [RelationshipType.QUOTED_IN, 'quote:anna-de-wit-samen-sterker', DOC],
      ]),
    );
  });

  it('proposes no quote without a speaker, and reads `zo’n` as no closing mark', () => {
    expect(
      propose('‘Zo’n dag vergeet je niet,’ stond er op het bord.').filter(
        (f) => f.to.kind === NodeLabel.Quote,
      ),
    ).toEqual([]);
    const text = '‘Zo’n dag vergeet je nooit meer,’ aldus Pieter Bakker.';
    const [quote] = newNodes(propose(text));
    expect(quote.properties).toEqual({ text: 'Zo’n dag vergeet je nooit meer,' });
  });
});
