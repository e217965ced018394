/**
 * Lambda cold start: a fresh Node process that loads the bundled GraphQL handler and answers its
 * first query, against the same for a minimal handler that makes one GetItem. Both are bundled by
 * esbuild with the deployed function's options (infra/serviceFunction.ts `bundling`) and run by the
 * Lambda harness of the function tests (require the CommonJS bundle, invoke over IPC with an API
 * Gateway v2 event). Measured from spawn to the first response; runs alternate between them.
 *
 * The GraphQL function is measured as deployed: behind its code cache loader, with the V8 code
 * cache made as the deploy makes it (infra/codeCacheLayer.ts): the same bundle, in a fresh process
 * of the same Node, answers the warm-up events and returns its cache. Beside it, for the record:
 * the same bundle without a cache (what a runtime that refuses the cache costs).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheFileName } from '../functions/codeCacheFile.js';
import { checkedCodeCache } from '../functions/codeCacheLayer.js';
import { graphqlWarmupEvents } from '../functions/graphqlWarmup.js';
import { buildFunctionBundle } from '../infra/buildLazyModules.js';
import { extractorModule, type LazyModule } from '../infra/lazyModules.js';
import { functionEntry, nodeOptions } from '../infra/serviceFunction.js';
import { type TableNames, tableNameEnv } from '../store/index.js';
import { httpEvent, startLambda } from '../test/functions/lambdaHarness.js';
import { summarize, type Summary } from './measure.js';

interface Contender { bundleBytes: number; coldMs: Summary; initMs: Summary; firstQueryMs: Summary }

export interface ColdStartResult {
  runs: number;
  /** The Node.js that ran the handlers. */
  node: string;
  /** As deployed: compiled from its V8 code cache (`codeCacheBytes`). */
  graphql: Contender & { codeCacheBytes: number };
  /** The same bundle compiled from source, as when V8 refuses the cache. */
  graphqlWithoutCodeCache: Contender;
  minimal: Contender;
  /** Median cold start of the GraphQL handler over the minimal one's. */
  ratio: number;
  /** The same without the code cache. */
  ratioWithoutCodeCache: number;
}

/** Bundles as CDK does for the deployed function, lazy modules beside index.js; the size of the code it loads at init. */
async function bundle(entry: string, outdir: string, { lazy = [], codeCache = false }: { lazy?: readonly LazyModule[]; codeCache?: boolean } = {}): Promise<number> {
  const outfile = join(outdir, 'index.js');
  await buildFunctionBundle(entry, outfile, { lazy, codeCache });
  return statSync(outfile).size + (codeCache ? statSync(join(outdir, 'main.js')).size : 0);
}

/** Makes the code cache as the deploy's producer does (functions/codeCacheLoader.ts), into `cacheDir`; its size. */
async function produceCodeCache(assetDir: string, environment: Record<string, string>, cacheDir: string, nodeBinary?: string): Promise<number> {
  const producer = await startLambda(assetDir, environment, { nodeBinary });
  try {
    const { result } = await producer.invoke({ produceCodeCache: { events: graphqlWarmupEvents() } } as never);
    const produced = checkedCodeCache(result, 'of the benchmark');
    // (stricter than the deploy: the seeded examples must all be answered)
    if (!produced.statuses.every((status) => status === 200)) throw new Error(`The code cache producer answered ${produced.statuses.join(', ')}:\n${producer.output()}`);
    const cache = Buffer.from(produced.codeCache, 'base64');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, codeCacheFileName(produced.key)), cache);
    return cache.length;
  } finally {
    producer.stop();
  }
}

