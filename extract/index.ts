// Article text -> entities, officials and statements, with offsets into the text. Pure: no I/O.
// The steps run in reading order: cut site boilerplate, split paragraphs, find entities and the
// people introduced with titles, find quotations (then sentences, which never break inside a
// quotation), attribute each quotation, find reported speech, and resolve every speaker through
// pronouns and surnames to the full name.
import { attributeQuotation } from './attribution.js';
import { findContentBounds } from './boilerplate.js';
import { readEthiopianStyles, blankGlosses, blankPhotoCredits } from './glosses.js';
import { lowerOpeningCapitals } from './openingCapitals.js';
import { parenthesizeCommaInitials } from './commaAcronyms.js';
import { statementDate } from './dates.js';
import { findEntities } from './entities.js';
import { findPersons, type Person } from './officials.js';
import { findQuotations } from './quotations.js';
import { findReportedSpeech } from './reportedSpeech.js';
import { DATELINE, splitParagraphs, splitSentences, type Sentence } from './sentences.js';
import { isTitleHead, titleWords } from './names.js';
import { DOCUMENT_NOUNS, SINGLE_SOURCE, documentKind, indexHoldersByTitle, isUnnamedGroup, personRef, resolveSpeaker, sentenceSubject, type SpeakerContext, type SpeakerRef } from './speakers.js';
import type { ExtractOptions, ExtractedArticle, ExtractedStatement, Span } from './types.js';

export type {
  EntityKind,
  Span,
  ExtractedEntity,
  ExtractedRole,
  ExtractedOfficial,
  ExtractedStatement,
  ExtractedArticle,
  ExtractOptions,
} from './types.js';
export { normalizeName } from './normalize.js';


const MIN_QUOTE_WORDS = 5;

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

interface Pending {
  kind: 'QUOTE' | 'PARAPHRASE';
  span: Span;
  speakerSpan?: Span;
  /** Quotations without attribution take their neighbour's speaker. */
  quoteIndex?: number;
  confidence: number;
  ref?: SpeakerRef;
}

/** What extractArticle has found so far in one article. */
interface Reading {
  text: string;
  paragraphs: ReturnType<typeof splitParagraphs>;
  datelineEnd: number;
  entities: ReturnType<typeof findEntities>;
  people: ReturnType<typeof findPersons>;
  quotes: ReturnType<typeof findQuotations>;
  sentences: Sentence[];
  pending: Pending[];
}

// The steps are functions of their own: V8 optimizes small functions sooner and more cheaply
// than one long one (bench/README.md, "Extraction").
export function extractArticle(text: string, options: ExtractOptions = {}): ExtractedArticle {
  const read = parenthesizeCommaInitials(lowerOpeningCapitals(blankPhotoCredits(readEthiopianStyles(blankGlosses(apostrophesInWords(text))))));
  const reading = readArticle(read);
  resolveSpeakers(reading);
  continueQuotedVoices(reading);
  officesNamedBeforePeople(reading);
  publicFigures(reading);
  const { entities, people } = reading;
  const article: ExtractedArticle = {
    entities: entities.entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: e.mentions.map((m) => ({ ...m })) })),
    officials: people.officials(),
    // (a statement's words are the original's, glosses and all)
    statements: statementsOf(reading, options).map((s) => (read === text ? s : { ...s, text: text.slice(s.span.start, s.span.end) })),
  };
  return wordMarksRestored(text, read, article);
}

/**
 * Names as the article writes them: the marks apostrophesInWords read as an apostrophe ("Alapaʻi", with
 * Hawaiian's ʻokina; "Ulug‘bek") go back into the names, aliases, titles and speakers given out.
 */
