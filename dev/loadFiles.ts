/** Loads curated fact files into the store (used by `npm run load` and by `npm start`'s seeding). */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCuratedFile } from '../ingest/curatedFile.js';
import { type StoredArticle, storeFacts } from '../ingest/storeFacts.js';
import type { Store } from '../store/index.js';

export const seedFile = fileURLToPath(new URL('../fixtures/articles/cna-us-sanctions-north-korean-labour.json', import.meta.url));

export async function loadCuratedFiles(store: Store, files: readonly string[]): Promise<(StoredArticle & { file: string })[]> {
  const results = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${basename(file)}: cannot read it as JSON (${(error as Error).message})`);
    }
    results.push({ file, ...(await storeFacts(store, parseCuratedFile(json, basename(file)))) });
  }
  return results;
}

/** Seeds an empty store with the first article. */
export async function seedIfEmpty(store: Store): Promise<boolean> {
  const { items } = await store.statements.listSources({ first: 1 });
  if (items.length > 0) return false;
  await loadCuratedFiles(store, [seedFile]);
  return true;
}
