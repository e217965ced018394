/** `npm run ingest` sends article files to a running service over HTTP and reports each one. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_KEY, createTestServer } from '../support/graphql.js';
import { type TestStore, createTestStore } from '../support/testStore.js';

const run = promisify(execFile);
const shared = new URL('../../../shared/fixtures/articles/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'facts-ingest-'));
let t: TestStore;
let http: Server;
let endpoint: string;

beforeAll(async () => {
  t = await createTestStore();
  http = createServer(await createTestServer(t.store));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(http.address() as { port: number }).port}/graphql`;
  writeFileSync(join(dir, 'plain.txt'), 'GENEVA (Reuters) - "We expect all parties to return to the table without conditions," WTO Director-General Ngozi Okonjo-Iweala told reporters on Monday.');
  writeFileSync(join(dir, 'empty.txt'), '   ');
});
afterAll(() => {
  http?.close();
  t?.store.destroy();
});

const ingest = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'dev/ingestFiles.ts', '--endpoint', endpoint, '--key', EDITOR_KEY, ...args]).catch((error) => error);

// These run the CLI in fresh Node processes, slow to start on a loaded 2-core machine.
describe('npm run ingest', { timeout: 120_000 }, () => {
  it('ingests plain text and JSON articles, reports each, and finds them unchanged the second time', async () => {
    const files = [join(dir, 'plain.txt'), join(shared, 'bbc-india-france-rafale-deal.json')];
    const first = await ingest(...files);
    expect(first.code ?? 0).toBe(0);
    expect(first.stdout).toMatch(/plain\.txt\s+ingested\s+1\s+/);
    expect(first.stdout).toMatch(/bbc-india-france-rafale-deal\.json\s+ingested/);
    expect(first.stdout).toContain('2 of 2 articles stored (0 already there)');
    const second = await ingest(...files);
    expect(second.stdout).toContain('2 of 2 articles stored (2 already there)');
    const sources = await t.store.statements.listSources({ first: 10 });
    expect(sources.items).toHaveLength(2);
    expect(sources.items.map(({ item }) => item.publisher)).toContain('BBC News');
  });

  it('reports a file the service refuses, and exits non-zero', async () => {
    const result = await ingest(join(dir, 'empty.txt'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/empty\.txt\s+failed.*text must not be empty/);
  });

  it('reports a wrong key', async () => {
    const result = await run(process.execPath, ['--import', 'tsx', 'dev/ingestFiles.ts', '--endpoint', endpoint, '--key', 'wrong', join(dir, 'plain.txt')]).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/failed.*editor key/);
  });
});
