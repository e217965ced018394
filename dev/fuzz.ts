/**
 * npm run fuzz [-- --seed N --cases N]: throws random requests at the GraphQL server and fails on
 * any 5xx, crash, hang or memory growth. Three kinds of cases, from a fixed seed so a failure can
 * be replayed: schema-aware random operations (real fields and arguments, with good and bad
 * argument values, sometimes as variables of the wrong type), malformed documents (valid ones with
 * bytes cut, repeated or swapped), and malformed requests (bodies, variables, content types).
 * Every query is sent twice and must get the same answer: the second run is compiled
 * (schema/compiledExecution.ts), the first is yoga's executor.
 * It uses DYNAMODB_ENDPOINT or starts DynamoDB Local, in fresh tables seeded with the first article.
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { schema as factSchema } from '../schema/index.js';
import { type FactServer, createFactServer } from '../schema/server.js';
import type { Store } from '../store/index.js';

export interface FuzzOptions {
  server: FactServer;
  seed?: number;
  cases?: number;
  editorKey?: string;
  /** Milliseconds a request may take before it counts as a hang. */
  hangMs?: number;
  /** Heap growth (MB) between the first tenth of the run and its end that counts as a leak. */
  maxHeapGrowthMb?: number;
  log?: (line: string) => void;
}

export interface FuzzFailure {
  case: number;
  kind: string;
  problem: string;
  request: string;
}

export interface FuzzReport {
  cases: number;
  byStatus: Record<string, number>;
  failures: FuzzFailure[];
  heapGrowthMb: number;
  ms: number;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const NASTY_STRINGS = ['', ' ', 'korea', 'mnuch', 'x'.repeat(300), '\u0000', '\u001b[31m', '"\'\\', '<script>alert(1)</script>', '${7*7}', '../../etc/passwd', '💥🇰🇵', 'ｆｕｌｌ', '\ud800', 'javascript:alert(1)', 'https://example.com/a', 'ftp://x', '2020-01-15T00:00:00Z', 'last Tuesday'];
const NASTY_INTS = [0, 1, 3, 20, 100, 101, -1, -5, 2 ** 31 - 1, 1_000_000];
const SAMPLE_IDS = ['RW50aXR5Om5vcnRoLWtvcmVh', 'T2ZmaWNpYWw6c3RldmVuLW1udWNoaW4=', 'RW50aXR5OmphcGFu', '!!!', 'U3RhdGVtZW50Ong=', 'Tm9wZTp4', ''];

function inputValue(type: GraphQLType, rng: Random, depth = 0): unknown {
  if (rng.chance(0.05)) return rng.pick<unknown>([null, 'wrong', 7, true, { a: 1 }, [1, 2]]); // the wrong type on purpose
  if (isNonNullType(type)) return inputValue(type.ofType, rng, depth);
  if (isListType(type)) return Array.from({ length: rng.int(4) }, () => inputValue(type.ofType, rng, depth + 1));
  const named = getNamedType(type);
  if (isEnumType(named)) return rng.chance(0.9) ? rng.pick(named.getValues()).name : 'NOT_A_VALUE';
  if (isInputObjectType(named)) {
    if (depth > 3) return {};
    return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type) || rng.chance(0.6)).map((f) => [f.name, inputValue(f.type, rng, depth + 1)]));
  }
  switch (named.name) {
    case 'Int': return rng.pick(NASTY_INTS);
    case 'Float': return rng.next() * 10;
    case 'Boolean': return rng.chance(0.5);
    case 'ID': return rng.pick(SAMPLE_IDS);
    case 'DateTime': return rng.pick(['2020-01-15T00:00:00Z', '2024-13-45T00:00:00Z', 'yesterday']);
    default: return rng.pick(NASTY_STRINGS);
  }
}

