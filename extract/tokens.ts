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

// The passes ask for the same spans again and again (every paragraph by the entity and the person
// passes, every sentence's first words by the speaker passes): the last text's answers are kept by
// span. Callers get a copy of the array; they never change a token.
let memoText = '';
const memo = new Map<string, Token[]>();

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  const key = `${from}:${to}`;
  let tokens = memo.get(key);
  if (!tokens) {
    tokens = scan(text, from, to);
    memo.set(key, tokens);
  }
  return tokens.slice();
}

function scan(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const push = (start: number, word: string) => {
    if (word.length > 0) out.push({ start, end: start + word.length, text: word });
  };
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) && m.index < to) {
    let word = m[0];
    const start = m.index;
    if (start + word.length > to) word = word.slice(0, to - start);
    // (the possessive ending: "Kim's" -> "Kim")
    if (word.length >= 2 && word.charCodeAt(word.length - 1) === 115 && (word[word.length - 2] === '’' || word[word.length - 2] === "'")) word = word.slice(0, -2);
    // ("CFDT secretary-general Mathieu Guérin": a hyphenated office is one word)
    if (!word.includes('-') || HYPHENATED_TITLES.has(word.toLowerCase())) {
      push(start, word);
      continue;
    }
    // Keep "Jean-Yves", "East-West", "al-Qaeda"; cut "UN-backed" and "pro-Islamist".
    const parts = word.split('-');
    let acc = parts[0];
    let accStart = start;
    for (let i = 1; i < parts.length; i++) {
      const p = parts[i];
      const lowerTail = /^\p{Ll}/u.test(p) && !PREFIXED_NAME.test(p) && !(i === 1 && parts.length === 2 && isRomanizedGivenName(acc, p));
      const lowerHead = /^\p{Ll}+$/u.test(acc) && !ARTICLE_ONLY.test(acc);
      if (lowerTail || lowerHead) {
        push(accStart, acc);
        accStart = accStart + acc.length + 1;
        acc = p;
      } else {
        acc += '-' + p;
      }
    }
    push(accStart, acc);
  }
  return out;
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

/** A letter or a digit, as the word pattern reads them. */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /[\p{L}\p{N}]/u.test(c);
}

/**
 * The ways a phrase's first token can read: the phrase cut before each character that is no letter
 * or digit, and the whole phrase. The walks that look every run of up to n tokens up among some
 * phrases ask `mayStartPhrase` first, so that most tokens cost one lookup, not n substrings.
 */
export function phraseStarts(phrases: Iterable<string>): Set<string> {
  const starts = new Set<string>();
  for (const p of phrases) {
    for (let k = 1; k < p.length; k++) if (!isWordChar(p[k])) starts.add(p.slice(0, k));
    starts.add(p);
  }
  return starts;
}

/** Whether a phrase can start at a token: its text is a phrase's first token (or the text glues a letter to it). */
export function mayStartPhrase(starts: Set<string>, text: string, token: Token): boolean {
  return starts.has(token.text) || isWordChar(text[token.end]);
}
