// When a statement was made: an explicit day in its sentence ("Tuesday (Jan 14)", "on Jan 1",
// "14 January 2020"), else a weekday ("said Tuesday") counted back from the publication date,
// else "yesterday"/"today", else the publication date itself.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7,
  july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12,
  december: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A month's name, whole or abbreviated ("Jan", "Sept", "December"); datelines and site furniture use it too. */
export const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_RE = `(${MONTH})\\.?`;
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`);
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\b(?:,?\\s+(\\d{4}))?`);
const WEEKDAY_RE = /\b([Ll]ast\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function parseIsoDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function fromMonthDay(month: number, day: number, year: string | undefined, base: Date | undefined): string | undefined {
  if (day < 1 || day > 31) return undefined;
  if (year) return iso(new Date(Date.UTC(+year, month - 1, day)));
  if (!base) return undefined;
  let y = base.getUTCFullYear();
  const candidate = new Date(Date.UTC(y, month - 1, day));
  // A date well after publication belongs to the previous year ("Dec 22" in a January story).
  if (candidate.getTime() - base.getTime() > 31 * 86400000) y -= 1;
  return iso(new Date(Date.UTC(y, month - 1, day)));
}

/** The date a statement in `sentence` was made, given the article's publication date. */
export function statementDate(sentence: string, publishedAt: string | undefined): string | undefined {
  const base = parseIsoDate(publishedAt);
  const md = MONTH_DAY.exec(sentence);
  if (md) {
    const d = fromMonthDay(MONTHS[md[1].toLowerCase().replace('.', '')], +md[2], md[3], base);
    if (d) return d;
  }
  const dm = DAY_MONTH.exec(sentence);
  if (dm) {
    const d = fromMonthDay(MONTHS[dm[2].toLowerCase().replace('.', '')], +dm[1], dm[3], base);
    if (d) return d;
  }
  if (!base) return undefined;
  const wd = WEEKDAY_RE.exec(sentence);
  if (wd) {
    const target = WEEKDAYS.indexOf(wd[2].toLowerCase());
    let back = (base.getUTCDay() - target + 7) % 7;
    if (wd[1]) back += 7;
    return iso(new Date(base.getTime() - back * 86400000));
  }
  if (/\byesterday\b/i.test(sentence)) return iso(new Date(base.getTime() - 86400000));
  return iso(base);
}
