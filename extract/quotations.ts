// Quotation spans. Double marks (straight or curly) delimit quotations; single marks inside them
// are nested quotes and stay part of the text. A quotation still open at the end of a paragraph
// continues when the next paragraph opens with a mark (news style repeats the opening mark and
// omits the closing one), and each paragraph becomes its own piece. A quotation never closed —
// the text was cut off, often mid-word — yields nothing. Texts that use only single curly marks
// (British style) are read with those as the primary marks.
import type { Paragraph } from './sentences.js';
import type { Span } from './types.js';

export interface Quotation extends Span {
  /** Position of the opening mark. */
  open: number;
  /** Position of the closing mark, or -1 when the piece runs on into the next paragraph. */
  close: number;
  paragraph: number;
  /** True for the second and later paragraphs of a multi-paragraph quotation. */
  continued: boolean;
  /** Index of the first piece of the quotation this piece belongs to. */
  group: number;
}

type Mark = { pos: number; role: 'open' | 'close' | 'either' };

function marksIn(text: string, p: Paragraph, british: boolean): Mark[] {
  const marks: Mark[] = [];
  for (let i = p.start; i < p.end; i++) {
    if (!british) {
      // (by code, every character of the text: no one-character string made for each)
      const code = text.charCodeAt(i);
      if (code === 0x201c) marks.push({ pos: i, role: 'open' });
      else if (code === 0x201d) marks.push({ pos: i, role: 'close' });
      else if (code === 0x22) marks.push({ pos: i, role: 'either' });
    } else {
      const ch = text[i];
      const prev = i > p.start ? text[i - 1] : ' ';
      const next = i + 1 < p.end ? text[i + 1] : ' ';
      if ((ch === '‘' || ch === "'") && !/[\p{L}\p{N}]/u.test(prev) && /[\p{L}\p{N}]/u.test(next)) marks.push({ pos: i, role: 'open' });
      // A closing single mark is not followed by a letter (that would be an apostrophe: "don’t").
      else if ((ch === '’' || ch === "'") && !/[\p{L}\p{N}]/u.test(next) && !/\s/.test(prev)) marks.push({ pos: i, role: 'close' });
    }
  }
  return marks;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

export function findQuotations(text: string, paragraphs: Paragraph[]): Quotation[] {
  // British copy quotes with single marks, curly or straight ("'We will act,' she said").
  const british = !/["“”]/.test(text) && (/‘/.test(text) || /(?:^|\s)'\p{L}/mu.test(text));
  const out: Quotation[] = [];
  // An open quotation carried over from the previous paragraph.
  let carry: { group: number; pending: Quotation } | null = null;
  for (const p of paragraphs) {
    const marks = marksIn(text, p, british);
    let openAt = -1;
    let continued = false;
    let group = -1;
    let first = 0;
    if (carry) {
      if (marks.length > 0 && marks[0].pos === p.start && marks[0].role !== 'close') {
        // Continuation: the previous paragraph's piece stands as it is.
        out.push(carry.pending);
        openAt = marks[0].pos;
        continued = true;
        group = carry.group;
        first = 1;
      }
      carry = null;
    }
    for (let k = first; k < marks.length; k++) {
      const m = marks[k];
      if (openAt < 0) {
        if (m.role === 'close') continue; // stray closing mark
        openAt = m.pos;
        continued = false;
        group = -1;
        continue;
      }
      if (m.role === 'open') {
        // A new opening mark while open: the first one was stray; restart here.
        openAt = m.pos;
        continued = false;
        continue;
      }
      const span = trimSpan(text, openAt + 1, m.pos);
      if (span.end > span.start) {
        const idx = out.length;
        out.push({ ...span, open: openAt, close: m.pos, paragraph: p.index, continued, group: group >= 0 ? group : idx });
      }
      openAt = -1;
    }
    if (openAt >= 0) {
      const span = trimSpan(text, openAt + 1, p.end);
      const idx = out.length;
      const pending: Quotation = { ...span, open: openAt, close: -1, paragraph: p.index, continued, group: group >= 0 ? group : idx };
      carry = { group: pending.group, pending };
    }
  }
  // A quotation left open at the end of the text was cut off: drop it.
  return out;
}
