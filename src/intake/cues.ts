import { NodeLabel, RelationshipType } from '../model';

/**
 * The Dutch cues of the intake engine, as data: the words that make a title, a speech verb, an
 * organisation or a programme, and the relationship rules. A rule is a pattern over one sentence
 * with slots on either side of it; the engine fills each slot with the entities (known nodes or
 * new-node candidates) of the sentence that fit, and proposes the relationship when the model
 * allows its ends (endsAllowed).
 */

/** A job title ends in one of these (`projectdirecteur`, `directeur-bestuurder`, `wijkcoördinator`). */
export const TITLE_STEMS = [
  'directeur',
  'bestuurder',
  'voorzitter',
  'coördinator',
  'coordinator',
  'manager',
  'projectleider',
  'teamleider',
  'leider',
  'wethouder',
  'burgemeester',
  'gemeentesecretaris',
  'secretaris',
  'penningmeester',
  'raadslid',
  'gedeputeerde',
  'minister',
  'staatssecretaris',
  'adviseur',
  'beleidsmedewerker',
  'beleidsadviseur',
  'medewerker',
  'ambtenaar',
  'woordvoerder',
  'oprichter',
  'initiatiefnemer',
  'consulent',
  'werker',
  'coach',
  'regisseur',
  'hoofd',
  'lid',
  'kwartiermaker',
  'ombudsman',
];

/** Verbs that attribute a quote or an opinion to the person after them (`aldus X`, `zegt X`). */
export const SPEECH_VERBS = [
  'aldus',
  'zegt',
  'zei',
  'vertelt',
  'vertelde',
  'stelt',
  'stelde',
  'vindt',
  'vond',
  'meent',
  'benadrukt',
  'concludeert',
  'licht toe',
  'legt uit',
  'verklaart',
  'volgens',
  'merkt',
  'ziet',
  'weet',
  'reageert',
  'schrijft',
];

/** A capitalised word in a name that makes it an organisation. */
export const ORGANISATION_WORDS = [
  'stichting',
  'vereniging',
  'cooperatie',
  'welzijn',
  'ggd',
  'zorggroep',
  'woonstichting',
  'woningstichting',
  'woningcorporatie',
  'bibliotheek',
  'politie',
  'federatie',
  'bv',
  'nv',
];

/** A lower-case word right before a name that makes it an organisation (`sociaalwerkorganisatie X`). */
export const ORGANISATION_CUES = [
  'sociaalwerkorganisatie',
  'sociaalwerkorganisaties',
  'welzijnsorganisatie',
  'welzijnsorganisaties',
  'zorgorganisatie',
  'zorgaanbieder',
  'organisatie',
  'netwerkorganisatie',
  'woningcorporatie',
  'corporatie',
  'stichting',
  'vereniging',
  'penvoerder',
  'brancheorganisatie',
];

/** A lower-case word ending in one of these right before a name makes it a programme (`project X`, `wijkcentrum X`). */
export const PROGRAMME_CUES = [
  'project',
  'programma',
  'initiatief',
  'pilot',
  'platform',
  'aanpak',
  'methode',
  'principe',
  'traject',
  'nota',
  'centrum',
  'huis',
  'punt',
  'café',
  'cafe',
  'loket',
];

/** A capitalised word ending in one of these is a programme (`Innovatieagenda`, `GeheugenHuis`). */
export const PROGRAMME_SUFFIXES = ['agenda', 'huis', 'punt', 'programma', 'project', 'pilot', 'academie'];

/** Capitalised words that are no name wherever they stand: months, weekdays, the domain's own words. */
export const NEVER_A_NAME = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'gouden',
  'sociale',
  'sociaal',
  'gemeente',
  'gemeenten',
  'regio',
  'nederland',
  'nederlandse',
  'provincie',
  'rijk',
  'kabinet',
  'wmo',
  'jeugdwet',
  'participatiewet',
  'nieuwsbericht',
  'persbericht',
  'noot',
  'foto',
  'lees',
  'meer',
  'contact',
  'bron',
];

/**
 * Words that are capitalised only because they open a sentence (or follow a colon or a quotation
 * mark): there they start no name; elsewhere a capitalised `Elke` may be a first name.
 */
