/**
 * npm run loadtest [-- --amount N --connections N]: autocannon against the local server (yoga on
 * node:http, as `npm start` serves it) over DynamoDB Local seeded with the first article, cycling
 * through the contract's read operations. Fails on any error: a connection error, a timeout, a
 * non-2xx status, or a GraphQL error in a body. Reports throughput, p50/p99 latency and RSS.
 * (`npm run load` is the curated-facts loader; this is `loadtest`.)
 * Uses DYNAMODB_ENDPOINT when set, else starts DynamoDB Local in memory.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { encodeGlobalID } from '@pothos/plugin-relay';
// autocannon ships no types; this is the part of its API used here.
// @ts-expect-error no declaration file
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { parse, print, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { createFactServer } from '../schema/server.js';
import { createStore, localTableNames } from '../store/index.js';
import { startDynamoLocal } from './dynamoLocal.js';
import { loadCuratedFiles, seedFile } from './loadFiles.js';

export interface LoadReport {
  requests: number;
  connections: number;
  durationS: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  graphqlErrors: number;
  rssBeforeMb: number;
  rssAfterMb: number;
}

const gid = encodeGlobalID;

/** The contract's read operations with variables that find something in the seed article. */
function contractReads(): { query: string; variables: Record<string, unknown> }[] {
  const document = parse(readFileSync(new URL('../../shared/contract/operations.graphql', import.meta.url), 'utf8'));
  const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => print(f)).join('\n');
  const op = (name: string) => {
    const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name?.value === name);
    if (!definition) throw new Error(`no ${name} in the contract`);
    const text = print(definition);
    return text.includes('...StatementFields') ? `${text}\n${fragments}` : text; // StatementFields uses SpeakerFields
  };
  return [
    { query: op('Search'), variables: { text: 'korea' } },
    { query: op('Search'), variables: { text: 'mnuch' } },
    { query: op('EntityPage'), variables: { id: gid('Entity', 'north-korea') } },
    { query: op('OfficialPage'), variables: { id: gid('Official', 'steven-mnuchin') } },
    { query: op('Entities'), variables: { kind: 'COUNTRY' } },
    { query: op('Officials'), variables: {} },
    { query: op('Statements'), variables: { kind: 'QUOTE' } },
    { query: op('Sources'), variables: {} },
    { query: op('NodeById'), variables: { id: gid('Entity', 'japan') } },
  ];
}

export async function runLoad(options: { endpoint: string; amount?: number; connections?: number; log?: (line: string) => void }): Promise<LoadReport> {
  const log = options.log ?? (() => {});
  const store = createStore({ endpoint: options.endpoint, tableNames: localTableNames(`load${randomBytes(3).toString('hex')}-`) });
  await store.ensureTables();
  await loadCuratedFiles(store, [seedFile]);
  const yoga = await createFactServer({ store, editorKey: randomBytes(16).toString('hex'), graphiql: false, logger: { debug() {}, info() {}, warn() {}, error: (...args: unknown[]) => log(`server error: ${JSON.stringify(args).slice(0, 500)}`) } });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  let graphqlErrors = 0;
  try {
    const reads = contractReads();
    // Warm up: the first request of each operation parses and validates it.
    for (const read of reads) await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(read) });
    const rssBefore = process.memoryUsage().rss;
    const result = await autocannon({
      url,
      connections: options.connections ?? 48,
      amount: options.amount ?? 3_600,
      timeout: 10,
      requests: reads.map((read) => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(read),
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) {
            if (graphqlErrors++ < 3) log(`GraphQL error: ${body.slice(0, 300)}`);
          }
        },
      })),
    });
    return {
      requests: result.requests.total,
      connections: result.connections,
      durationS: result.duration,
      requestsPerSecond: Math.round(result.requests.average),
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors,
      rssBeforeMb: Math.round(rssBefore / 2 ** 20),
      rssAfterMb: Math.round(process.memoryUsage().rss / 2 ** 20),
    };
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    store.destroy();
  }
}

async function main() {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const dynamo = process.env.DYNAMODB_ENDPOINT ? undefined : await startDynamoLocal();
  try {
    const report = await runLoad({ endpoint: process.env.DYNAMODB_ENDPOINT ?? dynamo!.endpoint, amount: arg('amount', 3_600), connections: arg('connections', 48), log: console.error });
    console.log(JSON.stringify(report, null, 2));
    const failed = report.errors + report.timeouts + report.non2xx + report.graphqlErrors;
    if (failed) console.error(`FAILED: ${failed} requests did not answer cleanly`);
    process.exitCode = failed ? 1 : 0;
  } finally {
    await dynamo?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
