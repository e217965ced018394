import { describe, expect, it } from 'vitest';
import { matchesInLinesWith } from '../../extract/lineMatches.js';

const shape = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => ({ index: m.index, text: m[0], groups: [...m].slice(1) }));

describe('matchesInLinesWith', () => {
  const text = 'Fighting spread to Kherson province on Monday.\nNothing here.\n\nThe provinces of Hatay and Adana, and Marib province,\nprovince of\nLuzon was spared.';
  const pattern = /(?<![\p{L}\p{N}_])(?:(\p{Lu}\p{Ll}+) province|provinces of (\p{Lu}\p{Ll}+) and (\p{Lu}\p{Ll}+)|province of (\p{Lu}\p{Ll}+))\b/gu;

  it('finds the matches text.matchAll finds, at the same indices in the whole text, with the same groups', () => {
    const found = shape(matchesInLinesWith(text, pattern, /\bprovinces?\b/));
    expect(found).toEqual(shape(text.matchAll(pattern)));
    expect(found.map((m) => m.text)).toEqual(['Kherson province', 'provinces of Hatay and Adana', 'Marib province']);
    for (const m of matchesInLinesWith(text, pattern, /\bprovinces?\b/)) expect(m.input).toBe(text);
  });

  it('looks only in the lines that hold the keyword, which is why every match must hold one', () => {
    const lines = 'Kherson province was shelled.\nLuzon spared.\nMarib province too.';
    const either = /(\p{Lu}\p{Ll}+) (?:province|spared)\b/gu;
    expect(shape(lines.matchAll(either)).map((m) => m.text)).toEqual(['Kherson province', 'Luzon spared', 'Marib province']);
    expect(shape(matchesInLinesWith(lines, either, /\bprovince\b/)).map((m) => m.text)).toEqual(['Kherson province', 'Marib province']);
  });
});
