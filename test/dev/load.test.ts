/** `npm run load` loads curated files; loading the same file twice changes nothing. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFile } from '../../dev/loadFiles.js';
import { type TestStore, createTestStore } from '../support/testStore.js';

const run = promisify(execFile);
let t: TestStore;

beforeAll(async () => {
  t = await createTestStore();
});
afterAll(() => t?.store.destroy());

async function counts() {
  const all = async (list: (after?: string) => Promise<{ items: unknown[]; hasNextPage: boolean; last?: string }>) => {
    let n = 0;
    let after: string | undefined;
    for (;;) {
      const page = await list(after);
      n += page.items.length;
      if (!page.hasNextPage) return n;
      after = page.last;
    }
  };
  const paged = <T extends { items: { cursor: string }[]; hasNextPage: boolean }>(page: T) => ({ ...page, last: page.items.at(-1)?.cursor });
  return {
    sources: await all(async (after) => paged(await t.store.statements.listSources({ first: 100, after }))),
    statements: await all(async (after) => paged(await t.store.statements.list({}, { first: 100, after }))),
    entities: await all(async (after) => paged(await t.store.entities.list(undefined, { first: 100, after }))),
    officials: await all(async (after) => paged(await t.store.officials.list({}, { first: 100, after }))),
  };
}

const loadCli = (...files: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'dev/load.ts', ...files], {
    env: { ...process.env, DYNAMODB_ENDPOINT: t.endpoint, FACTS_TABLE_PREFIX: t.tableNames.entities.replace(/Entities$/, '') },
  });

// These run the CLI in fresh Node processes, slow to start on a loaded 2-core machine.
describe('npm run load', { timeout: 120_000 }, () => {
  it('loads a curated file, and a second load of it changes nothing', async () => {
    const first = await loadCli(seedFile);
    expect(first.stdout).toMatch(/cna-us-sanctions-north-korean-labour\.json: loaded .* 9 statements, 15 entities, 5 officials/);
    const before = await counts();
    expect(before).toEqual({ sources: 1, statements: 9, entities: 15, officials: 5 });
    const second = await loadCli(seedFile);
    expect(second.stdout).toContain('already loaded, unchanged');
    expect(await counts()).toEqual(before);
  });

  it('says what is wrong with a file that is not a curated fact file, and exits non-zero', async () => {
    const error = await loadCli('package.json').catch((e) => e);
    expect(error.code).toBe(1);
    expect(error.stderr).toMatch(/package\.json is not a curated fact file/);
  });
});
