import { ArrayMaxSize, IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import '../graph/types/enums';
import { LIMITS } from '../model';
import { NodeLabel, RelationshipType } from '../model';
import './analytics.type';
import { CentralityMeasure } from './centrality';
import { DEFAULT_SEED } from './communities';
import { INTERLOCK_LIMITS } from './interlocks';
import { DiffersFrom, IsNodeId } from '../graph/types/validators';

export const ANALYTICS_LIMITS = {
  defaultRanking: 20,
  maxRanking: LIMITS.maxPageSize,
  defaultSimilar: 10,
  maxSimilar: LIMITS.maxPageSize,
  maxSeed: 2 ** 31 - 1,
};

@ArgsType()
export class ProjectionArgs {
  @Field(() => [NodeLabel], {
    nullable: true,
    description:
      'The node kinds to include (default, or an empty list: Municipality, Region, Organisation, ' +
      'Person, Programme — the partnership network).',
  })
  @IsOptional()
  @ArrayMaxSize(Object.values(NodeLabel).length, { message: 'kinds must not list more kinds than there are' })
  kinds?: NodeLabel[] | null;

  @Field(() => [RelationshipType], {
    nullable: true,
    description:
      'The relationship types to include (default, or an empty list: NOMINATED_BY, PARTNERS_WITH, ' +
      'MEMBER_OF, HOLDS_ROLE, RUNS, LOCATED_IN). Only relationships between included kinds count.',
  })
  @IsOptional()
  @ArrayMaxSize(Object.values(RelationshipType).length, {
    message: 'types must not list more types than there are',
  })
  types?: RelationshipType[] | null;
}

@ArgsType()
export class CentralityArgs extends ProjectionArgs {
  @Field(() => CentralityMeasure, {
    defaultValue: CentralityMeasure.PAGERANK,
    description: 'The measure to rank by.',
  })
  measure: CentralityMeasure = CentralityMeasure.PAGERANK;

  @Field(() => Int, {
    defaultValue: ANALYTICS_LIMITS.defaultRanking,
    description: `How many of the most central nodes to return (1 to ${ANALYTICS_LIMITS.maxRanking}).`,
  })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(ANALYTICS_LIMITS.maxRanking, { message: `first must be at most ${ANALYTICS_LIMITS.maxRanking}` })
  first: number = ANALYTICS_LIMITS.defaultRanking;
}

@ArgsType()
export class CommunitiesArgs extends ProjectionArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_SEED,
    description: `Seed of the random order Louvain visits nodes in (0 to ${ANALYTICS_LIMITS.maxSeed}); the same seed gives the same communities.`,
  })
  @IsInt()
  @Min(0, { message: 'seed must be at least 0' })
  @Max(ANALYTICS_LIMITS.maxSeed, { message: `seed must be at most ${ANALYTICS_LIMITS.maxSeed}` })
  seed: number = DEFAULT_SEED;
}

@ArgsType()
export class SimilarMunicipalitiesArgs {
  @Field(() => ID, { description: 'The municipality to compare the others with, e.g. `municipality:delft`.' })
  @IsNodeId(NodeLabel.Municipality)
  id!: string;

  @Field(() => Int, {
    defaultValue: ANALYTICS_LIMITS.defaultSimilar,
    description: `How many of the most similar municipalities to return (1 to ${ANALYTICS_LIMITS.maxSimilar}).`,
  })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(ANALYTICS_LIMITS.maxSimilar, { message: `first must be at most ${ANALYTICS_LIMITS.maxSimilar}` })
  first: number = ANALYTICS_LIMITS.defaultSimilar;
}

@ArgsType()
export class InterlocksArgs {
  @Field(() => ID, { description: 'One end: a municipality, region or organisation id.' })
  @IsNodeId()
  a!: string;

  @Field(() => ID, { description: 'The other end: a municipality, region or organisation id.' })
  @IsNodeId()
  @DiffersFrom('a')
  b!: string;

  @Field(() => Int, {
    defaultValue: INTERLOCK_LIMITS.defaultMaxLength,
    description: `The longest path to look for, in hops (${INTERLOCK_LIMITS.minMaxLength} or ${INTERLOCK_LIMITS.maxMaxLength}).`,
  })
  @IsInt()
  @Min(INTERLOCK_LIMITS.minMaxLength, {
    message: `maxLength must be at least ${INTERLOCK_LIMITS.minMaxLength}`,
  })
  @Max(INTERLOCK_LIMITS.maxMaxLength, {
    message: `maxLength must be at most ${INTERLOCK_LIMITS.maxMaxLength}`,
  })
  maxLength: number = INTERLOCK_LIMITS.defaultMaxLength;

  @Field(() => [RelationshipType], {
    nullable: true,
    description:
      'Walk only relationships of these types (default, or an empty list: NOMINATED_BY, PARTNERS_WITH, ' +
      'MEMBER_OF, HOLDS_ROLE, RUNS, LOCATED_IN, RECEIVED, AWARDED_BY).',
  })
  @IsOptional()
  @ArrayMaxSize(Object.values(RelationshipType).length, {
    message: 'types must not list more types than there are',
  })
  types?: RelationshipType[] | null;

  @Field(() => Int, {
    defaultValue: INTERLOCK_LIMITS.defaultPaths,
    description: `How many paths to list (1 to ${INTERLOCK_LIMITS.maxPaths}); connectors always count them all.`,
  })
  @IsInt()
  @Min(1, { message: 'first must be at least 1' })
  @Max(INTERLOCK_LIMITS.maxPaths, { message: `first must be at most ${INTERLOCK_LIMITS.maxPaths}` })
  first: number = INTERLOCK_LIMITS.defaultPaths;
}
