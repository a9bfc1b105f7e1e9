import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'Where a fact is written down: the document and the verbatim excerpt that states it, and whether ' +
    'the document states it in so many words or it is inferred (then `reason` says from what).',
})
export class Evidence {
  // `document` is declared by EvidenceResolver (a field resolver), which keeps this file free of
  // the Document type and so out of an import circle.

  @Field({ description: 'The verbatim words of the document that state or support the fact.' })
  excerpt!: string;

  @Field({ description: 'False: the document states the fact. True: it is inferred from the excerpt.' })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: 'For an inferred fact: from what it is inferred.' })
  reason!: string | null;
}
