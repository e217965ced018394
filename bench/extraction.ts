// Extraction throughput: articles of about 800 words per second on one core. Articles are built
// from the annotated fixtures (paragraphs repeated up to ~800 words) so the text is real wire copy.
// Prints one JSON line when run directly; measureExtraction() is for a wider benchmark.
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { extractArticle } from '../extract/index.js';
import { buildLazyModules } from '../infra/buildLazyModules.js';
import { extractorModule, lazyModuleOutfile } from '../infra/lazyModules.js';

type Extractor = typeof extractArticle;

const FOLDERS = ['fixtures/articles', '../shared/fixtures/articles'];
const TARGET_WORDS = 800;

function sampleArticles(): string[] {
  const texts: string[] = [];
  for (const folder of FOLDERS) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).filter((x) => x.endsWith('.json'))) {
      const a = JSON.parse(readFileSync(join(folder, f), 'utf8')) as { text?: string };
      if (a.text) texts.push(a.text);
    }
  }
  if (texts.length === 0) {
    texts.push('“We will respond to these tariffs,” Economy Minister Ana Ruiz said on Tuesday, according to officials in Mexico City.');
  }
  return texts.map((t) => {
    const paras = t.split(/\n+/).filter((p) => p.trim());
    const out: string[] = [];
    let words = 0;
    for (let i = 0; words < TARGET_WORDS; i++) {
      const p = paras[i % paras.length];
      out.push(p);
      words += p.split(/\s+/).length;
    }
    return out.join('\n\n');
  });
}

export interface ExtractionBenchmark {
  /** Per second of CPU time on one core. */
  articlesPerSecond: number;
  /** Per second of wall time (lower when the machine is shared). */
  wallArticlesPerSecond: number;
  wordsPerArticle: number;
  articles: number;
  seconds: number;
  msPerArticle: number;
  /** The first pass over the sample, every article's paths new to V8 (CPU time, as articlesPerSecond). */
  firstPassArticlesPerSecond: number;
  /** Passes over the sample before the timed loop. */
  warmupPasses: number;
}

/**
 * Passes over the sample before timing. V8 keeps compiling for several passes: traced with
 * `--trace-opt`, its optimizing compiler spent ~7.1 s during the first pass (488 articles), 2.8 s
 * during the second, 0.8 and 0.6 s during the third and fourth, 0.1–0.2 s after. A timed loop after
 * one pass read that compiling (it runs on background threads, which process CPU time counts).
 */
const WARMUP_PASSES = 4;

/**
 * The extractor as the deployed functions run it: its own bundle (infra/lazyModules.ts), built with
 * their esbuild options. Run from source, tsx compiles each file on its own (esbuild with `keepNames`,
 * inline source maps, its own target), and the same code read 15–25% fewer articles per second so
 * (bench/README.md, finding 4).
 */
export async function shippedExtractor(): Promise<Extractor> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-extractor-'));
  try {
    const main = join(dir, 'index.js');
    await buildLazyModules(main, [extractorModule]);
    // (a CommonJS bundle, as the functions ship it; once loaded, its files are no longer needed)
    return (createRequire(import.meta.url)(lazyModuleOutfile(extractorModule, main)) as { extractArticle: Extractor }).extractArticle;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureExtraction(extract: Extractor, durationMs = 2000): Promise<ExtractionBenchmark> {
  const articles = sampleArticles();
  // Warm up: module-level gazetteers are built on import, and V8 compiles the paths each article
  // takes the first time it is read, and again as later articles take others. Passes over every
  // article (there are 400 and more, each of another style) so that the timed loop measures steady
  // throughput, not compilation; the first pass is reported on its own, as what a fresh instance pays.
  const firstPassCpu = process.cpuUsage();
  for (const article of articles) extract(article);
  const firstPass = process.cpuUsage(firstPassCpu);
  for (let pass = 1; pass < WARMUP_PASSES; pass++) for (const article of articles) extract(article);
  let n = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < durationMs) {
    extract(articles[n % articles.length], { publishedAt: '2020-01-15' });
    n++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  // Extraction is synchronous and single-threaded: CPU time is the one-core cost, and it does
  // not swing with other load on a shared machine the way wall time does.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const seconds = elapsed / 1000;
  const words = articles.reduce((a, t) => a + t.split(/\s+/).length, 0) / articles.length;
  return {
    articlesPerSecond: Math.round((n / (cpuMs / 1000)) * 10) / 10,
    wallArticlesPerSecond: Math.round((n / seconds) * 10) / 10,
    wordsPerArticle: Math.round(words),
    articles: n,
    seconds: Math.round(seconds * 100) / 100,
    msPerArticle: Math.round((cpuMs / n) * 100) / 100,
    firstPassArticlesPerSecond: Math.round((articles.length / ((firstPass.user + firstPass.system) / 1e6)) * 10) / 10,
    warmupPasses: WARMUP_PASSES,
  };
}

// `tsx bench/extraction.ts [ms] [--source]`: the measure alone, in a process of its own (bench/run.ts
// runs it so), of the shipped bundle, or with `--source` of the code as tsx compiles it.
if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const fromSource = process.argv.includes('--source');
  const ms = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 2000);
  // (the source is imported only when measured: two copies of the gazetteers would share one heap)
  const extract = fromSource ? (await import('../extract/index.js')).extractArticle : await shippedExtractor();
  console.log(JSON.stringify({ benchmark: 'extraction', code: fromSource ? 'source' : 'bundle', ...(await measureExtraction(extract, Number.isFinite(ms) && ms > 0 ? ms : 2000)) }));
}
