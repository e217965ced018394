/**
 * `npm run bench` (`-- --quick` for a run of about two minutes): builds a synthetic corpus in a
 * DynamoDB Local of its own, times every contract query through the real yoga handler (in process
 * and over HTTP) against a hand-written DynamoDB floor, checks that first pages do not grow with
 * the corpus, measures Lambda cold start, extraction and ingestion, writes bench/results/ and ends
 * with one JSON line. Options: --quick, --seed N, --rounds N (at least N per query), --no-cold-start, --only Q1,Q2 (time
 * only these queries and write nothing: for profiling), --lambda-node PATH (cold starts under that
 * Node.js binary, e.g. the Lambda runtime's major; bench/README.md, "Cold start").
 */
import './productionMode.js';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { startDynamoLocal } from '../dev/dynamoLocal.js';
import { ingestArticle } from '../ingest/ingestArticle.js';
import { createFactServer } from '../schema/server.js';
import { createDynamoClients } from '../store/client.js';
import { type Store, createStore, localTableNames } from '../store/index.js';
import { measureColdStart } from './coldStart.js';
import { type Corpus, corpusHandles, defaultSize, generateCorpus, scaledSize } from './corpus.js';
import type { ExtractionBenchmark } from './extraction.js';
import type { FloorContext } from './floor.js';
import { graphqlRequest, interleave, summarize } from './measure.js';
import { contractOperations } from './operations.js';
import { benchQueries, entityStatementsDocument } from './queries.js';
import { type QueryResult, type Results, type ScaleResult, latencySvg, markdown } from './report.js';
import { writeCorpus } from './writeCorpus.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string' },
    'no-cold-start': { type: 'boolean', default: false },
    'lambda-node': { type: 'string' },
    /** Comma-separated query names: time only these (for profiling); results are then not written. */
    only: { type: 'string' },
  },
});
const quick = args.quick!;
const seed = Number(args.seed);
const rounds = Number(args.rounds ?? (quick ? 50 : 200));
/**
 * A query's timed rounds: as many as fit in this time, from `rounds` up to five times it. A p50 of
 * 200 samples of a ~2.5 ms query (Entities) moves its ratio by a few hundredths from sampling alone;
 * the slower queries fill this time with 200.
 */
const roundTimeMs = quick ? 3_000 : 12_000;
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const silent = { debug() {}, info() {}, warn() {}, error: (...a: unknown[]) => console.error(...a) };
const round2 = (x: number) => Math.round(x * 100) / 100;
const resultsDir = new URL('./results/', import.meta.url);

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

async function buildCorpus(endpoint: string, corpus: Corpus, prefix: string) {
  const tables = localTableNames(prefix);
  const store = createStore({ endpoint, tableNames: tables, requestTimeoutMs: 30_000 });
  await store.ensureTables();
  let lastReport = performance.now();
  const stats = await writeCorpus(endpoint, corpus, tables, {
    concurrency: 12,
    onProgress: (items) => {
      if (performance.now() - lastReport > 15_000) {
        lastReport = performance.now();
        log(`  ${prefix}: ${items.toLocaleString('en-US')} items written`);
      }
    },
  });
  return { store, tables, stats };
}