function wordMarksRestored(text: string, read: string, article: ExtractedArticle): ExtractedArticle {
  if (!text.includes('‘') && !text.includes('`') && !text.includes('ʻ')) return article;
  // Each word that holds such a mark, found from the marks (a pattern over every word was slow on texts quoted in ‘…’).
  const originals = new Map<string, string>();
  for (const mark of text.matchAll(/\p{L}[‘`ʻ]\p{L}/gu)) {
    let from = mark.index;
    let to = mark.index + mark[0].length;
    while (from > 0 && /[\p{L}’'‘`ʻ-]/u.test(text[from - 1])) from--;
    while (to < text.length && /[\p{L}’'‘`ʻ-]/u.test(text[to])) to++;
    originals.set(read.slice(from, to), text.slice(from, to));
  }
  if (originals.size === 0) return article;
  const restore = (value: string) => (value.includes('’') ? value.replace(/[\p{L}’'-]*\p{L}’\p{L}[\p{L}’'-]*/gu, (word) => originals.get(word) ?? word) : value);
  return {
    entities: article.entities.map((e) => ({ ...e, name: restore(e.name), aliases: e.aliases.map(restore) })),
    officials: article.officials.map((o) => ({ ...o, name: restore(o.name), aliases: o.aliases.map(restore), roles: o.roles.map((r) => ({ ...r, title: restore(r.title) })) })),
    statements: article.statements.map((s) => ({ ...s, speakerName: restore(s.speakerName), ...(s.speaker ? { speaker: { ...s.speaker, name: restore(s.speaker.name) } } : {}) })),
  };
}

/**
 * A turned comma or a backtick inside a word read as the apostrophe every name rule knows ("Ulug‘bek",
 * "Yo‘ldosheva": Uzbek's o‘ and g‘, as Kun.uz and others print them). One character for one, so every
 * offset stays the original text's.
 */
function apostrophesInWords(text: string): string {
  // (a plain search first: most texts hold none of these marks)
  return (text.includes('‘') || text.includes('`') || text.includes('ʻ')) && /\p{L}[‘`ʻ]\p{L}/u.test(text) ? text.replace(/(?<=\p{L})[‘`ʻ](?=\p{L})/gu, '’') : text;
}

/** Paragraphs, entities, people, quotations, sentences, and the candidate statements. */
function readArticle(text: string): Reading {
  const bounds = findContentBounds(text);
  const paragraphs = splitParagraphs(text, bounds.end, bounds.skipped);
  const body: Span[] = paragraphs.map((p) => ({ start: p.start, end: p.end }));
  const dateline = paragraphs.length ? DATELINE.exec(text.slice(paragraphs[0].start, paragraphs[0].end)) : null;
  const datelineEnd = dateline ? paragraphs[0].start + dateline[0].length : 0;

  const entities = findEntities(text, body, datelineEnd);
  const people = findPersons(text, body, entities);
  const quotes = findQuotations(text, paragraphs);
  const insideQuote = (pos: number) => quotes.some((q) => pos >= q.start && pos < q.end);
  const sentences: Sentence[] = paragraphs.flatMap((p) => splitSentences(text, p, insideQuote, datelineEnd));

  // Candidate statements.
  const pending: Pending[] = [];
  const quoteAttr = quotes.map((q, i) => attributeQuotation(text, i, quotes, sentences, paragraphs[q.paragraph].end));
  quotes.forEach((q, i) => {
    if (LABEL_BEFORE.test(text.slice(Math.max(0, q.open - 40), q.open)) || LAW_TEXT_BEFORE.test(text.slice(Math.max(0, q.open - 160), q.open))) return;
    const a = quoteAttr[i];
    pending.push({ kind: 'QUOTE', span: { start: q.start, end: q.end }, speakerSpan: a?.span, quoteIndex: i, confidence: a?.strength ?? 0.5 });
  });
  for (const r of findReportedSpeech(text, sentences, quotes)) {
    pending.push({ kind: 'PARAPHRASE', span: r.clause, speakerSpan: r.speaker, confidence: r.confidence });
  }
  return { text, paragraphs, datelineEnd, entities, people, quotes, sentences, pending };
}

/** Words that make the quotation after them a name or a label, no one's words ('to register as "organisations pursuing …"'). */
const LABEL_BEFORE = /\b(?:(?:register(?:ed|ing)?|designated|listed|classified|labell?ed|branded|known)\s+(?:\p{Ll}+\s+)?as|so-called|dubbed|entitled|titled)\s+$/u;

/** A law's words, which no one says ("charged under Article 331 of the Penal Code, which punishes “abusing …”"). */
const LAW_TEXT_BEFORE = /\b(?:Article|Section|Law|Act|Code|Decree|Statute)\b[^.!?“”"]{0,100},\s+which\s+(?:punishes|prohibits|bans|criminali[sz]es|forbids|defines|covers|penali[sz]es|outlaws|targets|allows|permits|requires)\s+$/u;

/** Words of a speaker's sentence that put what was said in a post ("announced on Telegram", "wrote in a Facebook post"). */
const SAID_ON_PLATFORM = /\b(?:on (?:Telegram|Facebook|Instagram|Twitter|X|social media|his (?:Telegram|Facebook|X|Instagram) (?:channel|page|account))|posted|(?:a|his|her|its|their) (?:\p{Lu}\p{L}+ )?post)\b(?!-)/u;

/** A document named in a speaker's sentence, the kind that may later speak for them ("the statement said"). */
// (read in lower-cased text: a case-insensitive Unicode pattern is several times slower to run)
const DOCUMENT_NOUN = new RegExp(`\\b(${DOCUMENT_NOUNS})s?\\b`, 'gu');

/** Speakers resolved in reading order, so that "he" means the last person named. */
function resolveSpeakers({ text, entities, people, sentences, pending }: Reading): void {
  // (every field from the start, in one order: fields added as the story went on gave the context a
  // dozen hidden classes, and the speaker phases that read it were deoptimized for each new one)
  const ctx: SpeakerContext = {
    text, entities, people, holdersByTitle: indexHoldersByTitle(people),
    lastPerson: undefined, lastPersonAt: undefined, lastEntity: undefined, lastGroup: undefined, lastSources: undefined, documents: undefined, lastUnnamed: undefined,
  };
  const order = [...pending].sort((x, y) => (x.speakerSpan?.start ?? x.span.start) - (y.speakerSpan?.start ?? y.span.start));
  let si = 0;
  // (the person a statement's own sentence opens with, for "what he called" inside it)
  let ownSubject: { person: NonNullable<SpeakerRef['person']>; sentenceEnd: number } | undefined;
  for (const p of order) {
    const at = p.speakerSpan?.end ?? p.span.start;
    while (si < sentences.length && sentences[si].start < at) {
      const s = sentences[si++];
      const subj = sentenceSubject(text, s.start, s.end);
      if (!subj || subj.end > at) continue;
      const words = text.slice(subj.start, subj.end).trim().split(/\s+/);
      if (words.length === 1 && /^(?:he|she|it)$/i.test(words[0])) continue;
      const ref = resolveSpeaker({ ...ctx }, subj);
      if (ref?.entity && ref.entity.kind !== 'COUNTRY') ctx.lastEntity = ref.entity;
      // (not the subject of the sentence the statement is in: in "…, the Governor cannot withhold assent …,
      // he said" the pronoun is someone else, the speaker of the sentence before)
      const ownSentence = s.end >= at;
      if (ref?.person && !ownSentence) {
        ctx.lastPerson = ref.person;
        ctx.lastPersonAt = subj.start;
      }
      if (ref?.person && ownSentence) ownSubject = { person: ref.person, sentenceEnd: s.end };
      // (a sentence about someone else ends the group's turn: "Three diplomats said talks stalled.")
      if (ref && !ownSentence && !/^they$/i.test(words.join(' '))) ctx.lastGroup = isUnnamedGroup(ref) ? ref : undefined;
      // ("A senior official at one of the contracting companies, who requested anonymity, blamed the delays on
      // banks. “…,” the official said": one introduced without words of their own is the one meant too)
      const introduced = ref && !ownSentence && /^(?:A|An|One)\s/.test(words[0] + ' ') ? unnamedHead(ref) : undefined;
      if (introduced) ctx.lastUnnamed = { ref: ref!, head: introduced, start: subj.start };
    }
    if (!p.speakerSpan) continue;
    // ("Edfu MP X submitted a request over what he called the “repeated failure”": a pronoun in a relative
    // clause of the sentence is the person the sentence opens with)
    const relativePronoun = ownSubject && ownSubject.sentenceEnd >= at && /^(?:he|she)$/i.test(text.slice(p.speakerSpan.start, p.speakerSpan.end).trim()) && /\b(?:what|which)\s+$/.test(text.slice(Math.max(0, p.speakerSpan.start - 8), p.speakerSpan.start));
    p.ref = relativePronoun ? personRef(ownSubject!.person) : resolveSpeaker(ctx, p.speakerSpan);
    if (p.ref?.person) {
      ctx.lastPerson = p.ref.person;
      ctx.lastPersonAt = p.speakerSpan.start;
    }
    // ("The poll panel said …. Women outnumbered men …, it said.": the body that spoke last)
    if (p.ref?.entity && p.ref.entity.kind !== 'COUNTRY' && p.ref.entity.kind !== 'REGION') ctx.lastEntity = p.ref.entity;
    if (p.ref) ctx.lastGroup = isUnnamedGroup(p.ref) ? p.ref : undefined;
    if (p.ref && isUnnamedGroup(p.ref) && /\bsources\b/i.test(p.ref.speakerName)) ctx.lastSources = p.ref;
    // ("In a statement released by the State Department, Halvorsen said …": his, for "the statement said")
    // (or an unnamed one who speaks for a body: "In a statement, a spokesperson for the HKMAO said …. \"…,\" the statement said")
    if (p.ref?.person || p.ref?.entity || (p.ref && !isUnnamedGroup(p.ref) && /\bspokes(?:man|woman|person)\b/i.test(p.ref.speakerName))) {
      const sentence = sentences.find((s) => s.start <= p.span.start && s.end >= p.span.start);
      // (not one a statement quotes: "The statement quoted X as saying" is the statement's author's, not X's)
      const quotedBy = sentence !== undefined && /\bquoted\b[^.]{1,80}\bas\s+(?:saying|telling)\b/.test(text.slice(sentence.start, sentence.end));
      for (const noun of sentence && !quotedBy ? text.slice(sentence.start, sentence.end).toLowerCase().matchAll(DOCUMENT_NOUN) : []) (ctx.documents ??= new Map()).set(documentKind(noun[1]), p.ref);
      // ("X announced on Telegram, …. “…,” the post reads": what one says on a platform is a post)
      if (sentence && SAID_ON_PLATFORM.test(text.slice(sentence.start, sentence.end))) (ctx.documents ??= new Map()).set('post', p.ref);
    }
    const head = p.ref ? unnamedHead(p.ref) : undefined;
    if (head) ctx.lastUnnamed = { ref: p.ref!, head, start: p.speakerSpan.start };
    else if (p.ref?.person) ctx.lastUnnamed = undefined;
  }
}

/** The head noun of an unnamed single speaker ("official" of "A senior official at the ministry"), if it is one. */
function unnamedHead(ref: SpeakerRef): string | undefined {
  // (the noun before what places it: "One vice-chancellor of a post-92 university in the Midlands")
  // ("A senior Ministry of Commerce official": or the last word, when a body's name stands before it)
  const named = !ref.person && !ref.entity && !isUnnamedGroup(ref) ? ref.speakerName : undefined;
  if (named === undefined) return undefined;
  const before = named.split(/\s+(?:of|for|at|in|from|with|close to|loyal to)\s/)[0].split(/\s+/).at(-1)!.toLowerCase();
  const last = named.split(/\s+/).at(-1)!.toLowerCase();
  const isHead = (w: string) => isTitleHead(w) || SINGLE_SOURCE.test(w);
  const head = isHead(before) || !isHead(last) || !/\bof\s+\p{Lu}/u.test(named) ? before : last;
  return isHead(head) ? head : undefined;
}

/** Quotations without their own attribution: a piece of the same quotation or paragraph. */
function continueQuotedVoices({ text, paragraphs, quotes, pending }: Reading): void {
  const quotePending = pending.filter((p) => p.kind === 'QUOTE');
  for (const p of quotePending) {
    if (p.ref) continue;
    const q = quotes[p.quoteIndex!];
    // A partial quotation inside a reported clause is its speaker's ("wrote that the guidance “…”").
    const inClause = pending.find((o) => o.kind === 'PARAPHRASE' && o.ref && o.span.start <= q.start && q.end <= o.span.end);
    const sameGroup = quotePending.find((o) => o.ref && quotes[o.quoteIndex!].group === q.group);
    const samePara = [...quotePending]
      .filter((o) => o.ref && quotes[o.quoteIndex!].paragraph === q.paragraph)
      .sort((x, y) => Math.abs(x.span.start - p.span.start) - Math.abs(y.span.start - p.span.start))[0];
    // A quotation that opens the paragraph after an attributed quotation, with no attribution of its
    // own, goes on in the same voice (news style runs a speaker's quotes over several paragraphs).
    const opensParagraph = q.paragraph > 0 && text.slice(paragraphs[q.paragraph].start, q.open).trim() === '';
    // (or after a paragraph that only reports the speaker's words: "According to X, … ." then "“…”")
    const previous = paragraphs[q.paragraph - 1];
    const before = opensParagraph
      ? quotePending.filter((o) => o.ref && quotes[o.quoteIndex!].paragraph === q.paragraph - 1).at(-1) ??
        (quotePending.some((o) => quotes[o.quoteIndex!].paragraph === q.paragraph - 1) ? undefined : pending.filter((o) => o.kind === 'PARAPHRASE' && o.ref && o.span.start >= previous.start && o.span.end <= previous.end).at(-1))
      : undefined;
    const src = sameGroup ?? inClause ?? samePara ?? before;
    if (src) {
      p.ref = src.ref;
      p.confidence = Math.min(src.confidence, 0.75);
    }
  }
}

/** A person found to hold an office after their statements were resolved: those statements name an official. */
function makeOfficial(person: Person, pending: Pending[]): void {
  person.official = true;
  for (const o of pending) if (o.ref?.person === person) o.ref = personRef(person);
}

// "…, the health secretary has announced." then "Sarah Whitfield said …" (a lede that names the
// office, then the person): before anyone is named, a speaker described only by a lower-case
// title is the next person to speak, in that paragraph or the next, who then holds the title.
function officesNamedBeforePeople({ text, paragraphs, people, pending }: Reading): void {
  const bySpeaker = pending.filter((p) => p.speakerSpan).sort((x, y) => x.speakerSpan!.start - y.speakerSpan!.start);
  const paragraphAt = (pos: number) => paragraphs.findIndex((para) => para.start <= pos && para.end >= pos);
  bySpeaker.forEach((p, k) => {
    if (!p.ref || p.ref.person || p.ref.entity || people.mentionedBefore(p.speakerSpan!.start)) return;
    // "the health secretary", "the bloc's foreign policy chief", "Germany's finance minister".
    // ("the head of the country's interim administration": an office of something)
    // ("the Minister of Transport has said", as The Royal Gazette writes a lede: or a capitalized office, whole)
    const words = text.slice(p.speakerSpan!.start, p.speakerSpan!.end).trim();
    const description = /^(?:the\s+(?:\p{Ll}+[’']s\s+)?|\p{Lu}[\p{L}.]+[’']s\s+)((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))(?:\s+of\s+[^,;]{1,60})?$/u.exec(words) ??
      /^the\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Lu}[\p{L}-]*)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,4})?)$/u.exec(words);
    if (!description || !isTitleHead(description[2])) return;
    const next = bySpeaker.slice(k + 1).find((o) => o.ref?.person);
    const person = next?.ref?.person;
    // (two paragraphs on when the person holds that very title: a lede, a paragraph of background, then
    // "ANC Secretary-General X told reporters")
    const holdsIt = person?.roles.some((r) => titleWords(r.title).includes(description[2].toLowerCase())) ?? false;
    if (!person || paragraphAt(next!.speakerSpan!.start) > paragraphAt(p.speakerSpan!.start) + (holdsIt ? 2 : 1)) return;
    // One who has a title already is that office if the title says so, or the office is only a "head".
    if (person.roles.length > 0) {
      if (holdsIt || /^(?:head|leader|chief)$/.test(description[2])) p.ref = personRef(person);
      return;
    }
    person.roles.push({ title: description[1] });
    p.ref = personRef(person);
    makeOfficial(person, pending);
  });
}

