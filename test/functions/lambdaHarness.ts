/**
 * Runs a synthesized Lambda bundle the way Lambda does: a fresh Node process that requires
 * `index.js` (CommonJS) with only the function's environment, where `@aws-sdk/*` is the one
 * thing resolvable from outside the bundle (the runtime ships it), invoked over IPC with
 * API Gateway v2 events and a Lambda context.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

const repoSdk = fileURLToPath(new URL('../../node_modules/@aws-sdk', import.meta.url));

const runnerSource = `
const started = performance.now();
let handler;
try {
  ({ handler } = require(process.env.LAMBDA_BUNDLE));
} catch (error) {
  process.send({ type: 'initError', error: String(error && error.stack || error) });
  process.exit(1);
}
const cpuMs = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
process.send({ type: 'ready', loadMs: performance.now() - started, cpuMs: cpuMs() });
process.on('message', async ({ id, event, context }) => {
  const began = performance.now();
  const lambdaContext = { ...context, getRemainingTimeInMillis: () => 15000, done() {}, fail() {}, succeed() {} };
  try {
    const result = await handler(event, lambdaContext);
    const builtins = process.moduleLoadList.filter((name) => name.startsWith('NativeModule ')).map((name) => name.slice(13));
    const files = Object.keys(require.cache);
    process.send({ type: 'result', id, result, ms: performance.now() - began, rss: process.memoryUsage().rss, cpuMs: cpuMs(), builtins, files });
  } catch (error) {
    process.send({ type: 'result', id, error: String(error && error.stack || error), ms: performance.now() - began });
  }
});
`;

export interface Invocation {
  result: APIGatewayProxyStructuredResultV2 & { headers: Record<string, string>; body: string; statusCode: number };
  ms: number;
  rss: number;
  /** CPU time the process has used so far (user + system), in milliseconds. */
  cpuMs: number;
  /** Node's built-in modules the process has loaded so far, e.g. `internal/deps/undici/undici`. */
  builtins: string[];
  /** The files the process has loaded so far (Node's module cache), e.g. the bundle's `index.js`. */
  files: string[];
  requestId: string;
}

export interface LambdaProcess {
  invoke(event: APIGatewayProxyEventV2): Promise<Invocation>;
  /** Milliseconds the bundle took to require (the init phase), and the CPU time spent by then. */
  loadMs: number;
  loadCpuMs: number;
  spawnToReadyMs: number;
  output(): string;
  stop(): void;
}

/**
 * Prepares `assetDir` (a package.json marking it CommonJS) and, when asked, a node_modules holding
 * only @aws-sdk, as the Lambda runtime provides it. Without it nothing outside the bundle resolves.
 */
export function prepareBundle(assetDir: string, runtimeSdk: boolean): { runner: string; nodePath: string } {
  writeFileSync(join(assetDir, 'package.json'), '{"type":"commonjs"}\n');
  const runner = join(assetDir, '..', 'lambda-runner.cjs');
  writeFileSync(runner, runnerSource);
  const nodePath = join(assetDir, '..', runtimeSdk ? 'runtime-node_modules' : 'no-node_modules');
  mkdirSync(nodePath, { recursive: true });
  if (runtimeSdk) {
    try {
      symlinkSync(repoSdk, join(nodePath, '@aws-sdk'), 'dir');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { runner, nodePath };
}

export async function startLambda(
  assetDir: string,
  environment: Record<string, string>,
  { functionName = 'graphql', runtimeSdk = false, nodeBinary = process.execPath }: { functionName?: string; runtimeSdk?: boolean; nodeBinary?: string } = {},
): Promise<LambdaProcess> {
  const { runner, nodePath } = prepareBundle(assetDir, runtimeSdk);
  let output = '';
  const spawnedAt = performance.now();
  const child: ChildProcess = fork(runner, [], {
    cwd: assetDir,
    env: {
      PATH: process.env.PATH,
      ...environment,
      LAMBDA_BUNDLE: join(assetDir, 'index.js'),
      NODE_PATH: nodePath,
      AWS_LAMBDA_FUNCTION_NAME: functionName,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: environment.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ?? '1024',
      _HANDLER: 'index.handler',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
      TZ: 'UTC',
    },
    // NODE_OPTIONS from the function's environment (--enable-source-maps) applies as on Lambda.
    execArgv: [],
    // Another Node.js than this one's, e.g. the Lambda runtime's major (bench/README.md, "Cold start").
    execPath: nodeBinary,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));

  const pending = new Map<string, (message: any) => void>();
  const ready = new Promise<{ loadMs: number; cpuMs: number }>((resolve, reject) => {
    child.on('message', (message: any) => {
      if (message.type === 'ready') resolve(message);
      else if (message.type === 'initError') reject(new Error(`The bundle failed to load:\n${message.error}\n${output}`));
      else pending.get(message.id)?.(message);
    });
    child.on('exit', (code) => reject(new Error(`The Lambda process exited (${code}):\n${output}`)));
  });
  const { loadMs, cpuMs: loadCpuMs } = await ready;
  const spawnToReadyMs = performance.now() - spawnedAt;

  return {
    loadMs,
    loadCpuMs,
    spawnToReadyMs,
    output: () => output,
    stop: () => child.kill(),
    invoke(event) {
      const id = randomUUID();
      const context = {
        awsRequestId: id,
        functionName,
        functionVersion: '$LATEST',
        invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
        memoryLimitInMB: '1024',
        logGroupName: `/aws/lambda/${functionName}`,
        logStreamName: 'test',
        callbackWaitsForEmptyEventLoop: true,
      };
      return new Promise((resolve, reject) => {
        pending.set(id, (message) => {
          pending.delete(id);
          if (message.error) reject(new Error(message.error));
          else resolve({ result: message.result, ms: message.ms, rss: message.rss, cpuMs: message.cpuMs, builtins: message.builtins, files: message.files, requestId: id });
        });
        child.send({ id, event, context });
      });
    },
  };
}

/** An API Gateway HTTP API (payload v2) event, as the `$default` stage sends it. */
export function httpEvent(options: {
  method: 'GET' | 'POST' | 'OPTIONS';
  path?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  base64?: boolean;
}): APIGatewayProxyEventV2 {
  const path = options.path ?? '/graphql';
  const rawQueryString = new URLSearchParams(options.query ?? {}).toString();
  const domainName = 'abc123.execute-api.us-east-1.amazonaws.com';
  const headers = { host: domainName, 'user-agent': 'vitest', ...(options.headers ?? {}) };
  return {
    version: '2.0',
    routeKey: `${options.method} ${path}`,
    rawPath: path,
    rawQueryString,
    headers,
    ...(options.query ? { queryStringParameters: options.query } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName,
      domainPrefix: 'abc123',
      http: { method: options.method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'vitest' },
      requestId: `api-${randomUUID()}`,
      routeKey: `${options.method} ${path}`,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    ...(options.body !== undefined
      ? { body: options.base64 ? Buffer.from(options.body).toString('base64') : options.body, isBase64Encoded: Boolean(options.base64) }
      : { isBase64Encoded: false }),
  };
}

/**
 * A function's environment exactly as the template declares it, each reference ({ Ref }) replaced
 * by its local stand-in; a reference without a stand-in fails the test.
 */
export function environmentFromTemplate(variables: Record<string, unknown>, standIns: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => {
      if (typeof value === 'string') return [name, value];
      const ref = (value as { Ref?: string }).Ref;
      if (!ref || !(ref in standIns)) throw new Error(`No stand-in for ${name}=${JSON.stringify(value)}`);
      return [name, standIns[ref]];
    }),
  );
}
