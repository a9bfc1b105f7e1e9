import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'The state of the service and of the Neo4j database behind it, read live.' })
export class Health {
  @Field({ description: 'Always "ok" when the service answers at all.' })
  status!: string;

  @Field({ description: 'The Neo4j server that answered this request: name, version and edition.' })
  database!: string;
}
