/** A short fixed-seed run of the fuzzer (npm run fuzz runs longer): no 5xx, crash, hang, leak or unmasked error. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fuzzServer, runFuzz } from '../../dev/fuzz.js';
import { type TestStore, createTestStore } from '../support/testStore.js';
import { storeFingerprint } from './support.js';

let t: TestStore;
beforeAll(async () => {
  t = await createTestStore({ seed: true });
});
afterAll(() => t?.store.destroy());

it('400 random operations, damaged documents and malformed requests (seed 20240305): no failure', async () => {
  const before = await storeFingerprint(t.store);
  // Without the editor key: reads and refused mutations, so the store must not change at all.
  const report = await runFuzz({ server: await fuzzServer(t.store, 'fuzz-editor-key'), seed: 20240305, cases: 400, log: console.error });
  console.log(`fuzz: ${report.cases} cases in ${Math.round(report.ms)} ms, statuses ${JSON.stringify(report.byStatus)}, heap +${report.heapGrowthMb.toFixed(1)} MB`);
  expect(report.failures).toEqual([]);
  expect(Object.keys(report.byStatus).every((status) => Number(status) < 500)).toBe(true);
  expect(await storeFingerprint(t.store)).toEqual(before);
});
