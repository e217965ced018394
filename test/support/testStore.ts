/** A store over fresh, uniquely named tables in the test run's DynamoDB Local. */
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { type Store, type TableNames, createStore, localTableNames } from '../../store/index.js';
import { loadCuratedFiles, seedFile } from '../../dev/loadFiles.js';
import type { FactServer } from '../../schema/server.js';
import { createTestServer } from './graphql.js';

export interface TestStore {
  store: Store;
  tableNames: TableNames;
  endpoint: string;
}

export const testEndpoint = () => inject('dynamoEndpoint');

export async function createTestStore(options: { seed?: boolean } = {}): Promise<TestStore> {
  const endpoint = testEndpoint();
  const tableNames = localTableNames(`t${randomBytes(4).toString('hex')}-`);
  const store = createStore({ endpoint, tableNames });
  await store.ensureTables();
  if (options.seed) await loadCuratedFiles(store, [seedFile]);
  return { store, tableNames, endpoint };
}

/** A seeded store and the real server over it: what most GraphQL suites start from. */
export async function seededServer(): Promise<TestStore & { server: FactServer }> {
  const t = await createTestStore({ seed: true });
  return { ...t, server: await createTestServer(t.store) };
}
