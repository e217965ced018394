import { describe, expect, it } from 'vitest';
import { mayStartPhrase, phraseStarts, tokenize } from '../../extract/tokens.js';

const words = (text: string, from?: number, to?: number) => tokenize(text, from, to).map((t) => t.text);

describe('tokenize', () => {
  it('cuts possessives and lower-case hyphen tails, keeps offices and given names whole', () => {
    const text = "Kim's UN-backed envoy, secretary-general Ban Ki-moon and Dong-hyun met al-Qaeda-linked men.";
    expect(words(text)).toEqual(['Kim', 'UN', 'backed', 'envoy', 'secretary-general', 'Ban', 'Ki-moon', 'and', 'Dong-hyun', 'met', 'al-Qaeda', 'linked', 'men']);
  });

  it('reads a span as if the text ended there, and a span asked again alike', () => {
    const text = 'President Emmanuel Macron said on Tuesday.';
    expect(words(text, 10, 18)).toEqual(['Emmanuel']);
    expect(words(text, 12, 21)).toEqual(['manuel', 'Ma']);
    expect(words(text, 12, 21)).toEqual(['manuel', 'Ma']);
  });

  it('hands out a copy: changing an answer changes no later one', () => {
    const text = 'Finance Minister Ana Ruiz said.';
    const first = tokenize(text);
    first.length = 0;
    expect(words(text)).toEqual(['Finance', 'Minister', 'Ana', 'Ruiz', 'said']);
  });
});

describe('phraseStarts', () => {
  const text = "The U.S. Army and Kim's party met Ana Ruizova.";
  const tokens = tokenize(text);
  const starting = (phrases: string[]) => {
    const starts = phraseStarts(phrases);
    return tokens.filter((t) => mayStartPhrase(starts, text, t)).map((t) => t.text);
  };

  it('lets through every token a phrase can start on, and no other', () => {
    expect(starting(['U.S. Army', "Kim's party", 'Ana'])).toEqual(['U.S.', 'Kim', 'Ana']);
    // ("Ruiz" is no whole word of the text: "Ruizova" starts no phrase "Ruiz")
    expect(starting(['Ruiz'])).toEqual([]);
  });
});
