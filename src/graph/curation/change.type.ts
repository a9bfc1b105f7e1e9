import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { PageArgs } from '../types/page.args';
import { PAGE_INFO_FIELD, PageInfo } from '../types/page-info.type';
import { AuditAction } from './audit.type';
import { ChangeEntity, ChangeOp } from './change';

registerEnumType(ChangeOp, {
  name: 'ChangeOp',
  description: 'What happened to a node, relationship or piece of evidence.',
  valuesConfig: {
    ADDED: { description: 'It is new.' },
    CHANGED: { description: 'It changed (its properties, or whether it is restricted).' },
    REMOVED: {
      description: 'It is gone, or (for the public) it became restricted: shown without anything it said.',
    },
  },
});

registerEnumType(ChangeEntity, {
  name: 'ChangeEntity',
  description: 'What a change item is about.',
  valuesConfig: {
    NODE: { description: 'A node (its id).' },
    RELATIONSHIP: { description: 'A relationship (its key).' },
    EVIDENCE: { description: 'Evidence added to the relationship with this key.' },
  },
});

/** Where a feed starts: after an event's number, at a time, or at an export's snapshot. */
export const SINCE_DESCRIPTION =
  'Start after this point: an event number (`seq`), an ISO 8601 time (the events after it), or the ' +
  'snapshot id of an export (`X-Snapshot-Id`). Omitted: from the first event. Unknown or ahead of ' +
  'the feed: BAD_USER_INPUT, never a silent restart.';

@ObjectType({ description: 'One thing a change touched.' })
export class ChangeItemType {
  @Field(() => ChangeOp, { description: 'What happened to it.' })
  op!: ChangeOp;

  @Field(() => ChangeEntity, { description: 'A node, a relationship, or evidence added to a relationship.' })
  entity!: ChangeEntity;

  @Field(() => ID, { description: 'The node id or the relationship key.' })
  id!: string;

  @Field({ description: 'The node kind or relationship type.' })
  kind!: string;
}

@ObjectType('GraphChange', {
  description:
    'One change of the graph, numbered in commit order: what a curation write or an accepted proposal ' +
    'added, changed or removed. The public sees only what it may see (a fact that became restricted ' +
    'as REMOVED, never its text); who made it and the summary are for researchers and editors.',
})
export class GraphChange {
  @Field(() => Int, { description: 'Its number in the feed; pass it as `since` to continue after it.' })
  seq!: number;

  @Field({ description: 'When, as an ISO 8601 date-time (UTC).' })
  at!: string;

  @Field(() => AuditAction, { description: 'Which mutation made it.' })
  action!: AuditAction;

  @Field(() => String, {
    nullable: true,
    description: 'Who (researchers and editors only; null for the public).',
  })
  actor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The change in one line (researchers and editors only; null for the public).',
  })
  summary!: string | null;

  @Field(() => [ChangeItemType], { description: 'What it added, changed or removed.' })
  items!: ChangeItemType[];
}

@ObjectType({ description: 'One change in a page, with its cursor.' })
export class GraphChangeEdge {
  @Field({ description: 'Pass as `after` to continue after this change.' })
  cursor!: string;

  @Field(() => GraphChange, { description: 'The change.' })
  node!: GraphChange;
}

@ObjectType({ description: 'A page of changes, oldest first.' })
export class GraphChangeConnection {
  @Field(() => [GraphChangeEdge], { description: 'The changes of this page this caller may see, in order.' })
  edges!: GraphChangeEdge[];

  @Field(() => PageInfo, { description: PAGE_INFO_FIELD })
  pageInfo!: PageInfo;
}

@ArgsType()
export class ChangesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: SINCE_DESCRIPTION })
  @IsOptional()
  @MaxLength(100)
  @Matches(/^(\d{1,15}|\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?|[0-9a-f]{64})$/, {
    message: '$property must be an event number, an ISO 8601 time or a snapshot id',
  })
  since?: string | null;
}

@ArgsType()
export class GraphChangedArgs {
  @Field(() => String, {
    nullable: true,
    description: `${SINCE_DESCRIPTION} Omitted: only changes from now on.`,
  })
  @IsOptional()
  @MaxLength(100)
  @Matches(/^(\d{1,15}|\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?|[0-9a-f]{64})$/, {
    message: '$property must be an event number, an ISO 8601 time or a snapshot id',
  })
  since?: string | null;
}
