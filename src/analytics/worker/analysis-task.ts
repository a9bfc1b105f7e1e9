import type { CentralityMeasure, CentralityScoreRecord } from '../centrality';
import type { CommunityPartitionRecord } from '../communities';
import type { SimilarityRecord } from '../similarity';

/** An analysis as a worker thread runs it on a topology (analysis-worker.ts). */
export type AnalysisTask =
  | { analysis: 'centrality'; measure: CentralityMeasure; first: number }
  | { analysis: 'communities'; seed: number }
  | { analysis: 'similarity'; id: string | null };

export interface CentralityAnswer {
  scores: CentralityScoreRecord[];
  sampledSources: number | null;
}

/** Null when `id` is not a municipality of the projection. */
export type SimilarityAnswer = SimilarityRecord[] | null;

export type AnswerOf<T extends AnalysisTask> = T extends { analysis: 'centrality' }
  ? CentralityAnswer
  : T extends { analysis: 'communities' }
    ? CommunityPartitionRecord
    : SimilarityAnswer;

/** What a worker posts: progress while it works, then its answer (or the error that stopped it). */
export type WorkerMessage =
  | { kind: 'progress'; message: string; done?: number; total?: number }
  | { kind: 'answer'; answer: unknown }
  | { kind: 'error'; message: string };
