/**
 * The GraphQL function's V8 code cache, end to end on the artifacts synth produces: the publisher
 * (functions/codeCacheLayer.ts) runs the real producer bundle in a fresh Node process, publishes
 * what it returns as a layer, and the function's own bundle then compiles from that layer
 * (functions/codeCacheLoader.ts). Only Lambda's control plane (Invoke, PublishLayerVersion,
 * DeleteLayerVersion) is stood in for: Invoke runs the producer's asset, a published layer is
 * unzipped where Lambda would put it (/opt here is a temporary folder).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DeleteLayerVersionCommand, InvokeCommand, PublishLayerVersionCommand } from '@aws-sdk/client-lambda';
import type { CfnResource } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CodeCacheLayerProperties, handleCodeCacheLayerEvent } from '../../functions/codeCacheLayer.js';
import { graphqlWarmupEvents } from '../../functions/graphqlWarmup.js';
import { createTestApp, removeTestApps } from '../infra/synthApp.js';
import { type TestStore, createTestStore } from '../support/testStore.js';
import { type LambdaProcess, environmentFromTemplate, httpEvent, startLambda } from './lambdaHarness.js';

const LAYER_ARN = 'arn:aws:lambda:us-east-1:123456789012:layer:FactService-dev-graphql-code-cache:7';

let store: TestStore;
let functionAsset: string;
let producerAsset: string;
let environment: Record<string, string>;
let properties: CodeCacheLayerProperties;
let opt: string;
const started: LambdaProcess[] = [];

beforeAll(async () => {
  const { app, stack } = createTestApp({ bundle: true });
  app.synth();
  const resources = Template.fromStack(stack).toJSON().Resources;
  const resourceOf = (construct: { node: { defaultChild?: unknown } }) => resources[stack.getLogicalId(construct.node.defaultChild as CfnResource)];
  const assetOf = (fn: any) => join(app.outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`);
  const graphql = resourceOf(stack.graphql.function);
  functionAsset = assetOf(graphql);
  producerAsset = assetOf(resourceOf(stack.graphql.codeCache.producer.function));
  properties = resourceOf(stack.graphql.codeCache.node.findChild('Resource') as never).Properties;

  store = await createTestStore({ seed: true });
  const logicalId = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as CfnResource);
  environment = {
    ...environmentFromTemplate(graphql.Properties.Environment.Variables, {
      [logicalId(stack.editorKey)]: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:unused',
      ...Object.fromEntries(Object.entries(stack.tables.byId).map(([id, { table }]) => [logicalId(table), store.tableNames[id as keyof typeof store.tableNames]])),
    }),
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    DYNAMODB_ENDPOINT: store.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  opt = mkdtempSync(join(tmpdir(), 'code-cache-opt-'));
}, 240_000);

afterAll(() => {
  for (const lambda of started) lambda.stop();
  store?.store.destroy();
  if (opt) rmSync(opt, { recursive: true, force: true });
  removeTestApps();
});

async function start(asset: string, extra: Record<string, string> = {}): Promise<LambdaProcess> {
  const lambda = await startLambda(asset, { ...environment, ...extra });
  started.push(lambda);
  return lambda;
}

/** The loader's one line about the cache, from a process's output. */
const cacheStatus = (lambda: LambdaProcess) => lambda.output().split('\n').filter(Boolean).map((line) => JSON.parse(line)).find((record) => record.codeCache)?.codeCache.status;

