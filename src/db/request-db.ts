import type { CallContext, Database, NamedTransaction, Params, Row } from './database';

/**
 * The database as one request sees it: every statement carries the request id in its transaction
 * metadata and is counted, so a test (and the `roundTrips` response extension in development) can
 * show that round trips do not grow with the size of a result.
 */
export class RequestDb {
  roundTrips = 0;
  readonly queries: string[] = [];
  private readonly ctx: CallContext;

  constructor(
    private readonly database: Database,
    requestId: string,
  ) {
    this.ctx = {
      requestId,
      onQuery: (name) => {
        this.roundTrips++;
        this.queries.push(name);
      },
    };
  }

  read(name: string, params: Params = {}): Promise<Row[]> {
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
