/**
 * `npm run ingest -- [--endpoint URL] [--key KEY] FILES...`: sends articles (plain text, or
 * JSON as in fixtures/articles) to a running service's ingestArticle, one at a time, with a
 * progress bar and a summary table. Defaults: the local `npm start` and its editor key.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { articleFromFile } from '../ingest/articleFile.js';
import { knownEditorKey } from './localSettings.js';

const MUTATION = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    source { id statements(first: 100) { edges { node { kind } } } }
    entities { id } officials { id }
  }
}`;

export interface IngestRow {
  file: string;
  result: 'ingested' | 'unchanged' | 'failed';
  quotes: number;
  paraphrases: number;
  entities: number;
  officials: number;
  detail: string;
}

export async function ingestFile(endpoint: string, key: string, file: string): Promise<IngestRow> {
  const row = { file: basename(file), quotes: 0, paraphrases: 0, entities: 0, officials: 0 };
  try {
    const input = articleFromFile(await readFile(file, 'utf8'), file);
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query: MUTATION, variables: { input } }),
      signal: AbortSignal.timeout(60_000),
    });
    const body = (await response.json().catch(() => ({}))) as any;
    if (body.errors?.length || !body.data) {
      return { ...row, result: 'failed', detail: body.errors?.[0]?.message ?? `HTTP ${response.status}` };
    }
    const payload = body.data.ingestArticle;
    const kinds = payload.source.statements.edges.map((e: any) => e.node.kind);
    return {
      ...row,
      result: payload.created ? 'ingested' : 'unchanged',
      quotes: kinds.filter((k: string) => k === 'QUOTE').length,
      paraphrases: kinds.filter((k: string) => k === 'PARAPHRASE').length,
      entities: payload.entities.length,
      officials: payload.officials.length,
      detail: payload.source.id,
    };
  } catch (error) {
    return { ...row, result: 'failed', detail: (error as Error).message };
  }
}

function table(rows: IngestRow[]): string {
  const header = ['file', 'result', 'quotes', 'paraphrases', 'entities', 'officials', 'source id / error'];
  const cells = rows.map((r) => [r.file, r.result, r.quotes, r.paraphrases, r.entities, r.officials, r.detail].map(String));
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...cells.map((c) => c[i].length))));
  const line = (values: string[]) => values.map((v, i) => v.slice(0, widths[i]).padEnd(widths[i])).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { endpoint: { type: 'string' }, key: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length === 0) {
    console.log('usage: npm run ingest -- [--endpoint http://localhost:4000/graphql] [--key EDITOR_KEY] FILE...');
    console.log('FILEs are plain-text articles, or JSON with "text" (and url, title, publisher, publishedAt, alone or under "source").');
    process.exit(positionals.length === 0 && !values.help ? 2 : 0);
  }
  const endpoint = values.endpoint ?? process.env.FACTS_ENDPOINT ?? `http://localhost:${process.env.PORT ?? 4000}/graphql`;
  const key = values.key ?? knownEditorKey();
  if (!key) {
    console.error('No editor key: pass --key, set FACTS_EDITOR_KEY, or run it beside `npm start` (which keeps it in .data/editor-key).');
    process.exit(2);
  }
  const bar = new cliProgress.SingleBar({ format: 'ingesting [{bar}] {value}/{total} {file}', clearOnComplete: true, stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar.start(positionals.length, 0, { file: '' });
  const rows: IngestRow[] = [];
  for (const file of positionals) {
    bar.update(rows.length, { file: basename(file) });
    rows.push(await ingestFile(endpoint, key, file));
  }
  bar.update(rows.length, { file: '' });
  bar.stop();
  console.log(table(rows));
  const failed = rows.filter((r) => r.result === 'failed').length;
  console.log(`\n${rows.length - failed} of ${rows.length} articles stored (${rows.filter((r) => r.result === 'unchanged').length} already there) at ${endpoint}`);
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) void main();
