import { describe, it, expect } from 'vitest';
import { splitParagraphs, splitSentences } from '../../extract/sentences.js';
import { findContentBounds } from '../../extract/boilerplate.js';
import { extractArticle } from '../../extract/index.js';

function sentences(text: string): string[] {
  const paras = splitParagraphs(text, text.length, []);
  return paras.flatMap((p) => splitSentences(text, p)).map((s) => text.slice(s.start, s.end));
}

describe('sentences', () => {
  it('does not break after abbreviations and initials', () => {
    expect(sentences('Mr. Smith met U.S. officials on Jan. 5 in Paris. They talked.')).toEqual([
      'Mr. Smith met U.S. officials on Jan. 5 in Paris.',
      'They talked.',
    ]);
  });

  it('treats lines as paragraphs and skips separators', () => {
    const text = 'First line.\n\n___\n\nSecond line.';
    expect(splitParagraphs(text, text.length, []).map((p) => text.slice(p.start, p.end))).toEqual(['First line.', 'Second line.']);
  });
});

describe('boilerplate', () => {
  it('cuts the text where a "Read More – Source" trailer starts, even glued to a word', () => {
    const text = 'Body text here.\n\n"We continRead More – Source\n\nchannel news asia';
    expect(text.slice(0, findContentBounds(text).end)).toBe('Body text here.\n\n"We contin');
  });

  it('skips sign-up lines', () => {
    const text = 'Body.\nSign up for our newsletter\nMore body.';
    const b = findContentBounds(text);
    expect(b.skipped.map((s) => text.slice(s.start, s.end))).toEqual(['Sign up for our newsletter']);
  });

  it('skips a news site\'s publication line, share buttons, a list of links to other stories and its source line', () => {
    const text = 'Headline\n\nPublished On 21 Nov 2025\n21 Nov 2025\n\nSave\n\nBody says Iran acted.\n\nKeep reading\nlist of 2 items\nlist 1 of 2\nIsrael warns it will act\nlist 2 of 2\nWhat is the IAEA?\nend of list\n\nMore body.\n\nSource: Al Jazeera and news agencies';
    const article = extractArticle(text);
    expect(article.entities.map((e) => e.name).sort()).toEqual(['Iran']);
    expect(article.statements).toEqual([]);
  });

  it('skips a "Related article" box in the middle of a story (headline, teaser, "Continue reading") and reads on after it', () => {
    const text = 'The decree was published late on Wednesday, MTI reported.\n\nRelated article\n\nFood Prices in Hungarian Shops Fall for Fourth Month in a Row\n\nEggs and sunflower oil saw the biggest drops in December.\n\nContinue reading\n\nAt Thursday’s press conference, Minister Tamás Szalai told reporters that the cabinet had also discussed extending the interest rate cap on mortgages.\n\nREAD ALSO: Why is electricity so much more expensive in southern Sweden?';
    const b = findContentBounds(text);
    expect(b.end).toBe(text.length);
    expect(b.skipped.map((s) => text.slice(s.start, s.end).split('\n')[0])).toEqual(['Related article', 'READ ALSO: Why is electricity so much more expensive in southern Sweden?']);
    expect(extractArticle(text).statements.map((s) => s.speakerName)).toEqual(['MTI', 'Tamás Szalai']);
  });

  it('still ends the story at a last "Continue reading"', () => {
    const text = 'Body says the plan was approved by the cabinet on Monday.\n\nContinue reading\n\nSubscribe';
    expect(text.slice(0, findContentBounds(text).end)).toBe('Body says the plan was approved by the cabinet on Monday.\n\n');
  });
});

