import type { ClassType } from 'type-graphql';
import type { NodeLabel } from '../../model';
import type { PageArgs } from '../types/page.args';

/** What the GraphQL layer adds to a kind's model: its type-graphql classes and the descriptions of its root fields. */
export interface KindApi {
  label: NodeLabel;
  type: ClassType;
  connection: ClassType;
  listArgs: ClassType<PageArgs & { filter?: object | null; orderBy: string }>;
  listDescription: string;
  byIdDescription: string;
  idDescription: string;
}
