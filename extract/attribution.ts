// Which words attribute a quotation: after it (`"…," Esper said`, `"…," said Lotfi Azzouz`,
// `"…" in that law, Azzouz said`), before it in its sentence (`Mnuchin said in a statement: "…"`,
// `Hollande has hailed it as "…"`), or, failing both, the attribution of a neighbouring piece of
// the same paragraph or of the same multi-paragraph quotation.
import type { Quotation } from './quotations.js';
import { type Sentence, isAbbreviation } from './sentences.js';
import { REPORTING_VERBS, phraseAfter, sentenceSubject, subjectBefore } from './speakers.js';
import type { Span } from './types.js';

export interface Attribution {
  /** The speaker noun phrase. */
  span: Span;
  /** How directly the words attribute the quotation (0..1). */
  strength: number;
}

const VERB_AFTER = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`, 'g');

/** The first index in `[0, length)` for which `after` holds, `after` being false and then true (a binary search). */
function firstWhere(length: number, after: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The quotation's sentence reports speech before it opens ("X said the launch “…”"). */
function reportedBefore(text: string, q: Quotation, sentences: Sentence[]): boolean {
  const candidate = sentences[firstWhere(sentences.length, (k) => sentences[k].start > q.open) - 1];
  if (!candidate || candidate.end <= q.open) return false;
  const before = text.slice(candidate.start, q.open);
  return /\b(?:said|says|told|tells|added|warned|argued|insisted|noted|stressed|wrote|claimed|accused|called|described|urged)\b/.test(before) && !/[”"]/.test(before);
}

/**
 * `all` is every quotation in text order and `index` this one's place in it; `sentences` are in text
 * order too. Neighbours are found by binary search and by looking back over the quotations of this
 * sentence only, so that a text of thousands of quotations stays near-linear.
 */
export function attributeQuotation(text: string, index: number, all: Quotation[], sentences: Sentence[], paraEnd: number): Attribution | undefined {
  const q = all[index];
  // Ukrainska Pravda's labels: "Source: Ukrenergo, Ukraine's national grid operator, on Telegram" then
  // "Quote: “…”", or "Quote from Kovtun: “…”": the label names the speaker.
  const lineStart = text.lastIndexOf('\n', q.open - 1) + 1;
  const label = /^(?:Quote from ([^:\n]{2,60})|Quote):\s*$/.exec(text.slice(lineStart, q.open));
  if (label?.[1]) {
    const at = lineStart + label[0].indexOf(label[1]);
    return { span: { start: at, end: at + label[1].length }, strength: 0.9 };
  }
  if (label) {
    const sources = [...text.slice(0, lineStart).matchAll(/(?:^|\n)Source:\s+([^,\n]+?)(?=,|\s+(?:on|in|at|via|to|citing)\s|\s*\n|$)/g)];
    const source = sources.at(-1);
    if (source) {
      const at = source.index + source[0].length - source[1].length;
      return { span: { start: at, end: at + source[1].length }, strength: 0.9 };
    }
  }
  if (q.close >= 0) {
    // Text after the closing mark up to the next quotation or the end of the sentence.
    const following = all[firstWhere(all.length, (k) => all[k].open > q.close)];
    const next = following?.paragraph === q.paragraph ? following : undefined;
    let limit = next ? next.open : paraEnd;
    const after = text.slice(q.close + 1, limit);
    // (the periods of "U.S.", of "Gov." and of every abbreviation the sentence splitter knows end no sentence)
    // (nor a middle initial's: '," DILG Secretary Jaime L. Alcaraz said')
    const stop = /[.!?](?=\s|$)/.exec(after.replace(/\b(U\.[SN]|\p{L}+)\.(?=( \p{Lu})?)/gu, (m, word: string, initial?: string) => (/^U\.[SN]$/.test(word) || isAbbreviation(word) || (initial && /^\p{Lu}$/u.test(word)) ? m.replace(/\./g, '_') : m)));
    if (stop) limit = q.close + 1 + stop.index;
    const window = text.slice(q.close + 1, limit);
    // `," the statement quoted Ambassador X as saying`: the one quoted.
    // ('," KCNA quoted the National Aerospace Technology Administration as saying': no article needed)
    const quotedAs = /^[\s,]+(?:(?:the|a|an|its|his|her|their)\s+)?[\p{L} -]{1,40}?\s+quoted\s+(.{2,80}?)\s+as\s+(?:saying|telling)\b/u.exec(window);
    if (quotedAs) {
      const at = q.close + 1 + quotedAs[0].lastIndexOf(quotedAs[1], quotedAs[0].length - quotedAs[1].length);
      return { span: { start: at, end: at + quotedAs[1].length }, strength: 0.9 };
    }
    // ('," Seo was quoted as saying.': the one quoted)
    const wasQuoted = /^[\s,]+((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s+(?:was|were)\s+(?:also\s+)?quoted\s+as\s+(?:saying|telling)\b/u.exec(window);
    if (wasQuoted) {
      const at = q.close + 1 + wasQuoted[0].indexOf(wasQuoted[1]);
      return { span: { start: at, end: at + wasQuoted[1].length }, strength: 0.9 };
    }
    VERB_AFTER.lastIndex = 0;
    // ('… "serves U.S. interests." The spokesperson said the sale …': a quotation that ends its sentence
    // is not attributed by the next sentence's verb)
    // (unless a name and its verb follow at once: '"… today." Smith said.')
    const sentenceEnded = /[.]\s*$/.test(text.slice(Math.max(q.open, q.close - 3), q.close)) && /^\s+\p{Lu}/u.test(window) &&
      !/^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+(?:said|says|added|told|wrote|asked)\b/u.test(window);
    // ('…said it was "not my role to judge intentions," but that MPs were being asked …': the sentence's
    // own clause goes on; its verbs attribute nothing)
    const clauseGoesOn = /^\s*,?\s*(?:but|and|while|whereas)\s+(?:that|because|if|when|whether)\b/.test(window);
    const v = sentenceEnded || clauseGoesOn ? null : VERB_AFTER.exec(window);
    // (a long apposition may come first: "X, director general of the International Federation of
    // Pharmaceutical Manufacturers and Associations (IFPMA), told AFP")
    if (v && v.index < 220) {
      const verbAt = q.close + 1 + v.index;
      const left = window.slice(0, v.index);
      // ('"…" for low-lying nations, said X of the Marshall Islands': the words after the quotation end
      // at a comma, and the speaker follows the verb)
      // (the words are the sentence's own, "for …", "in …", not a subject: "the union's president, X, said")
      const inverted = /,\s*$/.test(left) && /^(?:said|says|added)$/.test(v[0]) && /^\s*(?:for|to|in|on|at|by|with|from|of|about|over|after|before|than|as|into|against|among|this|next|last)\b/.test(left);
      // (not a participle's: 'accused Akel of “…”, saying the Akel-led government had …': a clause follows
      // it, not its speaker; the sentence's subject is found below)
      if ((/^[\s,.!?—–-]*$/.test(left) && !/ing$/.test(v[0])) || inverted) {
        // `," said X`
        const np = phraseAfter(text, verbAt + v[0].length, limit);
        if (np) return { span: np, strength: inverted ? 0.85 : 0.95 };
      // ('… a police station "only to establish his identity" and had not been charged': a second
      // predicate of the clause, no subject of its own; the sentence's own verb attributes it, below)
      } else if (!/^\s*,?\s*(?:and|but)\s+(?:also\s+|then\s+)?$/.test(left) && !/^\s*,?\s*(?:and|but|or)\s+(?:had|has|have|was|were|is|are|would|will|could|can|did|does|do|should|may|might)\b/.test(left) && !/ing$/.test(v[0]) && !/\bto\s+$/.test(left) && !/^[\s,]*\p{Ll}+ing\s/u.test(left)) {
        // (nor an infinitive's: 'had written to the ministry “three times …” to warn that …')
        // (nor a verb inside a participle's clause: 'warned that colonists were "…," pointing out that authorities had declared …')
        // (nor a participle's: '… was “working closely with the OfS” to monitor institutions at risk,
        // adding that …' has no subject before "adding"; the sentence's subject is found below)
        // (not '… called the veto “…” and said …': the coordinated verb's subject opens the sentence, below)
        const subj = subjectBefore(text, q.close + 1, verbAt);
        // ('X said the launch "involved technologies related to" North Korea's program and urged …': a
        // quotation inside a clause its sentence already reports is that clause's, not a later verb's)
        // (nor, after it, a verb coordinated with that clause's: "… program and urged")
        const adjacent = subj !== undefined && /^[\s,]*$/.test(text.slice(q.close + 1, subj.start));
        const coordinated = /\b(?:and|but)\s+(?:also\s+|then\s+)?$/.test(left);
        // ('said inspectors examine “fewer than one in 20” containers declared as food': a quotation that ends on no
        // mark, its sentence's words going on after it, is inside the clause reported before it)
        const embedded = adjacent && !/[,.!?…]\s*$/.test(text.slice(q.open + 1, q.close)) && /^\s+\p{Ll}/u.test(window);
        if (subj && (!adjacent || coordinated || embedded) && reportedBefore(text, q, sentences)) return undefined;
        if (subj) {
          const words = text.slice(subj.start, subj.end).split(/\s+/).length;
          if (words <= 9) return { span: subj, strength: adjacent ? 0.95 : 0.8 };
        }
      }
    }
  }
  // Before the opening mark, within its sentence: the first reporting verb's subject.
  const candidate = sentences[firstWhere(sentences.length, (k) => sentences[k].start > q.open) - 1];
  const sent = candidate && candidate.end > q.open ? candidate : undefined;
  // (another quotation of this sentence closed before this one opens: the quotations before q that
  // open inside the sentence, since a sentence never breaks inside a quotation)
  let closedBefore = false;
  for (let k = index - 1; sent && k >= 0 && all[k].open >= sent.start - 1 && !closedBefore; k--) {
    const o = all[k];
    closedBefore = o.paragraph === q.paragraph && o.close >= sent.start && o.close < q.open;
  }
  // ("According to a statement released by X, the system … is meant to “…”": the quotation is part of what
  // the source says; the reported clause around it gives it its speaker)
  if (sent && /^\s*According to\b/.test(text.slice(sent.start, q.open))) return undefined;
  if (sent && sent.start < q.open && !closedBefore) {
    const before = text.slice(sent.start, q.open);
    // ('The statement quoted Al-Musawi as saying, "…"': the one quoted, not the statement)
    const quotedAsBefore = /\bquoted\s+(\p{Lu}.{1,79}?)\s+as\s+(?:saying|telling)\b[^“”"]*$/u.exec(before);
    if (quotedAsBefore) {
      const at = sent.start + quotedAsBefore.index + quotedAsBefore[0].indexOf(quotedAsBefore[1]);
      return { span: { start: at, end: at + quotedAsBefore[1].length }, strength: 0.9 };
    }
    // ('… over what he called the "repeated failure"': the pronoun's, whom the sentence names before it)
    const whatCalled = /\bwhat\s+(he|she|they|it)\s+(?:has\s+|had\s+)?(?:called|described\s+as|termed|dubbed)\s+(?:an?\s+|the\s+|its\s+|their\s+)?$/.exec(before);
    if (whatCalled) {
      const at = sent.start + whatCalled.index + whatCalled[0].indexOf(whatCalled[1], 4);
      return { span: { start: at, end: at + whatCalled[1].length }, strength: 0.85 };
    }
    VERB_AFTER.lastIndex = 0;
    let v = VERB_AFTER.exec(before);
    // (not a relative clause's verb: "X, who wrote the bill, called the veto “…”"; nor a noun: "a
    // meeting of the two states", "the United States", "his claims")
    const nounUse = (w: RegExpExecArray) => /^(?:states|claims|notes|reports|says|warns|argues|insists|adds|estimates|believes|alleges|promises|pledges|vows|threatens)$/.test(w[0]) &&
      (/(?:\b(?:the|a|an|his|her|its|their|these|those|such|of|two|three|four|five|both|member|all|several|many|other|\d+)|\p{Lu}[\p{L}.]*)\s+$/u.test(before.slice(Math.max(0, w.index - 20), w.index)) ||
        // ("the littoral states": an adjective between, for the noun "states" only; "the ministry says" reports)
        (w[0] === 'states' && /\b(?:the|of|all|other|member|several|many|\d+)\s+\p{Ll}[\p{Ll}-]+\s+$/u.test(before.slice(Math.max(0, w.index - 30), w.index))));
    // (but when only such a relative reports the clause the quotation is in, it is its antecedent's:
    // "rejected by Governor X (PAN), who said the government had negotiated “…”")
    let relativeWho: Span | undefined;
    // (nor a passive: "He has been charged under Article 331, which punishes “…”" reports no one's words)
    const passive = (w: RegExpExecArray) => /\b(?:been|was|were|is|are|be|being)\s+$/.test(before.slice(Math.max(0, w.index - 8), w.index)) && /^(?:charged|called|described|told|asked|urged|warned|quoted|accused)$/.test(w[0]);
    while (v && (/\b(?:who|which)\s+(?:has\s+|had\s+|also\s+)?$/.test(before.slice(Math.max(0, v.index - 20), v.index)) || nounUse(v) || passive(v))) {
      const who = /,\s+(who)\s+(?:has\s+|had\s+|also\s+)?$/.exec(before.slice(Math.max(0, v.index - 24), v.index));
      if (who && !relativeWho && !nounUse(v)) {
        const at = sent.start + Math.max(0, v.index - 24) + who.index + who[0].indexOf('who');
        relativeWho = { start: at, end: at + 3 };
      }
      v = VERB_AFTER.exec(before);
    }
    if (!v && relativeWho) return { span: relativeWho, strength: 0.8 };
    // ("X said …, while Y, …, said in an editorial that … “…”": the verb of the clause the quotation is in)
    // (or after ", but": "X has not spoken since the results were announced, but State House said … “…”")
    const contrast = /[,;]\s*(?:while|whereas|but(?=\s+(?:\p{Lu}|the\s|its\s|their\s)))\s+/gu;
    let lastContrast = -1;
    for (let c = contrast.exec(before); c; c = contrast.exec(before)) lastContrast = c.index;
    if (v && lastContrast > v.index) {
      VERB_AFTER.lastIndex = lastContrast;
      v = VERB_AFTER.exec(before) ?? v;
    }
    if (v) {
      const verbAt = sent.start + v.index;
      const subj = /^(?:saying|telling|adding|announcing|warning)$/.test(v[0])
        ? sentenceSubject(text, sent.start, verbAt)
        : subjectBefore(text, sent.start, verbAt) ?? sentenceSubject(text, sent.start, verbAt);
      if (subj) return { span: subj, strength: 0.85 };
    }
    // A quotation embedded in a sentence belongs to its subject ("... denounced the results as "…"").
    const subj = sentenceSubject(text, sent.start, q.open);
    if (subj && subj.end < q.open) return { span: subj, strength: 0.6 };
  }
  return introducedByColon(text, q, lineStart, sentences);
}

/**
 * A quotation that opens its paragraph after one that ends in a colon ("Speaking to reporters after the
 * hearing, she said:" / "In a post on Telegram, the head of the autonomy wrote:"): the speaker of the
 * verb that colon ends on.
 */
function introducedByColon(text: string, q: Quotation, lineStart: number, sentences: Sentence[]): Attribution | undefined {
  if (!/^\s*$/.test(text.slice(lineStart, q.open))) return undefined;
  const lead = /:\s*$/.exec(text.slice(Math.max(0, lineStart - 300), lineStart));
  if (!lead) return undefined;
  const colon = Math.max(0, lineStart - 300) + lead.index;
  const sent = sentences[firstWhere(sentences.length, (k) => sentences[k].start > colon) - 1];
  if (!sent || sent.end < colon || /[“”"]/.test(text.slice(sent.start, colon))) return undefined;
  // (the verb must end the lead-in, a few words at most before its colon: "he said:", "X wrote on Telegram:")
  // (matchAll starts where VERB_AFTER's last exec left off: the quotation attributed before it must not hide this verb)
  VERB_AFTER.lastIndex = 0;
  const verbs = [...text.slice(sent.start, colon).matchAll(VERB_AFTER)];
  const v = verbs.at(-1);
  if (!v || colon - (sent.start + v.index) > 60 || /ing$/.test(v[0])) return undefined;
  const verbAt = sent.start + v.index;
  const subj = subjectBefore(text, sent.start, verbAt) ?? sentenceSubject(text, sent.start, verbAt);
  return subj ? { span: subj, strength: 0.85 } : undefined;
}
