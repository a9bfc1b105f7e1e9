import type { Direction, NodeKind, RelationshipType } from './generated/graphql';

/**
 * The explorer's own words, in English and Dutch. Only labels are translated: names, excerpts and
 * documents stay as the sources write them (Dutch).
 */
export type Lang = 'en' | 'nl';

const en = {
  title: 'Gouden Netwerk explorer',
  tagline: 'Who works with whom in the Dutch social domain — every connection cited',
  language: 'Taal: Nederlands',
  languageHint: 'Switch the labels to Dutch',
  searchLabel: 'Search names, quotes and documents',
  searchPlaceholder: 'e.g. Kwadraad, jeugdhulp, Delft',
  searching: 'Searching…',
  noResults: 'Nothing found for “{q}”.',
  results: '{n} results',
  overview: 'Overview',
  overviewIntro:
    'The recipients of {award}, the organisations that nominated them and the region’s members. Choose a node on the canvas, in the list or by searching.',
  legend: 'On the canvas',
  hideKind: 'Hide {kind}',
  relationshipTypes: 'Relationship types',
  hidden: 'hidden',
  canvasView: 'Canvas',
  listView: 'List',
  listTitle: 'What is on the canvas',
  listEmpty: 'Nothing on the canvas.',
  canvasLabel: 'Network canvas (the same content is in the list view)',
  loading: 'Loading…',
  failed: 'The service did not answer: {message}',
  notFound: 'Not found: there is no “{id}” (or it is not public).',
  backToOverview: 'Back to the overview',
  kind: 'Kind',
  properties: 'Properties',
  aliases: 'Also called',
  namedIn: 'Where the documents name it',
  relationships: 'Relationships',
  relationshipsShown: '{n} of {total} shown',
  moreNeighbours: 'Expand: show the next {n}',
  noRelationships: 'No relationships of the visible types.',
  inferred: 'inferred',
  stated: 'stated',
  restricted: 'restricted',
  source: 'Source',
  openDocument: 'Open “{title}”',
  focus: 'Focus',
  whyConnected: 'Why are these connected?',
  startHere: 'Start a path here',
  connectWith: 'How is {name} connected to this?',
  pathTitle: 'How {from} and {to} are connected',
  pathCount: 'Shortest paths: {n}, each {length} hop long',
  pathCountPlural: 'Shortest paths: {n}, each {length} hops long',
  noPath: 'No path of at most {max} hops of the chosen types.',
  pathNumber: 'Path {n}',
  hopOf: 'Hop {n}',
  pathTypes: 'Follow only these relationship types',
  document: 'Document',
  close: 'Close',
  excerptNotFound: 'The excerpt is not in the public text of this document.',
  restrictedPart: 'Restricted part (not for publication)',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedIn: 'Signed in: restricted facts are shown, marked “restricted”.',
  tokenLabel: 'Bearer token',
  tokenHint: 'Kept in this tab only, sent to this service only.',
  signInFailed: 'This token is not accepted.',
  downloads: 'Download the graph',
  downloadAs: 'Download {file}',
  snapshot: 'Snapshot {id}',
  downloadFailed: 'The download failed: {message}',
  panelTitle: 'Details',
  dir_OUT: '→',
  dir_IN: '←',
} as const;

type Key = keyof typeof en;

const nl: Record<Key, string> = {
  title: 'Gouden Netwerk verkenner',
  tagline: 'Wie werkt met wie in het sociaal domein — elke verbinding met bron',
  language: 'Language: English',
  languageHint: 'Zet de labels in het Engels',
  searchLabel: 'Zoek namen, citaten en documenten',
  searchPlaceholder: 'bijv. Kwadraad, jeugdhulp, Delft',
  searching: 'Zoeken…',
  noResults: 'Niets gevonden voor “{q}”.',
  results: '{n} resultaten',
  overview: 'Overzicht',
  overviewIntro:
    'De winnaars van {award}, de organisaties die hen nomineerden en de gemeenten van de regio. Kies een knoop op het canvas, in de lijst of via zoeken.',
  legend: 'Op het canvas',
  hideKind: 'Verberg {kind}',
  relationshipTypes: 'Soorten relaties',
  hidden: 'verborgen',
  canvasView: 'Canvas',
  listView: 'Lijst',
  listTitle: 'Wat er op het canvas staat',
  listEmpty: 'Het canvas is leeg.',
  canvasLabel: 'Netwerkcanvas (dezelfde inhoud staat in de lijstweergave)',
  loading: 'Laden…',
  failed: 'De dienst antwoordde niet: {message}',
  notFound: 'Niet gevonden: “{id}” bestaat niet (of is niet openbaar).',
  backToOverview: 'Terug naar het overzicht',
  kind: 'Soort',
  properties: 'Eigenschappen',
  aliases: 'Ook genoemd',
  namedIn: 'Waar de documenten het noemen',
  relationships: 'Relaties',
  relationshipsShown: '{n} van {total} getoond',
  moreNeighbours: 'Uitbreiden: toon de volgende {n}',
  noRelationships: 'Geen relaties van de zichtbare soorten.',
  inferred: 'afgeleid',
  stated: 'vermeld',
  restricted: 'vertrouwelijk',
  source: 'Bron',
  openDocument: 'Open “{title}”',
  focus: 'Bekijk',
  whyConnected: 'Hoe zijn deze verbonden?',
  startHere: 'Begin hier een pad',
  connectWith: 'Hoe is {name} hiermee verbonden?',
  pathTitle: 'Hoe {from} en {to} verbonden zijn',
  pathCount: 'Kortste paden: {n}, elk {length} stap lang',
  pathCountPlural: 'Kortste paden: {n}, elk {length} stappen lang',
  noPath: 'Geen pad van hoogstens {max} stappen langs de gekozen soorten.',
  pathNumber: 'Pad {n}',
  hopOf: 'Stap {n}',
  pathTypes: 'Volg alleen deze soorten relaties',
  document: 'Document',
  close: 'Sluiten',
  excerptNotFound: 'Het fragment staat niet in de openbare tekst van dit document.',
  restrictedPart: 'Vertrouwelijk deel (niet voor publicatie)',
  signIn: 'Inloggen',
  signOut: 'Uitloggen',
  signedIn: 'Ingelogd: vertrouwelijke feiten worden getoond, gemarkeerd als “vertrouwelijk”.',
  tokenLabel: 'Bearer-token',
  tokenHint: 'Alleen in dit tabblad bewaard, alleen naar deze dienst gestuurd.',
  signInFailed: 'Dit token wordt niet geaccepteerd.',
  downloads: 'Download de graaf',
  downloadAs: 'Download {file}',
  snapshot: 'Momentopname {id}',
  downloadFailed: 'Downloaden mislukt: {message}',
  panelTitle: 'Details',
  dir_OUT: '→',
  dir_IN: '←',
};

