/**
 * DynamoDB faults, injected with SDK middleware, a misbehaving TCP proxy, and by stopping a
 * DynamoDB Local of this file's own: throttling and UnprocessedKeys are retried and answer
 * correctly; a stall or an outage is an error within 10 s, the process stays up and recovers by
 * itself; a transaction cancelled or cut off mid-way leaves nothing half-written; nothing stored is lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoLocal } from '../../dev/dynamoLocal.js';
import type { FactServer } from '../../schema/server.js';
import { type Store, createStore, localTableNames } from '../../store/index.js';
import { contractOperations, createTestServer, graphql } from '../support/graphql.js';
import { type TestStore, createTestStore, testEndpoint } from '../support/testStore.js';
import { startFaultProxy } from './faultProxy.js';
import { storeFingerprint } from './support.js';

const ops = contractOperations();
const gid = encodeGlobalID;
const code = (r: { body: any }) => r.body.errors?.[0]?.extensions?.code;

/** Reads that touch every access path: Query on indexes, BatchGetItem through the loaders. */
const reads: [string, Record<string, unknown>][] = [
  ['EntityPage', { id: gid('Entity', 'north-korea'), first: 100 }],
  ['OfficialPage', { id: gid('Official', 'steven-mnuchin') }],
  ['Statements', { first: 100 }],
  ['Search', { text: 'korea' }],
  ['Entities', { first: 100 }],
];

const article = (n: number) => ({
  text: `GENEVA: The Aldermoor Shipping Company on Monday (Mar ${n}) was fined for port violations. ` +
    `"We accept the ruling and will change how our vessels report their cargo," Aldermoor chief executive Lena Varga said in a statement. ` +
    `Port Authority Director Tomas Reyes said that the fine was the largest this year.`,
  url: `https://news.example.com/aldermoor/${n}`,
  publisher: 'Example Wire',
  publishedAt: `2024-03-0${n}T00:00:00Z`,
});

/** A store client of its own over the same tables (so a fault injected in it touches no other test). */
const clientOver = (t: { tableNames: Store['tableNames'] }, endpoint: string) => createStore({ endpoint, tableNames: t.tableNames });

let seeded: TestStore;
let baseline: Record<string, unknown>;

beforeAll(async () => {
  seeded = await createTestStore({ seed: true });
  const server = await createTestServer(seeded.store);
  baseline = {};
  for (const [name, variables] of reads) baseline[name] = (await graphql(server, ops[name], variables)).body.data;
});
afterAll(() => seeded?.store.destroy());

async function answersAsBaseline(server: FactServer, which = reads) {
  for (const [name, variables] of which) {
    const response = await graphql(server, ops[name], variables);
    expect(response.body.errors, `${name}: ${JSON.stringify(response.body.errors)}`).toBeUndefined();
    expect(response.body.data, name).toEqual(baseline[name]);
  }
}

