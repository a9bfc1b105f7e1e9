import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/db/database';
import { EXPLORER_DIR } from '../../src/server/explorer.routes';
import { connectTestDatabase } from '../support/database';
import { startTestServer } from '../support/server';

describe('/explore: the explorer as static files', () => {
  let database: Database;
  let service: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(EXPLORER_DIR, 'index.html'))) {
      throw new Error('The explorer is not built: run `npm run build` (npm test does)');
    }
    database = connectTestDatabase();
    service = await startTestServer(database);
  });
  afterAll(async () => {
    await service.server.stop();
    await database.close();
  });

  it('serves index.html for /explore and every deep link under it, revalidated on each load', async () => {
    const index = fs.readFileSync(path.join(EXPLORER_DIR, 'index.html'), 'utf8');
    for (const link of [
      '/explore',
      '/explore/',
      '/explore/node/municipality:delft',
      '/explore/path/a:b/c:d?q=x',
    ]) {
      const response = await fetch(`${service.base}${link}`);
      expect({ link, status: response.status }).toEqual({ link, status: 200 });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toBe(index);
    }
  });

  it('caches the content-hashed assets for a year, and answers a missing one with 404, not the page', async () => {
    const assets = fs.readdirSync(path.join(EXPLORER_DIR, 'assets'));
    expect(assets.some((file) => /^index-[\w-]+\.js$/.test(file))).toBe(true);
    const index = fs.readFileSync(path.join(EXPLORER_DIR, 'index.html'), 'utf8');
    for (const file of assets) {
      expect(index).toContain(`/explore/assets/${file}`);
      const response = await fetch(`${service.base}/explore/assets/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      await response.arrayBuffer();
    }
    const missing = await fetch(`${service.base}/explore/assets/index-00000000.js`);
    expect(missing.status).toBe(404);
    // Like any unknown path: JSON in GraphQL's error shape (README, "Errors before GraphQL").
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await missing.json()).toEqual({
      errors: [
        {
          message: 'Nothing here: GET /explore/assets/index-00000000.js',
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
  });

  it('lets the page load nothing from elsewhere (Content-Security-Policy)', async () => {
    const response = await fetch(`${service.base}/explore`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/https?:/);
    // And the built page names no other host.
    const index = await response.text();
    expect(index).not.toMatch(/(src|href)="(https?:)?\/\//);
  });
});
