/**
 * The custom resource behind infra/codeCacheLayer.ts, as an onEvent handler of CDK's provider
 * framework. On create and update it asks the producer, the cached function's twin (the same
 * code, runtime version, architecture, memory and environment), to answer the warm-up events and
 * return its V8 code cache (functions/codeCacheLoader.ts), and publishes the cache as a layer
 * version; the version it replaces, and the last one on delete, are deleted. A producer that
 * throws or answers a warm-up with a 5xx fails the deploy: the function it stands for would fail
 * the same way.
 */
import { DeleteLayerVersionCommand, InvokeCommand, LambdaClient, PublishLayerVersionCommand, ResourceNotFoundException } from '@aws-sdk/client-lambda';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { zipSync } from 'fflate';
import { CODE_CACHE_LAYER_DIR, codeCacheFileName } from './codeCacheFile.js';
import type { ProducedCodeCache, ProduceCodeCacheEvent } from './codeCacheLoader.js';

/** The custom resource's properties (CloudFormation hands every value over as a string). */
export interface CodeCacheLayerProperties {
  ServiceToken: string;
  /** The function that makes the cache. */
  ProducerArn: string;
  /** Changes whenever the producer's code or configuration does, so the cache is made again. */
  ProducerVersion: string;
  LayerName: string;
  /** JSON: the events the producer answers before it serializes the cache. */
  WarmupEvents: string;
  CompatibleRuntime: string;
  CompatibleArchitecture: string;
}

export interface CodeCacheLayerResponse {
  PhysicalResourceId: string;
  Data?: { LayerVersionArn: string; Node: string; CacheBytes: number };
}

type LambdaApi = Pick<LambdaClient, 'send'>;

/** Where the layer puts the cache: Lambda extracts layers under /opt, the loader's default directory. */
const layerCacheEntry = (key: string) => `${CODE_CACHE_LAYER_DIR}/${codeCacheFileName(key)}`;

export async function handleCodeCacheLayerEvent(event: CloudFormationCustomResourceEvent<CodeCacheLayerProperties>, lambda: LambdaApi): Promise<CodeCacheLayerResponse> {
  if (event.RequestType === 'Delete') {
    await deleteLayerVersion(lambda, event.PhysicalResourceId);
    return { PhysicalResourceId: event.PhysicalResourceId };
  }
  const properties = event.ResourceProperties;
  const produced = await produce(lambda, properties);
  const cache = Buffer.from(produced.codeCache, 'base64');
  const published = await lambda.send(new PublishLayerVersionCommand({
    LayerName: properties.LayerName,
    Description: `V8 code cache of the function's main.js ${produced.key}, made by Node.js ${produced.node}`,
    Content: { ZipFile: zipSync({ [layerCacheEntry(produced.key)]: cache }) },
    CompatibleRuntimes: [properties.CompatibleRuntime as never],
    CompatibleArchitectures: [properties.CompatibleArchitecture as never],
  }));
  if (!published.LayerVersionArn) throw new Error(`PublishLayerVersion returned no LayerVersionArn for ${properties.LayerName}`);
  // On update, CloudFormation sends a Delete for the old physical id once the stack uses the new one.
  return { PhysicalResourceId: published.LayerVersionArn, Data: { LayerVersionArn: published.LayerVersionArn, Node: produced.node, CacheBytes: cache.length } };
}

async function produce(lambda: LambdaApi, properties: CodeCacheLayerProperties): Promise<ProducedCodeCache> {
  const request: ProduceCodeCacheEvent = { produceCodeCache: { events: JSON.parse(properties.WarmupEvents) as unknown[] } };
  const answer = await lambda.send(new InvokeCommand({ FunctionName: properties.ProducerArn, Payload: JSON.stringify(request) }));
  const payload = Buffer.from(answer.Payload ?? new Uint8Array()).toString('utf8');
  if (answer.FunctionError) throw new Error(`The code cache producer ${properties.ProducerArn} failed (${answer.FunctionError}): ${payload.slice(0, 2000)}`);
  return checkedCodeCache(JSON.parse(payload), properties.ProducerArn);
}

/** A producer's answer, if it holds a cache and every warm-up event was answered without a 5xx; else what is wrong, thrown. */
export function checkedCodeCache(answer: unknown, producer: string): ProducedCodeCache {
  const produced = (answer ?? {}) as Partial<ProducedCodeCache>;
  if (typeof produced.codeCache !== 'string' || !produced.codeCache || !produced.key || !Array.isArray(produced.statuses)) {
    throw new Error(`The code cache producer ${producer} answered without a cache: ${JSON.stringify(answer).slice(0, 500)}`);
  }
  const failed = produced.statuses.findIndex((status) => !(status >= 200 && status < 500));
  if (failed >= 0) throw new Error(`Warm-up event ${failed + 1} of ${produced.statuses.length} got status ${produced.statuses[failed]} from ${producer}: the function fails to answer`);
  return produced as ProducedCodeCache;
}

/** Deletes the layer version a physical id names; an id that names none (a create that failed) is left alone. */
async function deleteLayerVersion(lambda: LambdaApi, physicalId: string): Promise<void> {
  const match = /^(arn:[^:]+:lambda:[^:]+:\d+:layer:[^:]+):(\d+)$/.exec(physicalId);
  if (!match) return;
  try {
    await lambda.send(new DeleteLayerVersionCommand({ LayerName: match[1], VersionNumber: Number(match[2]) }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
}

const lambda = new LambdaClient({});

export const handler = (event: CloudFormationCustomResourceEvent<CodeCacheLayerProperties>) => handleCodeCacheLayerEvent(event, lambda);