describe('throttling and partial answers are retried', () => {
  it('ProvisionedThroughputExceededException or ThrottlingException on every call: retried with backoff, answers unchanged', async () => {
    const store = clientOver(seeded, seeded.endpoint);
    const attempts = new WeakMap<object, number>();
    let injected = 0;
    store.doc.middlewareStack.add(
      (next, context) => async (args) => {
        const n = attempts.get(context) ?? 0;
        attempts.set(context, n + 1);
        if (n < 1) {
          const name = injected++ % 2 === 0 ? 'ProvisionedThroughputExceededException' : 'ThrottlingException';
          throw Object.assign(new Error(`injected ${name}`), { name, $fault: 'client', $metadata: { httpStatusCode: 400 } });
        }
        return next(args);
      },
      { name: 'injectThrottling', step: 'deserialize' }, // below the SDK's retry middleware
    );
    try {
      const before = await storeFingerprint(seeded.store);
      const started = performance.now();
      await answersAsBaseline(await createTestServer(store), reads.slice(0, 3));
      // Every call was throttled once (a page is one Query and a BatchGetItem or more).
      expect(injected).toBeGreaterThanOrEqual(6);
      console.log(`throttling: ${injected} calls throttled once, answered in ${Math.round(performance.now() - started)} ms`);
      expect(await storeFingerprint(seeded.store)).toEqual(before);
    } finally {
      store.destroy();
    }
  });

  it('BatchGetItem UnprocessedKeys: the deferred keys are asked again until every record is there', async () => {
    const store = clientOver(seeded, seeded.endpoint);
    let deferredCalls = 0;
    store.doc.middlewareStack.add(
      (next, context) => async (args): Promise<any> => {
        const result = (await next(args)) as { output: { Responses?: Record<string, Record<string, unknown>[]>; UnprocessedKeys?: Record<string, { Keys: unknown[] }> } };
        if (context.commandName !== 'BatchGetItemCommand' || deferredCalls >= 6) return result;
        const responses = result.output.Responses ?? {};
        const unprocessed: Record<string, { Keys: unknown[] }> = {};
        for (const [table, items] of Object.entries(responses)) {
          if (items.length < 2) continue;
          unprocessed[table] = { Keys: items.slice(1).map((item) => ({ pk: item.pk, sk: item.sk })) };
          responses[table] = items.slice(0, 1);
        }
        if (Object.keys(unprocessed).length) {
          deferredCalls++;
          result.output.UnprocessedKeys = unprocessed;
        }
        return result;
      },
      { name: 'deferKeys', step: 'initialize' },
    );
    try {
      await answersAsBaseline(await createTestServer(store));
      expect(deferredCalls).toBeGreaterThan(0);
    } finally {
      store.destroy();
    }
  });
});

describe('transactions cancelled or cut off leave nothing half-written', () => {
  let empty: TestStore;
  let server: FactServer;
  beforeAll(async () => {
    empty = await createTestStore();
    server = await createTestServer(empty.store);
  });
  afterAll(() => empty?.store.destroy());

  it('TransactionConflict and throttling cancellations are retried; the article is stored once, complete', async () => {
    let cancelled = 0;
    const fault = { name: 'cancelTransactions', step: 'initialize' as const };
    empty.store.doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && cancelled < 2) {
          const reason = cancelled++ === 0 ? 'TransactionConflict' : 'ThrottlingError';
          throw Object.assign(new Error(`Transaction cancelled [None, ${reason}]`), { name: 'TransactionCanceledException', CancellationReasons: [{ Code: 'None' }, { Code: reason }], $metadata: {} });
        }
        return next(args);
      },
      fault,
    );
    try {
      const response = await graphql(server, ops.IngestArticle, { input: article(1) }, { editor: true });
      expect(response.body.errors).toBeUndefined();
      expect(cancelled).toBe(2);
    } finally {
      empty.store.doc.middlewareStack.remove(fault.name);
    }
    expect(await articleShape(empty.store)).toEqual(await referenceShape([article(1)]));
  });

  it('a transaction whose answer is lost (applied, then a timeout): the retry or the next ingestion completes it, never twice', async () => {
    const proxy = await startFaultProxy(empty.endpoint);
    const store = clientOver(empty, proxy.endpoint);
    const proxied = await createTestServer(store);
    store.doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && proxy.mode === 'pass' && JSON.stringify(args.input).includes('"SOURCE"')) {
          proxy.mode = 'dropResponses';
          setTimeout(() => (proxy.mode = 'pass'), 1_500).unref();
        }
        return next(args);
      },
      { name: 'loseAnswers', step: 'initialize' },
    );
    try {
      const started = performance.now();
      const first = await graphql(proxied, ops.IngestArticle, { input: article(2) }, { editor: true });
      expect(performance.now() - started).toBeLessThan(10_000);
      if (first.body.errors) expect(code(first)).toBe('SERVICE_UNAVAILABLE');
      const again = await graphql(server, ops.IngestArticle, { input: article(2) }, { editor: true });
      expect(again.body.errors).toBeUndefined();
    } finally {
      store.destroy();
      await proxy.close();
    }
    expect(await articleShape(empty.store)).toEqual(await referenceShape([article(1), article(2)]));
  });
});