const KIND_LABELS: Record<Lang, Record<NodeKind, string>> = {
  en: {
    Award: 'Award',
    Criterion: 'Criterion',
    Document: 'Document',
    Municipality: 'Municipality',
    Organisation: 'Organisation',
    Person: 'Person',
    Programme: 'Programme',
    Quote: 'Quote',
    Region: 'Region',
    Theme: 'Theme',
  },
  nl: {
    Award: 'Prijs',
    Criterion: 'Criterium',
    Document: 'Document',
    Municipality: 'Gemeente',
    Organisation: 'Organisatie',
    Person: 'Persoon',
    Programme: 'Programma',
    Quote: 'Citaat',
    Region: 'Regio',
    Theme: 'Thema',
  },
};

/** How a relationship reads from the node in the panel: [outgoing, incoming]. */
const RELATIONSHIP_LABELS: Record<Lang, Record<RelationshipType, [string, string]>> = {
  en: {
    AWARDED_BY: ['awarded by', 'awards'],
    CONCERNS: ['concerns', 'concerned by'],
    HOLDS_ROLE: ['holds a role at', 'people with a role'],
    JUDGED_ON: ['judged on', 'criterion of'],
    LOCATED_IN: ['located in', 'located here'],
    MEMBER_OF: ['member of', 'members'],
    MENTIONS: ['mentions', 'mentioned in'],
    NOMINATED_BY: ['nominated by', 'nominated'],
    PARTNERS_WITH: ['partners with', 'partners with'],
    PUBLISHED_BY: ['published by', 'published'],
    QUOTED_IN: ['quoted in', 'quotes'],
    RECEIVED: ['received', 'received by'],
    RUNS: ['runs', 'run by'],
    SAID: ['said', 'said by'],
  },
  nl: {
    AWARDED_BY: ['uitgereikt door', 'reikt uit'],
    CONCERNS: ['gaat over', 'onderwerp van'],
    HOLDS_ROLE: ['heeft een functie bij', 'mensen met een functie'],
    JUDGED_ON: ['beoordeeld op', 'criterium van'],
    LOCATED_IN: ['gevestigd in', 'hier gevestigd'],
    MEMBER_OF: ['lid van', 'leden'],
    MENTIONS: ['noemt', 'genoemd in'],
    NOMINATED_BY: ['genomineerd door', 'nomineerde'],
    PARTNERS_WITH: ['werkt samen met', 'werkt samen met'],
    PUBLISHED_BY: ['uitgegeven door', 'gaf uit'],
    QUOTED_IN: ['geciteerd in', 'citaten'],
    RECEIVED: ['ontving', 'ontvangen door'],
    RUNS: ['voert uit', 'uitgevoerd door'],
    SAID: ['zei', 'gezegd door'],
  },
};

const DICTIONARIES: Record<Lang, Record<Key, string>> = { en, nl };

export type Translate = (key: Key, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, values = {}) =>
    DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}

export const kindLabel = (lang: Lang, kind: NodeKind): string => KIND_LABELS[lang][kind];

export const relationshipLabel = (lang: Lang, type: RelationshipType, direction: Direction): string =>
  RELATIONSHIP_LABELS[lang][type][direction === 'IN' ? 1 : 0];

export const ALL_RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_LABELS.en) as RelationshipType[];
