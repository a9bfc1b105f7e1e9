import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import '../graph/types/enums';
import { EdgeFields } from '../graph/types/relationship.type';
import { Node } from '../graph/types/node.interface';

/**
 * A relationship in a walk. Unlike `Relationship`, it is not seen from one of its ends (a walk has
 * no node "asking"), so it has no `direction`: `from` and `to` are its ends as stored, and
 * `source`/`target` are those nodes.
 */
@ObjectType({
  implements: EdgeFields,
  description:
    'A relationship met on a walk (neighbourhood or path), with its evidence. `from` → `to` is the ' +
    'direction it is stored in, which need not be the direction of the walk (walks go both ways).',
})
export class GraphEdge extends EdgeFields {
  @Field(() => ID, { description: 'Id of the node it starts at (as stored).' })
  from!: string;

  @Field(() => ID, { description: 'Id of the node it ends at (as stored).' })
  to!: string;

  @Field(() => Node, { description: 'The node it starts at (`from`).' })
  source!: Node;

  @Field(() => Node, { description: 'The node it ends at (`to`).' })
  target!: Node;
}

@ObjectType({
  description:
    'The nodes within a few hops of one node and every relationship among them (the induced ' +
    'subgraph, as NetworkX `ego_graph`), ready for a graph view or an export.',
})
export class Neighbourhood {
  @Field(() => [Node], {
    description:
      'The start node first, then the others nearest first (by number of hops), then by name and id.',
  })
  nodes!: Node[];

  @Field(() => [GraphEdge], {
    description: 'Every relationship between two of `nodes` of the asked types, ordered by key.',
  })
  edges!: GraphEdge[];

  @Field({
    description:
      'True when `limit` cut the nodes (the farthest were left out) or the edges (at most five per ' +
      'node of `limit`); ask for a larger `limit` or a smaller `depth`.',
  })
  truncated!: boolean;
}

@ObjectType({
  description:
    'A chain of relationships joining two nodes, each hop with its evidence: the answer to "why are ' +
    'these two connected?".',
})
export class Path {
  @Field(() => Int, { description: 'The number of hops (relationships).' })
  length!: number;

  @Field(() => [Node], { description: 'The nodes along the path, from `from` to `to`; one more than hops.' })
  nodes!: Node[];

  @Field(() => [GraphEdge], {
    description:
      'The relationships along the path, in order: `edges[i]` joins `nodes[i]` and `nodes[i + 1]`.',
  })
  edges!: GraphEdge[];
}

@ObjectType({ description: 'A node that matches a full-text search, with its relevance and a snippet.' })
export class SearchHit {
  @Field(() => Node, { description: 'The matching node.' })
  node!: Node;

  @Field(() => Float, { description: 'Relevance (Lucene score); higher is better. Hits come best first.' })
  score!: number;

  @Field({
    description:
      'A short excerpt of the matching text (a quote, description, document text or the name) around ' +
      'the first match, with the matching words in `**…**`. A word matches a searched word when equal, or ' +
      'when both share a prefix of four letters or more and differ only in up to three letters after it ' +
      '("gemeente" matches "gemeenten"), approximating the Dutch stemming of the search.',
  })
  snippet!: string;
}
