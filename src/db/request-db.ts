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
  ) {
    this.ctx = {
      requestId,
      onQuery: (name, cypher, parameters) => {
        this.roundTrips++;
        this.queries.push(name);
        this.statements.push({ name, cypher, parameters });
      },
    };
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
    options: { timeoutMs?: number } = {},
  ): Promise<T> {
    return this.database.transaction(mode, work, { ...this.ctx, ...options });
  }
}
