import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import '../graph/types/enums';
import { LIMITS } from '../model';
import { NodeLabel, RelationshipType } from '../model';
import { NETWORK_LIMITS } from './network.limits';
import { DiffersFrom, IsNodeId } from '../graph/types/validators';

const TYPES_DESCRIPTION = 'Follow only relationships of these types (default, or an empty list: all).';

@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID, { description: 'The node at the centre, e.g. `municipality:delft`.' })
  @IsNodeId()
  id!: string;

  @Field(() => Int, {
    defaultValue: 1,
    description: `How many hops from the centre (1 to ${LIMITS.maxNeighbourhoodDepth}).`,
  })
  @Min(1, { message: 'depth must be at least 1' })
  @Max(LIMITS.maxNeighbourhoodDepth, {
    message: `depth must be at most ${LIMITS.maxNeighbourhoodDepth}`,
  })
  depth: number = 1;

  @Field(() => [RelationshipType], { nullable: true, description: TYPES_DESCRIPTION })
  @IsOptional()
  @ArrayMaxSize(Object.values(RelationshipType).length, {
    message: 'types must not list more types than there are',
  })
  types?: RelationshipType[] | null;

  @Field(() => [NodeLabel], {
    nullable: true,
    description:
      'Walk only through nodes of these kinds (default, or an empty list: all); the centre is always included.',
  })
  @IsOptional()
  @ArrayMaxSize(Object.values(NodeLabel).length, { message: 'kinds must not list more kinds than there are' })
  kinds?: NodeLabel[] | null;

  @Field(() => Int, {
    defaultValue: NETWORK_LIMITS.defaultNeighbourhoodLimit,
    description:
      `At most this many nodes (1 to ${NETWORK_LIMITS.maxNeighbourhoodLimit}), nearest first; ` +
      '`truncated` tells when some were left out.',
  })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(NETWORK_LIMITS.maxNeighbourhoodLimit, {
    message: `limit must be at most ${NETWORK_LIMITS.maxNeighbourhoodLimit}`,
  })
  limit: number = NETWORK_LIMITS.defaultNeighbourhoodLimit;
}

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: 'One end, e.g. `municipality:delft`.' })
  @IsNodeId()
  from!: string;

  @Field(() => ID, { description: 'The other end, e.g. `municipality:meppel`; not the same as `from`.' })
  @IsNodeId()
  @DiffersFrom('from')
  to!: string;

  @Field(() => [RelationshipType], { nullable: true, description: TYPES_DESCRIPTION })
  @IsOptional()
  @ArrayMaxSize(Object.values(RelationshipType).length, {
    message: 'types must not list more types than there are',
  })
  types?: RelationshipType[] | null;

  @Field(() => Int, {
    defaultValue: NETWORK_LIMITS.defaultPathLength,
    description: `The longest path to look for, in hops (1 to ${LIMITS.maxPathLength}).`,
  })
  @Min(1, { message: 'maxLength must be at least 1' })
  @Max(LIMITS.maxPathLength, { message: `maxLength must be at most ${LIMITS.maxPathLength}` })
  maxLength: number = NETWORK_LIMITS.defaultPathLength;
}

@ArgsType()
export class AllPathsArgs extends PathArgs {
  @Field(() => Int, {
    defaultValue: NETWORK_LIMITS.defaultPathCount,
    description: `At most this many paths (1 to ${NETWORK_LIMITS.maxPathCount}).`,
  })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(NETWORK_LIMITS.maxPathCount, { message: `limit must be at most ${NETWORK_LIMITS.maxPathCount}` })
  limit: number = NETWORK_LIMITS.defaultPathCount;
}

@ArgsType()
export class SearchArgs {
  @Field({
    description:
      'The words to look for (Dutch stemming: "gemeenten" also finds "gemeente"); at most ' +
      `${NETWORK_LIMITS.maxSearchText} characters. Taken literally: Lucene operators and special ` +
      'characters have no special meaning. Hits match any of the words, those with more first.',
  })
  @Matches(/[^\s]/, { message: 'text must not be empty or only spaces' })
  @MaxLength(NETWORK_LIMITS.maxSearchText, {
    message: `text must be at most ${NETWORK_LIMITS.maxSearchText} characters`,
  })
  text!: string;

  @Field(() => [NodeLabel], {
    nullable: true,
    description: 'Only nodes of these kinds (default, or an empty list: all).',
  })
  @IsOptional()
  @ArrayMaxSize(Object.values(NodeLabel).length, { message: 'kinds must not list more kinds than there are' })
  kinds?: NodeLabel[] | null;

  @Field(() => Int, {
    defaultValue: NETWORK_LIMITS.defaultSearchSize,
    description: `At most this many hits (1 to ${NETWORK_LIMITS.maxSearchSize}), best first.`,
  })
  @Min(1, { message: 'first must be at least 1' })
  @Max(NETWORK_LIMITS.maxSearchSize, { message: `first must be at most ${NETWORK_LIMITS.maxSearchSize}` })
  first: number = NETWORK_LIMITS.defaultSearchSize;
}
