// Nigerian papers set a body's initials off in commas: "the Nigeria Hydrological Services Agency,
// NIHSA, confirmed", "the Executive Secretary of the Kogi State Emergency Management Agency, SEMA,
// Alhaji X, told". Read so, the initials look like an apposition, or a second name in a list. Where
// they are the first letters of the capitalized words just before them, extraction reads them as
// other papers print them, in parentheses: "Agency (NIHSA) confirmed". The length and the letters'
// places are kept, so every span still points into the original.

/** Capitalized words (with "of", "and", "the" between them), then ", INITIALS," and a space. */
const COMMA_INITIALS = /((?:\p{Lu}[\p{L}-]*\s(?:(?:of|and|the|for)\s)*){1,8})(\p{Lu}[\p{L}-]*), (\p{Lu}{2,8}), /gu;

/**
 * How many of the last of `capitals` (capitalized words) `initials` abbreviate (two or more; 0 if none):
 * they open on the first one's letter, hold every word's first letter in order, and at most two letters
 * more ("NIHSA", Nigeria Hydrological Services Agency).
 */
function abbreviated(capitals: string[], initials: string): number {
  const letters = capitals.map((w) => w[0]);
  for (let k = letters.length; k >= 2; k--) {
    const wanted = letters.slice(-k);
    if (wanted[0] !== initials[0] || initials.length > k + 2) continue;
    let at = 0;
    for (const c of initials) if (c === wanted[at]) at++;
    if (at === k) return k;
  }
  return 0;
}

/** The text with each ", INITIALS, " after the name they abbreviate written " (INITIALS) ". */
export function parenthesizeCommaInitials(text: string): string {
  if (!/, \p{Lu}{2,8}, /u.test(text)) return text;
  return text.replace(COMMA_INITIALS, (match, before: string, last: string, initials: string, at: number) => {
    const capitals = [...before.trim().split(/\s+/), last].filter((w) => /^\p{Lu}/u.test(w));
    const k = abbreviated(capitals, initials);
    // (not where the name is itself in apposition, its second comma closing it: "X, spokesperson for the
    // EU's diplomatic service, the European External Action Service, EEAS, told BIRN")
    const inApposition = k === capitals.length && /,\s+(?:the\s+)?$/.test(text.slice(Math.max(0, at - 8), at));
    // (nor a name with a hyphenated lower-case part, which the entity reader cuts: "Serb-majority")
    const cut = capitals.slice(-k).some((w) => /-\p{Ll}/u.test(w));
    return k > 0 && !inApposition && !cut ? `${before}${last} (${initials}) ` : match;
  });
}