export async function measureColdStart(options: { endpoint: string; tables: TableNames; entityId: string; runs: number; nodeBinary?: string }): Promise<ColdStartResult> {
  const root = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  try {
    const graphqlDir = join(root, 'graphql', 'asset');
    const minimalDir = join(root, 'minimal', 'asset');
    // As infra/graphqlFunction.ts ships it: the extractor in a file of its own.
    const graphqlBytes = await bundle(functionEntry('graphql.ts'), graphqlDir, { lazy: [extractorModule], codeCache: true });
    const minimalBytes = await bundle(fileURLToPath(new URL('./minimalHandler.ts', import.meta.url)), minimalDir);
    const environment = {
      ...Object.fromEntries(Object.entries(tableNameEnv).map(([id, env]) => [env, options.tables[id as keyof TableNames]])),
      EDITOR_KEY_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:unused',
      POWERTOOLS_SERVICE_NAME: 'fact-service', POWERTOOLS_METRICS_NAMESPACE: 'FactService', POWERTOOLS_LOG_LEVEL: 'WARN',
      POWERTOOLS_METRICS_DISABLED: 'true',
      NODE_OPTIONS: nodeOptions,
      AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench',
      DYNAMODB_ENDPOINT: options.endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    const cacheDir = join(root, 'opt', 'code-cache');
    const codeCacheBytes = await produceCodeCache(graphqlDir, environment, cacheDir, options.nodeBinary);
    const gid = Buffer.from(`Entity:${options.entityId}`).toString('base64');
    const graphqlQuery = { body: JSON.stringify({ query: `{ entity(id: "${gid}") { id name } }` }), answered: (a: any) => a.data?.entity?.id === gid };
    const contenders: { name: string; dir: string; env: Record<string, string>; cache?: string; body: string; answered: (answer: any) => boolean }[] = [
      { name: 'GraphQL', dir: graphqlDir, env: { CODE_CACHE_DIR: cacheDir }, cache: 'accepted', ...graphqlQuery },
      { name: 'minimal', dir: minimalDir, env: {}, cache: undefined, body: JSON.stringify({ id: options.entityId }), answered: (a: any) => a.data?.id === options.entityId },
      { name: 'GraphQL without code cache', dir: graphqlDir, env: { CODE_CACHE_DIR: join(root, 'opt', 'none') }, cache: 'absent', ...graphqlQuery },
    ];
    const samples = contenders.map(() => ({ cold: [] as number[], init: [] as number[], first: [] as number[] }));
    for (let run = 0; run < options.runs + 1; run++) {
      for (let k = 0; k < contenders.length; k++) {
        const which = (run + k) % contenders.length;
        const { dir, body, env } = contenders[which];
        const started = performance.now();
        const lambda = await startLambda(dir, { ...environment, ...env }, { nodeBinary: options.nodeBinary });
        try {
          const first = await lambda.invoke(httpEvent({ method: 'POST', headers: { 'content-type': 'application/json' }, body }));
          const coldMs = performance.now() - started;
          const answer = JSON.parse(first.result.body);
          if (first.result.statusCode !== 200 || !contenders[which].answered(answer)) {
            throw new Error(`The ${contenders[which].name} handler answered ${first.result.statusCode}: ${first.result.body.slice(0, 300)}\n${lambda.output()}`);
          }
          // The loader's own line says whether V8 took the cache: a refused cache would measure the wrong thing.
          if (contenders[which].cache && !lambda.output().includes(`"V8 code cache ${contenders[which].cache}"`)) {
            throw new Error(`The ${contenders[which].name} handler did not report the code cache ${contenders[which].cache}:\n${lambda.output()}`);
          }
          // The first run of each warms the file cache; it is not counted.
          if (run > 0) {
            samples[which].cold.push(coldMs);
            samples[which].init.push(lambda.spawnToReadyMs);
            samples[which].first.push(first.ms);
          }
        } finally {
          lambda.stop();
        }
      }
    }
    const result = (i: number, bundleBytes: number) => ({ bundleBytes, coldMs: summarize(samples[i].cold), initMs: summarize(samples[i].init), firstQueryMs: summarize(samples[i].first) });
    const graphql = { ...result(0, graphqlBytes), codeCacheBytes };
    const minimal = result(1, minimalBytes);
    const graphqlWithoutCodeCache = result(2, graphqlBytes);
    const ratioTo = (contender: Contender) => Math.round((contender.coldMs.p50 / minimal.coldMs.p50) * 100) / 100;
    const node = options.nodeBinary ? execFileSync(options.nodeBinary, ['--version'], { encoding: 'utf8' }).trim() : process.version;
    return { runs: options.runs, node, graphql, graphqlWithoutCodeCache, minimal, ratio: ratioTo(graphql), ratioWithoutCodeCache: ratioTo(graphqlWithoutCodeCache) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
