/** One thing wrong in a seed file, pinned to file, entry and field. */
export interface SeedProblem {
  file: string;
  entry?: string;
  field?: string;
  message: string;
}

export function formatProblem(p: SeedProblem): string {
  return [p.file, p.entry, p.field].filter(Boolean).join(': ') + `: ${p.message}`;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: SeedProblem[]) {
    super(
      `The seeds are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was written:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}
