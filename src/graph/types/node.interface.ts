import { Field, ID, InterfaceType } from 'type-graphql';
import { NodeLabel } from '../../model';
import './enums';
import { Evidence } from './evidence.type';
import type { NodeRecord } from '../records/records';

@InterfaceType('Node', {
  description:
    'Anything in the graph: a municipality, region, organisation, person, programme, award, criterion, ' +
    'theme, document or quote. Every node has a stable, readable id such as `municipality:delft`.',
  resolveType: (value: NodeRecord) => value.label,
})
export abstract class Node {
  @Field(() => ID, { description: 'Stable, human-readable id: `<kind>:<slug>`, e.g. `org:kwadraad`.' })
  id!: string;

  @Field({ description: 'The name as the documents write it.' })
  name!: string;

  @Field(() => NodeLabel, { name: 'kind', description: 'The kind of node (its Neo4j label).' })
  label!: NodeLabel;

  @Field(() => [String], { description: 'Other names the documents use for it.' })
  aliases!: string[];

  @Field({
    description:
      'True when every source of this node is restricted; only researchers and editors see such nodes.',
  })
  restricted!: boolean;

  @Field(() => [Evidence], { description: 'Where the documents name this node, verbatim.' })
  evidence!: Evidence[];
}
