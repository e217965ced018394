/**
 * A global pattern's matches, looked for only in the lines that hold one of its keywords. A scan
 * of a whole article by a long pattern whose every match needs one of a few words ("province",
 * "ministry") spends most of its time in paragraphs without them.
 *
 * The same matches as `text.matchAll(pattern)`, at the same indices, when no part of the pattern
 * can match a line break and its look-arounds and `\b` treat a line break as they treat the text's
 * ends (as no letter); `keyword` must find a word that every match holds.
 */
export function* matchesInLinesWith(text: string, pattern: RegExp, keyword: RegExp): Generator<RegExpExecArray> {
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    if (keyword.test(line)) {
      for (const match of line.matchAll(pattern)) {
        match.index += start;
        match.input = text;
        yield match;
      }
    }
    start = end + 1;
  }
}
