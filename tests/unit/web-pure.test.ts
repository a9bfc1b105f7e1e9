import { locateExcerpt, snippetParts } from '../../web/src/excerpt';
import { parseRoute, routeUrl } from '../../web/src/route';

describe('the explorer’s deep links (web/src/route.ts)', () => {
  it.each([
    ['/explore', '', { view: { name: 'overview' }, q: '' }],
    ['/explore/', '?q=jeugdhulp', { view: { name: 'overview' }, q: 'jeugdhulp' }],
    ['/explore/node/municipality:delft', '', { view: { name: 'node', id: 'municipality:delft' }, q: '' }],
    [
      '/explore/path/municipality:delft/municipality:meppel',
      '?q=x',
      { view: { name: 'path', from: 'municipality:delft', to: 'municipality:meppel' }, q: 'x' },
    ],
    ['/explore/node/quote%3Aa%20b', '', { view: { name: 'node', id: 'quote:a b' }, q: '' }],
    ['/explore/node/%E0%A4%A', '', { view: { name: 'overview' }, q: '' }],
    ['/explore/node', '', { view: { name: 'overview' }, q: '' }],
    ['/explore/elsewhere/x', '', { view: { name: 'overview' }, q: '' }],
    ['/explore/review', '', { view: { name: 'review', document: null }, q: '' }],
    ['/explore/review/document:test-a', '', { view: { name: 'review', document: 'document:test-a' }, q: '' }],
    ['/explore/review/a/b', '', { view: { name: 'overview' }, q: '' }],
  ])('%s%s is read as the view it names (or the overview)', (pathname, search, route) => {
    expect(parseRoute(pathname, search)).toEqual(route);
  });

  it('writes links that read back as the same view, keeping ids readable', () => {
    const route = {
      view: { name: 'path' as const, from: 'municipality:delft', to: 'org:kwadraad' },
      q: 'zorg & welzijn',
    };
    const url = routeUrl(route);
    expect(url).toBe('/explore/path/municipality:delft/org:kwadraad?q=zorg+%26+welzijn');
    const [pathname, search] = url.split('?');
    expect(parseRoute(pathname!, `?${search}`)).toEqual(route);
  });
});

describe('finding the cited excerpt in its document (web/src/excerpt.ts)', () => {
  it('finds it verbatim, and across the tabs and line breaks the seeds count as one space', () => {
    const text = 'Noot:\n\nGemeente Leudal\tBart van Grinsven\t0475 859 000\nGemeente Weert';
    const at = locateExcerpt(text, 'Gemeente Leudal Bart van Grinsven 0475 859 000');
    expect(at).not.toBeNull();
    expect(text.slice(at!.start, at!.end)).toBe('Gemeente Leudal\tBart van Grinsven\t0475 859 000');
    expect(locateExcerpt(text, 'Gemeente Roermond')).toBeNull();
    expect(locateExcerpt(text, '   ')).toBeNull();
  });

  it('takes an excerpt literally, whatever characters it holds', () => {
    expect(locateExcerpt('kosten (in €) + 3*', '(in €) + 3*')).toEqual({ start: 7, end: 18 });
  });

  it('splits a search snippet into plain text and the **highlighted** words', () => {
    expect(snippetParts('de **jeugdhulp** in **Delft**.')).toEqual([
      { text: 'de ', hit: false },
      { text: 'jeugdhulp', hit: true },
      { text: ' in ', hit: false },
      { text: 'Delft', hit: true },
      { text: '.', hit: false },
    ]);
  });
});
