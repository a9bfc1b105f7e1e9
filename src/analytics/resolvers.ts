import {
  AnalyticsResolver,
  CentralityScoreResolver,
  CommunityResolver,
  InterlockConnectorResolver,
  InterlockPathResolver,
  InterlocksResolver,
  MunicipalitySimilarityResolver,
  ProjectionInfoResolver,
  SharedNodesResolver,
  SimilarMunicipalitiesResolver,
} from './analytics.resolver';
import { DiffResolver } from './diff.resolver';

/** The resolvers of network analysis: centrality, communities, similarity, interlocks. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const analyticsResolvers: Function[] = [
  AnalyticsResolver,
  ProjectionInfoResolver,
  CentralityScoreResolver,
  CommunityResolver,
  SharedNodesResolver,
  MunicipalitySimilarityResolver,
  SimilarMunicipalitiesResolver,
  InterlockConnectorResolver,
  InterlockPathResolver,
  InterlocksResolver,
  DiffResolver,
];
