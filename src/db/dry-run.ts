import type { CallContext, CompiledStatement, NamedTransaction, Params, Row } from './database';
import { queryRegistry } from './query-registry';
import type { StatementRunner } from './request-db';

/** A statement a dry run was asked to send, with its parameter values. */
export interface RecordedStatement {
  name: string;
  text: string;
  params: Params;
}

/**
 * Runs nothing: records each statement a request would send and answers no rows. Used to print the
 * Cypher a GraphQL operation compiles to (`npm run cypher`) and to EXPLAIN it on the real database
 * in tests, never to answer a request.
 */
export class DryRun implements StatementRunner {
  readonly recorded: RecordedStatement[] = [];

  async read(query: string | CompiledStatement, params: Params = {}, ctx: CallContext = {}): Promise<Row[]> {
    return this.record(query, params, ctx);
  }

  async write(query: string | CompiledStatement, params: Params = {}, ctx: CallContext = {}): Promise<Row[]> {
    return this.record(query, params, ctx);
  }

  async transaction<T>(
    _mode: 'READ' | 'WRITE',
    work: (tx: NamedTransaction) => Promise<T>,
    ctx: CallContext = {},
  ): Promise<T> {
    return work({
      run: async (query, params = {}) => this.record(query, params, ctx),
      stream: async (query, params) => this.record(query, params, ctx).length,
    });
  }

  private record(query: string | CompiledStatement, params: Params, ctx: CallContext): Row[] {
    const named = typeof query === 'string' ? queryRegistry().get(query) : query;
    ctx.onQuery?.(named.name, named.text, Object.keys(params));
    this.recorded.push({ name: named.name, text: named.text, params });
    return [];
  }
}
