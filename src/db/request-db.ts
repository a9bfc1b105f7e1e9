import type { CallContext, CompiledStatement, Database, NamedTransaction, Params, Row } from './database';

/** What a request's statements run on: the Database, or a DryRun that only records them. */
export type StatementRunner = Pick<Database, 'read' | 'write' | 'transaction'>;

/** A statement as `extensions.cypher` shows it in development: its name, text and parameters' names. */
export interface StatementRun {
  name: string;
  cypher: string;
  parameters: string[];
}

/**
 * The database as one request sees it: every statement carries the request id in its transaction
 * metadata and is counted, so a test (and the `roundTrips` response extension in development) can
 * show that round trips do not grow with the size of a result.
 */
export class RequestDb {
  roundTrips = 0;
  readonly queries: string[] = [];
  readonly statements: StatementRun[] = [];
  private readonly ctx: CallContext;

  constructor(
    private readonly database: StatementRunner,
    requestId: string,
    /** Aborted when the client goes away: a long statement (an analysis' read) stops with it. */
    signal?: AbortSignal,
  ) {
    this.ctx = {
      requestId,
      signal,
      onQuery: (name, cypher, parameters) => {
        this.roundTrips++;
        this.queries.push(name);
        this.statements.push({ name, cypher, parameters });
      },
    };
  }

  /** Aborted when the request's client went away. */
  get signal(): AbortSignal | undefined {
    return this.ctx.signal;
  }

  /** The database every request's handle shares (what caches are kept per). */
  get scope(): object {
    return this.database;
  }

  read(name: string | CompiledStatement, params: Params = {}): Promise<Row[]> {
    return this.database.read(name, params, this.ctx);
  }

  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.database.write(name, params, this.ctx);
  }

  transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: NamedTransaction) => Promise<T>,
    options: { timeoutMs?: number; signal?: AbortSignal } = {},
  ): Promise<T> {
    return this.database.transaction(mode, work, {
      ...this.ctx,
      timeoutMs: options.timeoutMs ?? this.ctx.timeoutMs,
      signal: options.signal ?? this.ctx.signal,
    });
  }
}