/** Lambda's control plane as the publisher uses it: Invoke runs `producer`; a published layer lands in `layerDir`. */
function lambdaApi(producer: LambdaProcess, layerDir: string) {
  const sent: { name: string; input: any }[] = [];
  return {
    sent,
    async send(command: unknown): Promise<any> {
      if (command instanceof InvokeCommand) {
        sent.push({ name: 'Invoke', input: command.input });
        try {
          const invocation = await producer.invoke(JSON.parse(String(command.input.Payload)));
          return { StatusCode: 200, Payload: Buffer.from(JSON.stringify(invocation.result)) };
        } catch (error) {
          return { StatusCode: 200, FunctionError: 'Unhandled', Payload: Buffer.from(JSON.stringify({ errorMessage: String(error) })) };
        }
      }
      if (command instanceof PublishLayerVersionCommand) {
        sent.push({ name: 'PublishLayerVersion', input: command.input });
        for (const [path, bytes] of Object.entries(unzipSync(command.input.Content!.ZipFile!))) {
          mkdirSync(dirname(join(layerDir, path)), { recursive: true });
          writeFileSync(join(layerDir, path), bytes);
        }
        return { LayerVersionArn: LAYER_ARN };
      }
      if (command instanceof DeleteLayerVersionCommand) {
        sent.push({ name: 'DeleteLayerVersion', input: command.input });
        return {};
      }
      throw new Error(`Not a call the publisher makes: ${String(command)}`);
    },
  };
}

/** The key the build gives the function's main.js (infra/codeCacheBundle.ts). */
const mainKey = () => createHash('sha256').update(readFileSync(join(functionAsset, 'main.js'))).digest('hex').slice(0, 32);

