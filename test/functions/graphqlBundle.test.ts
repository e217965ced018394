/**
 * The deployed artifact works: the bundle that synth produces for the GraphQL function, loaded in a
 * fresh Node process with the environment the template gives the function, answers API Gateway v2
 * events against tables created in DynamoDB Local from store/'s definitions.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Template } from 'aws-cdk-lib/assertions';
import type { CfnResource } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FactServer } from '../../schema/server.js';
import { contractOperations, createTestServer, graphql } from '../support/graphql.js';
import { type TestStore, createTestStore } from '../support/testStore.js';
import { createTestApp, removeTestApps } from '../infra/synthApp.js';
import { type FakeSecretsManager, startFakeSecretsManager } from './fakeSecretsManager.js';
import { type Invocation, type LambdaProcess, httpEvent, startLambda, environmentFromTemplate } from './lambdaHarness.js';

const EDITOR_KEY = 'bundle-test-editor-key-6f1d2c';
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:FactServiceEditorKey-AbCdEf';
const ops = contractOperations();
const gid = encodeGlobalID;

let store: TestStore;
let secrets: FakeSecretsManager;
let lambda: LambdaProcess;
let inProcess: FactServer;
let assetDir: string;
let functionEnvironment: Record<string, string>;

beforeAll(async () => {
  // As `cdk synth` does it: bundling, cdk-nag and CDK's CloudFormation template validation.
  const { app, stack } = createTestApp({ bundle: true, cfnValidation: true });
  app.synth();
  const template = Template.fromStack(stack);
  // The GraphQL function by its logical id (the stack has other functions too).
  const fn = template.toJSON().Resources[stack.getLogicalId(stack.graphql.function.node.defaultChild as CfnResource)];
  assetDir = join(app.outdir, `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`);

  store = await createTestStore({ seed: true });
  secrets = await startFakeSecretsManager({ [SECRET_ARN]: EDITOR_KEY });

  // The function's environment exactly as the template declares it, with each reference resolved
  // to what stands in for that resource here; an unknown reference fails the test.
  const logicalId = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as CfnResource);
  const standIns: Record<string, string> = {
    [logicalId(stack.editorKey)]: SECRET_ARN,
    ...Object.fromEntries(Object.entries(stack.tables.byId).map(([id, { table }]) => [logicalId(table), store.tableNames[id as keyof typeof store.tableNames]])),
  };
  functionEnvironment = environmentFromTemplate(fn.Properties.Environment.Variables, standIns);

  lambda = await startLambda(assetDir, lambdaEnvironment());
  inProcess = await createTestServer(store.store);
}, 240_000);

afterAll(async () => {
  lambda?.stop();
  await secrets?.close();
  store?.store.destroy();
  removeTestApps();
});

/** The function's environment, and what Lambda and the offline stand-ins provide: region, credentials, and where AWS is. */
const lambdaEnvironment = (): Record<string, string> => ({
  ...functionEnvironment,
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  DYNAMODB_ENDPOINT: store.endpoint,
  AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  httpEvent({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const bodyOf = (invocation: { result: { body: string } }) => JSON.parse(invocation.result.body);
/** The asset's files that the process has loaded so far. */
const bundleFiles = (invocation: Invocation) => invocation.files.filter((file) => file.startsWith(`${assetDir}/`)).map((file) => file.slice(assetDir.length + 1));

describe('the bundle synth produces', () => {
  it('is a CommonJS file with a source map, carrying its own AWS SDK, the extractor beside it and never the embedded GraphiQL', () => {
    // index.js is the code cache loader (test/functions/codeCache.test.ts); main.js is the function's bundle.
    // The extractor is a file of its own (infra/lazyModules.ts), required by the one path that runs it.
    // (The package.json is the harness's: startLambda marks the folder CommonJS, as Lambda's runtime treats it.)
    expect(readdirSync(assetDir).sort()).toEqual(['extract.js', 'extract.js.map', 'index.js', 'main.js', 'main.js.map', 'package.json']);
    const bundle = join(assetDir, 'main.js');
    const source = readFileSync(bundle, 'utf8');
    // The process runs without any node_modules (startLambda's default), so everything it loads is inside.
    // No import(): code compiled from a cache has no dynamic-import callback on Node 20 (serviceFunction.ts
    // `bundleSupported`). The self-contained GraphiQL (graphiql: 'embedded', never on Lambda) and the
    // extractor are required on first use, inside a promise, never at init.
    expect(source).not.toContain('import("');
    expect(source).toMatch(/\.then\(\(\)=>\w+\(require\("@graphql-yoga\/render-graphiql"\)/);
    expect(source).toMatch(/\.then\(\(\)=>\w+\(require\("\.\/extract\.js"\)/);
    // @whatwg-node/fetch is functions/whatwgFetch.ts here: node-fetch's classes without its clients
    // (the package's selector probes for node-libcurl).
    expect(source).not.toContain('node-libcurl');
    // fast-json-stringify is functions/withoutJsonSchemaSerializer.ts here: graphql-jit's optional serializer, without ajv.
    expect(source).not.toContain('ajv');
    // The extractor's `\p{…}` patterns stay literals, compiled once, not `new RegExp` on every call (bundleSupported).
    const extractor = readFileSync(join(assetDir, 'extract.js'), 'utf8');
    expect(extractor).toMatch(/\/\^\\p\{Lu\}/);
    expect(extractor).not.toMatch(/new RegExp\("[^"]*\\\\p\{/);
    const size = statSync(bundle).size + statSync(join(assetDir, 'index.js')).size;
    console.info(`GraphQL bundle: ${(size / 1024).toFixed(0)} KiB; cold start: load ${lambda.loadMs.toFixed(0)} ms, spawn to ready ${lambda.spawnToReadyMs.toFixed(0)} ms`);
    expect(size).toBeLessThan(3 * 1024 * 1024);
  });

  it('answers the first query of a cold process', async () => {
    const first = await lambda.invoke(postJson({ query: '{ sources(first: 5) { edges { node { id } } } }' }));
    console.info(`First query in a fresh process: ${first.ms.toFixed(0)} ms, RSS ${(first.rss / 2 ** 20).toFixed(0)} MiB`);
    expect(first.result.statusCode).toBe(200);
    expect(first.result.headers['content-type']).toMatch(/application\/(graphql-response\+)?json/);
    expect(bodyOf(first).data.sources.edges.length).toBeGreaterThan(0);
    // Node's built-in fetch is ~30 ms of a cold start and nothing here needs it (withoutLoadingNodeFetch),
    // neither to answer nor to refuse a request.
    expect(first.builtins.filter((name) => name.includes('undici'))).toEqual([]);
    // Reading never loads the extractor: Node parses it on the first ingestion only.
    expect(bundleFiles(first)).toEqual(['index.js']);
    const refused = await lambda.invoke(httpEvent({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }));
    expect(refused.result.statusCode).toBe(415);
    expect(refused.builtins.filter((name) => name.includes('undici'))).toEqual([]);
  });
});

describe('API Gateway v2 events', () => {
  it('POST with a JSON body', async () => {
    const response = await lambda.invoke(postJson({ query: '{ entities(first: 5) { pageInfo { hasNextPage } edges { node { name } } } }' }));
    expect(response.result.statusCode).toBe(200);
    expect(response.result.isBase64Encoded).toBe(false);
    const body = bodyOf(response);
    expect(body.errors).toBeUndefined();
    expect(body.data.entities.edges).toHaveLength(5);
  });

  it('GET with the query in the query string', async () => {
    const response = await lambda.invoke(httpEvent({
      method: 'GET',
      headers: { accept: 'application/json' },
      query: { query: ops.Search, variables: JSON.stringify({ text: 'korea' }), operationName: 'Search' },
    }));
    expect(response.result.statusCode).toBe(200);
    expect(bodyOf(response).data.search[0]).toMatchObject({ __typename: 'Entity', name: 'North Korea' });
  });

  it('POST with a base64-encoded body', async () => {
    const event = httpEvent({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ops.NodeById, variables: { id: gid('Entity', 'north-korea') } }),
      base64: true,
    });
    expect(event.isBase64Encoded).toBe(true);
    const response = await lambda.invoke(event);
    expect(bodyOf(response).data.node).toEqual({ __typename: 'Entity', id: gid('Entity', 'north-korea'), name: 'North Korea' });
  });

  it('a CORS preflight is answered without running GraphQL', async () => {
    // Deployed, API Gateway answers preflights from the stack's CORS configuration before the
    // function; should one reach the function, it still answers cleanly.
    const response = await lambda.invoke(httpEvent({
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    }));
    expect([200, 204]).toContain(response.result.statusCode);
    expect(response.result.headers['access-control-allow-methods']).toMatch(/POST/);
    expect(response.result.body).toBe('');
  });

  it('GET from a browser returns GraphiQL loading from its CDN, well under the 6 MB response limit', async () => {
    const response = await lambda.invoke(httpEvent({ method: 'GET', headers: { accept: 'text/html,application/xhtml+xml' } }));
    expect(response.result.statusCode).toBe(200);
    expect(response.result.headers['content-type']).toMatch(/text\/html/);
    expect(response.result.body).toMatch(/graphiql/i);
    expect(response.result.body).toMatch(/https:\/\/unpkg\.com\/|cdn/i);
    expect(Buffer.byteLength(response.result.body)).toBeLessThan(100 * 1024);
  });
});

describe('the contract', () => {
  it('every query of the contract answers as the in-process server does', async () => {
    const sources = bodyOf(await lambda.invoke(postJson({ query: ops.Sources }))).data.sources;
    const sourceId = sources.edges[0].node.id;
    const variables: Record<string, Record<string, unknown>> = {
      Search: { text: 'korea' },
      EntityPage: { id: gid('Entity', 'north-korea') },
      OfficialPage: { id: gid('Official', 'steven-mnuchin') },
      Entities: { kind: 'COUNTRY' },
      Officials: {},
      Statements: {},
      SourcePage: { id: sourceId },
      Sources: {},
      NodeById: { id: gid('Official', 'steven-mnuchin') },
    };
    const queries = Object.keys(ops).filter((name) => !/^\s*mutation/.test(ops[name]));
    expect(queries.sort()).toEqual(Object.keys(variables).sort());
    for (const name of queries) {
      const local = await graphql(inProcess, ops[name], variables[name], { operationName: name });
      // An operation runs compiled once it runs again and graphql-jit has loaded (the first
      // operation's second run loads it; schema/compiledExecution.ts): all must agree.
      for (const run of ['first', 'second', 'third']) {
        const deployed = bodyOf(await lambda.invoke(postJson({ query: ops[name], variables: variables[name], operationName: name })));
        expect(deployed.errors, `${name} (${run}): ${JSON.stringify(deployed.errors)}`).toBeUndefined();
        expect(deployed, `${name} (${run})`).toEqual(local.body);
      }
    }
  });

  it('runs an operation compiled from its third run on, as the in-process server does', async () => {
    // The deployed log level hides the debug line "operation compiled", so the answers above alone
    // would pass with graphql-jit never loading in the bundle. A process of its own logs at DEBUG.
    const debugLambda = await startLambda(assetDir, { ...lambdaEnvironment(), POWERTOOLS_LOG_LEVEL: 'DEBUG' });
    try {
      const compiledLines = () => debugLambda.output().split('\n').filter((line) => line.includes('"operation compiled"')).map((line) => JSON.parse(line));
      const local = await graphql(inProcess, ops.Entities, { kind: 'COUNTRY' }, { operationName: 'Entities' });
      const compiledAfter: number[] = [];
      for (let run = 1; run <= 4; run++) {
        const deployed = bodyOf(await debugLambda.invoke(postJson({ query: ops.Entities, variables: { kind: 'COUNTRY' }, operationName: 'Entities' })));
        expect(deployed, `run ${run}`).toEqual(local.body);
        compiledAfter.push(compiledLines().length);
      }
      // The second run loads graphql-jit, the third compiles (schema/compiledExecution.ts), the fourth reuses it.
      expect(compiledAfter).toEqual([0, 0, 1, 1]);
      expect(compiledLines()[0].operationName).toBe('Entities');
    } finally {
      debugLambda.stop();
    }
  });

  it("a compiled operation's errors are the client errors yoga's executor gives, not internal ones", async () => {
    // graphql-jit's deep imports once named graphql's CommonJS files: a second GraphQLError class
    // that the server would not recognise (infra/serviceFunction.ts bundleAliases).
    const query = '{ entities(first: 1000) { edges { node { id } } } }';
    const local = await graphql(inProcess, query);
    expect(local.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const run of ['first', 'compiled', 'compiled again']) {
      const deployed = await lambda.invoke(postJson({ query }));
      expect(bodyOf(deployed), run).toEqual(local.body);
      expect(deployed.result.statusCode, run).toBe(local.status);
    }
  });

  it('a query it cannot parse or validate gets the same answer as in process: what to fix, never an internal error', async () => {
    // Bundled, graphql-armor once reached a second copy of graphql's parser (infra/serviceFunction.ts
    // bundleAliases), whose syntax errors the server did not recognise and masked.
    for (const query of ['{ entity(', '{ entities(first: 1) { edges { node { nope } } } }', '{ entities(first: 1) { edges { node { id } } } } }']) {
      const deployed = await lambda.invoke(postJson({ query }));
      const local = await graphql(inProcess, query);
      expect(bodyOf(deployed), query).toEqual(local.body);
      expect(deployed.result.statusCode, query).toBe(local.status);
      expect(local.body.errors?.[0]?.extensions?.code, query).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    }
  });

  it('mutations need the editor key, which is read from Secrets Manager once and never logged', async () => {
    const statements = bodyOf(await lambda.invoke(postJson({ query: ops.Statements, variables: { first: 1 } }))).data.statements;
    const id = statements.edges[0].node.id;
    const review = (headers: Record<string, string>) =>
      lambda.invoke(postJson({ query: ops.ReviewStatement, variables: { id, status: 'VERIFIED' }, operationName: 'ReviewStatement' }, headers));

    const anonymous = bodyOf(await review({}));
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(secrets.reads).toEqual([]); // reads and anonymous calls never touch the secret

    const wrongKey = bodyOf(await review({ authorization: 'Bearer not-the-key' }));
    expect(wrongKey.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const editor = bodyOf(await review({ authorization: `Bearer ${EDITOR_KEY}` }));
    expect(editor.errors).toBeUndefined();
    expect(editor.data.reviewStatement).toEqual({ id, status: 'VERIFIED' });
    const again = bodyOf(await review({ authorization: `Bearer ${EDITOR_KEY}` }));
    expect(again.errors).toBeUndefined();

    expect(secrets.reads).toEqual([SECRET_ARN]);
    expect(lambda.output()).not.toContain(EDITOR_KEY);
  });
});

describe('observability', () => {
  it('logs structured JSON carrying the Lambda request id, and emits metrics', async () => {
    const invocation = await lambda.invoke(postJson({ query: '{ sources(first: 1) { edges { node { id } } } }' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const lines = lambda.output().split('\n').filter((line) => line.trim() !== '');
    // Everything the function writes is JSON: logs and EMF metrics alike.
    const records = lines.map((line) => JSON.parse(line));
    const metrics = records.filter((r) => r._aws?.CloudWatchMetrics);
    expect(metrics.some((m) => m._aws.CloudWatchMetrics[0].Namespace === functionEnvironment.POWERTOOLS_METRICS_NAMESPACE && 'Responses' in m)).toBe(true);
    expect(metrics.filter((m) => 'ColdStart' in m)).toHaveLength(1);
    const answered = records.filter((r) => r.message === 'answered' && r.function_request_id === invocation.requestId);
    expect(answered).toEqual([expect.objectContaining({ level: 'INFO', service: 'fact-service', status: 200, method: 'POST', cold_start: false })]);
    expect(answered[0].apiRequestId).toMatch(/^api-/);
  });
});

describe('ingestion', () => {
  it('ingestArticle loads the extractor from its file on first use and stores what it found', async () => {
    const text = 'BRUSSELS (Reuters) - The European Commission on Tuesday proposed new tariffs on Chinese steel. '
      + '"We will defend our industry," European Trade Commissioner Maros Sefcovic told reporters.';
    const invocation = await lambda.invoke(postJson({
      query: ops.IngestArticle,
      operationName: 'IngestArticle',
      variables: { input: { text, url: 'https://example.com/bundle-ingestion', title: 'Steel tariffs', publishedAt: '2026-11-24T09:00:00Z' } },
    }, { authorization: `Bearer ${EDITOR_KEY}` }));
    const body = bodyOf(invocation);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestArticle.officials).toEqual([expect.objectContaining({ name: 'Maros Sefcovic' })]);
    expect(body.data.ingestArticle.source.statements.edges.map((edge: any) => edge.node.text)).toContain('We will defend our industry,');
    expect(bundleFiles(invocation)).toEqual(['index.js', 'extract.js']);
  });
});