/** A GraphQL literal for a value (strings JSON-escaped, enums bare). */
function literal(value: unknown, type: GraphQLType): string {
  if (value === null || value === undefined) return 'null';
  const named = getNamedType(type);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(getNullableType(type)) ? (getNullableType(type) as { ofType: GraphQLType }).ofType : type)).join(', ')}]`;
  if (typeof value === 'object') return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${literal(v, isInputObjectType(named) ? (named.getFields()[k]?.type ?? named) : named)}`).join(', ')} }`;
  if (isEnumType(named) && typeof value === 'string' && /^[_A-Za-z]\w*$/.test(value)) return value;
  return JSON.stringify(value);
}

interface Built {
  query: string;
  variables: Record<string, unknown>;
}

/** A random operation over real fields: arguments as literals or as (sometimes mistyped) variables. */
function randomOperation(schema: GraphQLSchema, rng: Random): Built {
  const mutation = rng.chance(0.1);
  const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
  const variableDefs: string[] = [];
  const variables: Record<string, unknown> = {};
  const args = (field: GraphQLField<unknown, unknown>) => {
    const chosen = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || rng.chance(0.5));
    if (!chosen.length) return '';
    return `(${chosen
      .map((a) => {
        const value = inputValue(a.type, rng);
        if (rng.chance(0.4)) {
          const name = `v${variableDefs.length}`;
          variableDefs.push(`$${name}: ${a.type.toString()}`);
          variables[name] = value;
          return `${a.name}: $${name}`;
        }
        return `${a.name}: ${literal(value, a.type)}`;
      })
      .join(', ')})`;
  };
  const selection = (type: GraphQLNamedType, depth: number): string => {
    if (isUnionType(type) || (isInterfaceType(type) && rng.chance(0.5))) {
      const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
      return `{ __typename ${members.filter(() => rng.chance(0.6)).map((m) => `... on ${m.name} ${selection(m, depth)}`).join(' ')} }`;
    }
    if (!isObjectType(type) && !isInterfaceType(type)) return '';
    const fields = Object.values(type.getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const objects = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const parts = leaves.filter(() => rng.chance(0.5)).map((f) => `${rng.chance(0.05) ? `a${rng.int(99)}: ` : ''}${f.name}${args(f)}`);
    if (depth < 6) for (const f of objects) if (rng.chance(depth < 2 ? 0.5 : 0.25)) parts.push(`${f.name}${args(f)} ${selection(getNamedType(f.type), depth + 1)}`);
    if (!parts.length) parts.push('__typename');
    return `{ ${parts.join(' ')} }`;
  };
  const rootFields = Object.values(root.getFields());
  const picks = Array.from({ length: 1 + rng.int(2) }, () => rng.pick(rootFields));
  const body = picks.map((f, i) => `${i ? `r${i}: ` : ''}${f.name}${args(f)}${isLeafType(getNamedType(f.type)) ? '' : ` ${selection(getNamedType(f.type), 1)}`}`).join(' ');
  const head = `${mutation ? 'mutation' : 'query'} Fuzz${variableDefs.length ? `(${variableDefs.join(', ')})` : ''}`;
  return { query: `${head} { ${body} }`, variables };
}

/** A valid document damaged: cut, doubled, swapped, or with junk inserted. */
function malformedDocument(schema: GraphQLSchema, rng: Random): Built {
  const { query, variables } = randomOperation(schema, rng);
  const at = rng.int(query.length);
  const junk = rng.pick(['{', '}', '(', '...', '$', '@skip', '"', '"""', '#', '\u0000', 'fragment F on Query { ...F }', '{'.repeat(200), 'query', ':', '!']);
  const damaged = rng.pick([
    () => query.slice(0, at),
    () => query.slice(0, at) + junk + query.slice(at),
    () => query.slice(at) + query.slice(0, at),
    () => query.replace(/\{/g, () => (rng.chance(0.2) ? '' : '{')),
    () => `${query} ${query}`,
    () => `${query}\nfragment A on Entity { country { ...B } } fragment B on Entity { country { ...A } }`,
  ])();
  return { query: damaged, variables };
}

interface RawRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  search?: string;
}

function malformedRequest(schema: GraphQLSchema, rng: Random): RawRequest {
  const { query, variables } = randomOperation(schema, rng);
  const json = { 'content-type': 'application/json' };
  return rng.pick<() => RawRequest>([
    () => ({ method: 'POST', headers: json, body: JSON.stringify({ query, variables }).slice(0, rng.int(200)) }),
    () => ({ method: 'POST', headers: json, body: JSON.stringify({ query, variables: rng.pick(['x', 5, [1], null, true]) }) }),
    () => ({ method: 'POST', headers: json, body: JSON.stringify({ query: rng.pick([5, null, {}, [], true]) }) }),
    () => ({ method: 'POST', headers: json, body: JSON.stringify([{ query }, { query }]) }),
    () => ({ method: 'POST', headers: json, body: JSON.stringify({ query, operationName: rng.pick(['Nope', 5, '']) }) }),
    () => ({ method: 'POST', headers: { 'content-type': rng.pick(['text/plain', 'application/xml', 'multipart/form-data', '', 'application/json; charset=latin1']) }, body: JSON.stringify({ query }) }),
    () => ({ method: rng.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS']), headers: json, body: JSON.stringify({ query }) }),
    () => ({ method: 'GET', headers: {}, search: `?query=${encodeURIComponent(query)}&variables=${rng.pick(['%7B', 'null', encodeURIComponent(JSON.stringify(variables))])}` }),
    () => ({ method: 'POST', headers: json, body: randomBytes(rng.int(64)).toString('latin1') }),
    () => ({ method: 'POST', headers: { ...json, authorization: rng.pick(['Bearer', 'Bearer x', 'Basic abc', 'Bearer ' + 'k'.repeat(5000)]) }, body: JSON.stringify({ query, variables }) }),
  ])();
}

/** Heap in use after a full collection (gc exposed at run time, so no node flag is needed). */
function heapAfterGc(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

type Answer = { data?: unknown; errors?: unknown[] };
const errorSet = (answer: Answer) => (answer.errors ?? []).map((error) => JSON.stringify(error)).sort();

/**
 * The same data, and errors alike: the same ones, or at least one in common. When an error nulls a
 * parent, which of its siblings' errors are reported too depends on the order fields ran in
 * (graphql-js stops at a synchronous error, not at an asynchronous one, and graphql-jit orders them
 * otherwise), so two correct answers can list different errors beside the one they share.
 */
function sameAnswer(first: Answer, compiled: Answer): boolean {
  const [expected, got] = [errorSet(first), errorSet(compiled)];
  if (!isDeepStrictEqual(first.data, compiled.data)) return false;
  return isDeepStrictEqual(expected, got) || expected.some((error) => got.includes(error));
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { server } = options;
  const seed = options.seed ?? 1;
  const cases = options.cases ?? 300;
  const hangMs = options.hangMs ?? 10_000;
  const log = options.log ?? (() => {});
  const rng = random(seed);
  const byStatus: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  let heapAtWarmup = 0;
  const started = performance.now();

  for (let i = 0; i < cases; i++) {
    const kind = rng.pick(['operation', 'operation', 'operation', 'malformedDocument', 'malformedRequest'] as const);
    let request: RawRequest;
    let query = false;
    if (kind === 'malformedRequest') request = malformedRequest(factSchema, rng);
    else {
      const built = kind === 'operation' ? randomOperation(factSchema, rng) : malformedDocument(factSchema, rng);
      query = kind === 'operation' && !built.query.startsWith('mutation');
      // One request id for both runs of a query, so a masked error's errorId is the same.
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': `fuzz-${seed}-${i}`, ...(rng.chance(0.5) ? { accept: 'application/graphql-response+json' } : {}) };
      if (options.editorKey && rng.chance(0.5)) headers.authorization = `Bearer ${options.editorKey}`;
      request = { method: 'POST', headers, body: JSON.stringify(built) };
    }
    const describe = `${request.method} ${request.search ?? ''} ${request.body?.slice(0, 400) ?? ''}`;
    const fail = (problem: string) => {
      failures.push({ case: i, kind, problem, request: describe });
      log(`case ${i} (${kind}): ${problem}\n  ${describe}`);
    };
    // (sent again for a query's compiled answer, under the same limit)
    const send = () =>
      Promise.race([
        server.fetch(`http://localhost/graphql${request.search ?? ''}`, { method: request.method, headers: request.headers, ...(request.body !== undefined ? { body: request.body } : {}) }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${hangMs} ms`)), hangMs).unref()),
      ]);
    try {
      const response = await send();
      const text = await response.text();
      byStatus[response.status] = (byStatus[response.status] ?? 0) + 1;
      if (response.status >= 500) fail(`status ${response.status}: ${text.slice(0, 300)}`);
      else if (request.method !== 'OPTIONS' && response.status !== 204) {
        let body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        try {
          body = JSON.parse(text);
        } catch {
          fail(`status ${response.status} without a JSON body: ${text.slice(0, 200)}`);
          continue;
        }
        if (!body || (body.data === undefined && !body.errors?.length)) fail(`neither data nor errors: ${text.slice(0, 200)}`);
        if (body.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) fail(`unexpected error: ${text.slice(0, 300)}`);
        if (/\n\s+at .+:\d+:\d+|Did you mean/.test(text)) fail(`leaks a stack trace or suggestions: ${text.slice(0, 300)}`);
        if (query) {
          const again = await send();
          const againText = await again.text();
          if (again.status !== response.status || !sameAnswer(body, JSON.parse(againText))) {
            fail(`asked again (compiled), answered ${again.status} ${againText.slice(0, 300)}\n  instead of ${response.status} ${text.slice(0, 300)}`);
          }
        }
      }
    } catch (error) {
      fail(`crashed or hung: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (i === Math.floor(cases / 10)) heapAtWarmup = heapAfterGc();
  }
  const heapGrowthMb = (heapAfterGc() - heapAtWarmup) / 1024 / 1024;
  if (heapGrowthMb > (options.maxHeapGrowthMb ?? 64)) failures.push({ case: cases, kind: 'memory', problem: `heap grew ${heapGrowthMb.toFixed(1)} MB`, request: '' });
  return { cases, byStatus, failures, heapGrowthMb, ms: performance.now() - started };
}

/** A fuzzing server over its own tables (seeded), for the CLI and the test. */
export async function fuzzServer(store: Store, editorKey: string): Promise<FactServer> {
  return createFactServer({ store, editorKey, graphiql: false, logger: { debug() {}, info() {}, warn() {}, error() {} } });
}

async function main() {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const { startDynamoLocal } = await import('./dynamoLocal.js');
  const { createStore, localTableNames } = await import('../store/index.js');
  const { loadCuratedFiles, seedFile } = await import('./loadFiles.js');
  const dynamo = process.env.DYNAMODB_ENDPOINT ? undefined : await startDynamoLocal();
  const store = createStore({ endpoint: process.env.DYNAMODB_ENDPOINT ?? dynamo!.endpoint, tableNames: localTableNames(`fuzz${randomBytes(3).toString('hex')}-`) });
  try {
    await store.ensureTables();
    await loadCuratedFiles(store, [seedFile]);
    const editorKey = randomBytes(16).toString('hex');
    const rssBefore = process.memoryUsage().rss;
    const report = await runFuzz({ server: await fuzzServer(store, editorKey), seed: arg('seed', 1), cases: arg('cases', 2_000), editorKey, log: console.error });
    console.log(JSON.stringify({ ...report, failures: report.failures.length, rssBeforeMb: Math.round(rssBefore / 2 ** 20), rssAfterMb: Math.round(process.memoryUsage().rss / 2 ** 20) }, null, 2));
    process.exitCode = report.failures.length ? 1 : 0;
  } finally {
    store.destroy();
    await dynamo?.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
