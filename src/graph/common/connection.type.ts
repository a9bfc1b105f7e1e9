import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type';

export interface Connection<E> {
  edges: E[];
  pageInfo: PageInfo;
  /** A getter, so the count query runs only when a client selects `totalCount`. */
  readonly totalCount: Promise<number>;
}

/** `<Kind>Connection`: a page of a list, Relay style, with the total computed on demand. */
export function connectionOf<T extends object>(target: ClassType<T>, name = target.name) {
  @ObjectType(`${name}Edge`, { description: `One ${name.toLowerCase()} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Pass as `after` to continue after this item.' })
    cursor!: string;

    @Field(() => target)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name.toLowerCase()}s.` })
  class PagedConnection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list has (counted in the database).' })
    totalCount!: number;
  }
  return PagedConnection;
}
