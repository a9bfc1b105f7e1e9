/**
 * Hostile values for the fuzzing and injection tests: Cypher fragments, Lucene and regular-expression
 * operators, control characters, lone surrogates, and cursors that decode to Cypher.
 */
import fc from 'fast-check';

/** Cypher (and SQL-ish, regex, Lucene) fragments a careless query builder would execute. */
export const CYPHER_FRAGMENTS = [
  "') MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  "' OR 1=1 //",
  '" OR 1=1',
  "x' OR '1'='1",
  '$param',
  '$seeRestricted',
  '$includeRestricted = true',
  '\u0000',
  'a\u0000b',
  '`',
  '`) DETACH DELETE n //',
  'x` DETACH DELETE n //',
  '}) DETACH DELETE n //',
  '] DETACH DELETE n //',
  "'; MATCH (n) SET n.restricted = false; //",
  'CALL db.labels() YIELD label RETURN label //',
  "'} RETURN n UNION MATCH (n) RETURN n //",
  '/* */ OR true /* */',
  '.*',
  '(?i).*grinsven.*',
  '%',
  '_',
  '\\',
  '\\u0027 OR 1=1',
  '*:*',
  'restricted:true',
  'Grinsven~',
  'name:* OR restrictedText:*',
  '\n\r\t',
  '\u202e\u200b',
];

/** Ids that exist (public and restricted), so generated inputs also hit real nodes. */
export const REAL_IDS = [
  'municipality:delft',
  'municipality:leudal',
  'org:kwadraad',
  'region:midden-limburg',
  'theme:jeugdhulp',
  'document:000-22230f0f29cf03ba',
  'person:bart-van-grinsven',
  'person:mieke-pirson',
];

export const ENUM_NAMES = [
  'NAME_ASC',
  'NAME_DESC',
  'Municipality',
  'Organisation',
  'Person',
  'Document',
  'PARTNERS_WITH',
  'HOLDS_ROLE',
  'OUT',
  'IN',
  'BOTH',
  'POLICY',
  'SOCIAL_WORK',
  'PAGERANK',
];

/** A cursor as this API encodes them (base64url JSON), carrying hostile text. */
export const cursorOf = (parts: unknown) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Strings meant to break parsers, escaping, length limits and Cypher. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CYPHER_FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: fc.oneof(loneSurrogate, fc.string({ maxLength: 1 })), maxLength: 12 }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...REAL_IDS, 'delft', 'zorg'), fc.constantFrom(...CYPHER_FRAGMENTS))
      .map(([a, b]) => a + b),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 150, maxLength: 260 }) },
  { weight: 2, arbitrary: fc.constantFrom(...REAL_IDS) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...CYPHER_FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 3 })
      .map(cursorOf),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }) },
);

/** Anything a JSON variable can be: mostly strings, also every wrong type. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), hostileString, { maxKeys: 3 }) },
);

/** Page sizes and depths: in range, out of range, not integers, not numbers. */
export const intish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 120 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, 10000) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: hostileString },
);

/** Enum values: real ones, and strings that are not. */
export const enumish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ENUM_NAMES) },
  { weight: 2, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
);
