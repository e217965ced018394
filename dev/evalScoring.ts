// Scoring of extraction against hand-annotated articles, by the rules in DESIGN.md (Ingestion →
// Scoring). Pure functions: the runner (dev/eval.ts) reads files and prints.
//
// - QUOTE matches a gold QUOTE when token F1 (lower-cased, punctuation dropped) >= 0.8; its speaker
//   is right when the predicted speaker's name, an alias, or speakerName matches the gold speaker
//   (same name, or same surname with the same first initial). Gold quotes of <= 4 words are not
//   annotated; a predicted one that matches no annotation is not counted.
// - PARAPHRASE matches at token F1 >= 0.5 (scored together with its speaker).
// - An official matches on the same name rule; title accuracy compares titles of matched officials.
// - An entity matches when its name or an alias equals the gold name or one of its mentions.
// Matching is one-to-one; figures are micro-averaged (counts summed over articles).

export interface GoldArticle {
  id: string;
  text: string;
  entities: Array<{ name: string; kind: string; mentions: string[] }>;
  officials: Array<{ name: string; titles: string[]; organization?: string | null; country?: string | null }>;
  statements: Array<{ kind: 'QUOTE' | 'PARAPHRASE'; speaker: string; speakerNamed: boolean; text: string }>;
}

export interface Prediction {
  entities: Array<{ name: string; kind: string; aliases: string[] }>;
  officials: Array<{ name: string; aliases: string[]; titles: string[] }>;
  statements: Array<{ kind: 'QUOTE' | 'PARAPHRASE'; text: string; speakerName: string; speaker?: { name: string; aliases: string[] } }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  quoteSpan: Counts;
  quoteSpeaker: Counts;
  paraphraseSpeaker: Counts;
  officials: Counts;
  /** Matched officials whose predicted titles include a gold title (and how many were compared). */
  titles: { correct: number; total: number };
  entities: Counts;
}

export const QUOTE_F1 = 0.8;
export const PARAPHRASE_F1 = 0.5;
export const MAX_UNANNOTATED_QUOTE_WORDS = 4;

export function scoreTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

export function tokenF1(a: string, b: string): number {
  const ta = scoreTokens(a);
  const tb = scoreTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of tb) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  if (overlap === 0) return 0;
  const p = overlap / tb.length;
  const r = overlap / ta.length;
  return (2 * p * r) / (p + r);
}

function nameWords(name: string): string[] {
  return scoreTokens(name);
}

/** Same name, or same surname (last word) with the same first initial. */
export function namesMatch(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  return wa[wa.length - 1] === wb[wb.length - 1] && wa[0][0] === wb[0][0];
}

function speakerMatches(pred: Prediction['statements'][number], gold: string): boolean {
  const names = [pred.speakerName, ...(pred.speaker ? [pred.speaker.name, ...pred.speaker.aliases] : [])].filter(Boolean);
  return names.some((n) => namesMatch(n, gold));
}

/** Greedy one-to-one matching by descending score. */
function matchPairs<G, P>(gold: G[], pred: P[], score: (g: G, p: P) => number, threshold: number): Array<[number, number]> {
  const cands: Array<[number, number, number]> = [];
  gold.forEach((g, i) => pred.forEach((p, j) => {
    const s = score(g, p);
    if (s >= threshold) cands.push([s, i, j]);
  }));
  cands.sort((x, y) => y[0] - x[0]);
  const gi = new Set<number>();
  const pj = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of cands) {
    if (gi.has(i) || pj.has(j)) continue;
    gi.add(i);
    pj.add(j);
    out.push([i, j]);
  }
  return out;
}

function wordCount(s: string): number {
  return scoreTokens(s).length;
}

