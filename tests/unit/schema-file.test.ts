import fs from 'node:fs';
import { printSortedSchema } from '../../src/server/schema';
import { PROJECT_ROOT } from '../../src/config/config';

describe('schema.graphql', () => {
  it('matches the schema the code builds (regenerate with `npm run schema:emit`)', async () => {
    const checkedIn = fs.readFileSync(`${PROJECT_ROOT}/schema.graphql`, 'utf8');
    const built = await printSortedSchema();
    if (checkedIn !== built) {
      throw new Error('schema.graphql is stale: run `npm run schema:emit` and commit the result');
    }
    expect(checkedIn).toBe(built);
  });

  it('describes every type, field, argument, input field and enum value (they are the Sandbox documentation)', async () => {
    const { buildGraphSchema } = await import('../../src/server/schema');
    const schema = await buildGraphSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      // The root types too: type-graphql makes them without one, describeRootTypes adds it.
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if ('getValues' in type) {
        for (const value of type.getValues()) {
          if (!value.description) missing.push(`${type.name}.${value.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
