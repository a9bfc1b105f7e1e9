import { toLuceneQuery } from '../../src/network/lucene';
import { NETWORK_COST } from '../../src/network/network.limits';
import { searchWords, snippet, wordMatches } from '../../src/network/snippet';

describe('search text as a Lucene query', () => {
  it.each([
    ['jeugdhulp', 'jeugdhulp'],
    ['  Mieke Pirson ', 'mieke pirson'],
    ['foo) OR (bar', 'foo\\) or \\(bar'],
    ['a:b', 'a\\:b'],
    ['*', '\\*'],
    ['"x"~2', '\\"x\\"\\~2'],
    ['a && b || !c', 'a \\&\\& b \\|\\| \\!c'],
    ['[a TO z] {b} ^3 +d -e ?/\\', '\\[a to z\\] \\{b\\} \\^3 \\+d \\-e \\?\\/\\\\'],
  ])('%j becomes %j', (text, query) => {
    expect(toLuceneQuery(text)).toBe(query);
  });
});

describe('snippets', () => {
  it('matches words that differ only in a short Dutch ending, not longer words that begin alike', () => {
    expect(wordMatches('gemeente', 'gemeenten')).toBe(true);
    expect(wordMatches('Gemeenten', 'gemeente')).toBe(true);
    expect(wordMatches('partners', 'partner')).toBe(true);
    expect(wordMatches('Jeugdhulp', 'jeugdhulp')).toBe(true);
    expect(wordMatches('één', 'een')).toBe(true);
    expect(wordMatches('jeugd', 'jeugdhulp')).toBe(false);
    expect(wordMatches('gemeentelijke', 'gemeenten')).toBe(false);
    expect(wordMatches('wmo', 'wmo')).toBe(true);
    expect(wordMatches('wmo', 'wmoo')).toBe(false);
  });

  it('leaves out the stop words the index ignores', () => {
    expect(searchWords('De gemeenten en het CJG')).toEqual(['gemeenten', 'cjg']);
    expect(snippet({ text: 'De gemeente en de regio' }, 'de gemeenten')).toBe('De **gemeente** en de regio');
  });

  it('cuts a short excerpt around the first match, at spaces, with every match in it marked', () => {
    const text = `${'voorwoord '.repeat(30)}Hier begint het: jeugdhulp en nog eens Jeugdhulp.${' slot'.repeat(60)}`;
    const result = snippet({ text }, 'jeugdhulp');
    expect(result.startsWith('…')).toBe(true);
    expect(result.endsWith('…')).toBe(true);
    expect(result).toContain('Hier begint het: **jeugdhulp** en nog eens **Jeugdhulp**.');
    expect(result.replace(/\*\*|…/g, '').length).toBeLessThanOrEqual(200);
    expect(result).toMatch(/^…voorwoord /);
  });

  it('prefers the text, then the description, then the name, and collapses white space', () => {
    expect(snippet({ name: 'Jeugdhulp', text: 'Over\tde\n\njeugdhulp' }, 'jeugdhulp')).toBe(
      'Over de **jeugdhulp**',
    );
    expect(snippet({ name: 'Jeugdhulp', text: 'Iets anders' }, 'jeugdhulp')).toBe('**Jeugdhulp**');
    expect(snippet({ name: 'X', restrictedText: 'Bart van Grinsven' }, 'grinsven')).toBe(
      'Bart van **Grinsven**',
    );
  });

  it('falls back to the start of the text when no word is seen', () => {
    expect(snippet({ name: 'Centrum voor Jeugd en Gezin' }, 'zzz')).toBe('Centrum voor Jeugd en Gezin');
    expect(snippet({}, 'zzz')).toBe('');
  });
});

describe('query cost of the network walks', () => {
  const cost = (field: keyof typeof NETWORK_COST, args: Record<string, unknown>) =>
    NETWORK_COST[field]({
      args,
      childComplexity: 10,
      field: {} as never,
      node: {} as never,
      type: {} as never,
    });

  it('grows with depth and limit, and clamps out-of-range values so validation reports them', () => {
    // The walk's own work (WALK_WORK) + 1 + the selection (10) once per unit the arguments allow.
    expect(cost('neighbourhood', { depth: 1, limit: 200 })).toBe(400 + 1 + 200);
    expect(cost('neighbourhood', { depth: 3, limit: 200 })).toBe(1200 + 1 + 600);
    expect(cost('neighbourhood', { depth: 3, limit: 500 })).toBe(3000 + 1 + 1500);
    expect(cost('neighbourhood', { depth: 1000, limit: 100000 })).toBe(3000 + 1 + 1500);
    expect(cost('shortestPath', { maxLength: 6 })).toBe(720 + 1 + 60);
    expect(cost('allShortestPaths', { maxLength: 8, limit: 100 })).toBe(8 * (120 + 400) + 1 + 1600);
    expect(cost('search', { first: 20 })).toBe(500 + 80 + 1 + 200);
  });
});
