import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { LIMITS } from '../../model';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: LIMITS.defaultPageSize,
    description: `How many items (1 to ${LIMITS.maxPageSize}).`,
  })
  @Min(1)
  @Max(LIMITS.maxPageSize)
  first: number = LIMITS.defaultPageSize;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor (`pageInfo.endCursor`).' })
  @IsOptional()
  @MaxLength(1000)
  after?: string | null;
}

@ArgsType()
export class RelatedArgs {
  @Field(() => Int, {
    defaultValue: LIMITS.defaultRelatedSize,
    description: `At most this many (1 to ${LIMITS.maxPageSize}); page with \`neighbours\` for more.`,
  })
  @Min(1)
  @Max(LIMITS.maxPageSize)
  first: number = LIMITS.defaultRelatedSize;
}
