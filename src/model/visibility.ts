/**
 * The one visibility rule, and the only place it is written: a node or relationship marked
 * `restricted` is seen only by a viewer who may see restricted facts (`$seeRestricted`, the
 * researcher and editor roles: viewer.ts). Every statement that reads renders it from here: the
 * compiled reads call these functions, the named queries under cypher/queries name them as
 * placeholders that the query registry fills in (`{{VISIBLE:r, m}}`, `{{UNRESTRICTED:rels}}`,
 * `{{PIECE_VISIBLE:…}}`), and the kinds' filters call `visibleTo`.
 *
 * A missing `restricted` reads as false: a fact is public unless marked.
 */

/** `x` is marked restricted. */
function restricted(variable: string): string {
  return `coalesce(${variable}.restricted, false)`;
}

/** Every one of `variables` (nodes and relationships on one match) is visible to the viewer. */
export function visibleTo(...variables: string[]): string {
  if (variables.length === 0) throw new Error('visibleTo needs at least one variable');
  return `($seeRestricted OR NOT (${variables.map(restricted).join(' OR ')}))`;
}

/**
 * Nothing in any of `lists` (lists of nodes or relationships, e.g. `rels`, `nodes(p)`) is restricted,
 * whoever asks: for a path search run only for viewers who may not see restricted facts, where the
 * predicate must read as `all(...)` for Neo4j to check it during the search.
 */
export function unrestricted(...lists: string[]): string {
  return lists.map((list) => `all(x IN ${list} WHERE NOT ${restricted('x')})`).join(' AND ');
}

/** Everything in `lists` is visible to the viewer: a whole path, say. */
export function allVisibleTo(...lists: string[]): string {
  return `($seeRestricted OR (${unrestricted(...lists)}))`;
}

/**
 * A piece of evidence is visible: `flag` is its entry of the parallel list `evidenceRestricted`
 * (a public fact may rest on a restricted source as well; that piece is left out for the public).
 */
export function pieceVisibleTo(flag: string): string {
  return `($seeRestricted OR NOT coalesce(${flag}, false))`;
}