async function main() {
  const startedAt = new Date().toISOString();
  const size = quick ? scaledSize(defaultSize, 0.1) : defaultSize;
  log(`${quick ? 'quick' : 'full'} run, seed ${seed}: ${JSON.stringify(size)}`);
  const dynamo = await startDynamoLocal();
  const closers: (() => unknown)[] = [];
  try {
    // Corpora: the full one, and one a hundred times smaller for the scale check.
    const corpus = generateCorpus(size, seed);
    const smallCorpus = generateCorpus(scaledSize(size, 0.01), seed);
    log(`writing ${size.statements.toLocaleString('en-US')} statements…`);
    const full = await buildCorpus(dynamo.endpoint, corpus, 'bench-');
    log(`  ${full.stats.items.toLocaleString('en-US')} items in ${full.stats.seconds.toFixed(0)} s (${full.stats.calls} BatchWriteItem calls, ${full.stats.retries} retries)`);
    const small = await buildCorpus(dynamo.endpoint, smallCorpus, 'bench-small-');
    closers.push(() => full.store.destroy(), () => small.store.destroy());

    // The service: the real yoga handler, in process and over HTTP (keep-alive).
    const server = await createFactServer({ store: full.store, editorKey: 'x', graphiql: false, logger: silent });
    const smallServer = await createFactServer({ store: small.store, editorKey: 'x', graphiql: false, logger: silent });
    const floorClients = createDynamoClients({ endpoint: dynamo.endpoint });
    closers.push(() => floorClients.raw.destroy());
    const floor: FloorContext = { doc: floorClients.doc, tables: full.tables };
    const only = args.only?.split(',');
    const queries = benchQueries(corpus).filter((q) => !only || only.includes(q.name));

    const graphqlHttp = createServer(server);
    const floorHttp = createServer(async (request, response) => {
      const query = queries[Number(request.url!.slice(1))];
      const { variables } = JSON.parse(await readBody(request));
      const body = JSON.stringify({ data: await query.floor(floor, variables) });
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
    const graphqlUrl = `${await listen(graphqlHttp)}/graphql`;
    const floorUrl = await listen(floorHttp);
    closers.push(() => graphqlHttp.close(), () => floorHttp.close(), () => graphqlHttp.closeAllConnections(), () => floorHttp.closeAllConnections());
    const post = async (url: string, body: string) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
      return text;
    };

    const queryResults: QueryResult[] = [];
    for (const [index, query] of queries.entries()) {
      // The floor must answer what GraphQL answers, for every variable set used.
      for (let i = 0; i < 20; i++) {
        const variables = query.variables(i);
        const response = JSON.parse(await graphqlRequest(server, query, variables));
        const data = await query.floor(floor, variables);
        if (response.errors || !isDeepStrictEqual(JSON.parse(JSON.stringify(data)), response.data)) {
          throw new Error(`${query.name}: the floor and GraphQL disagree for ${JSON.stringify(variables)}:\n${JSON.stringify(response).slice(0, 800)}\n${JSON.stringify(data).slice(0, 800)}`);
        }
      }
      const graphqlCalls: number[] = [];
      const floorCalls: number[] = [];
      const graphqlCpu: number[] = [];
      const floorCpu: number[] = [];
      const cpuMs = (since: NodeJS.CpuUsage) => {
        const { user, system } = process.cpuUsage(since);
        return (user + system) / 1000;
      };
      const httpBody = (i: number) => JSON.stringify({ query: query.document, operationName: query.operationName, variables: query.variables(i) });
      const contenders = [
        async (i: number) => {
          full.store.commandLog.clear();
          const cpu = process.cpuUsage();
          await graphqlRequest(server, query, query.variables(i));
          graphqlCpu.push(cpuMs(cpu));
          graphqlCalls.push(full.store.commandLog.list().length);
        },
        async (i: number) => {
          floorClients.log.clear();
          const cpu = process.cpuUsage();
          JSON.stringify({ data: await query.floor(floor, query.variables(i)) });
          floorCpu.push(cpuMs(cpu));
          floorCalls.push(floorClients.log.list().length);
        },
        (i: number) => post(graphqlUrl, httpBody(i)),
        (i: number) => post(`${floorUrl}/${index}`, JSON.stringify({ variables: query.variables(i) })),
      ];
      const warmupRounds = Math.min(quick ? 15 : 30, rounds);
      // (the round time from the warm-up's second half: its first rounds compile, and read slower)
      const timedWarmupRounds = Math.max(1, Math.floor(warmupRounds / 2));
      await interleave(warmupRounds - timedWarmupRounds, contenders);
      const timedWarmupStart = performance.now();
      await interleave(timedWarmupRounds, contenders);
      const msPerRound = (performance.now() - timedWarmupStart) / timedWarmupRounds;
      const queryRounds = Math.min(rounds * 5, Math.max(rounds, Math.ceil(roundTimeMs / msPerRound)));
      for (const samples of [graphqlCalls, floorCalls, graphqlCpu, floorCpu]) samples.length = 0;
      const [g, f, gh, fh] = (await interleave(queryRounds, contenders)).map(summarize);
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const result: QueryResult = {
        name: query.name,
        graphql: g, floor: f, graphqlHttp: gh, floorHttp: fh,
        graphqlCalls: round2(mean(graphqlCalls)),
        floorCalls: round2(mean(floorCalls)),
        ratioP50: round2(g.p50 / f.p50),
        ratioP50Http: round2(gh.p50 / fh.p50),
        callsRatio: round2(mean(graphqlCalls) / mean(floorCalls)),
        graphqlCpuMs: round2(mean(graphqlCpu)),
        floorCpuMs: round2(mean(floorCpu)),
      };
      queryResults.push(result);
      log(`${query.name} (${queryRounds} rounds): floor ${f.p50} ms, GraphQL ${g.p50} ms (${result.ratioP50}×), HTTP ${fh.p50} vs ${gh.p50} ms (${result.ratioP50Http}×); calls ${result.graphqlCalls} vs ${result.floorCalls}; Node CPU ${result.graphqlCpuMs} vs ${result.floorCpuMs} ms`);
    }

    if (only) {
      log('--only: nothing else measured, no results written');
      return;
    }

    // Scale: first pages of the busiest speaker and entity, full corpus against a hundredth of it.
    const ops = contractOperations();
    const fullHandles = corpusHandles(corpus);
    const smallHandles = corpusHandles(smallCorpus);
    const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
    const scaleCases = [
      { name: 'statements(speaker:)', query: { document: ops.Statements, operationName: 'Statements' }, variables: (h: typeof fullHandles) => ({ speaker: gid('Official', h.officialsByStatements[0][0]) }), count: (h: typeof fullHandles) => h.officialsByStatements[0][1] },
      { name: 'entity.statements', query: { document: `${entityStatementsDocument}\n\n${ops.Statements.slice(ops.Statements.indexOf('fragment'))}`, operationName: 'EntityStatements' }, variables: (h: typeof fullHandles) => ({ id: gid('Entity', h.entitiesByStatements[0][0]) }), count: (h: typeof fullHandles) => h.entitiesByStatements[0][1] },
    ];
    const scale: ScaleResult[] = [];
    for (const c of scaleCases) {
      const contenders = [
        () => graphqlRequest(server, c.query, c.variables(fullHandles)),
        () => graphqlRequest(smallServer, c.query, c.variables(smallHandles)),
      ];
      await interleave(15, contenders);
      const [fullMs, smallMs] = (await interleave(quick ? rounds : rounds * 2, contenders)).map(summarize);
      scale.push({ name: c.name, full: fullMs, small: smallMs, fullStatements: c.count(fullHandles), smallStatements: c.count(smallHandles), ratio: round2(fullMs.p50 / smallMs.p50) });
      log(`scale ${c.name}: ${fullMs.p50} ms with ${c.count(fullHandles)} statements vs ${smallMs.p50} ms with ${c.count(smallHandles)} (${round2(fullMs.p50 / smallMs.p50)}×)`);
    }

    // Lambda cold start.
    let coldStart: Results['coldStart'];
    if (!args['no-cold-start']) {
      log('cold starts…');
      coldStart = await measureColdStart({ endpoint: dynamo.endpoint, tables: full.tables, entityId: corpus.entities[0].id, runs: quick ? 6 : 15, nodeBinary: args['lambda-node'] });
      log(`cold start: GraphQL ${coldStart.graphql.coldMs.p50} ms vs minimal ${coldStart.minimal.coldMs.p50} ms (${coldStart.ratio}×), bundle ${coldStart.graphql.bundleBytes} bytes; `
        + `without its code cache ${coldStart.graphqlWithoutCodeCache.coldMs.p50} ms (${coldStart.ratioWithoutCodeCache}×)`);
    }

    // Extraction (bench/extraction.ts, when present) and ingestion end to end.
    let extraction: Results['extraction'];
    const extractionModule = new URL('./extraction.ts', import.meta.url);
    if (existsSync(extractionModule)) {
      // In a process of its own, as the ingest function runs it: in this one, after the query benchmark,
      // the same measure read 90 articles/s where a fresh process read 114-120 (bench/README.md, finding 4).
      // (of the extractor's bundle as the functions ship it: bench/extraction.ts, shippedExtractor)
      const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(extractionModule), String(quick ? 2_000 : 5_000)], { encoding: 'utf8', env: process.env });
      const measured = JSON.parse(out.trim().split('\n').at(-1)!) as ExtractionBenchmark;
      const { articlesPerSecond, wordsPerArticle, msPerArticle, firstPassArticlesPerSecond, warmupPasses } = measured;
      extraction = { articlesPerSecond, wordsPerArticle, msPerArticle, firstPassArticlesPerSecond, warmupPasses };
      log(`extraction: ${articlesPerSecond} articles/s (the shipped bundle, in a fresh process; its first pass ${firstPassArticlesPerSecond})`);
    } else extraction = { missing: 'bench/extraction.ts is absent' };
    const ingestion = await measureIngestion(full.store, quick ? 6 : 12);
    log(`ingestion: p50 ${ingestion.ms.p50} ms per article`);

    const worst = (xs: number[]) => (xs.length ? Math.max(...xs) : null);
    const results: Results = {
      startedAt,
      mode: quick ? 'quick' : 'full',
      seed,
      machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown' },
      corpus: { ...size, items: full.stats.items, writeSeconds: round2(full.stats.seconds), writeCalls: full.stats.calls, itemsPerSecond: round2(full.stats.items / full.stats.seconds) },
      rounds,
      queries: queryResults,
      scale,
      coldStart,
      extraction,
      ingestion,
      summary: {
        graphqlVsFloorP50: worst(queryResults.flatMap((q) => [q.ratioP50, q.ratioP50Http])),
        dynamoCallsVsFloor: worst(queryResults.map((q) => q.callsRatio)),
        scaleRatio: worst(scale.map((s) => s.ratio)),
        coldStartMs: coldStart ? Math.round(coldStart.graphql.coldMs.p50) : null,
        bundleBytes: coldStart ? coldStart.graphql.bundleBytes : null,
        extractionArticlesPerSecond: extraction && 'articlesPerSecond' in extraction ? extraction.articlesPerSecond : null,
        coldStartVsMinimal: coldStart ? coldStart.ratio : null,
      },
    };
    mkdirSync(resultsDir, { recursive: true });
    const base = quick ? 'quick' : 'latest';
    writeFileSync(new URL(`${base}.json`, resultsDir), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(new URL(`${base}.md`, resultsDir), markdown(results));
    writeFileSync(new URL(`${quick ? 'latency-quick' : 'latency'}.svg`, resultsDir), latencySvg(results));
    updateReadme(results, quick);
    console.log(JSON.stringify(results.summary));
  } finally {
    for (const close of closers) await close();
    await dynamo.stop();
  }
}

