import { context } from '@opentelemetry/api';
import neo4j, {
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  type ServerInfo,
  type Session,
} from 'neo4j-driver';

/** Per-transaction timeout and metadata, as the driver takes them. */
type TransactionConfig = { timeout: number; metadata: Record<string, unknown> };
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { toDriverParams, toNative } from './convert';
import { mapDatabaseError } from './errors';
import { DbInstrumentation } from './instrumentation';
import { queryRegistry, type QueryRegistry } from './query-registry';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface Credentials {
  uri: string;
  user: string;
  password: string;
}

/** Connections the driver pools at most (also reported by the metrics). */
export const MAX_CONNECTION_POOL_SIZE = 50;

/** Per-call context: who asked (for transaction metadata) and who counts the round trips. */
export interface CallContext {
  requestId?: string;
  /** Called once per Cypher statement sent; the request context counts round trips with it. */
  onQuery?: (name: string, text: string, parameters: string[]) => void;
  timeoutMs?: number;
  /**
   * Aborted when the caller no longer wants the answer (the client went away): the statement's
   * session is closed, which stops the work in Neo4j, and the call fails with the signal's reason.
   */
  signal?: AbortSignal;
}

/** A statement compiled from the model (src/graph/compile), named for logs and metrics. */
export interface CompiledStatement {
  name: string;
  text: string;
}

/**
 * A transaction that runs named queries, or statements compiled from the model; handed to
 * multi-statement work (mutations, the loader).
 */
export interface NamedTransaction {
  run(query: string | CompiledStatement, params?: Params): Promise<Row[]>;
  /**
   * As `run`, but each record's values (in RETURN order, converted as `run` converts them) go to
   * `each` as the driver streams them and nothing is accumulated: for reads of a whole projection,
   * which return their columns as a few records of long lists. Resolves to how many records came.
   */
  stream(
    query: string | CompiledStatement,
    params: Params,
    each: (values: unknown[]) => void,
  ): Promise<number>;
}

/**
 * The one owner of the driver. Every statement (a named file from cypher/queries, or one compiled
 * from the model by src/graph/compile) is sent with parameters in a read or write transaction that
 * retries transient errors (and routes reads and writes correctly in a cluster), with a timeout and
 * metadata, its session closed in `finally`, its result converted to plain values, and its errors
 * mapped to coded errors (`AppError`, errors.ts) that the GraphQL edge shows as `extensions.code`.
 */
export class Database {
  /** Spans and metrics hooks of every statement and session (see instrumentation.ts). */
  readonly instrumentation: DbInstrumentation;

  private constructor(
    readonly driver: Driver,
    private readonly config: Config['neo4j'],
    private readonly registry: QueryRegistry,
    private readonly user: string,
    private readonly logger?: Logger,
  ) {
    this.instrumentation = new DbInstrumentation(config.database);
  }

  /** What caches are kept per: the database itself (RequestDb answers the same object). */
  get scope(): object {
    return this;
  }

  static connect(config: Config['neo4j'], credentials: Credentials, logger?: Logger): Database {
    const driver = neo4j.driver(credentials.uri, neo4j.auth.basic(credentials.user, credentials.password), {
      connectionTimeout: config.connectTimeoutMs,
      connectionAcquisitionTimeout: config.connectTimeoutMs * 2,
      // Retries are ours (see `transaction`): the driver's own budget is checked only after an
      // attempt fails, so a request could take several timeouts while Neo4j is down.
      maxTransactionRetryTime: 0,
      maxConnectionPoolSize: MAX_CONNECTION_POOL_SIZE,
      userAgent: 'gouden-netwerk',
      // Neo4j's performance advice: no notifications computed and sent for every statement.
      notificationFilter: { minimumSeverityLevel: 'OFF' },
    });
    return new Database(driver, config, queryRegistry(), credentials.user, logger);
  }

  /** Fails with one clear sentence when the database is unreachable or refuses our credentials. */
  async verify(): Promise<ServerInfo> {
    try {
      return await this.driver.getServerInfo({ database: this.config.database });
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      const reason = code.startsWith('Neo.ClientError.Security')
        ? `it refused the credentials of user "${this.user}" (check NEO4J_USER and NEO4J_PASSWORD)`
        : (error as Error).message.split('\n')[0];
      throw new Error(`Cannot use the Neo4j database: ${reason}`, { cause: error });
    }
  }

