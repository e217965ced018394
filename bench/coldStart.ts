/**
 * Lambda cold start: a fresh Node process that loads the bundled GraphQL handler and answers its
 * first query, against the same for a minimal handler that makes one GetItem. Both are bundled by
 * esbuild with the deployed function's options (infra/serviceFunction.ts `bundling`) and run by the
 * Lambda harness of the function tests (require the CommonJS bundle, invoke over IPC with an API
 * Gateway v2 event). Measured from spawn to the first response; runs alternate between the two.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFunctionBundle } from '../infra/buildLazyModules.js';
import { extractorModule, type LazyModule } from '../infra/lazyModules.js';
import { functionEntry, nodeOptions } from '../infra/serviceFunction.js';
import { type TableNames, tableNameEnv } from '../store/index.js';
import { httpEvent, startLambda } from '../test/functions/lambdaHarness.js';
import { summarize, type Summary } from './measure.js';

export interface ColdStartResult {
  runs: number;
  graphql: { bundleBytes: number; coldMs: Summary; initMs: Summary; firstQueryMs: Summary };
  minimal: { bundleBytes: number; coldMs: Summary; initMs: Summary; firstQueryMs: Summary };
  /** Median cold start of the GraphQL handler over the minimal one's. */
  ratio: number;
}

/** Bundles as CDK does for the deployed function, lazy modules beside index.js; the size of index.js. */
async function bundle(entry: string, outdir: string, lazy: readonly LazyModule[] = []): Promise<number> {
  const outfile = join(outdir, 'index.js');
  await buildFunctionBundle(entry, outfile, { lazy });
  return statSync(outfile).size;
}

export async function measureColdStart(options: { endpoint: string; tables: TableNames; entityId: string; runs: number }): Promise<ColdStartResult> {
  const root = mkdtempSync(join(tmpdir(), 'bench-cold-'));
  try {
    const graphqlDir = join(root, 'graphql', 'asset');
    const minimalDir = join(root, 'minimal', 'asset');
    // As infra/graphqlFunction.ts ships it: the extractor in a file of its own.
    const graphqlBytes = await bundle(functionEntry('graphql.ts'), graphqlDir, [extractorModule]);
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
    const gid = Buffer.from(`Entity:${options.entityId}`).toString('base64');
    const contenders = [
      { dir: graphqlDir, body: JSON.stringify({ query: `{ entity(id: "${gid}") { id name } }` }), answered: (a: any) => a.data?.entity?.id === gid },
      { dir: minimalDir, body: JSON.stringify({ id: options.entityId }), answered: (a: any) => a.data?.id === options.entityId },
    ];
    const samples = contenders.map(() => ({ cold: [] as number[], init: [] as number[], first: [] as number[] }));
    for (let run = 0; run < options.runs + 1; run++) {
      for (let k = 0; k < contenders.length; k++) {
        const which = (run + k) % contenders.length;
        const { dir, body } = contenders[which];
        const started = performance.now();
        const lambda = await startLambda(dir, environment);
        try {
          const first = await lambda.invoke(httpEvent({ method: 'POST', headers: { 'content-type': 'application/json' }, body }));
          const coldMs = performance.now() - started;
          const answer = JSON.parse(first.result.body);
          if (first.result.statusCode !== 200 || !contenders[which].answered(answer)) {
            throw new Error(`The ${which ? 'minimal' : 'GraphQL'} handler answered ${first.result.statusCode}: ${first.result.body.slice(0, 300)}\n${lambda.output()}`);
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
    const graphql = result(0, graphqlBytes);
    const minimal = result(1, minimalBytes);
    return { runs: options.runs, graphql, minimal, ratio: Math.round((graphql.coldMs.p50 / minimal.coldMs.p50) * 100) / 100 };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
