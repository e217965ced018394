import { describe, it, expect } from 'vitest';
import { findQuotations } from '../../extract/quotations.js';
import { splitParagraphs } from '../../extract/sentences.js';

function quotes(text: string): string[] {
  const paras = splitParagraphs(text, text.length, []);
  return findQuotations(text, paras).map((q) => text.slice(q.start, q.end));
}

describe('findQuotations', () => {
  it('reads straight and curly double marks', () => {
    expect(quotes('"We will respond," he said. “The talks are over,” she said.')).toEqual(['We will respond,', 'The talks are over,']);
  });

  it('keeps nested single quotes inside the quotation', () => {
    expect(quotes('“He called it ‘a disgrace’ in public,” the minister said.')).toEqual(['He called it ‘a disgrace’ in public,']);
  });

  it('splits a quotation interrupted by its attribution into two', () => {
    expect(quotes('“France does not speak for us,” Gill told reporters. “We do.”')).toEqual(['France does not speak for us,', 'We do.']);
  });

  it('makes each paragraph of a multi-paragraph quotation one piece', () => {
    const text = '“The first paragraph of the statement runs on here.\n\n“The second paragraph ends the quote,” he said.';
    expect(quotes(text)).toEqual(['The first paragraph of the statement runs on here.', 'The second paragraph ends the quote,']);
  });

  it('drops a quotation that is never closed (cut off)', () => {
    expect(quotes('“We will see what happens,” Esper said.\n\n“We contin')).toEqual(['We will see what happens,']);
  });

  it('reads straight single marks in British copy, leaving apostrophes alone', () => {
    expect(quotes("'We have secured a bigger catch for the country's fishermen,' Ms Whitcombe told the BBC.")).toEqual([
      "We have secured a bigger catch for the country's fishermen,",
    ]);
  });

  it('reads British single marks when the text has no double marks', () => {
    expect(quotes('The deal is ‘a mark of recognition for our industry’, he said. It’s done.')).toEqual(['a mark of recognition for our industry']);
  });
});
