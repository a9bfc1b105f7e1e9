import type { NonEmptyArray } from 'type-graphql';
import { analyticsResolvers } from '../analytics/resolvers';
import { curationResolvers } from '../graph/curation/resolvers';
import { graphResolvers } from '../graph/resolvers';
import { networkResolvers } from '../network/resolvers';
import { HealthResolver } from './health/health.resolver';

/** Every resolver class of the API; the schema is built from exactly these. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  HealthResolver,
  ...graphResolvers,
  ...networkResolvers,
  ...curationResolvers,
  ...analyticsResolvers,
];
