/** The results as JSON, as a Markdown table, and as an SVG latency chart. */
import type { ColdStartResult } from './coldStart.js';
import type { ExtractionBenchmark } from './extraction.js';
import type { Summary } from './measure.js';

export interface QueryResult {
  name: string;
  graphql: Summary;
  floor: Summary;
  graphqlHttp: Summary;
  floorHttp: Summary;
  graphqlCalls: number;
  floorCalls: number;
  /** GraphQL p50 over the floor's p50, in process and over HTTP. */
  ratioP50: number;
  ratioP50Http: number;
  callsRatio: number;
  /** Mean CPU time of this Node process per request, in process (user + system). */
  graphqlCpuMs: number;
  floorCpuMs: number;
}

export interface ScaleResult {
  name: string;
  full: Summary;
  small: Summary;
  fullStatements: number;
  smallStatements: number;
  ratio: number;
}

export interface Results {
  startedAt: string;
  mode: 'quick' | 'full';
  seed: number;
  machine: { node: string; cpus: number; cpu: string };
  corpus: { entities: number; officials: number; statements: number; sources: number; items: number; writeSeconds: number; writeCalls: number; itemsPerSecond: number };
  rounds: number;
  queries: QueryResult[];
  scale: ScaleResult[];
  coldStart?: ColdStartResult;
  extraction?: Pick<ExtractionBenchmark, 'articlesPerSecond' | 'wordsPerArticle' | 'msPerArticle' | 'firstPassArticlesPerSecond' | 'warmupPasses'> | { missing: string };
  ingestion?: { articles: number; ms: Summary; statementsPerArticle: number };
  summary: Record<string, number | null>;
}

