// Site furniture that scrapers leave in article text. Nothing inside it is news, so extraction
// treats it as absent: the text is cut where a "read more" trailer starts, and whole lines that
// are navigation or sign-up prompts are skipped.
import { MONTH } from './dates.js';
import type { Span } from './types.js';

// A trailer can be glued to the last word ("We continRead More – Source"), so no \b before it.
const TRAILER = /(?:Read More|Read more|READ MORE)\s*[–—-]+\s*Source|Continue reading|Click here to read|Read the full (?:story|article)/g;
// A box that links to another story in the middle of an article ("Related article" / its headline / its
// teaser / "Continue reading", as Hungary Today sets one): skipped whole, the story goes on after it.
const RELATED_BOX = /^[ \t]*(?:Related articles?|RELATED ARTICLES?|Related stories|Related story)[ \t]*\n(?:[^\n]*\n){0,6}?[ \t]*(?:Continue reading|Read more)[ \t]*$/gm;
// A line that only continues, with more of the story after it, is no end either.
const BODY_AFTER = /^[ \t]*\n(?:[ \t]*\n)*[^\n]{120,}/;

const JUNK_LINE = new RegExp(
  `^\\s*(?:Sign up\\b|Subscribe\\b|Follow us\\b|Share this\\b|Advertisement\\s*$|ADVERTISEMENT\\s*$|Related:|Read more:|Read More:|Read also:|READ ALSO:|Also read:|ALSO READ:|RELATED\\b|Copyright\\b|©|All rights reserved|Click here\\b|Watch:|WATCH:|Photo:|Image:|Getty Images\\s*$|Reporting by\\b|Editing by\\b|\\(Reporting by\\b|Published On\\b|Updated On\\b|Listen to this article|Save\\s*$|Keep reading\\s*$|Source:\\s|\\d{1,2} ${MONTH} \\d{4}\\s*$)`,
);
// A block of links to other stories: "list of 3 items" … "end of list" (Al Jazeera's "Keep reading").
const LINK_LIST = /^(?:[ \t]*Keep reading[ \t]*\n)?[ \t]*list of \d+ items\s*$[^]*?^\s*end of list[ \t]*$/gm;

export interface ContentBounds {
  /** Where the article body ends (exclusive). */
  end: number;
  /** Lines inside the body to skip. */
  skipped: Span[];
}

export function findContentBounds(text: string): ContentBounds {
  const skipped: Span[] = [];
  for (const box of text.matchAll(RELATED_BOX)) skipped.push({ start: box.index, end: box.index + box[0].length });
  let end = text.length;
  for (const m of text.matchAll(TRAILER)) {
    const lineEnd = text.indexOf('\n', m.index);
    const alone = /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.index - 5), m.index)) && lineEnd > 0 && /^[ \t]*$/.test(text.slice(m.index + m[0].length, lineEnd));
    if (skipped.some((box) => box.start <= m.index && m.index < box.end)) continue;
    if (alone && BODY_AFTER.test(text.slice(lineEnd + 1))) {
      skipped.push({ start: m.index, end: lineEnd });
      continue;
    }
    end = m.index;
    break;
  }
  const lineRe = /[^\n]+/g;
  let lm: RegExpExecArray | null;
  while ((lm = lineRe.exec(text)) && lm.index < end) {
    if (JUNK_LINE.test(lm[0])) skipped.push({ start: lm.index, end: lm.index + lm[0].length });
  }
  for (const list of text.slice(0, end).matchAll(LINK_LIST)) skipped.push({ start: list.index, end: list.index + list[0].length });
  skipped.sort((x, y) => x.start - y.start);
  return { end, skipped };
}