describe('DynamoDB stalls or goes down', () => {
  it('a stall is an error within 10 s for reads and writes, nothing is written, and the next request after it works', async () => {
    const proxy = await startFaultProxy(testEndpoint());
    const store = clientOver(seeded, proxy.endpoint);
    const server = await createTestServer(store);
    try {
      await answersAsBaseline(server);
      const before = await storeFingerprint(seeded.store);
      proxy.mode = 'stall';
      const timed = async (run: () => Promise<any>) => {
        const started = performance.now();
        const response = await run();
        return { response, ms: performance.now() - started };
      };
      const [read, write] = await Promise.all([
        timed(() => graphql(server, ops.EntityPage, { id: gid('Entity', 'japan') })),
        timed(() => graphql(server, ops.IngestArticle, { input: article(3) }, { editor: true })),
      ]);
      console.log(`stall: read answered in ${Math.round(read.ms)} ms, write in ${Math.round(write.ms)} ms`);
      for (const { response, ms } of [read, write]) {
        expect(ms).toBeLessThan(10_000);
        expect(code(response)).toBe('SERVICE_UNAVAILABLE');
        expect(response.body.errors[0].message).toMatch(/try again/);
      }
      proxy.mode = 'pass';
      await answersAsBaseline(server);
      expect(await storeFingerprint(seeded.store)).toEqual(before);
    } finally {
      store.destroy();
      await proxy.close();
    }
  });

  it('DynamoDB stopped: errors within 10 s, the server stays up, and answers again once DynamoDB is back, with nothing lost', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'facts-fault-'));
    let dynamo = await startDynamoLocal({ dataDir });
    const store = createStore({ endpoint: dynamo.endpoint, tableNames: localTableNames('fault-') });
    try {
      await store.ensureTables();
      const server = await createTestServer(store);
      const ingested = await graphql(server, ops.IngestArticle, { input: article(4) }, { editor: true });
      expect(ingested.body.errors).toBeUndefined();
      const before = await storeFingerprint(store);

      await dynamo.stop();
      const started = performance.now();
      const [read, write] = await Promise.all([
        graphql(server, ops.Statements, { first: 100 }),
        graphql(server, ops.ReviewStatement, { id: ingested.body.data.ingestArticle.source.statements.edges[0].node.id, status: 'VERIFIED' }, { editor: true }),
      ]);
      const downMs = performance.now() - started;
      console.log(`DynamoDB down: answered in ${Math.round(downMs)} ms`);
      expect(downMs).toBeLessThan(10_000);
      expect(code(read)).toBe('SERVICE_UNAVAILABLE');
      expect(code(write)).toBe('SERVICE_UNAVAILABLE');

      dynamo = await startDynamoLocal({ dataDir, port: dynamo.port });
      const back = await graphql(server, ops.Statements, { first: 100 });
      expect(back.body.errors).toBeUndefined();
      expect(back.body.data.statements.edges.length).toBeGreaterThan(0);
      expect(await storeFingerprint(store)).toEqual(before);
    } finally {
      store.destroy();
      await dynamo.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** What ingestion stored, without the times that differ between runs: one line per item. */
async function articleShape(store: Store): Promise<string[]> {
  const { ScanCommand } = await import('@aws-sdk/lib-dynamodb');
  const lines: string[] = [];
  for (const [id, table] of Object.entries(store.tableNames)) {
    let ExclusiveStartKey: Record<string, unknown> | undefined;
    do {
      const page = await store.doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey }));
      for (const item of page.Items ?? []) {
        const kept = Object.entries(item).filter(([k, v]) => !/At$/.test(k) && !(typeof v === 'string' && /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/.test(v) && !v.startsWith('2024-')));
        lines.push(`${id} ${JSON.stringify(Object.fromEntries(kept.sort(([a], [b]) => a.localeCompare(b))))}`);
      }
      ExclusiveStartKey = page.LastEvaluatedKey;
    } while (ExclusiveStartKey);
  }
  return lines.sort();
}

/** The same articles ingested, one after the other, into fresh tables with no fault. */
async function referenceShape(articles: Record<string, unknown>[]): Promise<string[]> {
  const reference = await createTestStore();
  try {
    const server = await createTestServer(reference.store);
    for (const input of articles) expect((await graphql(server, ops.IngestArticle, { input }, { editor: true })).body.errors).toBeUndefined();
    return await articleShape(reference.store);
  } finally {
    reference.store.destroy();
  }
}