  /**
   * One statement, read: an auto-commit transaction (RUN and PULL in one message, where a managed
   * transaction sends BEGIN, RUN, COMMIT: the profile showed those socket writes as the service's
   * largest cost), retried on transient errors within the same deadline as `transaction`. A
   * READ-mode session still routes to a reader in a cluster.
   */
  read(name: string | CompiledStatement, params: Params = {}, ctx: CallContext = {}): Promise<Row[]> {
    const query = typeof name === 'string' ? this.registry.get(name) : name;
    const parent = context.active();
    return this.withRetries('READ', query.name, ctx, async (session, txConfig) => {
      ctx.onQuery?.(query.name, query.text, Object.keys(params));
      const result = await this.instrumentation.statement(query.name, parent, () =>
        session.run(query.text, toDriverParams(params) as Params, txConfig),
      );
      return result.records.map((record) => toNative(record.toObject()) as Row);
    });
  }

  write(name: string, params: Params = {}, ctx: CallContext = {}): Promise<Row[]> {
    return this.transaction('WRITE', (tx) => tx.run(name, params), ctx);
  }

  /**
   * Several named statements in one transaction: all or nothing. Transient failures (a restart,
   * a leader switch) are retried with back-off, but all attempts share one deadline, the
   * transaction timeout, so a request never takes much longer than that.
   */
  async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: NamedTransaction) => Promise<T>,
    ctx: CallContext = {},
  ): Promise<T> {
    let current = 'transaction';
    const parent = context.active();
    const prepare = (named: string | CompiledStatement, params: Params) => {
      const query = typeof named === 'string' ? this.registry.get(named) : named;
      current = query.name;
      ctx.onQuery?.(query.name, query.text, Object.keys(params));
      return query;
    };
    const txWork = (tx: ManagedTransaction) =>
      work({
        run: async (named, params = {}) => {
          const query = prepare(named, params);
          const result = await this.instrumentation.statement(query.name, parent, () =>
            tx.run(query.text, toDriverParams(params) as Params),
          );
          return result.records.map((record) => toNative(record.toObject()) as Row);
        },
        stream: (named, params, each) => {
          const query = prepare(named, params);
          return this.instrumentation.statement(query.name, parent, async () => {
            let records = 0;
            for await (const record of tx.run(query.text, toDriverParams(params) as Params)) {
              ctx.signal?.throwIfAborted();
              each(record.keys.map((_key, i) => toNative(record.get(i))));
              records++;
            }
            return records;
          });
        },
      });
    return this.withRetries(
      mode,
      () => current,
      ctx,
      (session, txConfig) =>
        mode === 'READ' ? session.executeRead(txWork, txConfig) : session.executeWrite(txWork, txConfig),
    );
  }

  /**
   * Runs `attempt` in a fresh session until it succeeds, a non-transient error occurs, or the
   * deadline (the transaction timeout, shared by all attempts) would pass; closes every session in
   * `finally` and maps Neo4j errors to GraphQL errors naming the statement.
   */
  private async withRetries<T>(
    mode: 'READ' | 'WRITE',
    statement: string | (() => string),
    ctx: CallContext,
    attempt: (session: Session, txConfig: TransactionConfig) => Promise<T>,
  ): Promise<T> {
    const deadline = Date.now() + (ctx.timeoutMs ?? this.config.txTimeoutMs);
    for (let tries = 0; ; tries++) {
      const session = this.driver.session({
        database: this.config.database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      this.instrumentation.sessionOpened();
      // Closing the session resets its connection: Neo4j stops the statement and rolls it back.
      const abandon = () => void session.close();
      ctx.signal?.addEventListener('abort', abandon, { once: true });
      try {
        ctx.signal?.throwIfAborted();
        return await attempt(session, {
          timeout: Math.max(1, deadline - Date.now()),
          metadata: { app: 'gouden-netwerk', requestId: ctx.requestId ?? null },
        });
      } catch (error) {
        if (ctx.signal?.aborted) throw ctx.signal.reason;
        const backoff = Math.min(200 * 2 ** tries, 2_000) * (0.8 + Math.random() * 0.4);
        if (isRetryableError(error) && Date.now() + backoff < deadline) {
          await new Promise((resolve) => setTimeout(resolve, backoff));
          continue;
        }
        const name = typeof statement === 'string' ? statement : statement();
        const mapped = mapDatabaseError(error, name);
        if (mapped !== error) this.logger?.warn({ err: error, query: name }, 'database error');
        throw mapped;
      } finally {
        ctx.signal?.removeEventListener('abort', abandon);
        await session.close();
        this.instrumentation.sessionClosed();
      }
    }
  }

  /**
   * Applies schema statements (constraints, indexes) from cypher/schema, each group in one
   * transaction of its own, the groups in order: all are `IF NOT EXISTS`, so applying them again
   * changes nothing.
   */
  async applySchema(groups: string[][]): Promise<void> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      for (const group of groups) {
        await session.executeWrite(async (tx) => {
          for (const statement of group) await tx.run(statement);
        });
      }
    } catch (error) {
      throw mapDatabaseError(error, 'schema');
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