export function scoreArticle(gold: GoldArticle, pred: Prediction): ArticleScore {
  // Quotes: gold quotes of <= 4 words are not annotated (ignore any such gold entries).
  const goldQ = gold.statements.filter((s) => s.kind === 'QUOTE' && wordCount(s.text) > MAX_UNANNOTATED_QUOTE_WORDS);
  const shortGoldQ = gold.statements.filter((s) => s.kind === 'QUOTE' && wordCount(s.text) <= MAX_UNANNOTATED_QUOTE_WORDS);
  const predQAll = pred.statements.filter((s) => s.kind === 'QUOTE');
  const qPairs = matchPairs(goldQ, predQAll, (g, p) => tokenF1(g.text, p.text), QUOTE_F1);
  const matchedP = new Set(qPairs.map(([, j]) => j));
  // Unmatched short predictions are not counted; nor are those matching a short (unannotated) gold quote.
  const countedFp = predQAll.filter((p, j) => {
    if (matchedP.has(j)) return false;
    if (wordCount(p.text) <= MAX_UNANNOTATED_QUOTE_WORDS) return false;
    if (shortGoldQ.some((g) => tokenF1(g.text, p.text) >= QUOTE_F1)) return false;
    return true;
  }).length;
  const quoteSpan: Counts = { tp: qPairs.length, fp: countedFp, fn: goldQ.length - qPairs.length };
  // Quote + speaker: a span match with the wrong speaker is both a false positive and a false negative.
  const qsPairs = matchPairs(goldQ, predQAll, (g, p) => (speakerMatches(p, g.speaker) ? tokenF1(g.text, p.text) : 0), QUOTE_F1);
  const qsMatched = new Set(qsPairs.map(([, j]) => j));
  const qsFp = predQAll.filter((p, j) => {
    if (qsMatched.has(j)) return false;
    if (matchedP.has(j)) return true;
    if (wordCount(p.text) <= MAX_UNANNOTATED_QUOTE_WORDS) return false;
    if (shortGoldQ.some((g) => tokenF1(g.text, p.text) >= QUOTE_F1)) return false;
    return true;
  }).length;
  const quoteSpeaker: Counts = { tp: qsPairs.length, fp: qsFp, fn: goldQ.length - qsPairs.length };

  const goldP = gold.statements.filter((s) => s.kind === 'PARAPHRASE');
  const predP = pred.statements.filter((s) => s.kind === 'PARAPHRASE');
  const pPairs = matchPairs(goldP, predP, (g, p) => (speakerMatches(p, g.speaker) ? tokenF1(g.text, p.text) : 0), PARAPHRASE_F1);
  const paraphraseSpeaker: Counts = { tp: pPairs.length, fp: predP.length - pPairs.length, fn: goldP.length - pPairs.length };

  const oPairs = matchPairs(
    gold.officials,
    pred.officials,
    (g, p) => ([p.name, ...p.aliases].some((n) => normalizeLoose(n) === normalizeLoose(g.name)) ? 2 : namesMatch(p.name, g.name) ? 1 : 0),
    1,
  );
  const officials: Counts = { tp: oPairs.length, fp: pred.officials.length - oPairs.length, fn: gold.officials.length - oPairs.length };
  let correct = 0;
  let total = 0;
  for (const [i, j] of oPairs) {
    const g = gold.officials[i];
    if (g.titles.length === 0) continue;
    total++;
    const goldTitles = new Set(g.titles.map(normalizeLoose));
    if (pred.officials[j].titles.some((t) => goldTitles.has(normalizeLoose(t)))) correct++;
  }

  const ePairs = matchPairs(
    gold.entities,
    pred.entities,
    (g, p) => {
      const goldForms = new Set([g.name, ...g.mentions].map(normalizeLoose));
      return [p.name, ...p.aliases].some((n) => goldForms.has(normalizeLoose(n))) ? 1 : 0;
    },
    1,
  );
  const entities: Counts = { tp: ePairs.length, fp: pred.entities.length - ePairs.length, fn: gold.entities.length - ePairs.length };

  return { quoteSpan, quoteSpeaker, paraphraseSpeaker, officials, titles: { correct, total }, entities };
}

/** Equality of names up to case, accents and punctuation ("U.S." = "US"). */
function normalizeLoose(s: string): string {
  return scoreTokens(s).join('');
}

export function prf(c: Counts): PRF {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export const METRICS = ['quoteSpan', 'quoteSpeaker', 'paraphraseSpeaker', 'officials', 'entities'] as const;
export type Metric = (typeof METRICS)[number];

export interface Totals {
  metrics: Record<Metric, PRF>;
  titleAccuracy: number;
  articles: number;
}

/** Micro-average: sum the counts over articles, then compute precision, recall and F1. */
export function aggregate(scores: ArticleScore[]): Totals {
  const metrics = {} as Record<Metric, PRF>;
  for (const m of METRICS) {
    const sum: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const s of scores) {
      sum.tp += s[m].tp;
      sum.fp += s[m].fp;
      sum.fn += s[m].fn;
    }
    metrics[m] = prf(sum);
  }
  const correct = scores.reduce((a, s) => a + s.titles.correct, 0);
  const total = scores.reduce((a, s) => a + s.titles.total, 0);
  return { metrics, titleAccuracy: total === 0 ? 1 : correct / total, articles: scores.length };
}
