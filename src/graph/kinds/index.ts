import type { ClassType } from 'type-graphql';
import type { NodeLabel } from '../../model';
import { awardApi } from './award';
import { criterionApi } from './criterion';
import { documentApi } from './document';
import type { KindApi } from './kind-api';
import { municipalityApi } from './municipality';
import { organisationApi } from './organisation';
import { personApi } from './person';
import { programmeApi } from './programme';
import { quoteApi } from './quote';
import { regionApi } from './region';
import { themeApi } from './theme';

/** The GraphQL side of every kind, in the order the schema lists their root fields. */
export const KIND_APIS: KindApi[] = [
  municipalityApi,
  regionApi,
  organisationApi,
  personApi,
  programmeApi,
  awardApi,
  criterionApi,
  themeApi,
  quoteApi,
  documentApi,
];

const TYPES = new Map(KIND_APIS.map((api) => [api.label, api.type]));
export function typeOf(label: NodeLabel): ClassType {
  const type = TYPES.get(label);
  if (!type) throw new Error(`No GraphQL type for ${label}`);
  return type;
}
