import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { RequestDb } from '../../db/request-db';
import type { Viewer } from '../../model';
import type { NodeRecord } from '../records/records';
import { compileByIds } from './roots';
import { rootTree } from './selection';

/**
 * Nodes named by id outside a walk (an analysis's rankings, communities and interlocks), projected
 * by the compiler for the selection of the field that names them. All the ids one selection asks
 * for in one tick become one statement (DataLoader), so a response level costs one round trip per
 * distinct selection, however many nodes it names.
 */
export class NodeReader {
  private readonly loaders = new Map<string, DataLoader<string, NodeRecord | null>>();

  constructor(
    private readonly db: RequestDb,
    private readonly viewer: Viewer,
  ) {}

  /** The node `id` as the field being resolved (`info`) selects it; null if missing or not visible. */
  load(info: GraphQLResolveInfo, id: string): Promise<NodeRecord | null> {
    return this.loaderFor(rootTree(info)).load(id);
  }

  /** Several nodes for one field (a list of nodes), in the order of `ids`. */
  loadMany(info: GraphQLResolveInfo, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    const loader = this.loaderFor(rootTree(info));
    return Promise.all(ids.map((id) => loader.load(id)));
  }

  private loaderFor(tree: ResolveTree): DataLoader<string, NodeRecord | null> {
    const signature = JSON.stringify(tree.fieldsByTypeName);
    let loader = this.loaders.get(signature);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const read = compileByIds(tree, ids, this.viewer.seeRestricted);
        const rows = await this.db.read(read, read.params);
        const byId = new Map(rows.map((row) => [(row.node as NodeRecord).id, row.node as NodeRecord]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(signature, loader);
    }
    return loader;
  }
}
