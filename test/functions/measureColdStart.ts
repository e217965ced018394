/**
 * Measures what the GraphQL function's memory and bundle choices rest on: bundle size, and for a
 * fresh process (a cold start) the time and CPU to load the bundle and answer a first query,
 * and the memory it then holds. Compares the synthesized bundle (AWS SDK inside) with one that
 * leaves the SDK to the runtime. Run: `npx tsx test/functions/measureColdStart.ts [runs]`.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CfnResource } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { startDynamoLocal } from '../../dev/dynamoLocal.js';
import { loadCuratedFiles, seedFile } from '../../dev/loadFiles.js';
import { buildFunctionBundle } from '../../infra/buildLazyModules.js';
import { extractorModule } from '../../infra/lazyModules.js';
import { functionEntry, nodeOptions } from '../../infra/serviceFunction.js';
import { createStore, localTableNames, tableNameEnv } from '../../store/index.js';
import { createTestApp, removeTestApps } from '../infra/synthApp.js';
import { startLambda } from './lambdaHarness.js';

const runs = Number(process.argv[2] ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dynamo = await startDynamoLocal();
try {
  const tableNames = localTableNames('measure-');
  const store = createStore({ endpoint: dynamo.endpoint, tableNames });
  await store.ensureTables();
  await loadCuratedFiles(store, [seedFile]);

  const { app, stack } = createTestApp({ bundle: true });
  app.synth();
  // The GraphQL function by its logical id (the stack has other functions too).
  const fn = Template.fromStack(stack).toJSON().Resources[stack.getLogicalId(stack.graphql.function.node.defaultChild as CfnResource)];
  const synthesized = join(app.outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`);

  // The same options, with the AWS SDK left to the runtime's copy instead.
  const runtimeSdk = join(app.outdir, 'asset.runtime-sdk');
  mkdirSync(runtimeSdk, { recursive: true });
  await buildFunctionBundle(functionEntry('graphql.ts'), join(runtimeSdk, 'index.js'), { runtimeSdk: true, lazy: [extractorModule] });

  const environment = {
    ...Object.fromEntries(Object.entries(tableNameEnv).map(([id, env]) => [env, tableNames[id as keyof typeof tableNames]])),
    EDITOR_KEY_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:unused',
    POWERTOOLS_SERVICE_NAME: 'fact-service', POWERTOOLS_METRICS_NAMESPACE: 'FactService', POWERTOOLS_LOG_LEVEL: 'WARN',
    NODE_OPTIONS: nodeOptions,
    AWS_REGION: 'us-east-1', DYNAMODB_ENDPOINT: dynamo.endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const query = JSON.stringify({ query: '{ entities(first: 10) { edges { node { id name kind } } } }' });

  const variants = [
    // (without the code cache the deployed function compiles from: `npm run bench` measures that)
    { label: 'deployed: SDK bundled, --enable-source-maps', dir: synthesized, env: environment },
    { label: 'SDK from the runtime, --enable-source-maps', dir: runtimeSdk, env: environment },
    { label: 'SDK bundled, source maps not enabled', dir: synthesized, env: { ...environment, NODE_OPTIONS: '' } },
  ].map((variant) => ({ ...variant, samples: { load: [] as number[], loadCpu: [] as number[], first: [] as number[], firstCpu: [] as number[], warm: [] as number[], rss: [] as number[] } }));

  // Interleaved, so that every variant sees the same load on the machine.
  for (let i = 0; i < runs; i++) {
    for (const { dir, env, samples } of variants) {
      const lambda = await startLambda(dir, env, { runtimeSdk: dir === runtimeSdk });
      const event = { version: '2.0', rawPath: '/graphql', rawQueryString: '', headers: { 'content-type': 'application/json' }, body: query, isBase64Encoded: false,
        requestContext: { domainName: 'x.example', requestId: `m${i}`, http: { method: 'POST' } } } as any;
      const first = await lambda.invoke(event);
      if (first.result.statusCode !== 200) throw new Error(first.result.body);
      let warm = 0;
      for (let j = 0; j < 20; j++) warm += (await lambda.invoke(event)).ms;
      samples.load.push(lambda.loadMs);
      samples.loadCpu.push(lambda.loadCpuMs);
      samples.first.push(first.ms);
      samples.firstCpu.push(first.cpuMs - lambda.loadCpuMs);
      samples.warm.push(warm / 20);
      samples.rss.push(first.rss / 2 ** 20);
      lambda.stop();
    }
  }
  for (const { label, dir, samples } of variants) {
    // (the synthesized bundle is main.js behind the code cache loader's index.js)
    const size = ['index.js', 'main.js'].filter((file) => existsSync(join(dir, file))).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0) / 1024;
    console.log(`${label}: bundle ${size.toFixed(0)} KiB; median of ${runs} cold starts: init ${median(samples.load).toFixed(0)} ms `
      + `(CPU ${median(samples.loadCpu).toFixed(0)} ms), first query ${median(samples.first).toFixed(0)} ms (CPU ${median(samples.firstCpu).toFixed(0)} ms), `
      + `warm query ${median(samples.warm).toFixed(1)} ms, RSS after first query ${median(samples.rss).toFixed(0)} MiB`);
  }
  store.destroy();
} finally {
  await dynamo.stop();
  removeTestApps();
}