export const SENTENCE_OPENERS = [
  'de',
  'het',
  'een',
  'dat',
  'die',
  'dit',
  'deze',
  'ook',
  'maar',
  'en',
  'zo',
  'er',
  'in',
  'op',
  'met',
  'voor',
  'van',
  'bij',
  'naar',
  'als',
  'wat',
  'wie',
  'hoe',
  'waar',
  'wij',
  'we',
  'ze',
  'zij',
  'hij',
  'ik',
  'je',
  'u',
  'om',
  'toch',
  'dus',
  'want',
  'al',
  'alle',
  'iedere',
  'ieder',
  'elke',
  'veel',
  'na',
  'naast',
  'volgens',
  'tijdens',
  'sinds',
  'daar',
  'hier',
  'nu',
  'dan',
  'niet',
  'geen',
  'hun',
  'zijn',
  'haar',
  'onze',
  'ons',
  'mijn',
  'uw',
  'door',
  'tot',
  'over',
  'onder',
  'tegelijkertijd',
  'bovendien',
  'daarnaast',
  'verder',
  'zoals',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
  'eerst',
  'eerste',
  'tweede',
  'derde',
  'wel',
  'mensen',
  'inwoners',
  'burgers',
  'natuurlijk',
  'anders',
  'andere',
  'beide',
  'samen',
  'goed',
  'waarom',
  'welke',
  'wanneer',
  'hoewel',
  'bijvoorbeeld',
  'kortom',
  'daarom',
];

/** Which entities of the sentence a slot takes. */
export interface CueSlot {
  /**
   * before / after: the nearest entity of an allowed kind on that side of the cue; adjacent: only
   * one the cue touches (nothing but white space and punctuation between); many: every entity of an
   * allowed kind on that side; sentence: the one entity of an allowed kind in the sentence (none
   * proposed when there are several); context: the one entity of an allowed kind in the sentence
   * or the six before it (what `de gemeenten` refers back to); award: the Award node of the year
   * the sentence names (or else the latest edition the graph holds).
   */
  side: 'before' | 'after' | 'sentence' | 'context' | 'award';
  kinds: NodeLabel[];
  adjacent?: boolean;
  many?: boolean;
  /** Leave out entities in parentheses (an aside: `Regio X (gemeenten A, B en C)`). */
  outsideParentheses?: boolean;
  /** With `many`: at least this many entities, or none (a list, not a passing name). */
  atLeast?: number;
}

export interface CueRule {
  /** `<type>.<cue>`, e.g. `nominated_by.voorgedragen-door`. */
  id: string;
  type: RelationshipType;
  /**
   * Matched in the sentence, case-insensitive; named groups are captured as properties. A pattern
   * starting with `^` is tried right after each entity of the sentence (the entity before the cue).
   */
  pattern: RegExp;
  from: CueSlot;
  to: CueSlot;
  confidence: number;
  /** Properties: the value of a named group of the pattern (`group`) or a fixed value. */
  properties?: Record<string, { group: string } | { value: string | number }>;
  /** Only in a sentence that also matches this (e.g. it speaks of the award). */
  requires?: RegExp;
  /** `requires` may match the sentences before instead (the context a list sentence continues). */
  requiresInContext?: boolean;
  /** The cue must be followed at once by a capitalised word (checked apart: `i` would fold \p{Lu}). */
  nameFollows?: boolean;
}

const { Municipality, Region, Organisation, Person, Programme, Award } = NodeLabel;
const PLACE = [Municipality, Region];
const ACTOR = [Organisation, Municipality, Region];

/** A title: one word ending in a title stem, with up to four lower-case words after it. */
const TITLE = `(?<title>[\\p{L}-]*(?:${TITLE_STEMS.join('|')})(?:e|s|en)?(?:\\s+\\p{Ll}[\\p{Ll}-]*){0,4}?)`;
/** What may stand between a title and the body: `van de gemeente`, `bij sociaalwerkorganisatie`. */
const BODY_LEAD = `(?:(?:van|bij)\\s+)?(?:(?:de|het)\\s+)?(?:(?:\\p{Ll}+\\s+)?(?:gemeente|${ORGANISATION_CUES.join('|')})\\s+)?`;
/** The award named without its year (`Gouden Sociale Gemeenten`, `Gouden Regio`): the year comes from the sentence or the document. */
export const AWARD_PHRASE = /\bgouden\s+(?:sociale\s+)?(?:gemeente|gemeenten|regio)\b/iu;
/** Words for an award, when the sentence names its year (`In 2015 kregen tien gemeenten die onderscheiding`). */
export const AWARD_WORDS = /\b(?:predicaat|onderscheiding|prijs|titel)\b/iu;
const AWARD_CONTEXT = new RegExp(`${AWARD_PHRASE.source}|${AWARD_WORDS.source}`, 'iu');

const re = (source: string) => new RegExp(source, 'giu');

