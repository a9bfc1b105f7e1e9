import { ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection.type';
import { Node } from '../common/node.interface';

@ObjectType({
  implements: Node,
  description:
    'A gemeente. Its relationship fields lead to the award it received, the social-work organisation ' +
    'that nominated it, its region, partners, programmes and people.',
})
export class Municipality extends Node {}

export const MunicipalityConnection = connectionOf(Municipality);
