/**
 * The `index.js` of a function shipped with a V8 code cache (infra/codeCacheLayer.ts). It compiles
 * the function's own bundle, `main.js` beside it, from the bytecode that V8 saved when the same
 * bundle answered warm-up requests on the same Lambda runtime, instead of parsing and compiling
 * ~0.9 MB of JavaScript and running it cold at every cold start (bench/README.md, "Cold start").
 *
 * The cache is looked for as `<CODE_CACHE_DIR>/<key>.v8cache` (the layer puts it under
 * /opt/code-cache), where the key is a hash of this build's `main.js` that the build writes into
 * this file: V8 itself checks only the source's length, so a cache made from other code is never
 * found. A cache that V8 refuses (another Node.js or V8 build, other flags) or that is absent costs
 * one log line and nothing else: the bundle is compiled from source, as without the loader.
 *
 * It also makes the cache: the event `{ produceCodeCache: { events } }` runs each event through the
 * handler, then answers with the serialized cache. API Gateway only ever sends its own event
 * shape, so only a caller with lambda:InvokeFunction (the deploy's custom resource) can ask.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire, findSourceMap, SourceMap } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Script } from 'node:vm';
import { CODE_CACHE_LAYER_DIR, codeCacheFileName } from './codeCacheFile.js';

type Handler = (event: unknown, context: unknown) => Promise<unknown>;
type Origin = { fileName: string; lineNumber: number; columnNumber: number; name?: string };

/** Set by the build (infra/codeCacheBundle.ts) to the hash of the `main.js` it wrote beside this file. */
const cacheKey = process.env.FACT_SERVICE_CODE_CACHE_KEY ?? '';
const bundleFile = join(__dirname, 'main.js');
const cacheFile = join(process.env.CODE_CACHE_DIR ?? `/opt/${CODE_CACHE_LAYER_DIR}`, codeCacheFileName(cacheKey));

export interface ProduceCodeCacheEvent {
  produceCodeCache: { events: unknown[] };
}

export interface ProducedCodeCache {
  /** The serialized cache, base64. */
  codeCache: string;
  key: string;
  /** The runtime that made it: a cache only serves this exact Node.js build. */
  node: string;
  /** The status code of each warm-up event's answer, in order. */
  statuses: number[];
}

const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
// `lineOffset` keeps the wrapper's line out of the positions, so they are main.js's own.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${readFileSync(bundleFile, 'utf8')}\n})`, {
  filename: bundleFile,
  lineOffset: -1,
  cachedData,
});
const status = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
// One JSON line, as Powertools writes them: straight to stdout, past the Lambda runtime's console prefix.
process.stdout.write(`${JSON.stringify({
  level: status === 'rejected' ? 'WARN' : 'INFO',
  message: `V8 code cache ${status}`,
  service: process.env.POWERTOOLS_SERVICE_NAME,
  timestamp: new Date().toISOString(),
  codeCache: { status, file: cacheFile, bytes: cachedData?.length ?? 0, node: process.version },
})}\n`);
mapStackTraces(bundleFile);

const bundle = { exports: {} as { handler: Handler } };
(script.runInThisContext() as (...args: unknown[]) => void)(bundle.exports, createRequire(bundleFile), bundle, bundleFile, __dirname);

export async function handler(event: unknown, context: unknown): Promise<unknown> {
  if (!isProduceEvent(event)) return bundle.exports.handler(event, context);
  const statuses: number[] = [];
  for (const warmup of event.produceCodeCache.events) {
    const answer = await bundle.exports.handler(warmup, context);
    statuses.push(Number((answer as { statusCode?: number } | undefined)?.statusCode ?? 0));
  }
  const produced: ProducedCodeCache = { codeCache: script.createCachedData().toString('base64'), key: cacheKey, node: process.version, statuses };
  return produced;
}

function isProduceEvent(event: unknown): event is ProduceCodeCacheEvent {
  const request = (event as Partial<ProduceCodeCacheEvent> | null)?.produceCodeCache;
  return typeof request === 'object' && request !== null && Array.isArray(request.events);
}

/**
 * `--enable-source-maps` maps the frames of files that Node loaded itself; main.js is compiled
 * here, so its frames are mapped here, from main.js.map, read on the first stack trace that
 * needs it. Frames of other files use the map Node holds for them, if any.
 */
function mapStackTraces(file: string): void {
  if (!process.sourceMapsEnabled) return;
  let ownMap: SourceMap | undefined;
  const mapOf = (name: string) => (name === file ? (ownMap ??= new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')))) : findSourceMap(name));
  Error.prepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => {
    const lines = frames.map((frame) => {
      const [name, line, column] = [frame.getFileName(), frame.getLineNumber(), frame.getColumnNumber()];
      const origin = (name && line && column ? mapOf(name)?.findOrigin(line, column) : undefined) as Partial<Origin> | undefined;
      if (!origin?.fileName) return `    at ${frame}`;
      const where = `${name === file ? resolve(dirname(file), origin.fileName) : origin.fileName}:${origin.lineNumber}:${origin.columnNumber}`;
      const functionName = frame.getFunctionName() ?? origin.name;
      return functionName ? `    at ${functionName} (${where})` : `    at ${where}`;
    });
    return [errorHeader(error), ...lines].join('\n');
  };
}

function errorHeader(error: Error): string {
  try {
    return String(error);
  } catch {
    return 'Error';
  }
}
