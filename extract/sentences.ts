// Paragraphs and sentences with offsets. News paragraphs are lines; a sentence ends at . ? or !
// unless the period belongs to an abbreviation or an initial, or the stop sits inside a quotation
// (a quoted passage of several sentences stays in the sentence that attributes it).
import { MONTH } from './dates.js';
import type { Span } from './types.js';

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  paragraph: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'ald', 'lt', 'col', 'capt', 'cmdr', 'adm', 'sgt', 'maj',
    'st', 'mt', 'ft', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'corp', 'ltd', 'co', 'bros', 'dept', 'est', 'approx',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'pres', 'rev', 'hon',
    // (the Gulf's, South Asia's and Ghana's engineer's style: "said Eng. X", "Ing. X")
    'eng', 'engr', 'ing',
    // (the Philippine papers' secretaries: "Migrant Workers Sec. X", "DMW Usec. X")
    'sec', 'usec', 'asec',
    // (rupees and bolívares, as Sri Lankan, Pakistani and Venezuelan papers write them: "Rs. 25,000", "the Bs. 80 fare")
    'rs', 'bs',
  ],
);

/** Whether a word before a period is an abbreviation that ends no sentence ("Gov.", "Eng.", "Inc."). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.replace(/\./g, '').toLowerCase());
}

// "KINSHASA, Congo (AP) —", "WASHINGTON:", "CAIRO —", "TOKYO/SEOUL, March 4 (Reuters) -": the place the story was filed from.
// "WASHINGTON (AP) — ", "SYDNEY, March 14 (Reuters) - ", and Indian agencies' "New Delhi, Mar 9 (PTI) " (no dash);
// AFP's "Santiago (AFP) - " (a place in mixed case, then the agency); Caixin's "(Beijing) — " (the place alone);
// Addis Standard's "Addis Abeba – " (a place in mixed case and a dash, no agency); Prensa Latina's "Havana, Nov 3 (Prensa Latina) "; BTA's "Dobrich, July 24 (BTA) - "; The Edge's "KUALA LUMPUR (March 10): "; "AKIpress news agency - "; ANI's
// "Shimla (Himachal Pradesh) [India], September 18 (ANI): " (the state in brackets, the country in square ones);
// Hiiraan Online's "Mogadishu (HOL) - " (any outlet's initials in brackets after a place in mixed case).
export const DATELINE = new RegExp(`^(?:[\\p{Lu}][\\p{Lu} .'\\-/]+(?:,\\s*[\\p{L}\\p{N} .,]+?)?\\s*(?:\\([\\p{L} .]+\\))?\\s*(?::|—|–|--|-)\\s+|\\p{Lu}\\p{Ll}[\\p{L}.'\\-]*(?: \\p{Lu}[\\p{L}.'\\-]*){0,2}(?:,\\s*[\\p{L} .]+?)?\\s*\\((?:Reuters|Bloomberg|dpa|Xinhua|Kyodo|Yonhap|\\p{Lu}{2,6})\\)\\s*(?:—|–|--|-)\\s+|\\p{Lu}[\\p{L} .'\\-]+, ${MONTH}\\.? \\d{1,2} \\((?:\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2})\\)\\s+(?:[-–—]\\s+)?|\\(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?\\)\\s*(?:—|–|--|-)\\s+|\\p{Lu}[\\p{Lu} ]+ \\(${MONTH} \\d{1,2}\\):\\s+|\\p{Lu}[\\p{L}]+ news agency\\s+(?:—|–|--|-)\\s+|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2} (?:—|–) (?=\\p{Lu})|\\p{Lu}\\p{Ll}[\\p{L}.'\\-]*(?: \\p{Lu}[\\p{L}.'\\-]*){0,2}(?: \\([\\p{L} .&'\\-]+\\))?(?: \\[[\\p{L} .]+\\])?, ${MONTH}\\.? \\d{1,2} \\((?:ANI|IANS|PTI|UNI)\\):\\s+)`, 'u');

export function splitParagraphs(text: string, end: number, skipped: Span[]): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < end) {
    let start = m.index;
    let stop = Math.min(m.index + m[0].length, end);
    while (start < stop && /\s/.test(text[start])) start++;
    while (stop > start && /\s/.test(text[stop - 1])) stop--;
    if (stop <= start) continue;
    if (skipped.some((s) => s.start <= start && s.end >= stop)) continue;
    // Separators such as "___" or "* * *" carry no words.
    if (!/[\p{L}\p{N}]/u.test(text.slice(start, stop))) continue;
    out.push({ start, end: stop, index: out.length });
  }
  return out;
}

/** Split a paragraph into sentences; `insideQuote(pos)` says whether a position is within a quotation; no sentence ends before `datelineEnd`. */
export function splitSentences(
  text: string,
  para: Paragraph,
  insideQuote: (pos: number) => boolean = () => false,
  datelineEnd = 0,
): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  const re = /[.?!]+/g;
  // "SACRAMENTO, Calif. (AP) — ": a dateline's abbreviations end no sentence.
  re.lastIndex = Math.max(para.start, datelineEnd);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < para.end) {
    let stop = m.index + m[0].length;
    // Closing quotes and brackets belong to the sentence they close.
    while (stop < para.end && /["”’')\]]/.test(text[stop])) stop++;
    if (stop >= para.end) break;
    if (!/\s/.test(text[stop])) continue;
    let next = stop;
    while (next < para.end && /\s/.test(text[next])) next++;
    // (or an agency's mark: "BAKU, Azerbaijan, November 18. ©Trend: …")
    if (!/[\p{Lu}\p{N}"“‘'(\[…©]/u.test(text[next] ?? '')) continue;
    // Inside a quotation only where the quotation goes on: 'struck "… the army." It did not …' ends here.
    if (insideQuote(m.index) && !/["”]/.test(text.slice(m.index + m[0].length, stop))) continue;
    if (m[0] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(para.start, m.index - 20), m.index))?.[1] ?? '';
      const bare = word.replace(/\./g, '').toLowerCase();
      if (ABBREVIATIONS.has(bare)) continue;
      // Initials and dotted acronyms: "U.S.", "J. Smith" — only break if the next word looks like a new sentence start.
      // (and the Philippines' "Ma." for Maria inside a name, after a given name: "Jose Ma. Lacuesta")
      const maria = word === 'Ma' && /\p{Lu}\p{Ll}+ $/u.test(text.slice(Math.max(para.start, m.index - 20), m.index - 2));
      if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || maria) {
        if (!/^(?:The|A|An|He|She|It|They|We|In|On|But|And|This|That|Its|His|Her|Their)\b/.test(text.slice(next, next + 6))) continue;
      }
    }
    out.push({ start, end: stop, paragraph: para.index });
    start = next;
  }
  if (start < para.end) out.push({ start, end: para.end, paragraph: para.index });
  for (const sentence of out) sentence.start += leadLength(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60)));
  return out;
}

/**
 * A list's bullet and a section label open no sentence's words: "- Everyone else …", "Why it matters:
 * The rule is …", "What they're saying: Nvidia called …" (Axios and newsletter styles). A label is a few
 * words before a colon, none of them a reporting verb ("Mnuchin said: “…”" keeps its subject).
 */
function leadLength(head: string): number {
  const bullet = /^[-•*–—]\s+/.exec(head)?.[0].length ?? 0;
  const label = /^©?\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,4}:\s+(?=\p{Lu})/u.exec(head.slice(bullet));
  const reports = label !== null && /\b(?:said|says|told|tells|added|wrote|writes|asked|declared|announced|stated|warned)\b/.test(label[0]);
  return bullet + (label && !reports ? label[0].length : 0);
}
