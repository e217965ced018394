/**
 * The extractor never throws on the text it is given: fragments of the annotated articles cut at any
 * character, with their sentences shuffled or their paragraphs run together, as editors paste them.
 * (Two such crashes were found this way: a name ending the text at "Mission in", and an acronym after
 * words that are all openers.) The fragments are drawn from a fixed seed, so a failure repeats.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract/index.js';

const folder = new URL('../../fixtures/articles/', import.meta.url);
const texts = readdirSync(folder).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(new URL(f, folder), 'utf8')).text as string);

describe('extractArticle on fragments', () => {
  it('reads 600 random fragments of the annotated articles without throwing', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const failures: string[] = [];
    for (let i = 0; i < 600; i++) {
      const text = texts[random(texts.length)];
      const start = random(text.length);
      let fragment = text.slice(start, start + random(Math.min(2000, text.length - start) + 1));
      if (i % 3 === 0) fragment = fragment.split(/(?<=[.!?]) /).sort(() => random(2) - 0.5).join(' ');
      if (i % 5 === 0) fragment = fragment.replace(/\n/g, ' ');
      try {
        extractArticle(fragment);
      } catch (error) {
        failures.push(`${JSON.stringify(fragment.slice(-80))}: ${error}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('reads every annotated article whole without throwing', () => {
    // (a title rule once read the token before an apposition that had no title, in two of them)
    const failures = texts.flatMap((text, i) => {
      try {
        extractArticle(text);
        return [];
      } catch (error) {
        return [`article ${i}: ${error}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it('reads a text that ends inside a name ("The United Nations Verification Mission in")', () => {
    expect(() => extractArticle('Defense Minister Andres Quintero said soldiers would be deployed.\n\nThe United Nations Verification Mission in ')).not.toThrow();
  });
});