// A person the story names with no title and no description at all ("Donald Trump threatened
// to …") is one its readers are expected to know: a public figure, not a private person (news
// always says who a quoted resident or analyst is).
function publicFigures({ people, pending }: Reading): void {
  for (const p of pending) {
    const person = p.ref?.person;
    if (person && !person.official && people.isUndescribed(person)) makeOfficial(person, pending);
  }
}

/** The candidates that are statements: long enough, attributed (paraphrases), each once, with what they are about and when. */
function statementsOf({ text, datelineEnd, entities, sentences, pending }: Reading, options: ExtractOptions): ExtractedStatement[] {
  const statements: ExtractedStatement[] = [];
  const seen = new Set<string>();
  const datesBySentence = new Map<number, string | null>();
  for (const p of pending) {
    let { start, end } = p.span;
    // A clause at the top of the story starts after the dateline.
    if (start < datelineEnd && end > datelineEnd) start = datelineEnd;
    const words = wordCount(text.slice(start, end));
    if (p.kind === 'QUOTE' && words < MIN_QUOTE_WORDS) continue;
    if (p.kind === 'PARAPHRASE' && (words < 3 || !p.ref)) continue;
    const key = `${p.kind}:${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sent = sentences.find((s) => s.start <= start && s.end >= start) ?? { start, end };
    const scope = { start: Math.min(sent.start, start), end: Math.max(sent.end, end) };
    const about: string[] = [];
    for (const m of entities.mentions) {
      if (m.start >= scope.start && m.end <= scope.end) {
        const name = entities.entities[m.entity].name;
        if (!about.includes(name)) about.push(name);
      }
    }
    // (once per sentence: a long sentence can hold many statements)
    let statedAt = datesBySentence.get(sent.start);
    if (statedAt === undefined) {
      statedAt = statementDate(text.slice(sent.start, sent.end), options.publishedAt) ?? null;
      datesBySentence.set(sent.start, statedAt);
    }
    statements.push({
      kind: p.kind,
      text: text.slice(start, end),
      speakerName: p.ref?.speakerName ?? '',
      ...(p.ref?.speaker ? { speaker: { ...p.ref.speaker } } : {}),
      about,
      ...(statedAt ? { statedAt } : {}),
      span: { start, end },
      confidence: Math.round((p.ref ? p.confidence : 0.3) * 100) / 100,
    });
  }
  statements.sort((a, b) => a.span.start - b.span.start || (a.kind === 'PARAPHRASE' ? -1 : 1));
  return statements;
}
