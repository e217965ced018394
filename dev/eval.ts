// `npm run eval [--offline] [folder ...]`: scores extraction against hand-annotated articles and
// prints a per-article and overall table, then one JSON line of the overall figures. By default
// every article is ingested through the GraphQL API into a fresh store (evalThroughApi.ts);
// --offline scores extractArticle in process.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../extract/index.js';
import { METRICS, aggregate, prf, scoreArticle, type ArticleScore, type GoldArticle, type Prediction, type Totals } from './evalScoring.js';

export type { GoldArticle, Prediction } from './evalScoring.js';

export interface EvalArticle extends GoldArticle {
  source?: { url?: string | null; title?: string | null; publisher?: string | null; publishedAt?: string | null };
  /** Folder the article was read from. */
  folder: string;
}

export type Predictor = (article: EvalArticle) => Promise<Prediction>;

/** The offline predictor: extraction in-process, shaped like the GraphQL API's answer. */
export const extractPredictor: Predictor = async (article) => {
  const r = extractArticle(article.text, { publishedAt: article.source?.publishedAt ?? undefined });
  const officialAliases = new Map(r.officials.map((o) => [o.name, o.aliases]));
  const entityAliases = new Map(r.entities.map((e) => [e.name, e.aliases]));
  return {
    entities: r.entities.map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases })),
    officials: r.officials.map((o) => ({ name: o.name, aliases: o.aliases, titles: o.roles.map((x) => x.title) })),
    statements: r.statements.map((s) => ({
      kind: s.kind,
      text: s.text,
      speakerName: s.speakerName,
      ...(s.speaker
        ? { speaker: { name: s.speaker.name, aliases: (s.speaker.type === 'OFFICIAL' ? officialAliases : entityAliases).get(s.speaker.name) ?? [] } }
        : {}),
    })),
  };
};

export function loadArticles(folders: string[]): EvalArticle[] {
  const out: EvalArticle[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).filter((x) => x.endsWith('.json')).sort()) {
      const a = JSON.parse(readFileSync(join(folder, f), 'utf8')) as EvalArticle;
      if (!a.text || !Array.isArray(a.statements)) continue;
      const id = a.id ?? f.replace(/\.json$/, '');
      // The same article in two folders (the seed is copied into the project) is scored once.
      if (out.some((x) => x.id === id)) continue;
      out.push({ ...a, id: a.id ?? f.replace(/\.json$/, ''), folder });
    }
  }
  return out;
}

const LABELS: Record<(typeof METRICS)[number], string> = {
  quoteSpan: 'quote',
  quoteSpeaker: 'quote+spk',
  paraphraseSpeaker: 'para+spk',
  officials: 'officials',
  entities: 'entities',
};

function fmt(n: number): string {
  return n.toFixed(2);
}

export interface EvalResult {
  perArticle: Array<{ id: string; folder: string; score: ArticleScore }>;
  overall: Totals;
  byFolder: Record<string, Totals>;
}

export async function runEval(folders: string[], predict: Predictor = extractPredictor, log: (line: string) => void = console.log): Promise<EvalResult> {
  const articles = loadArticles(folders);
  const perArticle: EvalResult['perArticle'] = [];
  for (const a of articles) perArticle.push({ id: a.id, folder: a.folder, score: scoreArticle(a, await predict(a)) });

  const header = ['article'.padEnd(48), ...METRICS.map((m) => LABELS[m].padStart(10)), 'titles'.padStart(8)].join(' ');
  log(`F1 per article (tp/fp/fn in the overall rows)\n${header}`);
  for (const r of perArticle) {
    log([r.id.slice(0, 48).padEnd(48), ...METRICS.map((m) => fmt(prf(r.score[m]).f1).padStart(10)), `${r.score.titles.correct}/${r.score.titles.total}`.padStart(8)].join(' '));
  }
  const byFolder: Record<string, Totals> = {};
  for (const folder of new Set(perArticle.map((r) => r.folder))) byFolder[folder] = aggregate(perArticle.filter((r) => r.folder === folder).map((r) => r.score));
  const overall = aggregate(perArticle.map((r) => r.score));
  const row = (label: string, t: Totals) => {
    log('');
    log(`${label} (${t.articles} articles), title accuracy ${fmt(t.titleAccuracy)}`);
    for (const m of METRICS) {
      const x = t.metrics[m];
      log(`  ${LABELS[m].padEnd(10)} P ${fmt(x.precision)}  R ${fmt(x.recall)}  F1 ${fmt(x.f1)}   (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`);
    }
  };
  if (Object.keys(byFolder).length > 1) for (const [f, t] of Object.entries(byFolder)) row(f, t);
  row('OVERALL', overall);
  log(
    JSON.stringify({
      articles: overall.articles,
      ...Object.fromEntries(METRICS.map((m) => [m, { p: +fmt(overall.metrics[m].precision), r: +fmt(overall.metrics[m].recall), f1: +fmt(overall.metrics[m].f1) }])),
      titleAccuracy: +fmt(overall.titleAccuracy),
    }),
  );
  return { perArticle, overall, byFolder };
}

function defaultFolders(): string[] {
  const out = ['fixtures/articles'];
  if (existsSync('../shared/fixtures/articles')) out.push('../shared/fixtures/articles');
  return out;
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const args = process.argv.slice(2);
  const offline = args.includes('--offline');
  const folders = args.filter((arg) => !arg.startsWith('--'));
  if (offline) {
    await runEval(folders.length ? folders : defaultFolders());
  } else {
    // By default through the GraphQL API into a fresh store: what an editor's ingestion gives.
    const { startApiPredictor } = await import('./evalThroughApi.js');
    const api = await startApiPredictor();
    try {
      await runEval(folders.length ? folders : defaultFolders(), api.predict);
    } finally {
      await api.close();
    }
  }
}
