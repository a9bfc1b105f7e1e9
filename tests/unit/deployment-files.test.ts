import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config/config';

const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

describe('files for users with Docker (no engine here: validated as far as possible)', () => {
  const compose = parse(read('docker-compose.yml'));

  it('runs the official Neo4j 5.26 Community image with a healthcheck and a volume', () => {
    expect(compose.services.neo4j.image).toBe('neo4j:5.26-community');
    expect(compose.services.neo4j.healthcheck.test.join(' ')).toContain('cypher-shell');
    expect(compose.services.neo4j.volumes).toContain('neo4j-data:/data');
    expect(Object.keys(compose.volumes)).toContain('neo4j-data');
  });

  it('starts the service only once Neo4j is healthy, pointed at it', () => {
    const app = compose.services['gouden-netwerk'];
    expect(app.depends_on.neo4j.condition).toBe('service_healthy');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('builds the image with the same steps CI runs', () => {
    const dockerfile = read('Dockerfile');
    const ci = read('.ci/run');
    for (const step of ['npm ci', 'npm run build']) expect(dockerfile).toContain(step);
    expect(ci).toContain('npm ci');
    expect(read('package.json')).toMatch(/"test": "npm run build/);
  });
});