const postGraphql = (query: string) => httpEvent({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

describe('the V8 code cache of the GraphQL function', () => {
  it('is made by a twin whose bundle is the function’s, byte for byte, and keyed by that bundle', () => {
    expect(producerAsset).toBe(functionAsset);
    expect(readFileSync(join(functionAsset, 'index.js'), 'utf8')).toContain(mainKey());
    expect(JSON.parse(properties.WarmupEvents)).toEqual(graphqlWarmupEvents());
  });

  it('is published as a layer by the custom resource, and the function compiles from it and answers as without it', async () => {
    const producer = await start(producerAsset);
    const api = lambdaApi(producer, opt);
    const response = await handleCodeCacheLayerEvent({
      RequestType: 'Create', ServiceToken: 'token', ResponseURL: 'https://example.invalid', StackId: 'stack', RequestId: 'request',
      LogicalResourceId: 'CodeCache', ResourceType: 'AWS::CloudFormation::CustomResource', ResourceProperties: properties,
    }, api);

    expect(response.PhysicalResourceId).toBe(LAYER_ARN);
    expect(response.Data).toMatchObject({ LayerVersionArn: LAYER_ARN, Node: process.version });
    expect(response.Data!.CacheBytes).toBeGreaterThan(100_000);
    expect(api.sent.map((call) => call.name)).toEqual(['Invoke', 'PublishLayerVersion']);
    expect(api.sent[1].input).toMatchObject({ LayerName: properties.LayerName, CompatibleRuntimes: ['nodejs24.x'], CompatibleArchitectures: ['arm64'] });
    expect(readdirSync(join(opt, 'code-cache'))).toEqual([`${mainKey()}.v8cache`]);

    const cached = await start(functionAsset, { CODE_CACHE_DIR: join(opt, 'code-cache') });
    const uncached = await start(functionAsset, { CODE_CACHE_DIR: join(opt, 'none') });
    expect(cacheStatus(cached)).toBe('accepted');
    expect(cacheStatus(uncached)).toBe('absent');
    for (const event of graphqlWarmupEvents()) {
      const [withCache, without] = [await cached.invoke(event), await uncached.invoke(event)];
      expect(withCache.result.statusCode).toBe(200);
      expect(JSON.parse(withCache.result.body).errors).toBeUndefined();
      expect(withCache.result.body).toBe(without.result.body);
    }
    // Code the warm-up never ran is compiled on first use, as without a cache: a refused query, an error path.
    const invalid = await cached.invoke(postGraphql('{ entity(id: 1) { nope } }'));
    expect(JSON.parse(invalid.result.body).errors[0].message).toMatch(/nope/);
  });

  it('is refused by V8 when another runtime or other V8 flags made it, and then costs one log line and nothing else', async () => {
    const dir = join(opt, 'code-cache');
    const [file] = readdirSync(dir);
    const good = readFileSync(join(dir, file));
    const refusedDir = join(opt, 'refused');
    mkdirSync(refusedDir, { recursive: true });
    // On Lambda, a memory size sets --max-old-space-size; a cache made under other flags is refused.
    const otherFlags = await start(producerAsset, { NODE_OPTIONS: `${environment.NODE_OPTIONS} --max-old-space-size=300` });
    const made = await otherFlags.invoke({ produceCodeCache: { events: graphqlWarmupEvents().slice(0, 1) } } as never);
    writeFileSync(join(refusedDir, file), Buffer.from((made.result as any).codeCache, 'base64'));
    const refused = await start(functionAsset, { CODE_CACHE_DIR: refusedDir });
    expect(cacheStatus(refused)).toBe('rejected');
    // A cut-off file (a broken layer) is refused the same way.
    writeFileSync(join(refusedDir, file), good.subarray(0, good.length - 1000));
    const truncated = await start(functionAsset, { CODE_CACHE_DIR: refusedDir });
    expect(cacheStatus(truncated)).toBe('rejected');
    for (const lambda of [refused, truncated]) {
      const answer = await lambda.invoke(postGraphql('{ sources(first: 2) { edges { node { id title } } } }'));
      expect(JSON.parse(answer.result.body).data.sources.edges[0].node.id).toEqual(expect.any(String));
      const warning = lambda.output().split('\n').filter(Boolean).map((line) => JSON.parse(line)).find((record) => record.codeCache);
      expect(warning).toMatchObject({ level: 'WARN', message: 'V8 code cache rejected' });
    }
  });

  it('keeps stack traces pointing at the TypeScript sources', async () => {
    const lambda = await start(functionAsset, { CODE_CACHE_DIR: join(opt, 'code-cache') });
    // An event with no requestContext makes the handler itself throw (API Gateway never sends one).
    const failure = await lambda.invoke({} as never).then(() => undefined, (error: Error) => error.message);
    expect(failure).toMatch(/TypeError/);
    expect(failure).toMatch(/functions\/graphql\.ts:\d+:\d+/);
    expect(failure).not.toMatch(/main\.js:\d+/);
  });
});

describe('the custom resource that publishes it', () => {
  it('fails the deploy with the reason when the producer cannot answer, and publishes nothing', async () => {
    const producer = await start(producerAsset);
    const api = lambdaApi(producer, join(opt, 'unused'));
    // An event API Gateway never sends: the handler throws, as a broken bundle would.
    const broken = { ...properties, WarmupEvents: JSON.stringify([{}]) };
    await expect(handleCodeCacheLayerEvent({
      RequestType: 'Update', ServiceToken: 'token', ResponseURL: 'https://example.invalid', StackId: 'stack', RequestId: 'request',
      LogicalResourceId: 'CodeCache', ResourceType: 'AWS::CloudFormation::CustomResource', PhysicalResourceId: LAYER_ARN,
      ResourceProperties: broken, OldResourceProperties: properties,
    }, api)).rejects.toThrow(/code cache producer .* failed \(Unhandled\): .*TypeError/s);
    expect(api.sent.map((call) => call.name)).toEqual(['Invoke']);
  });

  it('deletes the layer version it published, and leaves alone an id that names none', async () => {
    const api = lambdaApi(undefined as never, join(opt, 'unused'));
    const deleteEvent = (PhysicalResourceId: string) => ({
      RequestType: 'Delete' as const, ServiceToken: 'token', ResponseURL: 'https://example.invalid', StackId: 'stack', RequestId: 'request',
      LogicalResourceId: 'CodeCache', ResourceType: 'AWS::CloudFormation::CustomResource', PhysicalResourceId, ResourceProperties: properties,
    });
    await expect(handleCodeCacheLayerEvent(deleteEvent(LAYER_ARN), api)).resolves.toEqual({ PhysicalResourceId: LAYER_ARN });
    await handleCodeCacheLayerEvent(deleteEvent('a-create-that-failed'), api);
    expect(api.sent).toEqual([{ name: 'DeleteLayerVersion', input: { LayerName: LAYER_ARN.replace(/:7$/, ''), VersionNumber: 7 } }]);
  });
});
