import { Field, ObjectType } from 'type-graphql';
import type { Document } from '../document/document.type';

@ObjectType({
  description:
    'Where a fact is written down: the document and the verbatim excerpt that states it, and whether ' +
    'the document states it in so many words or it is inferred (then `reason` says from what).',
})
export class Evidence {
  /** Resolved through the per-request node loader (see EvidenceResolver). */
  document!: Document;

  @Field({ description: 'The verbatim words of the document that state or support the fact.' })
  excerpt!: string;

  @Field({ description: 'False: the document states the fact. True: it is inferred from the excerpt.' })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'For an inferred fact: from what it is inferred.' })
  reason!: string | null;
}