const fixed = (x: number, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** Rounds are at least `results.rounds`, more for a fast query (bench/run.ts, roundTimeMs). */
function roundsPerQuery(results: Results): string {
  const counts = results.queries.map((q) => q.graphql.n);
  if (counts.every((n) => n === results.rounds)) return `${results.rounds} interleaved rounds per query.`;
  return `Interleaved rounds per query, at least ${results.rounds} and as many as fit the time each has: ${results.queries.map((q) => `${q.name} ${q.graphql.n}`).join(', ')}.`;
}

export function markdown(results: Results): string {
  const lines: string[] = [];
  const c = results.corpus;
  lines.push(`Run of ${results.startedAt} (${results.mode}, seed ${results.seed}; Node ${results.machine.node}, ${results.machine.cpus} × ${results.machine.cpu}).`);
  lines.push(`Corpus: ${c.entities.toLocaleString('en-US')} entities, ${c.officials.toLocaleString('en-US')} officials, ${c.statements.toLocaleString('en-US')} statements over ${c.sources.toLocaleString('en-US')} sources = ${c.items.toLocaleString('en-US')} items, written in ${fixed(c.writeSeconds, 0)} s (${fixed(c.itemsPerSecond, 0)} items/s). ${roundsPerQuery(results)}`);
  lines.push('');
  lines.push('| query | floor p50 / p99 (ms) | GraphQL p50 / p99 (ms) | ratio p50 | HTTP floor p50 | HTTP GraphQL p50 / p99 | HTTP ratio p50 | DynamoDB calls GraphQL / floor | Node CPU ms GraphQL / floor |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const q of results.queries) {
    lines.push(`| ${q.name} | ${fixed(q.floor.p50)} / ${fixed(q.floor.p99)} | ${fixed(q.graphql.p50)} / ${fixed(q.graphql.p99)} | **${fixed(q.ratioP50)}×** | ${fixed(q.floorHttp.p50)} | ${fixed(q.graphqlHttp.p50)} / ${fixed(q.graphqlHttp.p99)} | ${fixed(q.ratioP50Http)}× | ${fixed(q.graphqlCalls, 1)} / ${fixed(q.floorCalls, 1)} | ${fixed(q.graphqlCpuMs)} / ${fixed(q.floorCpuMs)} |`);
  }
  lines.push('');
  lines.push('| scale: first page (GraphQL, in process) | full corpus p50 (ms) | 1/100 corpus p50 (ms) | ratio |');
  lines.push('| --- | --- | --- | --- |');
  for (const s of results.scale) {
    lines.push(`| ${s.name} (${s.fullStatements.toLocaleString('en-US')} vs ${s.smallStatements.toLocaleString('en-US')} statements) | ${fixed(s.full.p50)} | ${fixed(s.small.p50)} | **${fixed(s.ratio)}×** |`);
  }
  lines.push('');
  const cs = results.coldStart;
  if (cs) {
    lines.push(`| cold start (median of ${cs.runs}, Node.js ${cs.node}) | bundle | spawn → first answer (ms) | of which init (ms) | first query (ms) |`);
    lines.push('| --- | --- | --- | --- | --- |');
    const row = (name: string, c: typeof cs.minimal) => `| ${name} | ${fixed(c.bundleBytes / 1024, 0)} KiB | ${fixed(c.coldMs.p50, 0)} | ${fixed(c.initMs.p50, 0)} | ${fixed(c.firstQueryMs.p50, 0)} |`;
    lines.push(row(`GraphQL handler, as deployed (V8 code cache, ${fixed(cs.graphql.codeCacheBytes / 1024, 0)} KiB)`, cs.graphql));
    lines.push(row('minimal GetItem handler', cs.minimal));
    lines.push(`| ratio | | **${fixed(cs.ratio)}×** | | |`);
    lines.push(row('GraphQL handler without its code cache (as when V8 refuses it)', cs.graphqlWithoutCodeCache));
    lines.push(`| ratio without the cache | | ${fixed(cs.ratioWithoutCodeCache)}× | | |`);
    lines.push('');
  }
  const ex = results.extraction;
  if (ex && 'articlesPerSecond' in ex) {
    lines.push(`Extraction: **${fixed(ex.articlesPerSecond, 1)} articles/s** of ~${ex.wordsPerArticle} words on one core (${fixed(ex.msPerArticle)} ms each), the shipped bundle`
      + ` after ${ex.warmupPasses} passes over the sample; its first pass, every article new to V8, read ${fixed(ex.firstPassArticlesPerSecond, 1)}.`);
  } else if (ex) lines.push(`Extraction: not measured (${ex.missing}).`);
  if (results.ingestion) lines.push(`Ingestion end to end (\`ingestArticle\` into the full store): p50 ${fixed(results.ingestion.ms.p50, 0)} ms, p99 ${fixed(results.ingestion.ms.p99, 0)} ms per article over ${results.ingestion.articles} articles (~${fixed(results.ingestion.statementsPerArticle, 0)} statements each).`);
  lines.push('');
  lines.push('```json');
  lines.push(JSON.stringify(results.summary));
  lines.push('```');
  return lines.join('\n') + '\n';
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Horizontal bars of p50 per query (floor and GraphQL, in process and over HTTP), p99 as a whisker. */
export function latencySvg(results: Results): string {
  const series = [
    { label: 'floor', color: '#7f8c8d', get: (q: QueryResult) => q.floor },
    { label: 'GraphQL', color: '#e67e22', get: (q: QueryResult) => q.graphql },
    { label: 'floor over HTTP', color: '#95a5a6', get: (q: QueryResult) => q.floorHttp },
    { label: 'GraphQL over HTTP', color: '#d35400', get: (q: QueryResult) => q.graphqlHttp },
  ];
  const bar = 11;
  const groupHeight = series.length * bar + 16;
  const left = 150;
  const width = 760;
  const plot = width - left - 90;
  const top = 40;
  const height = top + results.queries.length * groupHeight + 40;
  const max = Math.max(...results.queries.flatMap((q) => series.map((s) => s.get(q).p99)));
  const scale = (ms: number) => (ms / max) * plot;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<text x="${left}" y="16" font-size="13" font-weight="bold">Latency per query, p50 bars and p99 whiskers (ms), ${escape(results.mode)} corpus of ${results.corpus.statements.toLocaleString('en-US')} statements</text>`);
  series.forEach((s, i) => {
    out.push(`<rect x="${left + i * 150}" y="24" width="10" height="10" fill="${s.color}"/><text x="${left + i * 150 + 14}" y="33">${s.label}</text>`);
  });
  results.queries.forEach((q, g) => {
    const y0 = top + g * groupHeight;
    out.push(`<text x="${left - 8}" y="${y0 + (series.length * bar) / 2 + 4}" text-anchor="end">${escape(q.name)}</text>`);
    out.push(`<text x="${left - 8}" y="${y0 + (series.length * bar) / 2 + 16}" text-anchor="end" fill="#555">${fixed(q.ratioP50)}× (HTTP ${fixed(q.ratioP50Http)}×)</text>`);
    series.forEach((s, i) => {
      const { p50, p99 } = s.get(q);
      const y = y0 + i * bar;
      out.push(`<rect x="${left}" y="${y}" width="${fixed(scale(p50), 1)}" height="${bar - 2}" fill="${s.color}"/>`);
      out.push(`<line x1="${fixed(left + scale(p50), 1)}" x2="${fixed(left + scale(p99), 1)}" y1="${y + (bar - 2) / 2}" y2="${y + (bar - 2) / 2}" stroke="${s.color}" stroke-width="1"/>`);
      out.push(`<text x="${fixed(left + scale(p99) + 4, 1)}" y="${y + bar - 3}" fill="#333" font-size="9">${fixed(p50, 1)}</text>`);
    });
  });
  const axisY = top + results.queries.length * groupHeight + 4;
  out.push(`<line x1="${left}" x2="${left + plot}" y1="${axisY}" y2="${axisY}" stroke="#333"/>`);
  for (let t = 0; t <= 4; t++) {
    const x = left + (plot * t) / 4;
    out.push(`<line x1="${fixed(x, 1)}" x2="${fixed(x, 1)}" y1="${axisY}" y2="${axisY + 4}" stroke="#333"/><text x="${fixed(x, 1)}" y="${axisY + 16}" text-anchor="middle">${fixed((max * t) / 4, 1)} ms</text>`);
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
