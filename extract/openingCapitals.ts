// Papers that print a story's first word in capitals ("THE Namibia Water Corporation (NamWater) has
// cut …", as The Namibian and other southern African dailies do) make that word look like part of a
// name. Extraction reads such a word as it would be written in the sentence; the length is kept, so
// every span still points into the original.

/**
 * A function word in capitals that opens a paragraph, before a word in ordinary case; or its first
 * sentence after a dateline ("LOKOJA—THE Kogi State Government, yesterday, directed …", as Nigerian
 * papers print it).
 */
const OPENING_CAPITALS = /((?:^|\n)(?:\p{Lu}[\p{Lu} ]{1,30}\s?[—–-]\s?)?)(THE|AN?|IN|ON|AT|AS|AFTER|WHEN|FOR) (?=\p{Lu}?\p{Ll})/gu;

/** The text with each paragraph's opening function word in capitals written with one capital. */
export function lowerOpeningCapitals(text: string): string {
  return text.replace(OPENING_CAPITALS, (_, start: string, word: string) => `${start}${word[0]}${word.slice(1).toLowerCase()} `);
}
