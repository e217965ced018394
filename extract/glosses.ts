// Names glossed in their own script, as the Taipei Times and Korean papers print them on first
// reference: "Premier Hsu Cheng-lung (許正隆) said". The gloss adds nothing the romanized name does
// not say, and it stands between the name and its verb or its party, so extraction reads the text
// with each gloss blanked. Blanking keeps the length, so every span still points into the original.
// (Nicknames inside names are blanked the same way, below.)

/** A parenthesis of letters from no Latin script (and no digits): a gloss, not an acronym or a party. */
const GLOSS = /\((?=[^()]*[^\P{L}\p{Script=Latin}])[^()\p{Script=Latin}\d]{1,40}\)/gu;

/**
 * A nickname in quotation marks between a given name and a family name, as Philippine and American
 * papers print them: 'Sen. Leopoldo "Leo" Navarrete', 'Mayor Benjamin “Benjie” Soriano'. It too is
 * blanked (with the space after it), so the name reads as its two parts.
 */
// (after the Philippines' "Ma." too: 'Jose Ma. “Pepe” Lacuesta'; or in single marks: "Senator Gregorio 'Gerry' Dimalanta")
const NICKNAME = /(?<=(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+\.? )(?:[“"]\p{Lu}[\p{L}.'-]{0,14}[”"]|['‘]\p{Lu}[\p{L}.-]{0,14}['’]) (?=\p{Lu}\p{Ll})/gu;

/** The text with each gloss and nickname replaced by as many spaces. */
export function blankGlosses(text: string): string {
  // (each pattern only where its marks occur: the text is long and these are rare)
  const glossed = /[^\x00-\u024f]/.test(text) ? text.replace(GLOSS, (gloss) => ' '.repeat(gloss.length)) : text;
  return NICKNAME_MARKS.test(glossed) ? glossed.replace(NICKNAME, (nickname) => ' '.repeat(nickname.length)) : glossed;
}

/**
 * Ethiopian styles before a name, "Ato" (Mr) and "W/ro" (Mrs), as the Ethiopian press writes them ("the
 * Minister of Trade, Ato Birhanu Tessema said"; "W/ro Meaza Gebrehiwot, Director General of …"): read
 * as the English style of the same length ("Mr.", "Mrs."), which names, titles and appositions already
 * take for a style. Only before two capitalized words (a given name and the father's), and not after a
 * capitalized word: "Dr Ato Nyarko" and "Cassiel Ato Forson" are Ghana's given name "Ato".
 */
const ETHIOPIAN_STYLE = /(?<!(?:^|[^\p{L}])\p{Lu}[\p{L}.]*\s)(?<![\p{L}\p{N}_/])(?:Ato|W\/ro|W\/rt)(?= \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/gu;
const ENGLISH_STYLE: Record<string, string> = { Ato: 'Mr.', 'W/ro': 'Mrs.', 'W/rt': 'Mrs.' };

export function readEthiopianStyles(text: string): string {
  return /\b(?:Ato|W\/r[ot]) /.test(text) ? text.replace(ETHIOPIAN_STYLE, (style) => ENGLISH_STYLE[style]) : text;
}

/** A quoted capitalized word and a capitalized word after it: where a nickname may be. */
const NICKNAME_MARKS = /(?:[“"]\p{Lu}[\p{L}.'-]{0,14}[”"]|['‘]\p{Lu}[\p{L}.-]{0,14}['’]) \p{Lu}/u;

/**
 * A photograph's credit at the end of a caption line, as The Royal Gazette and other papers print
 * captions in the text ("Under pressure: X, the Minister of Transport (File photograph)", "(Photograph
 * by Blaire Simmons)", "(Photo: Reuters)"): it stands between an apposition and the line's end, and
 * is blanked the same way.
 */
const PHOTO_CREDIT = /[ \t]*\((?:File |Archive )?(?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage)(?:s)?(?:(?::|\s+by|\s+courtesy(?:\s+of)?)\s+[^()\n]{1,60})?\)(?=[ \t]*$)/gm;

export function blankPhotoCredits(text: string): string {
  // (only where one can be: the pattern is tried at every line's end otherwise)
  return /\((?:File |Archive )?(?:[Pp]hoto|[Pp]icture|[Ii]mage)/.test(text) ? text.replace(PHOTO_CREDIT, (credit) => ' '.repeat(credit.length)) : text;
}
