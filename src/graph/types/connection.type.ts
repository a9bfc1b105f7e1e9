import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PAGE_INFO_FIELD, PageInfo, type PageInfoValue } from './page-info.type';

export interface Connection<E> {
  edges: E[];
  pageInfo: PageInfoValue;
  /** A getter, so the count query runs only when a client selects `totalCount`. */
  readonly totalCount: Promise<number>;
}

/** Plurals that are not the name plus "s". */
const PLURALS: Record<string, string> = {
  Person: 'people',
  Criterion: 'criteria',
  Municipality: 'municipalities',
};

/** `<Kind>Connection`: a page of a list, Relay style, with the total computed on demand. */
export function connectionOf<T extends object>(target: ClassType<T>, name = target.name) {
  const singular = name.toLowerCase();
  const plural = PLURALS[name] ?? `${singular}s`;

  @ObjectType(`${name}Edge`, {
    simpleResolvers: true,
    description: `One ${singular} in a page, with its cursor.`,
  })
  class Edge {
    @Field({ description: 'Pass as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => target, { description: `The ${singular}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${plural}.` })
  class PagedConnection {
    @Field(() => [Edge], { description: `The ${plural} of this page, in order, each with its cursor.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: PAGE_INFO_FIELD })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has (counted in the database).' })
    totalCount!: number;
  }
  return PagedConnection;
}