/** Articles made of the annotated fixtures' text, each a new source, ingested one after another. */
async function measureIngestion(store: Store, count: number) {
  const folder = new URL('../fixtures/articles/', import.meta.url);
  const texts = readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(readFileSync(new URL(f, folder), 'utf8')) as { text?: string }).text).filter((t): t is string => Boolean(t));
  const ms: number[] = [];
  let statements = 0;
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const stored = await ingestArticle(store, { text: texts[i % texts.length], url: `https://bench.example/ingest/${seed}/${i}`, title: `Bench article ${i}`, publisher: 'Bench Wire', publishedAt: '2024-05-01T00:00:00Z' });
    ms.push(performance.now() - started);
    statements += stored.source.statementCount;
  }
  return { articles: count, ms: summarize(ms), statementsPerArticle: statements / count };
}

/** Replaces the results section of bench/README.md with this run's table (the full run's only, unless none exists yet). */
function updateReadme(results: Results, isQuick: boolean) {
  const readme = new URL('./README.md', import.meta.url);
  if (!existsSync(readme)) return;
  const text = readFileSync(readme, 'utf8');
  const marker = isQuick ? 'quick' : 'full';
  const start = `<!-- results:${marker}:start -->`;
  const end = `<!-- results:${marker}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) return;
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${markdown(results)}${text.slice(to)}`);
}

await main();
process.exit(0);
