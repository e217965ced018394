// Word tokens with offsets. Possessive endings are left out of the token ("Kim's" -> "Kim"), and a
// hyphenated compound is cut before a lower-case tail ("UN-backed" -> "UN", "al-Qaeda-linked" ->
// "al-Qaeda"), so that names inside such words can be looked up. Korean and Taiwanese given names
// ("Dong-hyun", "Ing-wen": two romanized syllables) stay whole.

export interface Token {
  start: number;
  end: number;
  text: string;
}

/** The Arabic article and kin that prefix a family name in lower case: "al-Qaeda", "al-Masri", "bin-Salman". */
export const ARABIC_ARTICLE = 'al|el|bin|ibn|abu|ul|ad|as|ash|an|ar|at|az|ud';
const ARTICLE_ONLY = new RegExp(`^(?:${ARABIC_ARTICLE})$`);

const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-’'&.][\p{L}\p{N}]+)*/gu;

// One romanized syllable (consonants, vowels, at most two final consonants), as in "hyun", "won",
// "myung", "wen"; minus the English words that follow a name in compounds ("Kim-led", "Gaza-bound").
const SYLLABLE = /^[bcdfghjklmnpqrstvwxz]{0,3}[aeiouy]{1,3}(?:ng|[bcdfghjklmnpqrstvwxz]{0,2})$/;
const COMPOUND_TAILS = new Set([
  'led', 'run', 'born', 'bound', 'held', 'built', 'fed', 'hit', 'struck', 'free', 'proof', 'first', 'bred', 'ish', 'long',
  'old', 'war', 'wing', 'term', 'time', 'day', 'week', 'year', 'month', 'night', 'left', 'right', 'up', 'out', 'off',
  'down', 'back', 'front', 'line', 'end', 'top', 'scale', 'style', 'type', 'like', 'wide',
]);

/** "Dong-hyun", "Ji-won", "Ing-wen": a capitalized syllable joined to a lower-case one. */
function isRomanizedGivenName(head: string, tail: string): boolean {
  // (Cantonese "Tsz-chun", "Sze-man": a syllable without a vowel)
  return /^\p{Lu}\p{Ll}{0,5}$/u.test(head) && (SYLLABLE.test(head.toLowerCase()) || /^(?:tsz|sze|sz|ng)$/.test(head.toLowerCase())) && SYLLABLE.test(tail) && !COMPOUND_TAILS.has(tail);
}

/** Offices written with a hyphen, kept one token (names.ts counts them as title heads). */
export const HYPHENATED_TITLES = new Set([
  'secretary-general', 'director-general', 'commissioner-general', 'attorney-general', 'solicitor-general', 'governor-general',
  'inspector-general', 'auditor-general', 'surgeon-general', 'vice-president', 'vice-chairman', 'vice-chancellor', 'co-founder',
  'under-secretary', 'co-leader', 'co-chair', 'co-chairman', 'co-president', 'co-director', 'co-chief', 'major-general', 'lieutenant-general', 'brigadier-general', 'lieutenant-colonel', 'rear-admiral', 'vice-admiral',
  // (a South Asian police station's head: "Officer-in-Charge (OC) X")
  'officer-in-charge',
]);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let word = m[0];
    let start = m.index;
    if (start + word.length > to) word = word.slice(0, to - start);
    word = word.replace(/[’']s$/u, '');
    const parts = word.split('-');
    // ("CFDT secretary-general Mathieu Guérin": a hyphenated office is one word)
    if (parts.length > 1 && !HYPHENATED_TITLES.has(word.toLowerCase())) {
      // Keep "Jean-Yves", "East-West", "al-Qaeda"; cut "UN-backed" and "pro-Islamist".
      let acc = parts[0];
      let accStart = start;
      for (let i = 1; i < parts.length; i++) {
        const p = parts[i];
        const lowerTail = /^\p{Ll}/u.test(p) && !PREFIXED_NAME.test(p) && !(i === 1 && parts.length === 2 && isRomanizedGivenName(acc, p));
        const lowerHead = /^\p{Ll}+$/u.test(acc) && !ARTICLE_ONLY.test(acc);
        if (lowerTail || lowerHead) {
          out.push({ start: accStart, end: accStart + acc.length, text: acc });
          accStart = accStart + acc.length + 1;
          acc = p;
        } else {
          acc += '-' + p;
        }
      }
      out.push({ start: accStart, end: accStart + acc.length, text: acc });
    } else {
      out.push({ start, end: start + word.length, text: word });
    }
  }
  return out.filter((t) => t.text.length > 0);
}

/** A proper noun behind a lower-case prefix of Zulu or Xhosa: "eThekwini", "uMngeni", "iLembe". */
const PREFIXED_NAME = /^[a-z]{1,3}\p{Lu}\p{Ll}/u;

export function isCapitalized(word: string): boolean {
  // (asked of every token many times: ASCII letters decided without a regular expression)
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) return word.length > 2 && PREFIXED_NAME.test(word);
  return c > 127 && /^\p{Lu}/u.test(word);
}
