import { Field, ObjectType } from 'type-graphql';

/** What `pageInfo` describes a page with, in one line (the connections' `pageInfo` field). */
export const PAGE_INFO_FIELD =
  'Where this page stands in its list: whether items precede and follow it, and the cursors of its first and last item.';

@ObjectType({
  simpleResolvers: true,
  description:
    'Where a page stands in its list (Relay cursor connections). Lists page forward: `first` items ' +
    '`after` a cursor, in a fixed order, each cursor the keyset of its item (never an offset).',
})
export class PageInfo {
  @Field({
    description:
      'Whether an item precedes this page: true exactly when `after` was given and an item of the ' +
      'list is at or before that cursor (the item it was taken from, or any the list shows before ' +
      'it). Paging is forward only, so the first page (no `after`) has none.',
  })
  hasPreviousPage!: boolean;

  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the first item of this page (null when the page is empty).',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item of this page (null when it is empty); pass it as `after`.',
  })
  endCursor!: string | null;
}

/**
 * What a connection's resolver returns as its `pageInfo`: `hasPreviousPage` is a getter, like a
 * connection's `totalCount`, so its check runs only when a client selects it (see toConnection).
 */
export interface PageInfoValue extends Omit<PageInfo, 'hasPreviousPage'> {
  readonly hasPreviousPage: Promise<boolean>;
}
