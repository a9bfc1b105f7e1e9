import type { AbstractGraph } from 'graphology-types';
import { NodeLabel, RelationshipType } from '../model';
import { type NodeRef, nodeRef } from './projection';

/** What a municipality is compared on. */
export interface MunicipalityProfile {
  /** Ids of the organisations, municipalities and regions it partners with or is nominated by. */
  partners: Set<string>;
  /** Ids of the themes its programmes concern or its people speak about. */
  themes: Set<string>;
  /** The kinds (ProgrammeKind) of its programmes. */
  programmeKinds: Set<string>;
}

export interface SharedNodesRecord {
  /** Jaccard index: shared / in either (0 when neither has any). */
  score: number;
  shared: NodeRef[];
  /** How many the two have between them (the union). */
  union: number;
}

export interface SharedKindsRecord {
  score: number;
  shared: string[];
  union: number;
}

export interface SimilarityRecord {
  /** The municipality compared with (the other one of the pair). */
  municipality: NodeRef;
  /** For all-pairs results: the first of the pair (ids in order). */
  first?: NodeRef;
  /** The mean of the three Jaccard indices. */
  score: number;
  partners: SharedNodesRecord;
  themes: SharedNodesRecord;
  programmeKinds: SharedKindsRecord;
}

const kindOf = (graph: AbstractGraph, id: string) =>
  graph.getNodeAttribute(id, 'kind') as NodeLabel | undefined;
const typeOf = (graph: AbstractGraph, edge: string) =>
  graph.getEdgeAttribute(edge, 'type') as RelationshipType | undefined;

/**
 * The profile of every municipality of a graph (nodes with `kind`, edges with `type`, directed as
 * stored; a graph loaded with SIMILARITY_PROJECTION):
 * - partners: the nodes it PARTNERS_WITH (either way) or is NOMINATED_BY;
 * - programmes: those LOCATED_IN it or that it RUNS; their themes (CONCERNS) and their kinds;
 * - themes also: the themes of the quotes (SAID → CONCERNS) of the people who HOLD_ROLE there.
 * A municipality that is MEMBER_OF a region also has what the region has: the members of a region act
 * and are awarded together, and the corpus writes their shared programmes and partners on the region.
 */
export function municipalityProfiles(graph: AbstractGraph): Map<string, MunicipalityProfile> {
  const profiles = new Map<string, MunicipalityProfile>();
  const edgesOf = (node: string, type: RelationshipType, direction: 'out' | 'in' | 'both') => {
    // An undirected graph has no direction to follow: every edge counts either way.
    const list =
      direction === 'both' || graph.type === 'undirected'
        ? graph.edges(node)
        : direction === 'out'
          ? graph.outEdges(node)
          : graph.inEdges(node);
    return list.filter((edge) => typeOf(graph, edge) === type).map((edge) => graph.opposite(node, edge));
  };
  for (const municipality of graph.nodes()) {
    if (kindOf(graph, municipality) !== NodeLabel.Municipality) continue;
    const regions = edgesOf(municipality, RelationshipType.MEMBER_OF, 'out').filter(
      (r) => kindOf(graph, r) === NodeLabel.Region,
    );
    const scope = [municipality, ...regions];
    const profile: MunicipalityProfile = {
      partners: new Set(),
      themes: new Set(),
      programmeKinds: new Set(),
    };
    for (const place of scope) {
      for (const partner of [
        ...edgesOf(place, RelationshipType.PARTNERS_WITH, 'both'),
        ...edgesOf(place, RelationshipType.NOMINATED_BY, 'out'),
      ]) {
        if (!scope.includes(partner)) profile.partners.add(partner);
      }
      const programmes = [
        ...edgesOf(place, RelationshipType.LOCATED_IN, 'in'),
        ...edgesOf(place, RelationshipType.RUNS, 'out'),
      ].filter((p) => kindOf(graph, p) === NodeLabel.Programme);
      for (const programme of new Set(programmes)) {
        const kind = graph.getNodeAttribute(programme, 'programmeKind') as string | null | undefined;
        if (kind) profile.programmeKinds.add(kind);
        for (const theme of edgesOf(programme, RelationshipType.CONCERNS, 'out')) profile.themes.add(theme);
      }
      for (const person of edgesOf(place, RelationshipType.HOLDS_ROLE, 'in')) {
        for (const quote of edgesOf(person, RelationshipType.SAID, 'out')) {
          for (const theme of edgesOf(quote, RelationshipType.CONCERNS, 'out')) profile.themes.add(theme);
        }
      }
    }
    profiles.set(municipality, profile);
  }
  return profiles;
}

function jaccard(a: Set<string>, b: Set<string>): { score: number; shared: string[]; union: number } {
  const shared = [...a].filter((x) => b.has(x)).sort();
  const union = new Set([...a, ...b]).size;
  return { score: union === 0 ? 0 : shared.length / union, shared, union };
}

const byName = (a: NodeRef, b: NodeRef) =>
  a.name.localeCompare(b.name, 'nl') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Compares two profiles: shared items and Jaccard index per dimension, and their mean. */
export function compareProfiles(
  graph: AbstractGraph,
  a: MunicipalityProfile,
  b: MunicipalityProfile,
): Omit<SimilarityRecord, 'municipality'> {
  const partners = jaccard(a.partners, b.partners);
  const themes = jaccard(a.themes, b.themes);
  const programmeKinds = jaccard(a.programmeKinds, b.programmeKinds);
  return {
    score: (partners.score + themes.score + programmeKinds.score) / 3,
    partners: { ...partners, shared: partners.shared.map((id) => nodeRef(graph, id)).sort(byName) },
    themes: { ...themes, shared: themes.shared.map((id) => nodeRef(graph, id)).sort(byName) },
    programmeKinds,
  };
}

const bestFirst = (a: SimilarityRecord, b: SimilarityRecord) =>
  (Math.abs(b.score - a.score) > 1e-12 ? b.score - a.score : 0) ||
  (a.first && b.first && a.first.id !== b.first.id ? (a.first.id < b.first.id ? -1 : 1) : 0) ||
  (a.municipality.id < b.municipality.id ? -1 : a.municipality.id > b.municipality.id ? 1 : 0);

/**
 * The municipalities most like `id`, best first (ties by id), leaving out those that share nothing.
 * Undefined when `id` is not a municipality of the graph.
 */
export function similarTo(graph: AbstractGraph, id: string): SimilarityRecord[] | undefined {
  const profiles = municipalityProfiles(graph);
  const own = profiles.get(id);
  if (!own) return undefined;
  return [...profiles]
    .filter(([other]) => other !== id)
    .map(([other, profile]) => ({
      municipality: nodeRef(graph, other),
      ...compareProfiles(graph, own, profile),
    }))
    .filter((record) => record.score > 0)
    .sort(bestFirst);
}

/** Every pair of municipalities that shares anything, best first; `first` is the pair's smaller id. */
export function similarPairs(graph: AbstractGraph): SimilarityRecord[] {
  const profiles = [...municipalityProfiles(graph)].sort(([a], [b]) => (a < b ? -1 : 1));
  const pairs: SimilarityRecord[] = [];
  profiles.forEach(([a, profileA], i) => {
    for (const [b, profileB] of profiles.slice(i + 1)) {
      const compared = compareProfiles(graph, profileA, profileB);
      if (compared.score > 0) {
        pairs.push({ first: nodeRef(graph, a), municipality: nodeRef(graph, b), ...compared });
      }
    }
  });
  return pairs.sort(bestFirst);
}
