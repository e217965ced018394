import { describe, it, expect } from 'vitest';
import { aggregate, namesMatch, prf, scoreArticle, tokenF1, type GoldArticle, type Prediction } from '../../dev/evalScoring.js';

const gold: GoldArticle = {
  id: 'g',
  text: '',
  entities: [
    { name: 'United States', kind: 'COUNTRY', mentions: ['US', 'American'] },
    { name: 'Agence France-Presse', kind: 'ORGANIZATION', mentions: ['AFP'] },
  ],
  officials: [
    { name: 'Steven Mnuchin', titles: ['Treasury Secretary'] },
    { name: 'Taro Kono', titles: ['Japanese counterpart'] },
  ],
  statements: [
    { kind: 'QUOTE', speaker: 'Steven Mnuchin', speakerNamed: true, text: 'The exportation of workers raises illicit revenue,' },
    { kind: 'QUOTE', speaker: 'Olof Gill', speakerNamed: true, text: 'We do.' },
    { kind: 'PARAPHRASE', speaker: 'US officials', speakerNamed: false, text: 'North Korea had some 100,000 overseas workers' },
  ],
};

const empty: Prediction = { entities: [], officials: [], statements: [] };

describe('tokenF1 and names', () => {
  it('ignores case and punctuation', () => {
    expect(tokenF1('We’ll see, what happens.', 'we ll see what happens')).toBe(1);
    expect(tokenF1('a b c d', 'a b')).toBeCloseTo(2 / 3);
    expect(tokenF1('', 'a')).toBe(0);
  });
  it('matches names by full form or surname with first initial', () => {
    expect(namesMatch('Mike Esper', 'Mark Esper')).toBe(true);
    expect(namesMatch('Esper', 'Mike Esper')).toBe(false);
    expect(namesMatch('Kim Jong Un', 'kim jong-un')).toBe(true);
    expect(namesMatch('Donald Trump', 'Melania Trump')).toBe(false);
  });
});

describe('scoreArticle', () => {
  it('scores a perfect prediction as all true positives', () => {
    const pred: Prediction = {
      entities: [
        { name: 'United States', kind: 'COUNTRY', aliases: ['U.S.'] },
        { name: 'AFP', kind: 'ORGANIZATION', aliases: [] },
      ],
      officials: [
        { name: 'Steven Mnuchin', aliases: ['Mnuchin'], titles: ['Treasury Secretary'] },
        { name: 'Taro Kono', aliases: [], titles: ['foreign minister'] },
      ],
      statements: [
        { kind: 'QUOTE', text: 'The exportation of workers raises illicit revenue', speakerName: 'Mnuchin', speaker: { name: 'Steven Mnuchin', aliases: ['Mnuchin'] } },
        { kind: 'PARAPHRASE', text: 'North Korea had some 100,000 overseas workers, bringing in money', speakerName: 'US officials' },
      ],
    };
    const s = scoreArticle(gold, pred);
    expect(s.quoteSpan).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.quoteSpeaker).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.paraphraseSpeaker).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.officials).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(s.titles).toEqual({ correct: 1, total: 2 });
    expect(s.entities).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('counts a right span with the wrong speaker as a span hit but a speaker miss', () => {
    const pred: Prediction = { ...empty, statements: [{ kind: 'QUOTE', text: 'The exportation of workers raises illicit revenue,', speakerName: 'Mike Esper' }] };
    const s = scoreArticle(gold, pred);
    expect(s.quoteSpan).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.quoteSpeaker).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('ignores short unannotated quotes but counts long unmatched ones', () => {
    const pred: Prediction = {
      ...empty,
      statements: [
        { kind: 'QUOTE', text: 'bad idea', speakerName: 'X' },
        { kind: 'QUOTE', text: 'We do.', speakerName: 'Olof Gill' },
        { kind: 'QUOTE', text: 'an entirely different sentence that nobody annotated', speakerName: 'X' },
      ],
    };
    expect(scoreArticle(gold, pred).quoteSpan).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('matches one-to-one: a duplicate prediction is a false positive', () => {
    const q = { kind: 'QUOTE' as const, text: 'The exportation of workers raises illicit revenue,', speakerName: 'Steven Mnuchin' };
    expect(scoreArticle(gold, { ...empty, statements: [q, q] }).quoteSpeaker).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('needs paraphrase overlap of at least 0.5', () => {
    const pred: Prediction = { ...empty, statements: [{ kind: 'PARAPHRASE', text: 'North Korea denied it', speakerName: 'US officials' }] };
    expect(scoreArticle(gold, pred).paraphraseSpeaker).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('matches entities by alias against gold mentions', () => {
    const pred: Prediction = { ...empty, entities: [{ name: 'USA', kind: 'COUNTRY', aliases: ['American'] }, { name: 'Japan', kind: 'COUNTRY', aliases: [] }] };
    expect(scoreArticle(gold, pred).entities).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});

describe('aggregate', () => {
  it('micro-averages counts over articles', () => {
    const a = scoreArticle(gold, empty);
    const t = aggregate([a, a]);
    expect(t.metrics.officials).toMatchObject({ tp: 0, fn: 4, recall: 0, f1: 0 });
    expect(t.articles).toBe(2);
    expect(prf({ tp: 3, fp: 1, fn: 1 }).f1).toBeCloseTo(0.75);
  });
});
