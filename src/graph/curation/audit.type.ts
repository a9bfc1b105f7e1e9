import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../types/page.args';
import { PAGE_INFO_FIELD, PageInfo } from '../types/page-info.type';
import { AuditAction } from './audit-action';

export { AuditAction };

registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a curation mutation did.',
  valuesConfig: {
    ADD_DOCUMENT: { description: '`addDocument`: a new source document.' },
    CREATE_NODE: { description: '`create<Kind>`: a new node with its evidence.' },
    UPDATE_NODE: { description: '`update<Kind>`: a node changed (its version went up by one).' },
    ADD_QUOTE: { description: '`addQuote`: a new quote with SAID, QUOTED_IN and CONCERNS.' },
    LINK: { description: '`link`: a new relationship (the target is its key).' },
    UNLINK: { description: '`unlink`: a relationship removed (the target is its key).' },
    SET_DOCUMENT_RESTRICTED: { description: '`setDocumentRestricted`: a document marked (un)restricted.' },
    ADD_EVIDENCE: {
      description:
        'A relationship got more evidence (an accepted proposal that corroborates it; the target is its key).',
    },
    PROPOSE_FACTS: {
      description: '`addDocument` or `proposeFacts`: intake read a document and stored its proposals.',
    },
    ACCEPT_PROPOSAL: {
      description: '`acceptProposal(s)`: a proposal accepted (the fact it wrote has its own event).',
    },
    REJECT_PROPOSAL: { description: '`rejectProposal`: a proposal rejected, with the reason.' },
  },
});

@ObjectType({ description: 'One change an editor made: who, when, what and to which node or relationship.' })
export class AuditEvent {
  @Field(() => ID, { description: 'The id of the event.' })
  id!: string;

  @Field({ description: 'When, as an ISO 8601 date-time (UTC).' })
  at!: string;

  @Field({ description: 'Who: the subject of the bearer token used.' })
  actor!: string;

  @Field(() => AuditAction, { description: 'What was done.' })
  action!: AuditAction;

  @Field(() => ID, { description: 'To what: a node id, or a relationship key for LINK and UNLINK.' })
  target!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the node after the change (null for edges).',
  })
  version!: number | null;

  @Field({ description: 'The change in one line.' })
  summary!: string;
}

@ObjectType({ description: 'One audit event in a page, with its cursor.' })
export class AuditEventEdge {
  @Field({ description: 'Pass as `after` to continue after this event.' })
  cursor!: string;

  @Field(() => AuditEvent, { description: 'The event.' })
  node!: AuditEvent;
}

@ObjectType({ description: 'A page of audit events, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge], {
    description: 'The events of this page, newest first, each with its cursor.',
  })
  edges!: AuditEventEdge[];

  @Field(() => PageInfo, { description: PAGE_INFO_FIELD })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many events match, over all pages.' })
  totalCount!: number;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only the events about this node id or relationship key (default: all).',
  })
  @IsOptional()
  @MaxLength(1000)
  target?: string | null;
}