export const CUE_RULES: CueRule[] = [
  {
    id: 'nominated_by.voorgedragen-door',
    type: RelationshipType.NOMINATED_BY,
    pattern: re(`\\b(?:voorgedragen|genomineerd|aangedragen|aangemeld)\\s+door\\b`),
    from: { side: 'before', kinds: PLACE },
    to: { side: 'after', kinds: [Organisation] },
    confidence: 0.8,
  },
  {
    id: 'nominated_by.op-voordracht-van',
    type: RelationshipType.NOMINATED_BY,
    pattern: re(`\\bop\\s+(?:de\\s+)?voordracht\\s+van\\b`),
    from: { side: 'sentence', kinds: PLACE },
    to: { side: 'after', kinds: [Organisation] },
    confidence: 0.8,
  },
  {
    id: 'nominated_by.draagt-voor',
    type: RelationshipType.NOMINATED_BY,
    pattern: re(`\\b(?:draagt|droeg|dragen|droegen|nomineert|nomineerde|nomineren)\\b`),
    from: { side: 'after', kinds: PLACE },
    to: { side: 'before', kinds: [Organisation] },
    confidence: 0.6,
    requires: AWARD_CONTEXT,
  },
  {
    id: 'holds_role.title-van',
    type: RelationshipType.HOLDS_ROLE,
    pattern: re(`,\\s*${TITLE}\\s+(?:van|bij)\\s+${BODY_LEAD}`),
    from: { side: 'before', kinds: [Person], adjacent: true },
    to: { side: 'after', kinds: ACTOR, adjacent: true },
    confidence: 0.85,
    properties: { title: { group: 'title' } },
  },
  {
    id: 'holds_role.title-in-parentheses',
    type: RelationshipType.HOLDS_ROLE,
    pattern: re(`\\(\\s*${TITLE}\\s+${BODY_LEAD}`),
    from: { side: 'before', kinds: [Person], adjacent: true },
    to: { side: 'after', kinds: ACTOR, adjacent: true },
    confidence: 0.85,
    properties: { title: { group: 'title' } },
  },
  {
    // `X (coördinator informele zorg bij Y)`: a title of several words needs its `bij`/`van` in parentheses.
    id: 'holds_role.title-van-in-parentheses',
    type: RelationshipType.HOLDS_ROLE,
    pattern: re(`\\(\\s*${TITLE}\\s+(?:van|bij)\\s+${BODY_LEAD}`),
    from: { side: 'before', kinds: [Person], adjacent: true },
    to: { side: 'after', kinds: ACTOR, adjacent: true },
    confidence: 0.85,
    properties: { title: { group: 'title' } },
  },
  {
    id: 'holds_role.is-title-van',
    type: RelationshipType.HOLDS_ROLE,
    pattern: re(
      `\\s(?:is|was|wordt|werd)\\s+(?:de\\s+|het\\s+)?(?:nieuwe\\s+)?${TITLE}\\s+(?:van|bij)\\s+${BODY_LEAD}`,
    ),
    from: { side: 'before', kinds: [Person], adjacent: true },
    to: { side: 'after', kinds: ACTOR, adjacent: true },
    confidence: 0.8,
    properties: { title: { group: 'title' } },
  },
  {
    id: 'holds_role.wethouder-person',
    type: RelationshipType.HOLDS_ROLE,
    pattern: re(`\\b(?<title>wethouder|burgemeester|gemeentesecretaris|raadslid)\\s+`),
    nameFollows: true,
    from: { side: 'after', kinds: [Person], adjacent: true },
    to: { side: 'sentence', kinds: [Municipality] },
    confidence: 0.7,
    properties: { title: { group: 'title' } },
  },
  {
    id: 'partners_with.samen-met',
    type: RelationshipType.PARTNERS_WITH,
    pattern: re(
      `\\b(?:in\\s+samenwerking\\s+met|samen\\s*werk\\p{L}*\\s+met|samen\\s+met|partners?\\s+van)\\b`,
    ),
    from: { side: 'before', kinds: ACTOR, many: true },
    to: { side: 'after', kinds: ACTOR, many: true },
    confidence: 0.6,
  },
  {
    id: 'partners_with.werken-samen',
    type: RelationshipType.PARTNERS_WITH,
    pattern: re(`\\b(?:werk\\p{L}*|trekken|trokken)\\s+(?:\\p{L}+\\s+){0,2}?samen\\b(?!\\s+met)`),
    from: { side: 'sentence', kinds: ACTOR, many: true },
    to: { side: 'sentence', kinds: ACTOR, many: true },
    confidence: 0.45,
  },
  {
    id: 'received.gouden-gemeente',
    type: RelationshipType.RECEIVED,
    pattern: re(
      `\\bgouden\\s+(?:sociale\\s+)?(?:gemeente|gemeenten|regio)\\b|\\buitgeroepen\\s+tot\\b|\\b(?:ontvangt|ontving|krijgt|kreeg|kregen|verwierf|wint|won)\\s+(?:de\\s+titel|het\\s+predicaat|de\\s+onderscheiding|de\\s+prijs)`,
    ),
    from: { side: 'sentence', kinds: PLACE, many: true, outsideParentheses: true },
    to: { side: 'award', kinds: [Award] },
    confidence: 0.6,
  },
  {
    id: 'received.list-after-award',
    type: RelationshipType.RECEIVED,
    pattern: re(`:\\s*`),
    from: { side: 'after', kinds: PLACE, many: true, outsideParentheses: true, atLeast: 3 },
    to: { side: 'award', kinds: [Award] },
    confidence: 0.5,
    requires: AWARD_CONTEXT,
    requiresInContext: true,
  },
  {
    id: 'awarded_by.verleend-door',
    type: RelationshipType.AWARDED_BY,
    pattern: re(
      `\\b(?:reikt|reikte|reiken|kent|kende|verleent|verleende|verleend|presenteert|presenteerde|uitgereikt|toegekend)\\b`,
    ),
    from: { side: 'award', kinds: [Award] },
    // Dutch puts the subject after the verb as often as before it (`In 2015 presenteerde X …`).
    to: { side: 'sentence', kinds: [Organisation] },
    confidence: 0.6,
    requires: AWARD_CONTEXT,
  },
  {
    id: 'member_of.gemeenten-in-regio',
    type: RelationshipType.MEMBER_OF,
    pattern: re(`\\(\\s*(?:de\\s+)?gemeenten\\b|\\b(?:bestaat|bestaande)\\s+uit\\b`),
    from: { side: 'after', kinds: [Municipality], many: true },
    to: { side: 'before', kinds: [Region], adjacent: true },
    confidence: 0.7,
  },
  {
    id: 'member_of.gemeenten-list-in-context',
    type: RelationshipType.MEMBER_OF,
    pattern: re(`\\bgemeenten\\s+`),
    nameFollows: true,
    from: { side: 'after', kinds: [Municipality], many: true, atLeast: 2 },
    to: { side: 'context', kinds: [Region] },
    confidence: 0.5,
  },
  {
    id: 'member_of.in-de-regio',
    type: RelationshipType.MEMBER_OF,
    pattern: re(`\\s(?:in|uit|van)\\s+(?:de\\s+)?regio\\s+`),
    // `regio` may be part of the region's name as the graph holds it (`regio X`): that entity counts as after.
    nameFollows: true,
    from: { side: 'before', kinds: [Municipality], many: true },
    to: { side: 'after', kinds: [Region], adjacent: true },
    confidence: 0.6,
  },
  {
    id: 'member_of.lid-van',
    type: RelationshipType.MEMBER_OF,
    pattern: re(`\\b(?:is|zijn|werd|werden)\\s+(?:\\p{L}+\\s+)?(?:lid\\s+van|aangesloten\\s+bij)\\b`),
    from: { side: 'before', kinds: [Municipality, Organisation] },
    to: { side: 'after', kinds: [Region, Organisation] },
    confidence: 0.7,
  },
  {
    id: 'runs.organiseert',
    type: RelationshipType.RUNS,
    pattern: re(
      `\\b(?:organiseert|organiseren|organiseerde|runt|runnen|beheert|beheren|coördineert|coördineren|voert|voeren|voerde|startte|startten|begon|begonnen|(?:is|zijn)\\s+(?:de\\s+)?initiatiefnemers?\\s+(?:van|voor)|(?:heeft|hebben)\\s+[^,.;]*?opgezet)\\b`,
    ),
    from: { side: 'before', kinds: ACTOR, many: true },
    to: { side: 'after', kinds: [Programme] },
    confidence: 0.6,
  },
  {
    id: 'runs.uitgevoerd-door',
    type: RelationshipType.RUNS,
    pattern: re(
      `\\b(?:ondergebracht\\s+bij|uitgevoerd\\s+door|georganiseerd\\s+door|opgezet\\s+door|gerund\\s+door|beheerd\\s+door|onder\\s+regie\\s+van|een\\s+(?:project|initiatief|programma)\\s+van)\\b`,
    ),
    from: { side: 'after', kinds: ACTOR },
    to: { side: 'before', kinds: [Programme] },
    confidence: 0.7,
  },
  {
    id: 'runs.programme-van',
    type: RelationshipType.RUNS,
    pattern: re(`^\\s+(?:van|door)\\s+(?:de\\s+)?(?:gemeente\\s+)?`),
    nameFollows: true,
    from: { side: 'after', kinds: ACTOR, adjacent: true },
    to: { side: 'before', kinds: [Programme], adjacent: true },
    confidence: 0.55,
  },
  {
    id: 'located_in.in-plaats',
    type: RelationshipType.LOCATED_IN,
    pattern: re(`^\\s+(?:in|te|uit)\\s+(?:(?:de\\s+)?(?:gemeente|regio)\\s+)?`),
    nameFollows: true,
    from: { side: 'before', kinds: [Programme, Organisation], adjacent: true },
    to: { side: 'after', kinds: PLACE, adjacent: true },
    confidence: 0.6,
  },
];
