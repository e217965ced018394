// Who is speaking: noun phrases around a reporting verb, and their resolution to a person, an
// entity or an unnamed source. News attributes speech with a small set of verbs and word orders:
// `"…," X said`, `"…," said X`, `X said: "…"`, `X told reporters`, `according to X`.
import { COUNTRIES } from './countries.js';
import { COMPANY_NOUN, COMPANY_NOUNS, type EntityIndex } from './entities.js';
import { PRESS_NAMES, US_STATE_ABBREVIATIONS, US_STATE_POSTAL_CODES } from './knownBodies.js';
import { HONORIFICS, LAY_DESCRIPTORS, NAME_PARTICLES, POST_NOMINAL, REGNAL, isAbbreviationBeforeName, isNameWord, isTitleHead, isTitleWord, malayHonorificLength, titleWords } from './names.js';
import type { Person, PersonRegistry } from './officials.js';
import { DATELINE } from './sentences.js';
import { isCapitalized, tokenize } from './tokens.js';
import type { ExtractedEntity, Span } from './types.js';

export const REPORTING_VERBS =
  'said|says|say|told|tells|added|adds|asked|asks|declared|declares|warned|warns|stated|states|wrote|writes|explained|noted|insisted|argued|claimed|continued|replied|responded|stressed|emphasized|emphasised|urged|recalled|tweeted|posted|vowed|pledged|promised|charged|alleged|cautioned|conceded|complained|concluded|observed|remarked|announced|acknowledged|admitted|confirmed|hailed|denounced|described|called|predicted|suggested|lamented|demanded|quipped|countered|saying|telling|adding|reiterated|maintained|wondered|shouted|testified|exclaimed|announcing|warning|warn|argue|insist|reads';

export const REPORTING_VERB_RE = new RegExp(`\\b(?:${REPORTING_VERBS})\\b`);

export interface SpeakerRef {
  speakerName: string;
  speaker?: { type: 'OFFICIAL' | 'ENTITY'; name: string };
  person?: Person;
  entity?: ExtractedEntity;
  named: boolean;
}

// People who work at a body, not the body: "Analysts at Deutsche Bank", "Shipping analysts at Kpler".
// ("A lecturer at the University of Dar es Salaam", "a professor at Harvard University": academics too)
// ("A person close to the NFRA", "people familiar with the company's plans": someone near a body, not the body)
const STAFF = /^(?:[\p{L}-]+\s+){0,2}?(?:analysts?|economists?|strategists?|experts?|researchers?|traders?|sources?|people|persons?|executives?|employees?|workers?|lecturers?|professors?|scientists?|academics?|scholars?|fellows?|doctors?|physicians?|surgeons?|nurses?|midwi(?:fe|ves)|paramedics?|pharmacists?|technicians?|engineers?|pilots?|miners?|clerks?|teachers?|students?|bankers?|insiders?)\s+(?:at|from|with|in|close\s+to|familiar\s+with|briefed\s+on)\s/iu;
// The nouns for a government body that a description ends on: "Britain's competition regulator".
const BODY_NOUNS = 'regulator|watchdog|agency|authority|institute';
const BODY_NOUN = new RegExp(`^(?:${BODY_NOUNS})s?$`);
const COMPANY_DESCRIPTION = new RegExp(`^the\\s+(?:[\\p{Ll}-]+\\s+)?(?:${COMPANY_NOUNS})$`, 'iu');
const PRONOUN = /^(?:he|she|him|her)$/i;
const NEUTER = /^(?:it|its)$/i;
const GENERIC_HEADS = /^(?:officials?|diplomats?|spokes(?:man|woman|person)|sources?|analysts?|experts?|people|residents?|witnesses|lawmakers|authorities|police|reports?|groups?|activists|critics|observers|leaders|ministers?|politicians|commission|ministry|government|media|agency|state media|aides?|advisers?|officers?|statement|court|tribunal|judges|justices|bloc|alliance|council|committee|union|party|bank|company|regulator|indictment|complaint|lawsuit|ruling|verdict|filing|office|cent(?:er|re))$/;

export interface SpeakerContext {
  text: string;
  entities: EntityIndex;
  people: PersonRegistry;
  /** The last person who spoke, for "he said", and where. */
  lastPerson?: Person;
  lastPersonAt?: number;
  /** The last organization that was a sentence subject, for "which it said". */
  lastEntity?: ExtractedEntity;
  /** The last speaker, when it was an unnamed group ("Two officials said …"), for "They added". */
  lastGroup?: SpeakerRef;
  /** The unnamed sources that spoke last, whoever spoke since ("coalition sources said. … the sources added"). */
  lastSources?: SpeakerRef;
  /** Who last spoke through a document the text names ("said in a statement" → "the statement said"), by its noun. */
  documents?: Map<string, SpeakerRef>;
  /** The last unnamed single speaker ("A State Department spokesperson"), its office's head word and where it spoke. */
  lastUnnamed?: { ref: SpeakerRef; head: string; start: number };
  /** Officials by their titles, lower-case (built with the context, once per article). */
  holdersByTitle: Map<string, Person>;
}

/** The person named last before `pos` whose words around a mention (40 characters before, 80 after) fit a description. */
function personDescribed(ctx: SpeakerContext, pos: number, fits: (before: string, after: string) => boolean): Person | undefined {
  return ctx.people.mentionedBefore(pos, (p) => p.mentions.some((m) => m.end <= pos && fits(ctx.text.slice(Math.max(0, m.start - 40), m.start), ctx.text.slice(m.end, m.end + 80))));
}

/** The documents through which a speaker may speak ("said in a statement", "its written award"). */
export const DOCUMENT_NOUNS = 'statement|communiqu[eé]|notice|report|filing|award|ruling|judgment|judgement|decision|letter|memo|note|order|verdict|complaint|lawsuit|indictment|commentary|editorial|minutes|inquiry|petition|release|reply';
/** One key per kind of document, whatever its spelling. */
export const documentKind = (noun: string) => noun.toLowerCase().replace('judgement', 'judgment');
// ("the deputy's inquiry reads": a possessor too)
const OWNED_DOCUMENT = new RegExp(`^[Tt]he\\s+\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*){0,5}['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${DOCUMENT_NOUNS})$`, 'u');
// ("the post reads" after "X announced on Telegram": a post too)
const DOCUMENT_SPEAKER = new RegExp(`^the\\s+(?:[\\p{Ll}-]+(?:['’]s)?\\s+)?(${DOCUMENT_NOUNS}|post)$`, 'iu');

/** The last word of an office that heads its body ("UN Secretary-General", "Federal Reserve Chair", "governor of Kurgan"), not a deputy's. */
const HEAD_OFFICE = /^(?:secretary-general|director-general|president|chair|chairman|chairwoman|chairperson|chief|head|leader|ceo|boss|governor|premier|minister|secretary|director|commissioner|commander|chancellor|mayor|king|queen|emir|executive)$/;
function leadsItsBody(title: string): boolean {
  // ("Secretary for Security": the office before its field's "for" too)
  const words = titleWords(title.split(/\s+(?:of|for)\s+/i)[0].replace(/\s*\([^)]*\)$/, ''));
  // ("Director General", "Secretary General": the unhyphenated spelling of the same office)
  let head = words.length > 1 && words.at(-1) === 'general' && /^(?:director|secretary)$/.test(words.at(-2)!) ? `${words.at(-2)}-general` : words.at(-1) ?? '';
  // ("Chairman National Disaster Management Authority (NDMA)", as Pakistan's papers write it: the office
  // before its body's name, without "of")
  if (!HEAD_OFFICE.test(head) && words.length > 1 && /^(?:chairman|chairperson|chairwoman|director|head|chief)$/.test(words[0])) head = words[0];
  if (!HEAD_OFFICE.test(head) || words.some((w) => /^(?:vice|deputy|assistant|under|junior|former|ex|co|associate)\b/.test(w))) return false;
  // ("chief executive", not "senior executive"; "prime minister" or a department's minister, not "junior minister")
  return head !== 'executive' || words.at(-2) === 'chief';
}

/** Whether a body or country goes by `called` (lower case): one of its names, or words of one ("labour" of the Nigeria Labour Congress). */
function isCalled(entity: ExtractedEntity | undefined, name: string, called: string): boolean {
  const words = new RegExp(`(?:^|\\s)${called.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`);
  return [name, ...(entity?.aliases ?? [])].some((form) => words.test(form.toLowerCase()));
}

/** Each capital's country ("Buenos Aires" → Argentina), looked up once per speaker. */
const COUNTRY_OF_CAPITAL = new Map(COUNTRIES.flatMap((c) => c.capitals.map((capital) => [capital, c.name] as const)));

/** The body the text says sent, issued or published a document of this kind before `pos`. */
function sentBy(ctx: SpeakerContext, noun: string, pos: number): ExtractedEntity | undefined {
  const sent = new RegExp(`\\s(?:sent|issued|published|released|circulated|distributed|drafted|wrote)\\s+(?:a|an|the|its)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun.toLowerCase()}\\b`, 'u');
  let found: ExtractedEntity | undefined;
  for (const m of ctx.entities.mentions) {
    if (m.end >= pos) break;
    const e = ctx.entities.entities[m.entity];
    if (e.kind === 'COUNTRY' || e.kind === 'REGION') continue;
    // (its initials in parentheses may come between: "The National Financial Regulatory Administration (NFRA) sent")
    const after = ctx.text.slice(m.end, Math.min(pos, m.end + 60)).replace(/^\s*\([^()]{1,12}\)/, '');
    if (sent.exec(after)?.index === 0) found = e;
  }
  return found;
}

/** One unnamed person whom "the <noun>" calls again ("A Home Office source said …. The source said"). */
const SAME_SOURCE_NOUNS = 'source|person|diplomat|insider|aide|resident|villager|witness';
/** One unnamed person a later "he", "she" or "the <noun>" may mean: those, and workers placed by where they work. */
// (or of a place's people: "A resident of Cam Hai Tay who declined to be named said …. “…,” the resident said")
// (and one unnamed worker: "A civil servant in Kyaukphyu, who asked not to be named, said …. “…,” she said")
export const SINGLE_SOURCE = new RegExp(`^(?:${SAME_SOURCE_NOUNS}|servant|employee|staffer|worker|teacher|doctor|nurse|trader|farmer|fisherman|driver|engineer|investigator)$`);

/** People who hold an office whose words (its title's, or its body's name) include all of `words`. */
const holdsOffice = (words: string[]) => (p: Person) => p.roles.some((r) => {
  const known = [...titleWords(r.title), ...(r.organization ?? '').toLowerCase().split(/\s+/)];
  // ("the minister" after "The head of the Ministry of Public Health, X,": who heads a ministry is its minister)
  if (/^(?:head|chief)$/i.test(r.title) && /^Ministry\b/.test(r.organization ?? '')) known.push('minister');
  // ("the deputy premier" after "Deputy Prime Minister and Minister of Commerce X": a premier is a prime minister)
  if (known.includes('prime') && known.includes('minister')) known.push('premier');
  // ("the Niamina East lawmaker" after "the National Assembly Member for Niamina East, X": a member of a legislature is a lawmaker)
  if (known.some((w) => /^(?:mps?|senator|representative|congress(?:man|woman)|legislator|lawmaker|assembly(?:man|woman)|nam|mla|mna|mpa|td|mep)$/.test(w)) || (known.includes('member') && known.some((w) => /^(?:parliament|assembly|house|congress|senate|legislature)$/.test(w)))) known.push('lawmaker', 'legislator');
  if (words.every((w) => known.includes(w))) return true;
  // ("the union leader said" after "X, secretary general of the Y union,": a leader is whoever leads, and
  // the other words name what)
  return words.length > 1 && /^(?:leader|boss|chief|head)$/.test(words.at(-1)!) && words.slice(0, -1).every((w) => known.includes(w)) &&
    titleWords(r.title).some((w) => /^(?:secretary-general|general|president|chair|chairman|chairwoman|chairperson|head|leader|chief|director|director-general|ceo|convener|coordinator)$/.test(w));
});

/** Where a person was last named before `pos` (-1 if not). */
const lastNamedBefore = (p: Person, pos: number) => p.mentions.filter((m) => m.end <= pos).at(-1)?.start ?? -1;

/** The unnamed speaker who spoke after `p` was last named ("A spokesperson said … He added"), if any. */
function unnamedSince(ctx: SpeakerContext, p: Person | undefined, pos: number, head?: string): SpeakerRef | undefined {
  const u = ctx.lastUnnamed;
  if (!u || u.start > pos || (head !== undefined && u.head !== head)) return undefined;
  // (a mention in the pronoun's own sentence does not count: "Asked whether the prime minister still had
  // confidence in Pickering, he said" is the spokesman; so the answer no longer depends on whether the
  // person's mentions were collected before this check)
  const named = p === undefined ? -1 : Math.max(lastNamedBefore(p, sentenceStartBefore(ctx.text, pos)), p === ctx.lastPerson ? (ctx.lastPersonAt ?? -1) : -1);
  return named < u.start ? u.ref : undefined;
}

/** An unnamed plural source: "Two officials", "Economists at Banorte", "people familiar with the matter". */
export function isUnnamedGroup(ref: SpeakerRef): boolean {
  if (ref.named || ref.person || ref.entity) return false;
  const head = ref.speakerName.split(/\s+(?:at|from|of|with|in|familiar|close|who|briefed)\b/)[0].trim().split(/\s+/).at(-1) ?? '';
  // (capitalized where it opens the sentence: "Analysts at Evercore ISI")
  return /^(?:\p{Ll}+s|people|staff|police)$/u.test(head.toLowerCase()) && !/ss$/.test(head);
}

/** Cut an unnamed source at a participle or relative clause: "Several diplomats briefed on the matter" -> "Several diplomats". */
function trimUnnamed(np: string): string {
  // "a network … that Western governments say Russia uses": the relative pronoun is not the speaker.
  const words = np.replace(/^(?:that|which|who)\s+/i, '').split(/\s+/);
  let cut = words.length;
  let namedBy = false;
  for (let k = 1; k < words.length; k++) {
    const w = words[k];
    // ("A person briefed on the talks", "sources familiar with": an anonymous source is named by it)
    // (a gerund after a preposition is no participle: "A spokesperson for the ministry responsible for planning")
    // (and no participle inside that phrase: "people familiar with the bank's thinking"; a relative
    // clause after it still ends it: "… with the talks who were not authorized to discuss them")
    if (/^(?:person|people|source|sources|someone)$/i.test(words[k - 1].replace(/,$/, '')) && /^(?:briefed|familiar|close|knowledgeable|involved)$/.test(w)) namedBy = true;
    // (nor a trade's "-ing" between its goods and its firms: "A source in one of the largest grain exporting companies")
    const tradeWord = /ing$/.test(w) && k === words.length - 2 && /^\p{Ll}+[^s\W]$/u.test(words[k - 1]) && /^\p{Ll}+(?:ies|s)$/u.test(words[k + 1]) && /\b(?:of|in|at|from)\b/.test(words.slice(0, k - 1).join(' '));
    // (nor a participle between a determiner and its noun: "An official at the logging camp", "a worker at the
    // processing plant", "Mayors of the affected municipalities")
    const determinedGerund = /(?:ing|ed)$/.test(w) && k < words.length - 1 && /^(?:the|a|an|one|another|its|their|this|that)$/i.test(words[k - 1]);
    if (namedBy ? /^(?:who|which|whose)$/.test(w) : /^(?:who|which|that|whose|during|after|before|while|when)$/.test(w) || (/^\p{Ll}+(?:ed|ing)$/u.test(w) && !tradeWord && !/^(?:united|leading|ruling|governing|opposing|unnamed|unidentified|retired|elected|appointed|named)$/.test(w) && !(/ing$/.test(w) && /^(?:for|of|on|in|with|about)$/.test(words[k - 1])) && !determinedGerund)) {
      cut = k;
      break;
    }
  }
  return words.slice(0, cut).join(' ').replace(/[,;:]+$/, '');
}

// (a quick test before the longer pattern of "the gas regulator ENARGAS": a kind of body, then a capital)
const KIND_BEFORE_NAME = /\b(?:regulator|watchdog|institute|board|federation|confederation|association|union|operator|controller|company|firm|agency|utility|airline|carrier|broadcaster|lobby|group|body|producer|distributor|supplier|insurer|lender|bank) [A-Z\u00C0-\u024F]/;
// "its central command", "its press office": the voice of the body named last.
const ITS_VOICE = /^[Ii]ts\s+(?:[\p{Ll}-]+\s+){0,2}(?:command|leadership|leaders?|spokes(?:man|woman|person)|council|office|board|wing|bureau)$/u;

/** Officials by each of their titles, lower-case (the first one named, for a title two hold). */
export function indexHoldersByTitle(people: PersonRegistry): Map<string, Person> {
  return new Map(people.persons.flatMap((p) => p.roles.map((r) => [r.title.toLowerCase(), p] as const)).reverse());
}

// (one reporting verb, alone)
const REPORTING_WORD = new RegExp(`^(?:${REPORTING_VERBS})$`);

// (resolveSpeaker reads its phrase in phases, each a function of its own: V8 optimized the one 26 KB
// function again and again, each time for a quarter of a second of compiler time; a phase answers
// UNDECIDED when the next one must look)
const UNDECIDED = Symbol('undecided');

/** Resolve a speaker noun phrase at `span` in the text. */
export function resolveSpeaker(ctx: SpeakerContext, span: Span): SpeakerRef | undefined {
  const raw = ctx.text.slice(span.start, span.end).trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (!raw) return undefined;
  // (where the trimmed words start: a shorter speaker is resolved from there)
  const rawStart = span.start + ctx.text.slice(span.start, span.end).indexOf(raw);
  const byShape = (): SpeakerRef | undefined | typeof UNDECIDED => {
    // ("Faisal Nadeem Chaudhry, Chairman APTMA (North Zone), said": an office set off after its holder's name is the holder)
    const before = ctx.text.slice(Math.max(0, rawStart - 80), rawStart);
    if (/,\s+$/.test(before) && isTitleHead(raw.split(/\s+/)[0])) {
      const named = before.replace(/,\s+$/, '');
      const holder = ctx.people.persons.find((p) => named.endsWith(p.name) && p.roles.some((r) => raw === r.title || raw.startsWith(`${r.title} (`)));
      if (holder) return personRef(holder);
    }
    // ("The Supreme Court on Friday (March 27) asked …": the day is when, not who)
    // ("Natural Resources Minister X yesterday told …": or the day's own word)
    // ("the latest situation report issued by the DMC at 6.00 p.m.": or the hour, cut at its period)
    const day = /\s+(?:(?:on|late on|early on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|at\s+\d{1,2}(?:[.:]\d{2})?(?:\s*(?:a\.?m|p\.?m)\.?)?)$/.exec(raw);
    if (day && day.index > 0) return resolveSpeaker(ctx, { start: rawStart, end: rawStart + day.index });
    // ("“…,” the head of Uzsuvtaminot's Khorezm branch said" after "X, head of Uzsuvtaminot's Khorezm branch,":
    // an official's whole title again, with "the")
    if (/^the\s+\S+\s+\S/i.test(raw)) {
      // (every official's titles, lower-case, indexed once per article: this is asked of most subjects)
      const holder = ctx.holdersByTitle.get(raw.replace(/^the\s+/i, '').toLowerCase());
      if (holder) return personRef(holder);
    }
    // ("The UN refugee agency (UNHCR) said": a description the entity pass read as a body's own mention is that body)
    const bare = /^[Tt]he\s+/.exec(raw);
    const whole = bare && ctx.entities.at(rawStart + bare[0].length) ? ctx.entities.mentions.find((m) => m.start === rawStart + bare[0].length && m.end === rawStart + raw.length) : undefined;
    if (whole && /^\p{Ll}/u.test(ctx.text.slice(whole.start, whole.end).split(/\s+/).at(-1)!)) return entityRef(ctx.entities.entities[whole.entity]);
    // ("Ward chair Bir Bahadur Tamang of Kakani-8 says": the place, or the ward, a named official is of)
    const placeOf = raw.includes(' of ') ? /\s+of\s+\p{Lu}[\p{L}-]*(?:-\d+)?$/u.exec(raw) : null;
    if (placeOf && ctx.people.persons.some((p) => p.name.includes(' ') && raw.slice(0, placeOf.index).endsWith(p.name))) return resolveSpeaker(ctx, { start: rawStart, end: rawStart + placeOf.index });
    // ("Mr Simbarashe Gumbo (52) from Mvurwi in Mazowe District said": a private person, then where they are from)
    const from = raw.includes(' from ') && /^((?:(?:Mr|Mrs|Ms|Miss|Madam|Dr)\.?\s+)?\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s\p{Lu}\p{Ll}[\p{L}’'-]*){1,3})(?:\s*\(\d{1,3}\))?\s+from\s+\p{Lu}[\p{L}’' -]{1,60}$/u.exec(raw);
    if (from) return resolveSpeaker(ctx, { start: rawStart, end: rawStart + from[1].length });
    // ("Rusnac himself told reporters": the reflexive that stresses who)
    const reflexive = raw.endsWith('self') || raw.endsWith('selves') ? /\s+(?:himself|herself|themselves|itself)$/.exec(raw) : null;
    if (reflexive && reflexive.index > 0) return resolveSpeaker(ctx, { start: rawStart, end: rawStart + reflexive.index });
    // ("the gas regulator ENARGAS said", "according to steel federation Federacciai", "Air traffic controller skeyes
    // said", "public health institute RIVM said": what a body is, in lower case, then its name, which speaks)
    const kindThenName = KIND_BEFORE_NAME.test(raw) && /^(?:[Tt]he\s+)?(?:[\p{L}-]+\s+){0,2}(?:regulator|watchdog|institute|board|federation|confederation|association|union|operator|controller|company|firm|agency|utility|airline|carrier|broadcaster|lobby|group|body|producer|distributor|supplier|insurer|lender|bank)\s+(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3})$/u.exec(raw);
    if (kindThenName && !isTitleWord(kindThenName[1].split(' ')[0]) && !HONORIFICS.has(kindThenName[1].split(' ')[0]) && !ctx.people.persons.some((p) => kindThenName[1].endsWith(p.name))) {
      const named = ctx.entities.at(rawStart + raw.length - kindThenName[1].length);
      return named ? entityRef(named) : { speakerName: kindThenName[1], named: false };
    }
    // ("German-owned E.ON, one of the largest suppliers, said": who owns it is no part of its name)
    const owned = raw.includes('-') && /^(?:[Tt]he\s+)?(?:\p{Lu}\p{Ll}+|state|family|foreign|privately|publicly)-(?:owned|run|controlled|backed)\s+(?=\p{Lu})/u.exec(raw);
    if (owned) return resolveSpeaker(ctx, { start: rawStart + owned[0].length, end: rawStart + raw.length });
    // ("The Ministry of Housing and Local Government in a release on Tuesday said": the document it spoke through)
    const through = raw.includes(' in ') && /\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|release|notice|circular|letter|post|message|communiqu[eé]|bulletin|notification|update|memo|advisory)$/u.exec(raw);
    if (through && through.index > 0 && /^(?:[Tt]he\s+)?\p{Lu}/u.test(raw)) return resolveSpeaker(ctx, { start: rawStart, end: rawStart + through.index });
    // ("…, prompting Public Defender X to warn that …": the one prompted)
    const prompted = /^(?:prompting|leading|forcing|pushing|causing)\s+(.+?)\s+to$/.exec(raw);
    if (prompted) return resolveSpeaker(ctx, { start: rawStart + raw.indexOf(prompted[1], prompted[0].indexOf(' ')), end: rawStart + raw.indexOf(prompted[1], prompted[0].indexOf(' ')) + prompted[1].length });
    // ("Pensioner Katrina Gaoses (67) said": an age after the name, as southern African papers write it)
    // ("Minister of Infrastructure Rein Aavik (Reform) told": or the holder's party, as ERR News writes it)
    // ("mayor Paul Meyers (déi gréng) told": a party may be written in lower case, as Luxembourg's greens are)
    const age = /\s*\((?:\d{1,3}|\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}|déi \p{Ll}+)\)$/u.exec(raw);
    if (age && age.index > 0) return resolveSpeaker(ctx, { start: rawStart, end: rawStart + age.index });
    // ("Representative Moses K. Tarpeh (District #5, Montserrado County) averred": any short aside in parentheses after
    // a name, when the words before it name someone)
    const aside = raw.endsWith(')') ? /\s*\([^()]{1,40}\)$/.exec(raw) : null;
    if (aside && aside.index > 0 && /\p{Lu}[\p{L}’'-]+$/u.test(raw.slice(0, aside.index))) {
      const before = resolveSpeaker(ctx, { start: rawStart, end: rawStart + aside.index });
      if (before) return before;
    }
    // ("The Member for Kagua-Erave Jonathan Kuri told", "Mayor of Sisian Arsen Tadevosyan told": an office of a
    // seat or a town, then its holder, whose title the words open with and whose name they end with)
    if (/^(?:[Tt]he\s+)?(?:Deputy\s+|Vice\s+|Acting\s+|First\s+)?(?:Member|MP|Mayor|Governor|Akim|Head|Chairman|Chairperson)\s+(?:for|of)\s/.test(raw)) {
      const bare = raw.replace(/^[Tt]he\s+/, '');
      const holder = ctx.people.persons.find((p) => bare.endsWith(` ${p.name}`) && p.roles.some((r) => bare.startsWith(`${r.title} `)));
      if (holder) return personRef(holder);
      // ("“…?” the MP for Amenfi East asked" after "the Ranking Member …, Hon. X, said": a lawmaker called by
      // his seat, no name after it: the official named last)
      if (/^the\s+(?:MP|Member)\s+for\s+/.test(raw) && ctx.lastPerson && span.start - (ctx.lastPersonAt ?? -Infinity) < 600) return personRef(ctx.lastPerson);
    }
    // ("Shura Council member for Sohar Ahmed bin Said al Balushi welcomed …": a subject cut inside its holder's
    // name, at a lower-case particle; the person whose name runs on past the cut)
    // ("Majlis A'Shura member for Jaalan Bani Bu Ali Salim bin Hamad al Araimi": or cut before it, inside a long seat)
    const nameGoesOn = /^\s+(?:al|el|bin|bint|ibn|de|da|van|von|\p{Lu}[\p{L}’'-]*)\s/u.test(ctx.text.slice(span.end, span.end + 30));
    const cutName = nameGoesOn ? ctx.people.persons.find((p) => {
      const at = ctx.text.slice(rawStart, span.end + 80).indexOf(p.name);
      return p.roles.length > 0 && at > 0 && rawStart + at + p.name.length > span.end && /^(?:\s+\p{Lu}[\p{L}’'-]*)*\s*$/u.test(ctx.text.slice(span.end, Math.max(span.end, rawStart + at)));
    }) : undefined;
    if (cutName) return personRef(cutName);
    // ("Progressive Conservative northern affairs critic Carla Penner called … and said": a subject cut at the
    // lower-case field of an office, its holder named right after the office's head)
    const fieldThenHolder = /^\s+((?:[\p{Ll}-]+\s+){1,3})(?=\p{Lu})/u.exec(ctx.text.slice(rawStart + raw.length, rawStart + raw.length + 50));
    if (fieldThenHolder && isTitleHead(fieldThenHolder[1].trim().split(/\s+/).at(-1)!) && fieldThenHolder[1].trim().split(/\s+/).every((w) => !REPORTING_WORD.test(w) && !FUNCTION_WORD.test(w) && !/^(?:later|also|then|earlier|again|first|last)$/.test(w))) {
      const after = ctx.text.slice(rawStart + raw.length + fieldThenHolder[0].length, rawStart + raw.length + fieldThenHolder[0].length + 60);
      const holder = ctx.people.persons.find((p) => p.roles.length > 0 && after.startsWith(p.name));
      if (holder) return personRef(holder);
    }
    // ("MDP MP for Thimarafushi, Ibrahim ‘Ibbe’ Waheed, told": an office cut at its holder's comma, a nickname
    // in the name)
    if (/^,\s/.test(ctx.text.slice(rawStart + raw.length, rawStart + raw.length + 2)) && raw.split(/\s+/).some((w) => isTitleHead(w))) {
      // (the nickname is blanked to spaces by then, extract/glosses.ts)
      const following = ctx.text.slice(rawStart + raw.length, rawStart + raw.length + 80).replace(/\s+[‘'"“][^’'"”\s]{1,20}[’'"”](?=\s)/u, '').replace(/\s+/g, ' ');
      const office = raw.replace(/^[Tt]he\s+/, '');
      // ("the Minister of Gender, Children and Social Protection, Dr Mrs X, told": or cut inside the office's
      // listed portfolios, the holder named after its end, styles between)
      const holder = ctx.people.persons.find((p) => p.roles.some((r) => (r.title === office && following.startsWith(`, ${p.name}`)) ||
        (r.title.startsWith(`${office},`) && following.startsWith(r.title.slice(office.length)) && new RegExp(`^, (?:(?:Dr|Mr|Mrs|Ms|Prof|Hon|Engr?|Madam|Alhaji|Hajia)\\.? ){0,3}${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(following.slice(r.title.length - office.length)))));
      if (holder) return personRef(holder);
      // ("The meeting’s chair, Tonga’s Minister for Finance, Semisi Vake, told": a description, then an office
      // and the official who is both)
      if (/^[Tt]he\s/.test(raw) && isTitleHead(raw.split(/\s+/).at(-1)!)) {
        const described = ctx.people.persons.find((p) => p.roles.length > 0 && new RegExp(`^, (?:[^,]{1,60}(?:, | ))?${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`).test(following));
        if (described) return personRef(described);
      }
    }
    // ('“…,” stated the Prime Minister of Tuzla Canton, Senad Mulahasić (SDA).': an office cut before its
    // "of", the holder named after the place)
    const placedOffice = /^[Tt]he\s+\p{Lu}/u.test(raw) ? /^\s+(?:of|for|in)\s+[^,.;“”"]{1,60},\s/.exec(ctx.text.slice(rawStart + raw.length, rawStart + raw.length + 70)) : null;
    if (placedOffice) {
      const office = raw.replace(/^[Tt]he\s+/, '') + placedOffice[0].replace(/,\s$/, '');
      const after = ctx.text.slice(rawStart + raw.length + placedOffice[0].length, rawStart + raw.length + placedOffice[0].length + 60);
      const holder = ctx.people.persons.find((p) => p.roles.some((r) => r.title === office.trim()) && after.startsWith(p.name));
      if (holder) return personRef(holder);
    }
    // ("…, the Controller of Budget (CoB) Esther Nyaboke Ondieki has said": an office and its holder's name, the
    // office the one that person holds)
    // (not "A spokesperson for Attorney-General X": someone who speaks for the holder)
    if (/\s/.test(raw) && /^(?:the\s+)?\p{Lu}/u.test(raw) && !/\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|representative)s?\s+(?:for|to|of)\s/.test(raw)) {
      const holder = ctx.people.persons.find((p) => p.name.includes(' ') && raw.endsWith(` ${p.name}`) && p.roles.some((r) => raw.includes(`${r.title} `)));
      if (holder) return personRef(holder);
    }
    // ("Minister of State in the Ministry of Water, Environment and Climate Change X, who …, said": a long
    // office cut at its field's comma; the person holding it, named right after it)
    if (/^\p{Lu}/u.test(raw) && raw.split(/\s+/).length >= 4 && isTitleHead(raw.split(/\s+/)[0])) {
      const holder = ctx.people.persons.find((p) => p.roles.some((r) => r.title.startsWith(raw)) && p.mentions.some((m) => m.start > span.end && m.start - span.end < 100));
      if (holder) return personRef(holder);
    }
    return UNDECIDED;
  };
  const byShapeAnswer = byShape();
  if (byShapeAnswer !== UNDECIDED) return byShapeAnswer;
  // ("His words: “…”", as Nigerian papers introduce a quotation: read as the pronoun)
  const spoken = /^(his|her)(?:\s+words)?$/i.exec(raw);
  const words = spoken ? [spoken[1].toLowerCase() === 'his' ? 'he' : 'she'] : raw.split(/\s+/);
  const last = words[words.length - 1];
  const byPronounOrGroup = (): SpeakerRef | undefined | typeof UNDECIDED => {
    if (PRONOUN.test(last) && (words.length === 1 || /^(?:what|which|who|that|of|as)$/i.test(words[words.length - 2]))) {
      // ("… a letter that Treasury Secretary X sent …, in which he warned": the official named in the
      // pronoun's own sentence, whose letter or speech the relative clause opens)
      const inWhich = /^(?:in which|in whom|where)\s/i.test(raw) || /,\s+(?:in which|in whom|where)\s+$/.test(ctx.text.slice(Math.max(0, span.start - 14), span.start));
      const near = inWhich ? ctx.people.mentionedBefore(span.start, (person) => person.official) : undefined;
      const nearAt = near ? Math.max(...near.mentions.filter((m) => m.end <= span.start).map((m) => m.start)) : -1;
      const sameSentence = near !== undefined && near !== ctx.lastPerson && nearAt >= sentenceStartBefore(ctx.text, span.start);
      // ("The Taoiseach, Pádraig Ó Súilleabháin, sought to play down the dispute. …, he said": a person named
      // as the subject of the sentence before, after the last speaker, is who the pronoun means)
      const recent = !sameSentence && ctx.lastPerson ? ctx.people.mentionedBefore(span.start) : undefined;
      const recentAt = recent ? Math.max(...recent.mentions.filter((m) => m.end <= span.start).map((m) => m.start)) : -1;
      // (the sentence before, past the blank line between paragraphs; a quotation of several sentences,
      // then "he said", opens where the quotation does)
      const lineStart = ctx.text.lastIndexOf('\n', span.start) + 1;
      const quotation = /[“"][^“”"]*[”"],?\s*$/.exec(ctx.text.slice(lineStart, span.start));
      const previousSubject = recent !== undefined && recent !== ctx.lastPerson && recentAt > (ctx.lastPersonAt ?? -1) &&
        recentAt >= previousSentenceStart(ctx.text, quotation ? lineStart + quotation.index : sentenceStartBefore(ctx.text, span.start)) && isSentenceSubject(ctx.text, recentAt);
      const p = sameSentence ? near : previousSubject ? recent : ctx.lastPerson ?? ctx.people.mentionedBefore(span.start);
      // ("The prime minister’s official spokesman insisted …. Asked whether …, he said": the spokesman)
      // (not one of the other sex: "he said" after "A spokeswoman for the Department of Finance")
      const other = /^he$/i.test(last) ? /\b(?:spokeswoman|woman|chairwoman|businesswoman)\b/i : /\b(?:spokesman|man|chairman|businessman)\b/i;
      const unnamedSource = words.length === 1 && /^(?:he|she)$/i.test(last) ? unnamedSince(ctx, p, span.start) : undefined;
      const unnamed = unnamedSource && !other.test(unnamedSource.speakerName) ? unnamedSource : undefined;
      if (unnamed) return unnamed;
      return p ? personRef(p) : { speakerName: raw, named: false };
    }
    // "Two officials said … They added that …": the group that spoke last.
    // ("Sources at Palazzo Chigi said …. According to the same sources, …": that group again)
    // ("the people" stays as written, as most annotations have it; "the sources" is those introduced)
    if (/^(?:the|the same|those|these)\s+sources$/i.test(raw) && ctx.lastSources && !ctx.lastGroup) return ctx.lastSources;
    if (/^they$/i.test(raw) || /^(?:(?:the same|those|these)\s+(?:sources|officials|people|diplomats)|the\s+sources)$/i.test(raw)) return ctx.lastGroup ?? (/^they$/i.test(raw) ? undefined : { speakerName: raw, named: false });
    // ("the people" stays as written, as the annotations have it: only the pronoun is resolved)
    if (NEUTER.test(last)) {
      const e = ctx.lastEntity;
      return e ? entityRef(e) : undefined;
    }
    // "its central command said", "its press office said": the body named last speaks through them.
    if (ITS_VOICE.test(raw) && ctx.lastEntity) return entityRef(ctx.lastEntity);
    // ("according to the ministry's press service": the body it speaks for, as the owner alone would be read)
    const pressService = /^((?:the|its)\s+[\p{Ll}\s-]+?)['’]s\s+(?:press\s+(?:service|office|department)|media\s+(?:office|department))$/u.exec(raw);
    if (pressService) {
      const owner = resolveSpeaker(ctx, { start: rawStart, end: rawStart + pressService[1].length });
      if (owner?.entity) return owner;
    }
    // ("the All Farmers Association of Nigeria (AFAN) Kogi State chapter said", "the NLC's Lagos branch":
    // a body speaks through its chapter in a place)
    if (/\s(?:chapter|branch)$/i.test(raw)) {
      const body = tokenize(ctx.text, span.start, span.end).map((t) => ctx.entities.at(t.start)).find((x) => x && x.kind !== 'COUNTRY' && x.kind !== 'REGION');
      if (body) return entityRef(body);
    }
    // "Havenstad's management and supervisory boards said": a company speaks through its boards, and
    // "the boards said" is the body whose boards spoke last.
    const boards = /^(?:(\p{Lu}[\p{L}.’'&-]*(?:\s\p{Lu}[\p{L}.’'&-]*){0,3})['’]s|the)\s+(?:[\p{Ll}-]+\s+(?:and\s+[\p{Ll}-]+\s+)?)?(?:boards?|board of directors)$/u.exec(raw);
    if (boards) {
      const owner = boards[1] ? ctx.entities.at(span.start + ctx.text.slice(span.start, span.end).indexOf(boards[1])) : ctx.lastEntity;
      if (owner && owner.kind !== 'COUNTRY' && owner.kind !== 'REGION') return entityRef(owner);
    }
    // "National Public Radio, which argued that …": the name just before the relative pronoun.
    // ("WHO" in capitals is the World Health Organization, not the pronoun.)
    if (/^(?:which|who)$/i.test(raw) && raw !== 'WHO') {
      const before = ctx.text.slice(Math.max(0, span.start - 3), span.start);
      if (/,\s*$/.test(before)) {
        const comma = span.start - before.length + before.lastIndexOf(',');
        // The last letter before the comma: "(ECOWAS), which" names the body by its acronym.
        let last = comma - 1;
        while (last > 0 && !/\p{L}/u.test(ctx.text[last])) last--;
        const e = ctx.entities.at(last);
        // (a country only by its capital, which stands for its government: "objections from Washington,
        // which argued that …"; not "Kenya, which has …")
        const mention = e?.kind === 'COUNTRY' ? ctx.entities.mentions.find((x) => x.start <= last && last < x.end) : undefined;
        const byCapital = mention !== undefined && COUNTRIES.some((c) => c.name === e!.name && c.capitals.includes(ctx.text.slice(mention.start, mention.end)));
        if (e && (e.kind !== 'COUNTRY' || byCapital) && /^which$/i.test(raw)) return entityRef(e);
        if (/^who$/i.test(raw)) {
          const p = ctx.people.mentionedBefore(comma);
          // (past a party in parentheses: "by Chihuahua Governor X (PAN), who said")
          if (p && p.mentions.some((m) => m.end === comma || /^\s*\([^()]{1,30}\)\s*$/.test(ctx.text.slice(m.end, comma)))) return personRef(p);
        }
      }
      return undefined;
    }
    if (/^(?:they|we|i|you|which|that|who)$/i.test(last) && last !== 'WHO') return undefined;
  
    // ("a decision Buenos Aires described as …": a capital that speaks is its country's government)
    const capitalOf = COUNTRY_OF_CAPITAL.get(raw);
    const governed = capitalOf ? ctx.entities.byName(capitalOf) : undefined;
    if (governed) return entityRef(governed);
    // ("Members of Congress from Texas have accused …": people of a body, placed; no one the text names)
    if (/^(?:Members|Lawmakers|Legislators|Senators|Deputies|Delegates|Officials)\s+(?:of|from|in)\s+\S/.test(raw) && !/\s(?:said|says)\b/.test(raw)) return { speakerName: raw, named: false };
    // "The Japanese Embassy in Manila": a place after "in" says where the speaker is, not who;
    // "Justice Mercy Wambua of the Employment and Labour Relations Court": a body after "of", whose.
    // ("lawmaker Oksana Tkachuk of the Holos party": and a body noun after the name)
    // ("farmers in southern Kazakhstan": a part of the place first)
    // ("Rep. X of the 1st District of Rizal": a numbered district)
    // ("Senior Superintendent X of the police's National Security Department": a unit of a body named in lower case)
    // ("Rep. X of the main opposition People Power Party (PPP)": two words of its standing, and its initials)
    const placeTail = /\s+(?:in|of|at)\s+(?:the\s+)?(?:\p{Ll}+['’]s\s+)?(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:(?:ruling|governing|main|opposition|junior|conservative|liberal|(?:north|south|east|west)(?:ern)?|north-?eastern|north-?western|south-?eastern|south-?western|central|rural|coastal)\s+){0,2}\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|and|of|for|the)){0,6}(?:\s+(?:party|faction|bloc|group|movement|union|tribe|clan|caucus|wing))?(?:\s+\(\p{Lu}{2,8}\))?$/u.exec(raw);
    // (not an officer named after the body: "Bank of Thailand Governor Pornthip Chaiyasit")
    // (a title word inside a body's name does not count: "Chief Public Counsel Erin Maddox of the Office of Public Utility Counsel")
    const tailBody = placeTail ? ctx.entities.at(span.start + ctx.text.slice(span.start, span.end).lastIndexOf(raw) + raw.length - 1) : undefined;
    if (placeTail && (!placeTail[0].split(/\s+/).some((w) => isTitleHead(w)) || (tailBody !== undefined && tailBody.kind !== 'COUNTRY' && tailBody.kind !== 'REGION'))) {
      const inner = resolveSpeaker(ctx, { start: rawStart, end: rawStart + placeTail.index });
      if (inner?.entity || inner?.person) return inner;
      // ("A three-judge bench of the Supreme Court": the court speaks through its bench)
      const court = /\b(?:bench|panel|chamber)$/i.test(raw.slice(0, placeTail.index)) ? ctx.entities.at(rawStart + placeTail.index + placeTail[0].search(/\p{Lu}/u)) : undefined;
      if (court && court.kind !== 'COUNTRY' && court.kind !== 'REGION') return entityRef(court);
      // ("Officials in Kyiv said": unnamed people placed by where they are, not the country)
      // ("China hawks in the Senate say": a group by what it thinks, placed)
      const placed = /^(?:[\p{L}-]+\s+){0,2}(?:officials|diplomats|sources|residents|witnesses|police|authorities|lawmakers|protesters|analysts|economists|hawks|doves|critics|opponents|supporters|allies|moderates|conservatives|progressives|farmers|workers|traders|villagers|voters|parents|exporters|businesses|fishermen)$/iu.test(raw.slice(0, placeTail.index)) && /^\s+in\s/.test(placeTail[0]);
      // ("A resident of Cam Hai Tay", "a farmer from Cam Lam": one unnamed person, placed)
      // ("A representative of a durian exporter in Ho Chi Minh City": someone of an unnamed business, placed)
      const onePlaced = (/^(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:resident|villager|farmer|worker|witness|local|mother|father|parent|student|teacher|trader|vendor|shopkeeper|fisherman|protester|voter|patient|survivor)$/iu.test(raw.slice(0, placeTail.index)) ||
        /^(?:a|an|one|another)\s+(?:representative|executive|manager|employee|owner|official)\s+(?:of|at|from)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/iu.test(raw.slice(0, placeTail.index))) && /^\s+(?:in|of|from)\s/.test(placeTail[0]) && !tailBody?.kind.match(/^(?:GOVERNMENT_BODY|ORGANIZATION|COMPANY|INTERNATIONAL_ORGANIZATION)$/);
      // ("A senior official of the DMP's Tejgaon Division said": one unnamed official of a unit no list
      // knows; its name is no person's)
      const ofUnknownUnit = !tailBody && /^(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,3}(?:official|officer|source|spokes(?:man|woman|person)|aide|diplomat|employee|staffer|investigator|commander)$/iu.test(raw.slice(0, placeTail.index)) && /^\s+(?:of|at|in|with|from)\s/.test(placeTail[0]);
      if (placed || onePlaced || ofUnknownUnit) return { speakerName: raw, named: false };
    }
    return UNDECIDED;
  };
  const byPronounOrGroupAnswer = byPronounOrGroup();
  if (byPronounOrGroupAnswer !== UNDECIDED) return byPronounOrGroupAnswer;
  // A person: the trailing run of name words, after titles and honorifics ("Analysts at Goldman Sachs"
  // are not a person called Goldman Sachs).
  // (the preposition looked for first: the pattern is slow on every name it is asked about)
  const staff = /\s(?:at|from|with|in|close|familiar|briefed)\s/i.test(raw) && STAFF.test(raw);
  const toks = tokenize(ctx.text, span.start, span.end);
  // ("Sarah Whitlock KC": the letters after a name are no part of it)
  let nameEnd = toks.length;
  while (nameEnd > 1 && POST_NOMINAL.test(toks[nameEnd - 1].text)) nameEnd--;
  let k = nameEnd - 1;
  // ("Paramount Chief Sahr Tamba Kongoba III": and a regnal numeral after it)
  if (nameEnd > 1 && REGNAL.test(toks[nameEnd - 1].text) && isNameWord(toks[nameEnd - 2].text)) k--;
  while (k >= 0 && (isNameWord(toks[k].text) || NAME_PARTICLES.has(toks[k].text)) && !ctx.entities.at(toks[k].start)) k--;
  let nameToks = staff ? [] : toks.slice(k + 1, nameEnd);
  // ("Pensioner Katrina Gaoses said": what a private person is, before the name)
  if (nameToks.length > 1 && LAY_DESCRIPTORS.has(nameToks[0].text)) nameToks = nameToks.slice(1);
  // ("Sheikh said" after "Anwar Hussain Sheikh": a style word that is the family name of someone named)
  if (nameToks.length === 0 && toks.length === 1 && !staff && /^\p{Lu}\p{Ll}+$/u.test(raw)) {
    const p = ctx.people.resolve(raw, false);
    if (p && p.name.endsWith(` ${raw}`)) return personRef(p);
  }
  // ("Tan Sri Othman said", "Datuk Seri Shahrul said": a Malaysian honorific is no part of the name)
  const honorific = malayHonorificLength([toks[k]?.text ?? '', ...nameToks.map((t) => t.text)]);
  const opening = honorific === 2 && k >= 0 ? 1 : malayHonorificLength(nameToks.map((t) => t.text));
  if (opening > 0 && opening < nameToks.length) nameToks = nameToks.slice(opening);
  // ("a spokesperson for Beaulieu-Harris": someone who speaks for that person, not the person)
  // ("A Congress leader close to Basnet": someone of that person's camp, not the person)
  // ("A spokesperson for Indigenous Services Minister Marc-André Thibodeau": an office of a few words, then the name)
  const onBehalf = /\b(?:spokes(?:man|woman|person)|aide|adviser|advisor|lawyer|attorney|representative)s?\s+(?:for|to|of)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]+$/u.test(raw) ||
    /\b(?:close|loyal|allied|aligned|near)\s+(?:to|with)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]+$/u.test(raw);
  if (nameToks.length > 0 && !onBehalf) {
    const name = ctx.text.slice(nameToks[0].start, nameToks[nameToks.length - 1].end);
    const before = k >= 0 ? toks[k].text : '';
    const titled = before !== '' && (isTitleWord(before) || HONORIFICS.has(before));
    // ("Maricel, a Filipina accountant who lives in Al Taawun, said": a person the papers name by a given
    // name alone, described right after it)
    const described = nameToks.length === 1 && /^,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+(?:\s+(?:who|whose|from|in|at|with)\b|,)/u.test(ctx.text.slice(nameToks[0].end, nameToks[0].end + 80));
    const p = ctx.people.resolve(name, nameToks.length >= 2 || titled || described, described);
    if (p) return personRef(p);
  }
  const byDocumentOrVoice = (): SpeakerRef | undefined | typeof UNDECIDED => {
    // "“…,” the statement said" after "In a statement released by the State Department, Halvorsen said":
    // a document speaks for whoever last spoke through one of its kind.
    const document = DOCUMENT_SPEAKER.exec(raw);
    // ("The GSI’s final report, submitted …, warned": a named body's document is the body's voice)
    const ownerAt = OWNED_DOCUMENT.test(raw) ? ctx.entities.at(rawStart + 4) : undefined;
    // ("A World Bank report issued last year warned": a body's document, named before the document's noun)
    const ofBody = /^(?:[Aa]n?|[Tt]he)\s+(\p{Lu}[^,]*?)\s+(?:report|study|survey|analysis|assessment|review|paper|note|statement)(?:\s+(?:issued|published|released)\b.*)?$/u.exec(raw);
    const bodyOfDocument = ofBody ? ctx.entities.at(rawStart + raw.indexOf(ofBody[1])) : undefined;
    if (bodyOfDocument && bodyOfDocument.kind !== 'COUNTRY' && bodyOfDocument.kind !== 'REGION') return entityRef(bodyOfDocument);
    if (ownerAt && ownerAt.kind !== 'COUNTRY' && ownerAt.kind !== 'REGION') return entityRef(ownerAt);
    const author = document ? ctx.documents?.get(documentKind(document[1])) : undefined;
    if (author) return author;
    // ("The NFRA sent the notice to the headquarters of major lenders …. The notice says": the body that sent it)
    const sender = document ? sentBy(ctx, document[1], span.start) : undefined;
    if (sender) return entityRef(sender);
    // ("The chair’s statement, issued late on July 9, said": a meeting's chair speaks for the organization
    // that met, the international one the text names most)
    if (/^the\s+(?:chair|chairman|chairperson|chairmanship|presidency)['’]s\s+statement$/i.test(raw)) {
      const met = ctx.entities.entities.filter((e) => e.kind === 'INTERNATIONAL_ORGANIZATION').sort((x, y) => y.mentions.length - x.mentions.length)[0];
      if (met) return entityRef(met);
    }
    // ("The Justice Department sued Corvane …, accusing …. The complaint, filed in …, alleges": a
    // complaint no one was said to speak through is the suing body's, the body that spoke last)
    if (document && /^(?:complaint|lawsuit)$/i.test(document[1]) && ctx.lastEntity) return entityRef(ctx.lastEntity);
    // "the lawyer said" after "his lawyer, Fábio Costa Aranha," or "X, a lawyer for …": the named person
    // the text described so (an unnamed one is resolved below: "the diplomat", "the source").
    const job = /^the\s+(lawyer|attorney|analyst|economist|student|resident|farmer|worker|teacher|doctor|nurse|activist|researcher|professor|expert|shopkeeper|owner|seller|driver|protester|survivor|witness|pollster|campaigner|historian|scientist)$/i.exec(raw);
    if (job) {
      const noun = job[1].toLowerCase();
      const describedBefore = new RegExp(`\\b${noun},?\\s+$`, 'i');
      const describedAfter = new RegExp(`^,\\s+(?:a|an|the|his|her|their)\\s+(?:[\\p{L}’'-]+\\s+){0,3}${noun}\\b`, 'iu');
      const person = personDescribed(ctx, span.start, (before, after) => describedBefore.test(before) || describedAfter.test(after));
      if (person) return personRef(person);
    }
    // "the 61-year-old told AFP" after "Mustafa Erdem, 61, …" or "a 61-year-old …, X": the person of that age.
    const aged = /^the\s+(\d{1,3})-year-old$/i.exec(raw);
    if (aged) {
      const age = new RegExp(`^,\\s*${aged[1]}\\b|\\b${aged[1]}-year-old\\b`);
      const person = personDescribed(ctx, span.start, (_before, after) => age.test(after.slice(0, 60)));
      if (person) return personRef(person);
      // (an age the text gives only here: "kitchenware seller X said …. “…,” the 61-year-old told AFP"; the person named
      // last, not the one who spoke last: "For Gurmeet Kaur, the announcement has brought fresh uncertainty. The 67-year-old … told")
      const named = ctx.people.mentionedBefore(span.start);
      const namedAt = named ? Math.max(...named.mentions.filter((m) => m.start < span.start).map((m) => m.start)) : -Infinity;
      if (named && span.start - namedAt < 600 && namedAt > (ctx.lastPersonAt ?? -Infinity)) return personRef(named);
      if (ctx.lastPerson && span.start - (ctx.lastPersonAt ?? -Infinity) < 600) return personRef(ctx.lastPerson);
    }
    // ("“…,” the mother of four said" after "A trader …, Mrs Ngozi Eke, told our correspondent": a private
    // person the text calls by what they are to their family, the person named last)
    if (/^the\s+(?:mother|father|grandmother|grandfather)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/i.test(raw) && ctx.lastPerson && ctx.lastPerson.roles.length === 0 && span.start - (ctx.lastPersonAt ?? -Infinity) < 600) return personRef(ctx.lastPerson);
    // "the Taliban government said", "the junta's leadership": a group that rules speaks as itself.
    const rulersVoice = /^the\s+(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?)(?:['’]s)?\s+(?:government|authorities|administration|regime|leadership|rulers)$/u.exec(raw);
    const rulers = rulersVoice ? ctx.entities.at(span.start + ctx.text.slice(span.start, span.end).indexOf(rulersVoice[1])) : undefined;
    if (rulers?.kind === 'ORGANIZATION') return entityRef(rulers);
    // ("The Sindh government on Monday threatened …", "the Karnataka state government said": a region's own
    // government speaks as the region, as the golds name it)
    const regionsVoice = raw.endsWith('government') && /^the\s+(\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?)\s+(?:state\s+|provincial\s+|prefectural\s+|regional\s+)?government$/iu.exec(raw);
    const region = regionsVoice ? ctx.entities.at(span.start + ctx.text.slice(span.start, span.end).indexOf(regionsVoice[1])) : undefined;
    if (region?.kind === 'REGION' && ctx.entities.byName(region.name) === region) return entityRef(region);
    // "China's delegation, …, said", "Taiwan's government rejects …, saying": the country speaks.
    // ("Timor-Leste's government", "Guinea-Bissau's delegation": a hyphen inside the country's name)
    const countrysVoice = /^(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)['’]s\s+(?:delegation|government|negotiators|negotiating team|leadership|cabinet)$/u.exec(raw);
    const country = countrysVoice ? ctx.entities.byName(countrysVoice[1]) ?? ctx.entities.at(span.start + raw.indexOf(countrysVoice[1])) : undefined;
    if (country?.kind === 'COUNTRY') return entityRef(country);
    // "The Belgian presidency said" (of the EU Council), "the Russian delegation": the country by its demonym.
    const demonymsVoice = /^the\s+(\p{Lu}\p{L}+)\s+(?:presidency|delegation)$/iu.exec(raw);
    const demonymCountry = demonymsVoice ? ctx.entities.at(span.start + ctx.text.slice(span.start, span.end).indexOf(demonymsVoice[1])) : undefined;
    if (demonymCountry?.kind === 'COUNTRY') return entityRef(demonymCountry);
    // "The CGT union confederation said", "the AFL-CIO labor federation": a body's name, then what it is.
    // ("the Kommersant business daily", "the state-run RIA Novosti news agency")
    const namedThenDescribed = /^the\s+(?:[\p{Ll}-]+\s+)?((?:\p{Lu}[\p{L}&-]*\s){0,2}\p{Lu}[\p{L}&-]*)\s+(?:[\p{Ll}-]+\s+){0,2}(?:union|confederation|federation|association|alliance|coalition|party|group|daily|newspaper|paper|website|broadcaster|news\s+agency)$/u.exec(raw.replace(/^The\b/, 'the'));
    const describedName = namedThenDescribed ? ctx.entities.at(span.start + ctx.text.slice(span.start, span.end).indexOf(namedThenDescribed[1])) : undefined;
    if (describedName && describedName.kind !== 'COUNTRY' && describedName.kind !== 'REGION') return entityRef(describedName);
    // "The three European countries, known as the E3, said": the name the text gives them.
    // ("The human medicines committee of the European Medicines Agency (EMA), known as the CHMP, said":
    // past the initials in parentheses that the subject leaves out)
    // ("Its junta, which formally calls itself the State Administration Council, has said": the name it gives itself;
    // "The regime, which renamed itself the State Security and Peace Commission (SSPC) in July, has said")
    const knownAs = /^(?:\s*\([^()]{1,20}\))?,\s+(?:(?:also\s+)?known as|which\s+(?:formally\s+|officially\s+)?(?:calls|renamed|rebranded)\s+itself|which\s+changed\s+its\s+name\s+to) (?:the\s+)?/.exec(ctx.text.slice(span.end, span.end + 60));
    const named = knownAs ? ctx.entities.at(span.end + knownAs[0].length) : undefined;
    if (named) return entityRef(named);
    // ("The Dutch liberal said" after "MEP Pieter Zandvliet (Renew, Netherlands)": the lawmaker whose tag
    // or title names that country)
    const national = /^[Tt]he\s+(\p{Lu}\p{Ll}+)\s+(?:liberal|conservative|socialist|social democrat|green|centrist|lawmaker|MEP|legislator|politician)$/u.exec(raw);
    const nation = national ? ctx.entities.entities.find((e) => e.kind === 'COUNTRY' && e.aliases.includes(national[1])) : undefined;
    if (nation) {
      const forms = [nation.name, ...nation.aliases].map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      const tagged = new RegExp(`^\\s*\\([^()]*\\b(?:${forms})\\b[^()]*\\)`);
      const titled = new RegExp(`\\b(?:${forms})\\s+(?:MEP|MP|lawmaker|legislator)\\s+$`);
      const lawmaker = ctx.people.mentionedBefore(span.start, (p) => p.mentions.some((m) => tagged.test(ctx.text.slice(m.end, m.end + 50)) || titled.test(ctx.text.slice(Math.max(0, m.start - 30), m.start))));
      if (lawmaker) return personRef(lawmaker);
    }
    // ("“…,” the Indiana Republican said" after "Sen. Hollis Crane (R-Ind.)": the lawmaker the text tagged
    // with that party and state)
    const partisan = /^the\s+((?:\p{Lu}\p{Ll}+\s+){1,2})(Republican|Democrat)$/u.exec(raw);
    if (partisan) {
      const state = partisan[1].trim();
      const stateOf = (form: string) => (US_STATE_ABBREVIATIONS[form] ?? US_STATE_POSTAL_CODES[form] ?? form).replace(/ \(U\.S\. state\)$/, '');
      const lawmaker = ctx.people.mentionedBefore(span.start, (p) => p.mentions.some((m) => {
        const tag = /^,?\s*\(?([DRI])-([^,)]+)/.exec(ctx.text.slice(m.end, m.end + 20));
        return tag !== null && tag[1] === partisan[2][0] && stateOf(tag[2].trim()) === state;
      }));
      if (lawmaker) return personRef(lawmaker);
    }
    // ("Eskom's KwaZulu-Natal operating unit said", "Siemens' energy unit said": a unit of a company or a
    // body speaks for it; the subject may stop before "operating")
    const unitNoun = /^\s+(?:operating\s+)?(?:unit|division|subsidiary|arm)\b/.exec(ctx.text.slice(span.end, span.end + 30));
    const unitOf = (unitNoun || /\s(?:unit|division|subsidiary|arm)$/.test(raw)) ? /^(?:the\s+)?(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3})['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:operating\s+)?(?:unit|division|subsidiary|arm)|[\p{L}-]+)$/u.exec(raw) : null;
    if (unitOf) {
      const owner = ctx.entities.at(span.start + raw.indexOf(unitOf[1]));
      if (owner && owner.kind !== 'COUNTRY' && owner.kind !== 'REGION') return entityRef(owner);
    }
    return UNDECIDED;
  };
  const byDocumentOrVoiceAnswer = byDocumentOrVoice();
  if (byDocumentOrVoiceAnswer !== UNDECIDED) return byDocumentOrVoiceAnswer;
  // An entity whose mention ends the phrase ("the Catholic Church", "AFP").
  const lastTok = toks[toks.length - 1];
  const e = lastTok ? ctx.entities.at(lastTok.start) : undefined;
  // ("State House Nairobi said": a body, then the capital it sits in)
  const seatMention = e?.kind === 'COUNTRY' ? ctx.entities.mentions.find((m) => m.start === lastTok.start) : undefined;
  const seated = seatMention && COUNTRIES.some((c) => c.name === e!.name && c.capitals.includes(ctx.text.slice(seatMention.start, seatMention.end)))
    ? ctx.entities.mentions.find((m) => m.end === seatMention.start - 1 && ctx.text[m.end] === ' ' && !['COUNTRY', 'REGION'].includes(ctx.entities.entities[m.entity].kind))
    : undefined;
  if (seated) return entityRef(ctx.entities.entities[seated.entity]);
  // "a spokeswoman for the ministry" is a person, not the ministry.
  const personal = toks.some((t) => isTitleHead(t.text) && !ctx.entities.at(t.start));
  // "Many Tunisians" are people of the country, not its government; "14 House Democrats" are people
  // of the party.
  const demonymGroup = (e?.kind === 'COUNTRY' && /s$/.test(last) && last !== e.name && !e.name.endsWith(last)) ||
    (e !== undefined && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|some|many)\s/i.test(raw) && /s$/.test(last));
  // ("Analysts at Deutsche Bank" are people there, not the bank: `staff` above.)
  // A generic head ("ministry") is the entity when a mention of a government body ends the phrase.
  const bodyMention = e?.kind === 'GOVERNMENT_BODY' && ctx.entities.mentions.some((m) => m.end === lastTok.end && ctx.entities.entities[m.entity] === e);
  // "a document seen by Reuters": the one who saw it is not the source.
  const witness = /\b(?:seen|obtained|reviewed|viewed) by\s/i.test(raw);
  if (e && (!GENERIC_HEADS.test(last) || bodyMention) && !personal && !demonymGroup && !staff && !witness) return entityRef(e);
  // ("state-run Anadolu Agency reported …. …, the agency said": the news agency that spoke last)
  if (/^the\s+(?:news\s+)?agency$/i.test(raw) && ctx.lastEntity && PRESS_NAMES.has(ctx.lastEntity.name) && /\bAgency\b/.test(ctx.lastEntity.name)) return entityRef(ctx.lastEntity);
  const byDescription = (): SpeakerRef | undefined | typeof UNDECIDED => {
    // ("The union that represents the city's shelter workers": the description without its relative clause)
    // ("the Santa Clara, California-based company": and without the city before its state)
    const described = raw.replace(/\s+(?:that|which|who)\s.*$/s, '').replace(/^(the\s+)\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?, (?=\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?-based\s)/u, '$1');
    const body = describedBody(ctx, described, span) ?? bodyDescribedAs(ctx, raw, span.start);
    if (body) return entityRef(body);
    // "the state-run MENA news agency": the outlet named inside the phrase.
    // ("pollster Tendencia Sur", "think tank Bruegel": the named body after what it is)
    if (/^(?:the\s+)?(?:pollster|polling firm|think tank|consultancy)\s+\p{Lu}/u.test(raw)) {
      const named = tokenize(ctx.text, span.start, span.end).map((t) => ctx.entities.at(t.start)).find((x) => x && x.kind !== 'COUNTRY');
      if (named) return entityRef(named);
    }
    // ("The Greens/European Free Alliance group said": a named group's own words; not "A spokesperson
    // for Taesan Group", who speaks for it)
    // (nor "A spokesperson for the Oklahoma agency": someone who speaks for it, and a state is no agency)
    const speaksFor = /^(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}(?:spokes(?:man|woman|person)|representative|official|source)\s+(?:for|of|at)\s/iu.test(raw);
    if ((/\b(?:news agency|agency|newspaper|broadcaster|television|radio|union|party|movement|alliance|coalition)$/i.test(raw) || /^the\s+\S.*\s(?:group|caucus)$/i.test(raw)) && !speaksFor) {
      const inner = toks.map((t) => ctx.entities.at(t.start)).find((x) => x && x.kind !== 'COUNTRY' && x.kind !== 'REGION');
      if (inner) return entityRef(inner);
    }
    // ("the OC said" after "Officer-in-Charge (OC) X": an office by the initials its title gave)
    // ("the CoP said" after "Commissioner of Police X": or the initials of the office's own words, as Caribbean
    // and South Asian papers shorten it)
    const initials = /^[Tt]he\s+(\p{Lu}{2,5}|\p{Lu}[\p{Ll}\p{Lu}]\p{Lu}{1,3})$/u.exec(raw);
    if (initials) {
      // ("The DM warned" after "X, the District Magistrate of Chamoli,": the capitalized words of the office before its place;
      // "the MCE said" after "X, the Jaman South Municipal Chief Executive,": or its last words, after the place)
      const spells = (title: string) => title.endsWith(`(${initials[1]})`) || title.includes(` (${initials[1]}) `) || (/\p{Ll}/u.test(initials[1]) && title.split(/\s+/).map((w) => w[0]).join('') === initials[1]) ||
        (initials[1].length >= 2 && title.split(/\s+(?:of|for)\s+/)[0].split(/[\s-]+/).every((w) => /^\p{Lu}/u.test(w)) && title.split(/\s+(?:of|for)\s+/)[0].split(/[\s-]+/).map((w) => w[0]).join('').endsWith(initials[1])) ||
        // ("the CM said" after "chief minister Sudhakar Patil": an office written in lower case, all its words)
        (/^\p{Lu}{2,3}$/u.test(initials[1]) && /^\p{Ll}+(?:\s\p{Ll}+){1,2}$/u.test(title) && title.split(/\s/).map((w) => w[0].toUpperCase()).join('') === initials[1]);
      const holder = ctx.people.mentionedBefore(span.start, (p) => p.roles.some((r) => spells(r.title)));
      if (holder) return personRef(holder);
      // ("the UNO said" after "Char Fasson upazila nirbahi officer X": the lower-case words right before a holder's
      // name, which the title kept only the head of)
      const n = initials[1].length;
      const spelledBefore = /^\p{Lu}{2,4}$/u.test(initials[1]) ? ctx.people.mentionedBefore(span.start, (p) => p.mentions.some((m) => {
        const words = ctx.text.slice(Math.max(0, m.start - 80), m.start).trimEnd().split(/\s+/).slice(-n);
        return words.length === n && words.every((w) => /^\p{Ll}+$/u.test(w)) && words.map((w) => w[0]).join('').toUpperCase() === initials[1];
      })) : undefined;
      if (spelledBefore) return personRef(spelledBefore);
    }
    // "The chancellor said", "The governor said" after "Gov. Marites Bonifacio": the person named last
    // who holds that office.
    // ("HE the Minister said": His Excellency, as the Gulf papers write it, before the office)
    const titleOnly = /^(?:(?:HE|H\.E\.)\s+)?the\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/iu.exec(raw);
    // ("The secretary of state said": the head before "of")
    const officeHead = titleOnly?.[1].split(/\s+of\s+/)[0].split(/\s+/).at(-1);
    if (titleOnly && officeHead && isTitleHead(/\sof\s/.test(titleOnly[1]) ? officeHead : titleOnly[1].split(/\s+/).at(-1)!)) {
      const words = titleOnly[1].toLowerCase().split(/\s+/).filter((w) => w !== 'of');
      // ("The finance czar" after "Federal Minister for Finance and Revenue X": a nickname's head names no office)
      const asked = words.length > 1 && /^(?:czar|tsar|boss)$/.test(words.at(-1)!) ? words.slice(0, -1) : words;
      const holder = ctx.people.mentionedBefore(span.start, holdsOffice(asked));
      // ("A State Department spokesperson said …. The spokesperson said": that unnamed one, as it was
      // introduced (most annotations have it so), not a named spokesperson of another body named before;
      // "The NDP leader" is no earlier "Opposition leader": each of its words must be the earlier one's)
      const sameUnnamed = unnamedSince(ctx, holder, span.start, words.at(-1));
      if (sameUnnamed && words.every((w) => sameUnnamed.speakerName.toLowerCase().split(/\s+/).includes(w))) return sameUnnamed;
      if (holder) return personRef(holder);
      // ("“…,” the top government spokesman said" after "Chief Cabinet Secretary X told a press conference":
      // Japan's chief cabinet secretary is its government's spokesperson)
      const cabinetVoice = /^(?:top\s+)?government\s+spokes(?:man|woman|person)$/.test(words.join(' ')) ? ctx.people.mentionedBefore(span.start, (p) => p.roles.some((r) => /^Chief Cabinet Secretary$/i.test(r.title))) : undefined;
      if (cabinetVoice) return personRef(cabinetVoice);
      // ("the union leader said" after "X, secretary general of the Andrés Quintana Roo union, told": the one
      // who spoke last, if the words that introduced them name what they lead)
      const leads = words.length > 1 && /^(?:leader|boss|chief|head)$/.test(words.at(-1)!) && ctx.lastPerson && ctx.lastPerson.roles.length > 0 && span.start - (ctx.lastPersonAt ?? -Infinity) < 600
        ? ctx.text.slice(ctx.lastPersonAt, Math.min(span.start, ctx.lastPersonAt! + 160)).toLowerCase() : undefined;
      if (leads && !sameUnnamed && words.slice(0, -1).every((w) => new RegExp(`\\b${w}\\b`).test(leads))) return personRef(ctx.lastPerson!);
      // ("…, says Datuk Seri X.  The Mentri Besar said": an office named only after its holder, who spoke in
      // the sentence before and was described in no way)
      const last = ctx.lastPerson;
      // (or the paragraph before, when a quotation of several sentences stands between: '… X (NUP, Buvuma
      // Islands County) said …. / "…. …," the legislator said')
      if (!sameUnnamed && last && last.roles.length === 0 && ctx.people.isUndescribed(last) && ((ctx.lastPersonAt ?? -1) >= previousSentenceStart(ctx.text, sentenceStartBefore(ctx.text, span.start)) || span.start - (ctx.lastPersonAt ?? -Infinity) < 400)) return personRef(last);
    }
    // ("The PF Secretary General said" after "Patriotic Front (PF) Secretary General X": a body's initials, then the
    // capitalized office its holder was named with)
    const bodyOffice = /^[Tt]he\s+\p{Lu}{2,6}\s+((?:\p{Lu}[\p{L}-]+\s+){0,3}\p{Lu}[\p{L}-]+)$/u.exec(raw);
    if (bodyOffice && isTitleHead(bodyOffice[1].split(/\s+/).at(-1)!)) {
      const holder = ctx.people.mentionedBefore(span.start, (p) => p.roles.some((r) => r.title.toLowerCase() === bodyOffice[1].toLowerCase()));
      if (holder) return personRef(holder);
    }
    // ("The Free National Movement (FNM) MP said" after "North Eleuthera MP X": a party's lawmaker, the one named before)
    const partyMember = /^[Tt]he\s+\p{Lu}[^,]{1,60}?\s+(MP|lawmaker|legislator|senator)$/u.exec(raw);
    if (partyMember && ctx.entities.at(rawStart + 4)?.kind === 'ORGANIZATION') {
      const holder = ctx.people.mentionedBefore(span.start, holdsOffice([partyMember[1].toLowerCase()]));
      if (holder) return personRef(holder);
    }
    // ("The Tajik minister stressed" after "X, Minister of Economic Development and Trade of the Republic of
    // Tajikistan": the holder of that office whom the country of the adjective placed)
    const nationalOffice = /^[Tt]he\s+(\p{Lu}[\p{L}-]+)\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)$/u.exec(raw);
    const nationOf = nationalOffice && isTitleHead(nationalOffice[2].split(/\s+/).at(-1)!) ? ctx.entities.entities.find((e) => e.kind === 'COUNTRY' && e.aliases.includes(nationalOffice[1])) : undefined;
    if (nationOf) {
      const holder = ctx.people.mentionedBefore(span.start, (p) => holdsOffice(nationalOffice![2].toLowerCase().split(/\s+/))(p) && p.roles.some((r) => r.country === nationOf.name));
      if (holder) return personRef(holder);
    }
    // ("The head of the oblast administration warned" after "Serhii Kovtun, Head of Poltava Oblast Military
    // Administration,": the person named before whose office holds those words)
    // ("the akim of Kostanay region said" after "akim of Kostanay region X": a region's head, or a city's)
    const headOfThe = /^the\s+(head|chief|chairman|chairwoman|chair|director|governor|leader|president|akim|mayor)\s+of\s+(?:the\s+)?((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/iu.exec(raw);
    if (headOfThe) {
      const words = [headOfThe[1], ...headOfThe[2].split(/\s+/)].map((w) => w.toLowerCase());
      const holder = ctx.people.mentionedBefore(span.start, holdsOffice(words));
      if (holder) return personRef(holder);
    }
    // ("“…,” the senior diplomat said" after "Jalalvand … told IRNA", "the lawmaker said" after a committee
    // member: the official the text named last, described by his trade, when no unnamed one of that trade spoke since)
    // ("the village chief said in Filipino" after the barangay chair Rogelio Ocampo: a local head too)
    // ("said the Shirere MCA" after Godfrey Otunga, "The county boss, who …, said" after the Governor: a ward's
    // or a county's office)
    // ("The top Yemeni diplomat later told reporters" after "Yemeni Foreign Minister X": and the country's adjective)
    // ("“…,” the specialist said" after "Dr. X, director of the cardiology center,"; "The royal father called on"
    // after the Emir: Prensa Latina's and the Nigerian papers' words for the person just named)
    const trade = /^the\s+(?:(?:senior|veteran|top|former|leading|outspoken|hardline|conservative|reformist|moderate|opposition)\s+)?(diplomat|lawmaker|legislator|politician|parliamentarian|negotiator|envoy|cleric|specialist|expert|executive|scientist|official|royal father|monarch|traditional ruler|(?:village|town|district|county|local|community|tribal)\s+(?:chief|head|leader|boss)|(?:\p{Lu}\p{Ll}+\s+)?(?:MCA|MP|MLA|MPP|councillor|councilor|senator))$/iu.exec(raw)
      // (a country's adjective inside: "The top Yemeni diplomat")
      ?? /^[Tt]he\s+(?:(?:senior|veteran|top|former|leading)\s+)?\p{Lu}\p{Ll}+\s+(diplomat|envoy|negotiator|lawmaker|legislator|politician)$/u.exec(raw);
    if (trade && ctx.lastPerson?.official && span.start - (ctx.lastPersonAt ?? -Infinity) < 600 && !unnamedSince(ctx, ctx.lastPerson, span.start, trade[1].toLowerCase().split(/\s+/).at(-1))) return personRef(ctx.lastPerson);
    // ("the UN chief told reporters" after "UN Secretary-General Antonio Guterres", "the Fed chief" after
    // the Federal Reserve's chair, "the labour leader" after the Nigeria Labour Congress's president,
    // "the Chinese leader": a body's or a country's word and a word for its head name the person who
    // leads it, named last; "The NEMA DG" after "the Director-General of NEMA, Hajiya X")
    const headOf = /^the\s+((?:[\p{L}.&’'-]+\s+){1,2})(chief|leader|boss|head|chair|chairman|chairwoman|president|premier|DG)$/iu.exec(raw);
    if (headOf) {
      const called = headOf[1].trim().toLowerCase();
      // ("The DILG chief" after "Interior Secretary X": the body so called, whose name holds the portfolio)
      const body = ctx.entities.entities.find((e) => e.kind === 'GOVERNMENT_BODY' && e.aliases.some((a) => a.toLowerCase() === called));
      const portfolioOf = (title: string) => body !== undefined && titleWords(title).slice(0, -1).length > 0 && titleWords(title).slice(0, -1).every((w) => body.name.toLowerCase().split(/\s+/).includes(w));
      const leader = ctx.people.mentionedBefore(span.start, (p) =>
        p.roles.some((r) => leadsItsBody(r.title) && (` ${titleWords(r.title).join(' ')} `.includes(` ${called} `) || portfolioOf(r.title) || [r.organization, r.country].some((name) => name !== undefined && isCalled(ctx.entities.byName(name), name, called)))));
      if (leader) return personRef(leader);
      // ("The PN leader said" after "Opposition leader X": a party's leader is the one leader the text named)
      const party = headOf[2].toLowerCase() === 'leader' ? ctx.entities.entities.find((e) => e.kind === 'ORGANIZATION' && e.aliases.some((a) => a.toLowerCase() === called)) : undefined;
      const leaders = party ? ctx.people.persons.filter((p) => p.mentions.some((m) => m.end <= span.start) && p.roles.some((r) => /^(?:Opposition|opposition|party|Party)\s+leader$/.test(r.title))) : [];
      if (leaders.length === 1) return personRef(leaders[0]);
    }
    // ("the army spokesman said" after "IDF Spokesperson Brig.-Gen. X": the spokesperson named before, when
    // the field fits: his title holds the word, or names its body by name alone)
    // ("The junta's spokesman" after "Junta spokesman Major General X": a possessive field too)
    const spokes = /^the\s+((?:[\p{Ll}-]+(?:['’]s)?\s+){0,2})spokes(?:man|woman|person)$/iu.exec(raw);
    if (spokes) {
      const field = spokes[1].trim().toLowerCase().replace(/['’]s$/, '');
      const fits = (title: string) => /spokes/i.test(title) && (field === '' || title.toLowerCase().includes(field) || title.split(/\s+/).slice(0, -1).every((w) => /^\p{Lu}/u.test(w)));
      const p = ctx.people.mentionedBefore(span.start, (x) => x.roles.some((r) => fits(r.title)));
      if (p && !['spokesman', 'spokeswoman', 'spokesperson'].some((head) => unnamedSince(ctx, p, span.start, head))) return personRef(p);
    }
    // ("A Home Office source said …. The source said": that source, as it was introduced)
    // ("A Dubai-based grain trader, who asked not to be named, warned …. “…,” the trader said": any one unnamed worker)
    const sameSource = /^the\s+(\p{L}+)$/iu.exec(raw);
    if (sameSource && SINGLE_SOURCE.test(sameSource[1].toLowerCase())) {
      // (no one named since makes "the source" another: "A source close to X told Meduza that Y's … . According
      // to the source, …"; a named diplomat or aide may be "the diplomat" again)
      const noun = sameSource[1].toLowerCase();
      // ("A senior NEMA official, who pleaded anonymity, told Vanguard …. “…,” the source said": any one
      // unnamed person introduced is "the source" after)
      const earlier = unnamedSince(ctx, /^(?:source|insider|resident|villager|witness)$/.test(noun) ? undefined : ctx.lastPerson, span.start, noun) ??
        (noun === 'source' ? unnamedSince(ctx, undefined, span.start) : undefined);
      if (earlier) return earlier;
    }
    return UNDECIDED;
  };
  const byDescriptionAnswer = byDescription();
  if (byDescriptionAnswer !== UNDECIDED) return byDescriptionAnswer;
  const unnamed = trimUnnamed(raw);
  // A named body inside counts as one word: "A spokesperson for the Department for Environment, Food and Rural Affairs".
  const bodyWords = ctx.entities.mentions
    .filter((m) => m.start >= span.start && m.end <= span.end)
    .reduce((sum, m) => sum + ctx.text.slice(m.start, m.end).split(/\s+/).length - 1, 0);
  // (a longer description when it opens as one: "One vice-chancellor of a post-92 university in the Midlands")
  const longest = /^(?:a|an|one|another|two|three|the)\s/i.test(unnamed) ? 10 : 8;
  if (!unnamed || unnamed.split(' ').length - bodyWords > longest) return undefined;
  // A bare noun without determiner or modifier is still a source ("officials said").
  return { speakerName: unnamed, named: false };
}

export function personRef(p: Person): SpeakerRef {
  return { speakerName: p.name, person: p, named: true, ...(p.official ? { speaker: { type: 'OFFICIAL' as const, name: p.name } } : {}) };
}

/** Fields that a described agency names, and what its name then says ("the national weather agency" is no forest service). */
const FIELDS: Array<[RegExp, RegExp]> = [
  [/\b(?:weather|meteorological)\b/i, /\b(?:Weather|Meteorolog\w*|AEMET|Met Office)\b/],
  [/\bspace\b/i, /\b(?:Space|Aerospace|Aeronautics)\b/],
  [/\bstatistics\b/i, /\b(?:Statistic\w*|Census)\b/],
  [/\bnuclear\b/i, /\b(?:Nuclear|Atomic)\b/],
];
const fieldFits = (e: ExtractedEntity, raw: string) => FIELDS.every(([field, name]) => !field.test(raw) || name.test(e.name) || e.aliases.some((a) => name.test(a)));

/**
 * Descriptions that stand for a body the text names elsewhere, and where to look for it:
 * "the ministry said", "the carmaker said", "the court said" (the body of that kind named before the
 * sentence), "the UN health agency" (the UN agency named before), "Britain's competition regulator"
 * (the government body named nearest, before or in the next sentences of a lede), "their main
 * union said" (the body the text next calls a union).
 */
const DESCRIPTIONS: Array<{ pattern: RegExp; refers: (e: ExtractedEntity, raw: string, text: string, m: Span) => boolean; look: 'beforeSentence' | 'inSentence' | 'nearest' | 'after' }> = [
  // ("the ministry" is no department, "the department" no ministry: "the Pentagon's …" before China's ministry)
  { pattern: /^(?:the\s+)?ministry$/i, refers: (e) => e.kind === 'GOVERNMENT_BODY' && /Ministry/.test(e.name), look: 'beforeSentence' },
  { pattern: /^(?:the\s+)?department$/i, refers: (e) => e.kind === 'GOVERNMENT_BODY' && /Department/.test(e.name), look: 'beforeSentence' },
  // "the bank said" after "Banco de Mexico's board voted …": a bank by any of its names' languages.
  { pattern: /^(?:the\s+)?(?:central\s+)?bank$/i, refers: (e) => (e.kind === 'GOVERNMENT_BODY' || e.kind === 'COMPANY' || e.kind === 'INTERNATIONAL_ORGANIZATION') && /\b(?:Bank|Banco|Banque|Banca|Reserve|Bundesbank|Riksbank)\b/.test(e.name), look: 'beforeSentence' },
  // ("Hartwell Financial Corp. … the bank said": a lender whose name says no "Bank")
  { pattern: /^the\s+bank$/i, refers: (e) => e.kind === 'COMPANY' && !PLATFORMS.has(e.name), look: 'beforeSentence' },
  // "the alliance said", "according to alliance estimates" after NATO: an alliance named before.
  { pattern: /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}alliance$/iu, refers: (e) => (e.kind === 'INTERNATIONAL_ORGANIZATION' || e.kind === 'ORGANIZATION') && /\b(?:NATO|Treaty|Alliance|Pact)\b/.test(e.name), look: 'beforeSentence' },
  // ("the Lausanne-based court": a described one too)
  // ("The administration said" after the National Aerospace Technology Administration: a body so named;
  // "the fund said" after the Saudi Fund for Development)
  { pattern: /^the\s+(?:[\p{L}’'-]+\s+){0,2}(?:court|tribunal|commission|committee|council|office|institute|union|association|federation|confederation|alliance|center|centre|administration|authority|directorate|bureau|consulate|embassy|force|service|chamber|fund|board)$/iu, refers: (e, raw) => namesDescribed(e.name, raw), look: 'beforeSentence' },
  // "A federal appeals court on Tuesday blocked …" in a lede, "the federal court": the court named
  // nearest, before or in the next sentences.
  { pattern: /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:court|tribunal)$/iu, refers: (e) => e.kind === 'GOVERNMENT_BODY' && /\b(?:Court|Tribunal|Circuit)\b/.test(e.name), look: 'nearest' },
  // "according to the summit's final communique", "the communique said": a summit's declaration speaks
  // for the international body whose leaders met.
  { pattern: /^(?:the\s+)?(?:(?:summit|leaders|meeting)['’]s?\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:communiqu[eé]|declaration)$/iu, refers: (e) => e.kind === 'INTERNATIONAL_ORGANIZATION', look: 'beforeSentence' },
  // "the EU executive" is the European Commission.
  { pattern: /^the\s+(?:EU|European Union|bloc)(?:['’]s)?\s+executive(?:\s+arm)?$/iu, refers: (e) => e.name === 'European Commission', look: 'nearest' },
  // "the poll panel said" (Indian usage), "the electoral body": the election commission named before.
  { pattern: /^the\s+(?:poll|election|electoral)\s+(?:panel|body|commission|watchdog|authority)$/i, refers: (e) => e.kind === 'GOVERNMENT_BODY' && /\bElect(?:ion|oral)\b/.test(e.name), look: 'beforeSentence' },
  // "the panel said" after the Court of Arbitration for Sport ruled, "the bench said" after "a bench of
  // the Supreme Court": the court or tribunal named before.
  { pattern: /^the\s+(?:[\p{L}-]+\s+){0,2}(?:panel|bench)$/iu, refers: (e) => e.kind !== 'COUNTRY' && e.kind !== 'REGION' && /\b(?:Court|Tribunal|Arbitration|Panel)\b/.test(e.name), look: 'beforeSentence' },
  // "the bloc said" after ECOWAS, the EU, ASEAN: an international body named before.
  { pattern: /^the\s+(?:[\p{Ll}-]+\s+){0,2}bloc$/iu, refers: (e) => e.kind === 'INTERNATIONAL_ORGANIZATION', look: 'beforeSentence' },
  // "The party rejected it" after "the Awami League": a party by the head of its name.
  // ("At least 11 CHP mayors have been detained …, according to a tally by the party": one its own sentence names first)
  { pattern: /^the\s+(?:[\p{Ll}-]+\s+){0,2}party$/iu, refers: (e) => e.kind === 'ORGANIZATION' && !PRESS_NAMES.has(e.name) && /\b(?:Party|League|Congress|Front|Movement|Alliance|Rally|Union)\b|^\p{Lu}{2,}$/u.test(e.name), look: 'inSentence' },
  // "The governing body said" after "World Athletics", "the group wrote" after "Human Rights Watch".
  { pattern: /^the\s+(?:[\p{Ll}-]+\s+){0,2}governing\s+body$/iu, refers: (e) => e.kind === 'ORGANIZATION' || e.kind === 'INTERNATIONAL_ORGANIZATION', look: 'beforeSentence' },
  // "the consumer group", "the industry group": one that speaks for people or members, not a company
  // ("the luxury group" may be one).
  { pattern: /^the\s+(?:[\p{Ll}-]+\s+)?(?:consumer|consumers'|campaign|rights|advocacy|environmental|pressure|lobby|activist|industry|trade|business|employers'?|farmers'?|patients'?|civil\s+society)\s+(?:group|organi[sz]ation)$/iu, refers: (e) => (e.kind === 'ORGANIZATION' || e.kind === 'INTERNATIONAL_ORGANIZATION') && !PRESS_NAMES.has(e.name), look: 'beforeSentence' },
  // ("the business lobby said" after "The Korea Chamber of Commerce and Industry (KCCI)": the lobby named before)
  { pattern: /^the\s+(?:business|industry|employers['’]?|trade|farm|farmers['’]?)\s+lobby$/iu, refers: (e) => e.kind === 'ORGANIZATION' && /\b(?:Chamber|Commerce|Industry|Industries|Business|Employers|Enterprises|Federation|Confederation|Association|Union|Council)\b/.test(e.name), look: 'beforeSentence' },
  { pattern: /^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|organi[sz]ation|charity)$/iu, refers: (e) => (e.kind === 'ORGANIZATION' || e.kind === 'COMPANY') && !PRESS_NAMES.has(e.name), look: 'beforeSentence' },
  // (not the platform someone posted on: "said in a post on X" before "The retailer said")
  // ("the state utility said" after "Électricité du Liban (EDL)": a state-owned firm, a body or a company)
  { pattern: /^the\s+(?:state|state-owned|state-run|national|public)\s+(?:utility|company|firm|operator|carrier|airline|broadcaster|oil company|power company)$/iu, refers: (e) => (e.kind === 'COMPANY' || e.kind === 'ORGANIZATION' || e.kind === 'GOVERNMENT_BODY') && !PRESS_NAMES.has(e.name), look: 'beforeSentence' },
  { pattern: COMPANY_DESCRIPTION, refers: (e) => e.kind === 'COMPANY' && !PLATFORMS.has(e.name) && !PRESS_NAMES.has(e.name), look: 'beforeSentence' },
  // "The state government said" after "Chihuahua Governor X", "the provincial government": the state or
  // province the story names (a region of a country, not a sea or a continent).
  // ("The state government said" after "the Kogi State Government, yesterday, directed": a Nigerian state
  // named with its government, a mention of it is enough)
  // ("The province announced Tuesday it would spend …" after "Manitoba"'s, as Canadian papers write it)
  { pattern: /^the\s+(?:(?:state|provincial|regional)\s+government|province)$/i, refers: (e, _raw, text) => e.kind === 'REGION' && (e.country !== undefined || e.mentions.some((m) => text.slice(m.start, m.end).endsWith(' State Government'))), look: 'beforeSentence' },
  // "the sovereign investor", "the state fund", "the wealth fund" after Mubadala or ADIA: an investor by its name.
  { pattern: /^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:investor|wealth\s+fund)$/iu, refers: (e) => e.kind !== 'COUNTRY' && e.kind !== 'REGION' && /\b(?:Investment|Investments|Fund|Capital|Holding|Holdings|Authority|Partners)\b/.test(e.name), look: 'beforeSentence' },
  // "The nonpartisan budget watchdog urged" after "a Civic Federation analysis": a civic group that
  // watches budgets (a regulator is a government's "watchdog", read with the agencies below).
  { pattern: /^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:budget|fiscal|taxpayer|nonpartisan|civic|government)\s+watchdog$/iu, refers: (e) => e.kind === 'ORGANIZATION' && !PRESS_NAMES.has(e.name), look: 'beforeSentence' },
  // "the newspaper reported" after "calculations by the Kommersant business daily": the paper named before.
  { pattern: /^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:newspaper|daily|paper|tabloid|broadsheet|news\s+website|news\s+site|outlet|broadcaster)$/iu, refers: (e) => PRESS_NAMES.has(e.name), look: 'beforeSentence' },
  // ("according to the audit body" after the Accounts Chamber, a court of auditors, a comptroller)
  { pattern: /^the\s+(?:state\s+|national\s+|federal\s+|supreme\s+)?(?:audit|auditing)\s+(?:body|watchdog|agency|office|institution)$/iu, refers: (e) => e.kind === 'GOVERNMENT_BODY' && /\b(?:Accounts|Auditors?|Audit|Comptroller|Control)\b/.test(e.name), look: 'beforeSentence' },
  // "The audit body said" after the Commission on Audit, "the election body": a body by the field its name holds.
  { pattern: /^the\s+(?:state\s+|national\s+|federal\s+)?(\p{Ll}+)\s+(?:body|watchdog)$/iu, refers: (e, raw) => e.kind !== 'COUNTRY' && e.kind !== 'REGION' && new RegExp(`\\b${/^the\s+(?:state\s+|national\s+|federal\s+)?(\p{Ll}+)/iu.exec(raw)![1].replace(/^./, (c) => c.toUpperCase())}`).test(e.name), look: 'beforeSentence' },
  // "the grid operator said" after ERCOT, "the pipeline operator": a body that runs a network of power, gas or trains.
  { pattern: /^the\s+(?:[\p{Ll}-]+\s+)?(?:grid|power|network|system|pipeline|rail|transmission)\s+operator$/iu, refers: (e) => (e.kind === 'ORGANIZATION' || e.kind === 'COMPANY' || e.kind === 'GOVERNMENT_BODY') && /\b(?:Grid|Reliability|Electric\w*|Power|Energy|Transmission|Pipeline|Rail\w*|System|Operator|ISO)\b/.test(e.name), look: 'beforeSentence' },
  // "the lender", "the Washington-based lender" with no bank in the story: the IMF or a development bank.
  { pattern: /^the\s+(?:[\p{L}-]+\s+){0,2}(?:lender|fund)$/iu, refers: (e) => e.kind === 'INTERNATIONAL_ORGANIZATION' && /\b(?:Fund|Bank)\b/.test(e.name), look: 'beforeSentence' },
  // ("the New York-based lender said" after "Hartwell Financial Corp. posted …": a lender by its name)
  { pattern: /^the\s+(?:[\p{L}-]+\s+){0,2}lender$/iu, refers: (e) => e.kind === 'COMPANY' && /\b(?:Bank|Banco|Financial|Bancorp|Bancshares|Credit|Lending|Finance|Savings)\b/.test(e.name), look: 'beforeSentence' },
  { pattern: /^[Tt]he\s+(?:UN|U\.N\.)\s+(?:[\p{Ll}-]+\s+){0,2}(?:agency|watchdog|body|organi[sz]ation)$/u, refers: (e) => e.kind === 'INTERNATIONAL_ORGANIZATION' && e.name !== 'United Nations', look: 'nearest' },
  // ("the agency" may be an international one: "reported to the WHO, according to the agency's figures")
  { pattern: new RegExp(`^(?:[Tt]he\\s+|\\p{Lu}[\\p{L}.]*['’]s\\s+)(?!(?:[\\p{Ll}-]+\\s+)*news agency$)(?:(?:[\\p{Ll}’'-]+|\\p{Lu}\\p{Ll}+-[\\p{Ll}-]+)\\s+){0,3}(?:${BODY_NOUNS})$`, 'u'), refers: (e, raw) => (e.kind === 'GOVERNMENT_BODY' || (/agency$/.test(raw) && e.kind === 'INTERNATIONAL_ORGANIZATION')) && fieldFits(e, raw), look: 'nearest' },
  { pattern: /^(?:[Tt]heir|[Ii]ts|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}union$/u, refers: (_e, _raw, text, m) => / union\b/.test(text.slice(m.end, m.end + 7)), look: 'after' },
  // ("The union that represents the shelter workers warned …" before "… of the Service Employees
  // International Union": a union by its name, before or in the sentences after)
  // ("the union" after "the Women's National Basketball Players Association": a players' association too)
  { pattern: /^(?:[Tt]heir|[Ii]ts|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,2}union$/u, refers: (e) => e.kind === 'ORGANIZATION' && /\bUnion\b|Players['’]? Association|\bGuild\b/.test(e.name), look: 'nearest' },
  // "the league said" after the WNBA or the Premier League: a sports league by its name.
  { pattern: /^the\s+league$/i, refers: (e) => e.kind === 'ORGANIZATION' && /\b(?:League|WNBA|NBA|NFL|MLB|NHL|MLS|NWSL)\b/.test(e.name), look: 'beforeSentence' },
];

/**
 * "the court" for "Court of Arbitration for Sport", "the rights office" for "Office of the UN High
 * Commissioner for Human Rights": the noun is a word of the name, and so is any modifier but a place
 * or a description ("the Lausanne-based court"); not "the presidential office" for another office.
 */
function namesDescribed(name: string, raw: string): boolean {
  const words = raw.toLowerCase().split(/\s+/).slice(1);
  const nameWords = name.toLowerCase().split(/[\s-]+/);
  return nameWords.includes(words.at(-1)!) && words.slice(0, -1).every((w) => /-based$|^(?:top|highest|supreme|main|same|new|national)$/.test(w) || nameWords.some((n) => n.startsWith(w.replace(/s$/, ''))));
}

/** A mention at `pos` opens its sentence, alone or after "The <title>," ("The Taoiseach, Pádraig Ó Súilleabháin, sought"). */
function isSentenceSubject(text: string, pos: number): boolean {
  // ("Contacted by L'Orient Today, caretaker Finance Minister X rejected …": past an opening participle's
  // phrase, and an office's words before the name)
  const before = text.slice(sentenceStartBefore(text, pos), pos).replace(/^\s+/, '').replace(/^\p{Lu}\p{Ll}+(?:ed|ing)\s[^,]{1,60},\s+/u, '');
  // (or of a clause joined by ", and": "…, and state Sen. X, D-Chicago, … said")
  const clause = before.replace(/^.*(?:,\s+(?:and|but)\s+|;\s+)/su, '');
  const offices = (words: string) => /^(?:[\p{L}.’'-]+\s+){1,5}$/u.test(words) && words.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || isTitleWord(w.replace(/\.$/, '')));
  return before === '' || /^(?:The|Her|His|Its|Their)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+,\s+$/u.test(before) || /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}$/u.test(before) ||
    offices(before) || (clause !== before && (clause === '' || offices(clause)));
}

/** Where the sentence before the one starting at `sentenceStart` starts (past the blank line between paragraphs). */
function previousSentenceStart(text: string, sentenceStart: number): number {
  let end = sentenceStart - 1;
  while (end > 0 && /\s/.test(text[end])) end--;
  return sentenceStartBefore(text, end);
}

/** Where the sentence holding `pos` starts (after the last sentence end or line break before it). */
function sentenceStartBefore(text: string, pos: number): number {
  const from = Math.max(0, pos - 600);
  // (not the period of "Mr.", "Dr." or an initial: "saying Mr. Bhatnagar had …" is one sentence)
  return Math.max(0, text.lastIndexOf('\n', pos), ...[...text.slice(from, pos).matchAll(/(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|St|\p{Lu}))[.!?]\s/gu)].map((m) => from + m.index! + 1));
}

// (one pattern per noun, compiled once, a bounded number kept: a body described before its name, "the global
// players' union FIFPRO")
const describedBeforeNamePatterns = new Map<string, RegExp>();
function describedBeforeNamePattern(noun: string): RegExp {
  let pattern = describedBeforeNamePatterns.get(noun);
  if (!pattern) {
    pattern = new RegExp(`\\b(?:the|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,3}${noun}\\s+$`, 'iu');
    if (describedBeforeNamePatterns.size >= 500) describedBeforeNamePatterns.clear();
    describedBeforeNamePatterns.set(noun, pattern);
  }
  return pattern;
}

/**
 * "The Climate Observatory (…), a network of more than 130 groups, said … The network warned": the
 * body the text last described, in apposition, with the noun the description ends on.
 */
function bodyDescribedAs(ctx: SpeakerContext, raw: string, before: number): ExtractedEntity | undefined {
  const described = /^the\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)$/iu.exec(raw);
  if (!described || isTitleHead(described[1])) return undefined;
  const noun = described[1].toLowerCase();
  // ("The global players' union FIFPRO … the union said": or the description before the name)
  const describedBeforeName = describedBeforeNamePattern(noun);
  const describedBefore = (m: Span) => {
    const before = ctx.text.slice(Math.max(0, m.start - 60), m.start);
    // (the noun must end the words before the name: most mentions are rejected without the pattern)
    return before.trimEnd().toLowerCase().endsWith(noun) && describedBeforeName.test(before);
  };
  // The last such body before the description, a few paragraphs back at most.
  const m = lastMentionBefore(ctx, before, 5000, (m) => {
    const e = ctx.entities.entities[m.entity];
    if (e.kind === 'COUNTRY' || e.kind === 'REGION') return false;
    const apposition = /^(?:\s*\([^)]{1,60}\))?,\s+(?:a|an|the|its|their|\p{Lu}[\p{L}.]*['’]s|the\s+\p{Ll}+['’]s)\s+([^,;.()]{1,80})/u.exec(ctx.text.slice(m.end, m.end + 140));
    const words = apposition?.[1].split(/\s+(?:of|that|which|who|with|for|in|on|at|from)\b/)[0].toLowerCase().split(/\s+/) ?? [];
    return words.includes(noun) || describedBefore(m);
  });
  return m && ctx.entities.entities[m.entity];
}

/**
 * The last mention ending by `limit` that `test` accepts, looking back from `limit` no further than
 * `reach` characters, so that a long text of many descriptions stays linear.
 */
function lastMentionBefore(ctx: SpeakerContext, limit: number, reach: number, test: (m: Span & { entity: number }) => boolean) {
  const mentions = ctx.entities.mentions;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.end > limit) continue;
    if (limit - m.end > reach) break;
    if (test(m)) return m;
  }
  return undefined;
}

/** Social platforms, named where people post, seldom the company a story is about. */
const PLATFORMS = new Set(['X', 'Twitter', 'Facebook', 'Instagram', 'Telegram', 'TikTok', 'YouTube', 'WeChat', 'Weibo', 'WhatsApp', 'Truth Social', 'LinkedIn', 'Threads', 'Bluesky']);

/** The body a description like "the regulator" stands for (see DESCRIPTIONS). */
function describedBody(ctx: SpeakerContext, raw: string, span: Span): ExtractedEntity | undefined {
  // (the first description that fits and names a body: "the lender" is a bank named before, else the IMF)
  for (const d of DESCRIPTIONS) {
    if (!d.pattern.test(raw)) continue;
    const found = describedBy(ctx, d, raw, span);
    if (found) return found;
  }
  return undefined;
}

function describedBy(ctx: SpeakerContext, d: (typeof DESCRIPTIONS)[number], raw: string, span: Span): ExtractedEntity | undefined {
  const refers = (m: Span & { entity: number }) => d.refers(ctx.entities.entities[m.entity], raw, ctx.text, m);
  const mentions = ctx.entities.mentions;
  // The last one before `limit`, a whole article back at most.
  const before = (limit: number) => lastMentionBefore(ctx, limit, 20_000, refers);
  let m: (Span & { entity: number }) | undefined;
  if (d.look === 'inSentence') {
    // (a party its own sentence names, else as 'beforeSentence')
    const inOwn = lastMentionBefore(ctx, span.start, span.start - sentenceStartBefore(ctx.text, span.start), refers);
    if (inOwn) return ctx.entities.entities[inOwn.entity];
    if (ctx.lastEntity && d.refers(ctx.lastEntity, raw, ctx.text, span)) return ctx.lastEntity;
    m = before(sentenceStartBefore(ctx.text, span.start)) ?? before(span.start);
  } else if (d.look === 'beforeSentence') {
    // ("The Supreme Court has ruled …. Five justices upheld a Court of Appeal ruling …. the court
    // said": the body of that kind that spoke last, over one named since in passing)
    if (ctx.lastEntity && d.refers(ctx.lastEntity, raw, ctx.text, span)) return ctx.lastEntity;
    // Named before this sentence: in '"… the General Court," the court said', the quotation's own
    // words are not what "the court" refers to.
    m = before(sentenceStartBefore(ctx.text, span.start)) ?? before(span.start);
  } else if (d.look === 'nearest') {
    // ("…, the Singapore Food Agency (SFA) said. … Malaysia’s Department of Veterinary Services (DVS) …. …, the
    // agency added": the body that spoke last, when its name has the noun, over one named since in passing)
    const noun = raw.split(/\s+/).at(-1)!.toLowerCase();
    if (ctx.lastEntity && d.refers(ctx.lastEntity, raw, ctx.text, span) && ctx.lastEntity.name.toLowerCase().split(/\s+/).includes(noun)) return ctx.lastEntity;
    // Before the phrase or, in a lede, from the next sentence on (not a body its own clause names).
    const sentenceEnd = span.end + Math.max(0, ctx.text.slice(span.end).search(/[.!?][”"’]?\s/));
    m = before(span.start) ?? mentions.find((x) => x.start > sentenceEnd && x.start - span.end < 600 && refers(x));
  } else {
    m = mentions.find((x) => x.start >= span.end && x.start - span.end < 600 && refers(x));
  }
  return m ? ctx.entities.entities[m.entity] : undefined;
}

function entityRef(e: ExtractedEntity): SpeakerRef {
  return { speakerName: e.name, entity: e, named: true, speaker: { type: 'ENTITY', name: e.name } };
}

// A sentence that opens with a whole quotation: "“We import more than we export,” Ebrard said …".
// ('"… on the other side of the hills", he said': Lusa's and others' comma outside the closing mark)
const OPENING_QUOTATION = /^\s*[“"][^]*?(?:[,.!?…][”"]|[”"](?=\s*,))\s*,?\s*(?=\S)/u;
// A verb among the words after a relative pronoun makes them a clause, not a subject.
// (SUBJECT_TAIL: the words between a subject and its verb; "He went on to say:" too)
const AUXILIARY_OR_VERB = /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|may|might|can|do|does|did|not|\p{Ll}+ed)\b/u;
const SUBJECT_TAIL =
  /(?:\s+(?:has|have|had|also|further|later|then|previously|initially|once|twice|again|repeatedly|reportedly|would|will|did|does|do|earlier|long|already|often|consistently|publicly|privately|since|now|recently|separately|had\s+initially|has\s+also|on\s+\w+|last\s+week|this\s+week|in\s+the\s+past|however,?|(?:went|goes|go)\s+on\s+to|continued\s+to|proceeded\s+to|took\s+turns\s+to|(?:was|were|is|are)\s+quick\s+to|on\s+(?:several|many|numerous|various)\s+occasions|(?:several|many)\s+times)|,\s+(?:however|though|meanwhile|too|for\s+(?:its|his|her|their)\s+part),?)+\s*$/;
// ("MPs from the Lubombo region took turns to complain that", "The Ingwenyama has on several occasions urged": how often or in turn, no part of who)
// (and a participle's phrase up to its comma: "Reading a statement on state television, Togola said",
// not a name that ends in -ing: "Beijing", "Downing Street", "Shipping analysts")
const OPENER = /^(?:In|On|At|After|Before|As|When|While|Despite|Although|Since|During|Under|Speaking|Asked|Last|Late|Earlier|Later|Meanwhile|However|But|And|Still|Then|Yet|Also|For|From|With|Without|Following|According|Showing|If|Amid|Over|By|To|Inside|Outside|Across|Elsewhere|Separately|Back|Reacting|Responding|Commenting|Contributing|Pressed|Questioned|Challenged|Confronted|Referring)\b|^\p{Lu}\p{Ll}+ing\s+(?:a|an|the|his|her|its|their|on|at|to|from|with)\s[^,]{1,80},\s/u;

// A party's lower-case description before its name: "The left-wing …", "the main opposition …".
// ("The ultra-Orthodox United Torah Judaism party": a capitalized word after the hyphen too)
const POLITICAL_DESCRIPTION = /^(?:[Tt]he )?(?:(?:main|ruling|governing|opposition|junior|populist|nationalist|centrist|hardline|\p{Ll}+-(?:wing|right|left|run|backed|owned|led)|ultra-\p{L}+) ){1,3}(?=\p{Lu})/u;
// What a body is, said before its name: "the global players' union FIFPRO".
const NAMED_BODY_NOUN = /^(?:union|agency|group|association|federation|body|network|lobby|party|company|firm|broadcaster|newspaper|regulator|watchdog|institute|council|charity|alliance|coalition)$/;
/** Lower-case nouns of an office or a body, which title words may qualify ("foreign ministry", "coast guard"). */
const OFFICE_OR_BODY = /^(?:ministry|department|bank|army|navy|guard|police|military|office|government|court|commission|council|agency|service|forces|authority|committee|administration|cabinet|parliament)$/;
/** Words that come with a count before people: "More than 200 …", "about 40 …". */
const COUNT_WORD = /^(?:more|fewer|than|about|some|nearly|almost|over|at|least)$/i;
/** Verbs in -s that follow a subject ("Kyiv has repeatedly urged"), not plural nouns of it. */
const AUXILIARY_S = /^(?:has|was|is|does|says|gets|goes|makes|takes|sees|seems|remains|becomes|wants|needs|plans|hopes|faces|denies|insists|argues|warns)$/;
/** Words that join or relate, never a description's own: "The council called on the …" is no "council … union". */
const FUNCTION_WORD = /^(?:that|the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|as|is|was|were|are|be|has|had|have|will|would|said|says)$/;
/** People a story does not name, by what they do: "Analysts", "Officials", "Diplomats". */
const PLACED_GROUP = /^(?:Analysts|Officials|Economists|Diplomats|Researchers|Strategists|Experts|Traders|Scientists|Lawmakers|Investors|Executives|Engineers|Sources|Staff|Employees|Workers|Members|Legislators|Senators|Deputies)$/;

/** The noun phrase a clause starts with ("In Washington, White House press secretary Josh Earnest condemned ..."). */
export function sentenceSubject(text: string, start: number, end: number): Span | undefined {
  let s = start;
  // Skip a dateline ("WASHINGTON (AP) — A federal judge …").
  const dateline = DATELINE.exec(text.slice(s, end));
  if (dateline) s += dateline[0].length;
  // ("But UPND chairperson X dismissed the remarks, saying …": the conjunction that opens the sentence is no part of it)
  const conjunction = /^(?:But|And|Yet)\s+(?=\p{Lu}|(?:ruling|opposition|main|governing)\s)/u.exec(text.slice(s, Math.min(end, s + 20)));
  if (conjunction) s += conjunction[0].length;
  // "“Escalation is not helpful,” he told reporters, adding that …": the subject follows the quotation.
  const quoted = OPENING_QUOTATION.exec(text.slice(s, Math.min(end, s + 3000)));
  if (quoted && !/[“”"]/.test(text.slice(s + quoted[0].length, Math.min(end, s + quoted[0].length + 40)))) {
    s += quoted[0].length;
    // '"…," said Rodrigo Cifuentes, the company's chairman, adding that …': the speaker after the verb.
    const inverted = /^(?:said|says|added|adds|wrote|asked)\s+(?=\p{Lu})/u.exec(text.slice(s, Math.min(end, s + 12)));
    if (inverted) s += inverted[0].length;
  }
  // "Among the marchers was Sofía Arreola, a law student": the one the inverted sentence introduces.
  const introduced = /^(?:Among|Joining|Leading)\b[^,.;]{1,80}?\s(?:was|were)\s+(?=\p{Lu})/u.exec(text.slice(s, Math.min(end, s + 120)));
  if (introduced) s += introduced[0].length;
  // ("But Somalia’s Minister of Interior, Federal Affairs and Reconciliation, X, dismissed …, saying": an
  // office whose field lists portfolios with commas, then its holder)
  const listed = /^(?:(?:But|And)\s+)?(?:\p{Lu}[\p{L}.&-]*\s){0,2}\p{Lu}[\p{L}.&-]*['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Minister|Secretary|Commissioner|Director|Chairman|Chairperson)\s+(?:of|for)\s+[^,“”"]{1,40}(?:,\s+[^,“”"]{1,40}){1,4},\s+((?:\p{Lu}[\p{L}’'.-]*\s){1,3}\p{Lu}[\p{L}’'-]+),/u.exec(text.slice(s, Math.min(end, s + 200)));
  if (listed && / and /.test(listed[0])) {
    const at = s + listed[0].length - listed[1].length - 1;
    return { start: at, end: at + listed[1].length };
  }
  // Skip an opening adverbial up to its comma.
  const head = text.slice(s, Math.min(end, s + 160));
  if (OPENER.test(head)) {
    // (the comma may sit inside a closing quotation mark: 'In an interview on CNBC’s “Closing Bell: Overtime,” Delacroix urged')
    const comma = head.search(/,[”"]?\s/);
    if (comma < 0) return undefined;
    s += comma + (/^,[”"]/.test(head.slice(comma)) ? 3 : 2);
    // ("In a waterfront neighborhood …, where water reached the windowsills …, Gloria Mendez, 67,
    // waded": and the relative clause that describes the place)
    const relative = /^(?:where|when|which|whose)\b[^,]{0,160},\s/.exec(text.slice(s, Math.min(end, s + 200)));
    if (relative) s += relative[0].length;
  }
  // "Senators from both parties accused …": people placed by the sides they come from.
  const fromSides = /^(?:\p{Lu}\p{Ll}+|[Ll]awmakers|[Oo]fficials|[Dd]iplomats|[Ll]eaders|[Mm]inisters) from (?:both|all|several|many|rival|opposing|(?:the )?(?:two|three|four)) (?:parties|sides|countries|camps|chambers|nations|governments|states|blocs)\b/u.exec(text.slice(s, Math.min(end, s + 80)));
  if (fromSides && /s$/.test(fromSides[0].split(' ')[0])) return { start: s, end: s + fromSides[0].length };
  // "The head of the main opposition Constitutional Democratic Party of Japan (CDP), Kenji Wada,
  // dismissed": an office of a body, then the name of its holder (too long for the walk below).
  // ("The chairman of the Knesset Finance Committee, MK Shmuel Halberstam (UTJ), said": a title word and
  // a party in parentheses may come with the name)
  // ("The Kogi State Chairman of the National Youth Council of Nigeria, NYCN, Comrade X, who …, described":
  // a place before the office, the body's initials after it, read in parentheses, extract/commaAcronyms.ts)
  // ("Director-General of the JFDA, Dr. X, told reporters that …, and called on": Petra's office with no article)
  // ("Governor of Aden, Chairman of the Local Authority, Dr. X al-Y, warned": a second office before the name, as Saba writes it)
  const opening = text.slice(s, Math.min(end, s + 200));
  // (asked only of an opening with a comma and an office's preposition: the pattern is slow on every other sentence)
  const officeOf = opening.includes(', ') && / (?:of|for|at|in) /.test(opening) ? OFFICE_THEN_NAME.exec(opening) : null;
  if (officeOf && isTitleHead(officeOf[1].split(/\s+/).at(-1)!)) {
    const at = s + officeOf[0].lastIndexOf(officeOf[2]);
    return { start: at, end: at + officeOf[2].length };
  }
  // "Her rival, Economic Security Minister Daisuke Hirano, 48, struck …": who the description is.
  // ("HSBC’s senior UK economist, Tom Arkwright, was more critical": a body's possessive too)
  // ("Sinn Féin’s housing spokesman, Tadhg Ó Faoláin, said": a possessor of two or three words)
  // ("Its president, Dutch dairy farmer Marjolein de Groot, told": a surname's particle, and what the
  // person is before the name)
  // ("The agency’s representative in Ukraine, Sofie Lindqvist, welcomed": a described body's, placed)
  const whoItIs = /^(?:His|Her|Their|Its|(?:\p{Lu}[\p{L}.&-]*\s){0,2}\p{Lu}[\p{L}.&-]*['’]s|The\s+\p{Ll}[\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+(?:\s+(?:in|to|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)?,\s+(?:(?:\p{Lu}\p{Ll}+\s)?(?:\p{Ll}[\p{Ll}-]*\s){1,3})?((?:\p{Lu}[\p{L}’'.-]*\s(?:(?:de|van|von|der|den|da|di|du|del|dos|ter)\s)?){1,6}\p{Lu}[\p{L}’'-]+),/u.exec(text.slice(s, Math.min(end, s + 160)));
  if (whoItIs) {
    const at = s + whoItIs[0].length - whoItIs[1].length - 1;
    return { start: at, end: at + whoItIs[1].length };
  }
  // "The left-wing Economic Freedom Fighters", "the main opposition Democratic Party": a party's
  // lower-case description before its name is not part of the subject.
  const described = POLITICAL_DESCRIPTION.exec(text.slice(s, Math.min(end, s + 80)));
  if (described) s += described[0].length;
  // The subject is within its first words; tokenizing the whole of a long sentence for each statement was quadratic.
  const toks = tokenize(text, s, Math.min(end, s + 400));
  let n = 0;
  let styles = 0;
  const out: Span = { start: s, end: s };
  // "Britain's competition regulator", "the U.S. nuclear safety agency": lower-case words before such a noun.
  const bodyNounAhead = (k: number) => toks.slice(k, k + 4).findIndex((t) => BODY_NOUN.test(t.text));
  // (an office's head within four words from k, every word before it capitalized: "Water Transformation Minister")
  const capitalizedUpToHead = (k: number) => {
    const head = toks.slice(k, k + 4).findIndex((t) => isTitleHead(t.text));
    return head >= 0 && toks.slice(k, k + head).every((t) => /^\p{Lu}/u.test(t.text));
  };
  // "The consumer group said", "Their farmers' union": after a determiner, a word or two saying what kind of body.
  const describedBodyAhead = (k: number) =>
    /^(?:the|its|their)$/i.test(toks[0]?.text ?? '') && toks.slice(1, k + 1).every((t) => /^\p{Ll}+$/u.test(t.text) && !FUNCTION_WORD.test(t.text)) &&
    toks.slice(k + 1, k + 3).some((t) => NAMED_BODY_NOUN.test(t.text));
  const describedNameAhead = (k: number) => {
    const noun = toks.slice(k, k + 4).findIndex((t) => NAMED_BODY_NOUN.test(t.text));
    return noun >= 0 && /^\p{Lu}/u.test(toks[k + noun + 1]?.text ?? '');
  };
  // "President Andrés Valdivieso first outlined": a lower-case title word ("first", "senior") right
  // after a name is an adverb unless an office or a body follows it ("Russia's foreign ministry").
  const loneModifierAfterName = (k: number) => {
    const previous = toks[k - 1]?.text ?? '';
    const afterName = k > 0 && /^\p{Lu}/u.test(previous) && !/^(?:The|A|An|Its|Their|His|Her)$/.test(previous) && !isTitleWord(previous);
    return afterName && /^\p{Ll}/u.test(toks[k].text) && !isTitleHead(toks[k].text) && !toks.slice(k + 1, k + 4).some((t) => isTitleHead(t.text) || OFFICE_OR_BODY.test(t.text));
  };
  const listedField = /^(?:\p{Lu}\p{Ll}+,\s+){1,3}\p{Lu}\p{Ll}+\s+and\s+\p{Lu}\p{Ll}+\s+(?=(?:Minister|Secretary|Ministry|Department|Committee|Office)\b)/u.exec(text.slice(s, Math.min(end, s + 100)));
  for (const [k, t] of toks.entries()) {
    const gap = text.slice(out.end === s ? s : out.end, t.start);
    // "Sen. Thomas Reed": an abbreviated title's period does not end the subject.
    // ('Jose Ma. “Pepe” Lacuesta': the Philippines' "Ma.", its nickname blanked, extract/glosses.ts)
    // (the last word matters only after a period: not split out of the subject at every token)
    const lastWord = n > 0 && gap[0] === '.' ? text.slice(out.start, out.end).split(/\s+/).at(-1) ?? '' : '';
    const afterAbbreviation = n > 0 && ((gap === '. ' && isAbbreviationBeforeName(lastWord)) || (lastWord === 'Ma' && /^\. +$/.test(gap)));
    // ("CDU/CSU parliamentary leader Hendrik Bauer": two names joined by a slash)
    const slash = gap === '/' && n > 0 && /^\p{Lu}/u.test(t.text);
    // ("Investment, Trade and Industry Minister Datuk Seri X welcomed": the commas of an office's listed portfolios)
    const listedComma = gap === ', ' && n > 0 && listedField !== null && t.start < s + listedField[0].length;
    // (a plural's possessive too: "The global players' union")
    // ("Chinese Nationalist Party (KMT) Legislator Tang Shu-hui": a party's initials before the title)
    // ("Mchinji District Commissioner (DC) Ruth X confirmed …, and disclosed": an office's initials before its holder;
    // "Patriotic Front (PF) Eastern Province spokesperson X described … and accused": a party's before a placed office)
    if (n > 0 && gap === ' (' && /^\p{Lu}{2,6}$/u.test(t.text) && text.slice(t.end, t.end + 2) === ') ' && (isTitleWord(toks[k + 1]?.text ?? '') || capitalizedUpToHead(k + 1) || (isTitleHead(toks[k - 1]?.text ?? '') && isNameWord(toks[k + 1]?.text ?? '')))) {
      out.end = t.end + 1;
      continue;
    }
    // ("Kabataan Party-list Rep. X": a lower-case tail that the tokenizer cut from its word, "-list", "-backed")
    const hyphenTail = gap === '-' && n > 0 && /^\p{Ll}+$/u.test(t.text);
    if (n > 0 && !/^(?:\s|[’']s\s|[’']\s)$/.test(gap) && !afterAbbreviation && !slash && !hyphenTail && !listedComma) break;
    const w = t.text;
    const ok = hyphenTail ||
      isCapitalized(w) ||
      (isTitleWord(w) && !loneModifierAfterName(k)) ||
      // "14 House Democrats", "More than 200 Republican lawmakers": a count before the people.
      (/^\d[\d,]*$/.test(w) && (n === 0 || COUNT_WORD.test(text.slice(out.start, out.end).split(/\s+/).at(-1) ?? ''))) ||
      (n < 3 && COUNT_WORD.test(w) && toks.slice(k, k + 4).some((t) => /^\d/.test(t.text))) || /^(?:the|a|an|of|for|al|de|le)$/.test(w) ||
      // ("Tierra del Fuego governor X": a particle inside a capitalized name)
      (n > 0 && NAME_PARTICLES.has(w) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) ||
      // "A Department of Health and Social Care spokesperson": "and" inside a body's name.
      (n > 1 && w === 'and' && /^\p{Lu}/u.test(toks[k - 1]?.text ?? '') && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '') && /\b(?:of|for)\b/.test(text.slice(out.start, out.end))) ||
      // ("urban and rural development minister X said": two portfolios joined inside a lower-case title;
      // "Energy Transition and Water Transformation Minister X": or capitalized, before any office's head)
      (n > 0 && w === 'and' && isTitleWord(toks[k - 1]?.text ?? '') && isTitleWord(toks[k + 1]?.text ?? '') && toks.slice(k + 1, k + 5).some((x) => isTitleHead(x.text))) ||
      (n > 0 && w === 'and' && /^\p{Lu}/u.test(toks[k - 1]?.text ?? '') && !toks.slice(0, k).some((x) => isTitleHead(x.text)) && capitalizedUpToHead(k + 1)) || (n > 0 && GENERIC_HEADS.test(w)) || (n > 0 && /^\p{Ll}+s$/u.test(w) && n < 4 && !AUXILIARY_S.test(w)) ||
      // "The industry body Water UK": a description before the name.
      (n > 0 && n < 4 && /^(?:industry|trade|lobby|campaign|rights|advocacy|umbrella|body|group|association|organi[sz]ation|regulator|watchdog|charity|firm|company|bank)$/.test(w)) ||
      (n > 0 && n < 4 && /^\p{Ll}+$/u.test(w) && (bodyNounAhead(k) >= 0 || describedBodyAhead(k))) ||
      // "The global players' union FIFPRO": lower-case words, then what the body is, then its name.
      // (after a determiner: "Yalçınkaya told broadcaster Habertürk" is a name and its verb)
      (n > 0 && n < 5 && /^[\p{Ll}’'-]+$/u.test(w) && /^(?:the|a|an|its|their)$/i.test(toks[0]?.text ?? '') && describedNameAhead(k)) ||
      // "The airline said … and advised": a company described by what it does.
      (n > 0 && n < 4 && COMPANY_NOUN.test(w)) ||
      // ("Conservative housing critic Scott Reimer": a lower-case field before the office and its holder)
      (n > 0 && n < 4 && /^\p{Ll}+$/u.test(w) && !FUNCTION_WORD.test(w) && isTitleHead(toks[k + 1]?.text ?? '') && (isNameWord(toks[k + 2]?.text ?? '') || HONORIFICS.has(toks[k + 2]?.text ?? ''))) ||
      // "Opposition politician Ekuru Aukot": a lower-case job between a capitalized word and a name.
      (n > 0 && n < 3 && /^\p{Ll}+$/u.test(w) && isNameWord(toks[k + 1]?.text ?? '') && isNameWord(toks[k + 2]?.text ?? '')) ||
      // "The city's mayor, Vitali Klitschko,": a lower-case possessor before the office.
      (n === 1 && /^\p{Ll}+$/u.test(w) && /^[’']s $/.test(text.slice(t.end, toks[k + 1]?.start ?? t.end)) && isTitleWord(toks[k + 1]?.text ?? '')) ||
      // "Analysts at Morgan Stanley said …, but warned": unnamed people placed by where they work.
      (n === 1 && /^(?:at|in|with)$/.test(w) && PLACED_GROUP.test(text.slice(out.start, out.end)) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '')) ||
      // ("Members of Congress from Texas have accused": and where they come from, after their body)
      // (a place: not "Lawmakers from President X's Workers' Party", whose party the older annotations leave out)
      (n >= 1 && n <= 3 && w === 'from' && PLACED_GROUP.test(text.slice(out.start, out.end).split(/\s+/)[0]) && /^\p{Lu}/u.test(toks[k + 1]?.text ?? '') && !isTitleWord(toks[k + 1].text) &&
        !/^[^,.;]{0,40}['’]/.test(text.slice(toks[k + 1].start, toks[k + 1].start + 40)));
    if (!ok) {
      // "… ,” he told reporters, adding that": a pronoun subject.
      if (n === 0 && /^(?:he|she|it|they)$/i.test(w)) {
        out.end = t.end;
        n = 1;
      }
      break;
    }
    out.end = t.end;
    n++;
    // (honorifics do not count, and a name after an office runs to its end: "Energy Transition and Water
    // Transformation Minister Datuk Seri Awang Jamil Abang Kassim")
    if (HONORIFICS.has(w) || /^(?:Datuk|Dato['’]?|Seri|Sri|Tan)$/.test(w)) styles++;
    if (n - styles >= 8) {
      const head = toks.slice(0, k + 1).findLastIndex((x) => isTitleHead(x.text));
      if (head < 0 || n - styles >= 12 || !toks.slice(head + 1, k + 2).every((x) => /^\p{Lu}/u.test(x.text) || NAME_PARTICLES.has(x.text))) break;
    }
  }
  if (n === 0) return undefined;
  // "The leader of Ennahda, Rachid Ghannouchi, condemned ...": the appositive name is the subject.
  // "…'s counterpart, shadow health secretary James Oakley, said": title words may precede the name.
  // ("Her rival, Economic Security Minister Daisuke Hirano, 48,": capitalized title words too)
  // ("Choiseul Provincial Police Commander, Superintendent Gideon Taqu confirmed …, and said": after an
  // office, its holder's name needs no closing comma)
  const afterOffice = isTitleHead(text.slice(out.start, out.end).split(/\s+/).at(-1) ?? '');
  // ("… (DPP) spokesperson on agriculture, Honourable Mercy Kachingwe, described": and the office's field in lower case;
  // "Opposition spokesman on water Kenroy Blagrove, the Member of Parliament for …, accused": then the name, no comma;
  // "Lands and Natural Resources Minister, Hon. Kwaku Obeng-Darko, has dismissed": a style with its period)
  const appositive = (afterOffice
    ? /^(?:\s+(?:on|for)(?:\s+[\p{Ll}-]+){1,4}(?=,? \p{Lu}))?,? (?<lower>(?:[\p{Ll}-]+ ){0,4})(?<name>(?:(?:Hon|Dr|Mr|Mrs|Ms|Prof|Engr?)\. )?(?:\p{Lu}[\p{L}’'\-]+ ?){2,7})(?:,|(?= \p{Ll}))/du
    : /^, (?<lower>(?:[\p{Ll}-]+ ){0,4})(?<name>(?:\p{Lu}[\p{L}’'\-]+ ?){2,7}),/du).exec(text.slice(out.end, Math.min(end + 40, out.end + 100)));
  const lower = appositive?.groups!.lower ?? '';
  const name = appositive?.groups!.name ?? '';
  // (not a lawmaker's party tag: "Rep. Chip Ramsey, R-Texas,")
  if (appositive && !/^(?:the|a|an)$/i.test(name) && !/^[DRI]-/.test(name) && lower.trim().split(/\s+/).filter(Boolean).every((w) => isTitleWord(w))) {
    const s2 = out.end + appositive.indices!.groups!.name[0];
    // (a style before the name is no part of it: "Honourable Mercy Kachingwe", "Hon. Kwaku Obeng-Darko")
    const styled = /^(\S+) (?=\S)/.exec(name);
    const skip = styled && HONORIFICS.has(styled[1]) ? styled[0].length : 0;
    return { start: s2 + skip, end: s2 + name.trimEnd().length };
  }
  // ("A senior official in the governor’s office, who spoke on condition of anonymity, dismissed … and said":
  // an unnamed one, placed by the words after the noun, as subjectBefore reads "A senior official in … said")
  if (/^(?:An?|One)\s+(?:[\p{Ll}-]+\s+){0,2}(?:official|source|spokes(?:man|woman|person)|diplomat|officer|aide|employee|engineer|manager|member)$/u.test(text.slice(out.start, out.end))) {
    const placed = /^\s+(?:in|at|of|from|with|close to)\s+(?:the|a|an|one\s+of\s+(?:the|its|their))\s+(?:[\p{L}’'-]+\s+){0,3}?[\p{L}’'-]+(?=,|\s+(?:who|which)\b)/u.exec(text.slice(out.end, Math.min(end, out.end + 80)));
    if (placed) return { start: out.start, end: out.end + placed[0].length };
  }
  return out;
}

// How far before its verb a subject is sought (a long sentence's worth).
const SUBJECT_WINDOW = 1200;

/** A comma between a ministry's listed fields ("Ministry of Trade, Industry and Cooperatives", "the Federal
 * Ministry of Energy, Mining and Industry, who …"), which ends no phrase. */
// (matched forward, the list whole: a lookbehind tried at every character of every sentence cost 2% of extraction)
// ("the Chairman of the House Committee on Ways, Means, Finance and Budget, Representative X,": a committee's fields too)
const MINISTRY_LIST = /\b(?:Ministry|Department|Minister|Secretary|Office|Committee)\s+(?:of|for|on)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)+(?=\s+and\s+\p{Lu}\p{Ll}+)/gu;
/** The text with each such comma made a look-alike that ends no phrase, one character for one. */
export function maskMinistryListCommas(text: string): string {
  return text.replace(MINISTRY_LIST, (list) => list.replace(/,/g, '\u201a'));
}
/** A comma inside a body's name that lists its portfolios ("Foreign, Commonwealth and Development Office"). */
// ("Puntland’s Minister of Interior, Federal Affairs and Democratization, X, told": an office's listed
// portfolios too, of a word or two each, before its holder's comma)
const LISTED_NAME_COMMA = /(\p{Lu}\p{Ll}+),(?=(?: \p{Lu}\p{Ll}+,)* \p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? (?:Office|Department|Ministry|Affairs|Committee|Commission|Agency|Authority|Council)\b|(?: \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?,)* \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? and \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?, (?:\p{Lu}\p{Ll}+ ){1,3}\p{Lu}\p{Ll}+, *$)/gu;

/** Capitalized words and the small words of a name or an office between them: a body's or an office's name, then a person's. */
const CAPITALIZED_PHRASE = /^(?:(?:\p{Lu}[\p{L}’'.\u201a-]*|of|the|and|on|for|in|at)\s+)*\p{Lu}[\p{L}’'-]*$/u;

/**
 * An office of a body, then its holder's name between commas, opening a sentence: "The head of the … Party (CDP), Kenji Wada,",
 * "Director-General of the JFDA, Dr. X,", "Governor of Aden, Chairman of the Local Authority, Dr. X al-Y," (a second office).
 */
const OFFICE_THEN_NAME = /^(?:(?:The|the|Its|its|Their|their)\s+|(?=\p{Lu}))((?:\p{Lu}[\p{L}-]*\s+){0,3}[\p{L}-]+)\s+(?:of|for|at|in)\s+[^,“”"]{1,90}?(?:,\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:of|for)\s+[^,“”"]{1,60}?)?(?:,\s+|\s+\(\p{Lu}{2,8}\)\s+)(?:(?:MK|MP|MEP|Sen\.|Rep\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Hon\.?|Comrade|Alhaji|Chief|Engr\.?)\s+)?((?:\p{Lu}[\p{L}’'-]+\s){1,3}(?:\p{Lu}[\p{L}’'-]+|(?:al|el)-\p{Lu}[\p{L}’'-]+))(?:\s+\([^()]{1,30}\))?,/u;

/** The subject of a reporting verb at `verbStart`, looking back within the sentence from `sentStart`. */
export function subjectBefore(text: string, sentStart: number, verbStart: number): Span | undefined {
  // Skip a dateline ("SAN FRANCISCO (Reuters) - Nvidia reported …").
  const dateline = DATELINE.exec(text.slice(sentStart, verbStart));
  if (dateline) sentStart += dateline[0].length;
  // A subject is never more than a long sentence away from its verb; looking further made a single
  // 170 KB "sentence" of attributions quadratic (its end-anchored patterns scan from the start).
  if (verbStart - sentStart > SUBJECT_WINDOW) sentStart = verbStart - SUBJECT_WINDOW;
  let seg = text.slice(sentStart, verbStart);
  // "“We import more than we export,” Ebrard said before …": after an opening quotation, the subject follows it.
  const quoted = OPENING_QUOTATION.exec(seg);
  if (quoted && !/[“”"]/.test(seg.slice(quoted[0].length)) && seg.slice(quoted[0].length).trim().split(/\s+/).length <= 6) {
    sentStart += quoted[0].length;
    seg = seg.slice(quoted[0].length);
  }
  // ('“…”, Agron Topalli, who runs a hotel, told ADN': a comma set outside the closing mark opens no aside)
  const commaOutside = /^\s*,\s*/.exec(seg);
  if (commaOutside && /[”"]$/.test(text.slice(Math.max(0, sentStart - 1), sentStart))) {
    sentStart += commaOutside[0].length;
    seg = seg.slice(commaOutside[0].length);
  }
  // ("Underlining that the initiative was open …, Aydinoglu said": a participle's clause opens the sentence)
  const participle = /^\s*\p{Lu}\p{Ll}+ing\s+that\s+[^“”",]+,\s+(?=\S)/u.exec(seg);
  if (participle) {
    sentStart += participle[0].length;
    seg = seg.slice(participle[0].length);
  }
  seg = seg.replace(SUBJECT_TAIL, '');
  // ("The Administrator of the NPFS, Dr. X, in a statement issued in Accra on Wednesday, assured": the document it was
  // said in, between commas, says nothing of who)
  if (seg.endsWith(',') || seg.endsWith(', ')) seg = seg.replace(/,\s+(?:in|through)\s+(?:a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|release|letter|interview|speech|address|post|message|communiqu[eé]|circular|notice)\b[^,“”"]{0,80},\s*$/u, (m) => `,${' '.repeat(m.length - 2)} `);
  // ("A spokesperson for the UK Foreign, Commonwealth and Development Office said": the commas of a
  // body's name list no appositions; they are masked, the offsets kept)
  // (before a relative clause is taken off: "A source in the Federal Ministry of Energy, Mining and Industry, who
  // wished to remain anonymous, told")
  if (seg.includes(' and ') && seg.includes(',')) seg = maskMinistryListCommas(seg.replace(LISTED_NAME_COMMA, '$1\u201a'));
  // ("An official at the DoR, who requested anonymity, however, said": the relative clause left before the
  // adverb's comma says nothing of who)
  seg = seg.replace(/^([^,]{3,80}),\s+(?:who|which)\s+(?!(?:he|she|it|they|we|I)\b)[^,“”"]{1,80}$/u, '$1 ');
  // 'X, speaking on CBS's "Face the Nation," said': the comma inside the closing quotation mark ends the aside.
  seg = seg.replace(/,([”"])\s*$/, '$1, ');
  // ("Governor of Aden, Chairman of the Local Authority, Dr. X al-Y, warned": an office, then its holder's name, is the whole subject)
  const officeThenName = seg.includes(', ') && / (?:of|for|at|in) /.test(seg) ? OFFICE_THEN_NAME.exec(seg.trimStart()) : null;
  if (officeThenName && /^\s*$/.test(seg.trimStart().slice(officeThenName[0].length)) && isTitleHead(officeThenName[1].split(/\s+/).at(-1)!)) {
    const at = sentStart + (seg.length - seg.trimStart().length) + officeThenName[0].lastIndexOf(officeThenName[2]);
    return { start: at, end: at + officeThenName[2].length };
  }
  // "the U.S. agency, whose chief executive, Derek Holloway, accused": the name after a title phrase.
  // (two to four words: not the letters of "EEAS" split in two)
  // ("Appearing before the committee …, the Deputy Minister for Budget and Development Planning, Dr. Sylvester
  // K. Zinnah, told": a longer office, a style and initials in the name)
  const titledName = /,\s+(?:whose|his|her|its|their|the)\s+[^,]{1,70},\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon|Engr?)\.?\s)?((?:\p{Lu}[\p{L}’'\-]*\.?\s){1,3}\p{Lu}[\p{L}’'\-]+),\s*$/u.exec(seg);
  if (titledName) {
    const at = sentStart + titledName.index + titledName[0].lastIndexOf(titledName[1]);
    return { start: at, end: at + titledName[1].trimEnd().length };
  }
  // "Panama's President X — whose country was among them — said": an aside between dashes.
  const aside = /\s+[—–]\s[^—–]{1,200}\s[—–]\s*$/.exec(seg);
  if (aside) seg = seg.slice(0, aside.index) + ' ';
  // "tankers that Western governments say Russia uses": in a relative clause, the words after the pronoun.
  const relative = /\b(?:that|which|whom)\s+((?:[\p{L}’'.-]+\s+){1,4})$/u.exec(seg);
  if (relative && !AUXILIARY_OR_VERB.test(relative[1]) && !/^(?:it|he|she|they|we|i|you)\s/i.test(relative[1])) {
    const start = sentStart + relative.index + relative[0].length - relative[1].length;
    return trimSpanWords(text, start, start + relative[1].trimEnd().length);
  }
  // ("…, a decision Buenos Aires described as “…”": a relative clause without its pronoun, after a noun)
  const reduced = /^\s*(?:described|called|termed|dubbed|labell?ed|branded)\b/.test(text.slice(verbStart, verbStart + 12))
    ? /,\s+(?:a|an|the)\s+(?:(?!(?:for|of|at|with|to|in|on|from|by|and)\s)[\p{Ll}-]+\s+){1,2}((?:\p{Lu}[\p{L}’'.-]*\s+){1,3})$/u.exec(seg)
    : null;
  if (reduced) {
    const start = sentStart + reduced.index + reduced[0].length - reduced[1].length;
    return trimSpanWords(text, start, start + reduced[1].trimEnd().length);
  }
  // "President Recep Kaya, who for years argued that …": the one the relative clause is about.
  // (a verb that reports a clause, not "who asked not to be named")
  const who = /^\s*\p{Ll}+\s+that\b/u.test(text.slice(verbStart, verbStart + 40)) ? /^(.*?),\s+who\s+(?:(?:has|had|have|also|long|once|previously|often|repeatedly|always|for\s+(?:years|decades|months))\s+)*$/su.exec(seg) : null;
  if (who) {
    const comma = who[1].lastIndexOf(', ');
    const from = comma >= 0 ? comma + 2 : 0;
    return trimSpanWords(text, sentStart + from, sentStart + who[1].length);
  }
  // "X said …, while the Global Times, a tabloid …, said": the second clause's own subject.
  // (not a participle's aside: "A bench of the Supreme Court, while hearing a plea …, had made it clear")
  // (", as farmers in southern Kazakhstan warned that …": an "as" clause whose verb reports a clause)
  const contrast = /^(.*[,;]\s*(?:while|whereas)\s+)(?=\S)(?!\p{Ll}+ing\b)/su.exec(seg) ??
    (/^\s*\p{Ll}+\s+that\b/u.test(text.slice(verbStart, verbStart + 40)) ? /^(.*,\s*as\s+)(?=\S)(?!\p{Ll}+ing\b)(?!.*,\s*as\s)/su.exec(seg) : null);
  if (contrast) {
    sentStart += contrast[1].length;
    seg = seg.slice(contrast[1].length);
  }
  // "The row spilled over into First Minister's Questions, where Scottish Labour's transport spokesman,
  // Euan Dalgleish, said": a place's relative clause has its own subject.
  // ("the president said on his X account, where he also announced that": or a pronoun)
  // ("…, where the National Assembly Member for Niamina East, Hon. X of the UDP, said": or a capitalized office after "the")
  const where = /^(.*,\s+where\s+)(?=\p{Lu}|(?:he|she|they|it)\s|the\s+\p{Lu})(?!.*\bwhere\s)/su.exec(seg);
  if (where) {
    // ("In Lolland Municipality, where Movia plans to cut nine routes, the mayor, X (S), called": a clause with a
    // verb of its own before its comma is an aside about the place; the subject follows it)
    const aside = /^[^,]*\b(?:is|are|was|were|has|have|had|will|would|can|could|plans?|wants?|intends?|\p{Ll}{3,}ed)\b[^,]*,\s+(?=\S)/u.exec(seg.slice(where[1].length));
    const skip = where[1].length + (aside && /^(?:the\s+|\p{Lu})/u.test(seg.slice(where[1].length + aside[0].length)) ? aside[0].length : 0);
    sentStart += skip;
    seg = seg.slice(skip);
  }
  // ("a manager who asked not to be named because the company's contracts bar it from speaking told me":
  // the one who asked, not a subject inside the reason)
  // ("A source in the Federal Ministry of Energy, Mining and Industry, who wished to remain anonymous, told":
  // the unnamed one whole, its body's listed name and all, before the clause that keeps it unnamed)
  const unnamedSource = /^(\s*(?:An?|One)\s+[^,]{2,120}?),\s+who\s+(?:asked|requested|spoke|declined|wished|preferred|did\s+not)\b[^,;]*,?\s*$/u.exec(seg);
  if (unnamedSource) return trimSpanWords(text, sentStart, sentStart + unnamedSource[1].length);
  const anonymous = /\bwho\s+(?:asked|requested|spoke|declined|was\s+not|were\s+not)\b/.test(seg) ? /^((?:.*?,)?\s*)((?:[\p{L}’'.-]+\s+){1,6}?)who\s+(?:asked|requested|spoke|declined|was\s+not|were\s+not)\b[^,;]*$/su.exec(seg) : null;
  if (anonymous) {
    const start = sentStart + anonymous[1].length;
    return trimSpanWords(text, start, start + anonymous[2].trimEnd().length);
  }
  // "… came after a French government spokesperson said": the subject follows the subordinator.
  const sub = /^(.*\b(?:after|before|when|whenever|because|while|since|although|though|once|until|as|every time|each time)\s+)(?!.*[,;])/s.exec(seg);
  // (not a subordinator inside a quotation: 'accused the government of "selling the deal while the
  // people are still paying for the defeat" and demanded')
  // (nor a time after it, "since April and urged", "until last year told": the subject is the sentence's)
  const afterSub = sub ? seg.slice(sub[1].length) : '';
  const timeAfter = /^(?:(?:last|this|next|early|late)\s+(?:year|week|month|night|summer|winter|spring|autumn|fall)|\d{4}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|then|now|midnight|dawn)\b)/.test(afterSub);
  // (nor a preposition's noun before a coordinated verb: "said the arrears had been building up since the
  // previous administration and warned that …")
  const prepositional = sub !== null && /\b(?:since|after|before|until|as)\s+$/.test(sub[1]) && /\b(?:and|but)\s*$/.test(afterSub) &&
    !/\b(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|did|does|do|said|says|came|went|took|made|began|left)\b/u.test(afterSub.replace(/\b(?:and|but)\s*$/, ''));
  if (sub && !/,\s*$/.test(seg) && !/[”"]/.test(afterSub) && !timeAfter && !prepositional) {
    sentStart += sub[1].length;
    seg = seg.slice(sub[1].length);
  }
  // "…, and he urged": the pronoun after the conjunction.
  // ('…, “a target for hackers,” and it urged': the comma may sit inside a closing quotation mark)
  const pronoun = /(?:^|,[”"’]?)\s*(?:and|but)\s+(he|she|it|they)\s*$/i.exec(seg);
  if (pronoun) {
    const at = sentStart + pronoun.index + pronoun[0].lastIndexOf(pronoun[1]);
    return { start: at, end: at + pronoun[1].length };
  }
  // Coordinated verb: "X condemned the attack and said ..." -> the sentence's subject.
  if (/(?:,?\s+(?:and|but)|,)\s*$/.test(seg) && !/,\s*$/.test(seg)) return sentenceSubject(text, sentStart, verbStart);
  if (/\b(?:and|but)\s*$/.test(seg)) return sentenceSubject(text, sentStart, verbStart);
  // ("In Russeifa, east of Amman, Samira Abu Hammour, a mother of seven, said": a place the sentence
  // opens with, and where it lies, come before the subject and its apposition)
  const placeOpener = /,\s*$/.test(seg) ? /^\s*(?:In|At|Outside|Near)\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2},\s+(?:\p{Ll}+\s+){1,3}of\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2},\s+(?=\p{Lu})/u.exec(seg) : null;
  if (placeOpener) {
    sentStart += placeOpener[0].length;
    seg = seg.slice(placeOpener[0].length);
  }
  // ("…, Representative Moses K. Tarpeh (District #5, Montserrado County), averred": a comma inside parentheses sets off nothing)
  if (seg.includes('(')) seg = seg.replace(/\([^()]{1,60}\)/g, (p) => p.replace(/,/g, '\u201a'));
  if (/,\s*$/.test(seg)) {
    // "Gill, however, confirmed" / "Lourimi, a member of ..., said" / "the commission, in a surprise, announced"
    // ("Havenstad's chief executive, Annemiek Verhoeven, who will join …, told": the relative clause
    // after the apposition says nothing of who)
    // ("Another resident, Wilson Estimé, a 34-year-old motorcycle taxi driver, said": and a description after it)
    // ("Member of Parliament for St Andrew South Western, Kerry-Ann Blagrove, the Opposition's spokesperson on justice, said")
    // ("The bill’s author, state Sen. Marjorie Keel, R-Tyler, said": and a lawmaker's party tag, or a party in
    // parentheses: "The chairman of the Knesset Finance Committee, MK Shmuel Halberstam (UTJ), said")
    const body = seg.replace(/,\s*$/, '').replace(/^([^,]+,\s+\p{Lu}[^,]*),\s+(?:who|whose|a|an|the)\s[^,]*$/u, '$1').replace(/^([^,]+,\s+[^,]+),\s+[DRI]-[\p{L}. ]+$/u, '$1').replace(/^([^,]+,\s+[^,()]+?)\s*\([^()]{1,30}\)$/u, '$1');
    // "The Kenya Medical Practitioners, Pharmacists and Dentists Union, known as KMPDU, said": the
    // whole name before "known as", commas and all.
    // (a name only: capitalized words and small ones, not "Andrea Vitale, a spokesperson for …")
    const knownAt = body.search(/,\s+(?:also\s+)?known as\b/);
    const nameOnly = knownAt > 0 && body.slice(0, knownAt).replace(/,/g, '').trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(?:the|and|of|for)$/.test(w));
    if (nameOnly && body.slice(0, knownAt).split(/\s+/).length <= 12) return trimSpanWords(text, sentStart, sentStart + knownAt);
    // "In Taiz, a city of …, schoolteacher Amal Saeed, 41, told": the words before an age at the end.
    // ("…, retired teacher Hülya Demirtaş, 67, said": a job of two words too)
    const aged = /,\s+((?:[\p{Ll}-]+\s+){0,2}(?:\p{Lu}|[ae]l-)[\p{L}’'.-]*(?:\s+(?:\p{Lu}|[ae]l-)[\p{L}’'.-]*){1,4}),\s*\d{1,3}$/u.exec(body);
    if (aged) {
      const at = sentStart + aged.index + aged[0].indexOf(aged[1]);
      return trimSpanWords(text, at, at + aged[1].length);
    }
    const firstComma = body.indexOf(',');
    // "Gill, however, confirmed": the adverb is gone, the name remains.
    // ("The Ministry of Commerce and Industry (MOCI), in a release issued late Wednesday, announced": a body's name and
    // its initials may run longer than a person's description)
    if (firstComma < 0) {
      const bare = body.replace(/\s*\([^()]{1,15}\)/g, '').trim();
      const count = bare.split(/\s+/).length;
      const named = count <= 10 && CAPITALIZED_PHRASE.test(bare);
      return count <= 6 || named ? trimSpanWords(text, sentStart, sentStart + body.length) : undefined;
    }
    // "Sen. Thomas Reed, D-Vt.," / "Daniela Vogt, 47,": a party tag or an age after the name.
    // ("the MP for Klottey Korle, Hon. Nii Armah Lartey of the ruling National Democratic Congress": and
    // the party after the name)
    const second = body.slice(firstComma + 1).replace(/\s+of\s+(?:the\s+)?(?:(?:ruling|governing|main|opposition)\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,5}$/u, '');
    if (/^\s*(?:[DRI]-[\p{L}. ]+|\d{1,3})\s*$/u.test(second)) return trimSpanWords(text, sentStart, sentStart + firstComma);
    // "The U.N. special envoy for Sudan, Martin Edel," -> the name.
    // "…'s Conservative counterpart, shadow health secretary James Oakley," -> the name after its title.
    // ("Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi," -> the name
    // after its capitalized title)
    // ("Its state spokesperson, S Prakash Hegde,": initials without periods, as Indian papers write them)
    // (and Arabic family names with their article: "Yahya al-Hamdani")
    // "Its president, Dutch dairy farmer Marjolein de Groot,": who the holder is, then the name (and its particle).
    const jobThenName = /^\s*(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[\p{Ll}\s-]+$/u.test(body.slice(0, firstComma))
      ? /^\s*(?:\p{Lu}\p{Ll}+\s+)?(?:[\p{Ll}-]+\s+){1,3}((?:\p{Lu}[\p{L}’'.-]*\s+(?:(?:de|van|von|der|den|da|di|du|del|dos|ter)\s+)?){1,4}\p{Lu}[\p{L}’'-]+)\s*$/u.exec(second)
      : null;
    if (jobThenName) {
      const off = sentStart + firstComma + 1 + second.lastIndexOf(jobThenName[1]);
      return { start: off, end: off + jobThenName[1].length };
    }
    // ("…, Marike du Plessis,": a particle inside the name; "The committee's chairperson, the ANC's Dikeledi
    // Rampa,": the holder's party before it)
    // ("The chairperson of the management committee, IPC councillor Marlene Kooper,": the holder's party, then a title)
    const named = /^\s*(?:the\s+\p{Lu}{2,6}['’]s\s+|(?:\p{Lu}{2,6}\s+)?(?:[\p{Ll}-]+\s+){1,4}(?=\p{Lu}))?((?:(?:\p{Lu}|[ae]l-\p{Lu})[\p{L}’'\-.]* ?|(?:de|van|von|der|den|da|di|du|del|dos|ter) (?=\p{Lu})){2,7})\s*$/u.exec(second);
    // (two words, or an acronym: "CHINADA" is a name, "CEO" a title, though the pattern can split their letters)
    // (nor an office alone: "X, Deputy Ruler of Fujairah, who witnessed the signing, said" is X)
    if (named && (/\s/.test(named[1].trim()) || !isTitleWord(named[1].trim())) && !named[1].trim().split(/\s+/).every((w) => isTitleWord(w))) {
      const words = named[1].trim().split(' ');
      let titled = 0;
      while (words.length - titled > 2 && isTitleWord(words[titled])) titled++;
      const name = words.slice(titled).join(' ');
      const titleWords = second.slice(0, second.indexOf(named[1])).trim().split(/\s+/).filter(Boolean);
      // ("Her party, the National Rally, said": a description, then the name it has)
      const describedThenNamed = titleWords.length === 1 && titleWords[0] === 'the' && /^\s*(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\s+[\p{Ll}\s-]+$/u.test(body.slice(0, firstComma));
      const partyBefore = /^the\s+\p{Lu}{2,6}['’]s$/u.test(titleWords.join(' ')) ||
        (titleWords.length > 1 && /^\p{Lu}{2,6}$/u.test(titleWords[0]) && titleWords.slice(1).every((w) => isTitleWord(w)));
      if (words.length - titled <= 4 && (titleWords.every((w) => isTitleWord(w)) || describedThenNamed || partyBefore)) {
        const off = sentStart + firstComma + 1 + second.indexOf(named[1]) + named[1].indexOf(name);
        return { start: off, end: off + name.length };
      }
    }
    const lead = body.slice(0, firstComma);
    const lastComma = lead.lastIndexOf(', ');
    const leadStart = lastComma >= 0 ? lastComma + 2 : 0;
    // "But Marta Villalba, who runs a shop, said": a conjunction before the subject, then a relative clause.
    const conjunction = /^(?:But|And|Yet|Still|Also|Meanwhile|However)\s+(?=\S)/u.exec(lead);
    if (conjunction && lastComma < 0 && /^\s*(?:who|which|whose)\b/.test(body.slice(firstComma + 1))) {
      return trimSpanWords(text, sentStart + conjunction[0].length, sentStart + firstComma);
    }
    // ("But Opposition spokesman on water X, the Member of Parliament for …, accused": after a bare conjunction,
    // a capitalized subject and its apposition, not an opener)
    if (conjunction && lastComma < 0 && /^\p{Lu}/u.test(lead.slice(conjunction[0].length)) && !OPENER.test(lead.slice(conjunction[0].length))) {
      return trimSpanWords(text, sentStart + conjunction[0].length, sentStart + firstComma);
    }
    // (a participle's opener needs its comma to be read as one: "Reading a statement on state television, Colonel X, …, said")
    if (OPENER.test(lead.slice(leadStart) + ', ') && lastComma < 0) {
      // "Last week, the Church, ..., said": skip the opener.
      const rest = body.slice(firstComma + 1);
      // ("In the southern Asir Region, where mountain resorts are being developed …, Prince X, the deputy
      // governor of Asir, said": past the place's relative clause, a subject of its own)
      // ("In Belo Horizonte, the capital of Minas Gerais, street vendor X, 41, …, said": or the place's own apposition)
      const placeClause = /^\s*(?:where|when|which|whose)\b[^,]{0,160},\s+(?=\p{Lu})/u.exec(seg.slice(firstComma + 1)) ??
        /^\s*the\s+(?:(?:state|provincial|regional|national|commercial|economic|district)\s+)?(?:capital|largest city|second city|port city|city|town|seat)(?:\s+of\s+(?:the\s+)?\p{Lu}[^,]{0,60})?,\s+(?=\S)/u.exec(seg.slice(firstComma + 1));
      if (placeClause) {
        const after = subjectBefore(text, sentStart + firstComma + 1 + placeClause[0].length, verbStart);
        if (after) return after;
      }
      // ("Meanwhile, Japan's top government spokesman, Chief Cabinet Secretary X, said": what follows
      // the opener read as a subject of its own)
      if (/^\s*[^,]{1,100},\s+[^,]{1,80},\s*$/.test(seg.slice(firstComma + 1))) {
        const after = subjectBefore(text, sentStart + firstComma + 1, verbStart);
        if (after) return after;
      }
      // ("Speaking at the annual dinner …, before the letter became public, X, the CBN governor, had said": a
      // second adverbial clause of the opener, then the subject and its apposition)
      const adverbial = /^\s*(?:before|after|when|while|as|once|until|since|following)\s[^,]{1,80},\s+(?=\p{Lu})/u.exec(seg.slice(firstComma + 1));
      if (adverbial) {
        const after = subjectBefore(text, sentStart + firstComma + 1 + adverbial[0].length, verbStart);
        if (after) return after;
      }
      const second = rest.indexOf(',');
      const subj = second >= 0 ? rest.slice(0, second) : rest;
      const off = sentStart + firstComma + 1 + (subj.length - subj.trimStart().length);
      return { start: off, end: off + subj.trim().length };
    }
    const start = sentStart + leadStart;
    return trimSpanWords(text, start, sentStart + firstComma);
  }
  // "Atacameño communities living around the Salar de Atacama have long complained", "Workers
  // protesting outside the plant said": the people before the participle's phrase.
  const participlePhrase = /^((?:[\p{L}’'-]+\s+){1,4}?)\p{Ll}+ing\s+(?:in|around|near|at|on|outside|inside|along|across|from|for|with|under)\s[^,;]*$/u.exec(seg);
  if (participlePhrase && !/^(?:the|a|an|it|he|she|they)\s+$/i.test(participlePhrase[1]) && !AUXILIARY_OR_VERB.test(participlePhrase[1])) {
    return trimSpanWords(text, sentStart, sentStart + participlePhrase[1].trimEnd().length);
  }
  // "… as firefighters battled 14 blazes and the national weather agency warned": a second clause's
  // own subject after "and", when the first has a verb of its own.
  const andSubject = /^(.*\b\p{Ll}{3,}ed\b.*)\s(?:and|but)\s+((?:the|a|an|its|their)\s+[\p{Ll}’'\s-]{1,50}?)\s*$/su.exec(seg);
  if (andSubject && !/,/.test(andSubject[2])) return trimSpanWords(text, sentStart + andSubject[1].length + seg.slice(andSubject[1].length).indexOf(andSubject[2]), sentStart + seg.trimEnd().length);
  // Last comma-separated part: "Speaking at ..., Ebrard" -> "Ebrard". Commas inside a name that
  // holds a list ("the Department for Environment, Food and Rural Affairs") do not count.
  const listName = /\b(?:of|for) \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?(?:, \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)+,? and \p{Lu}[^,]*$/u.exec(seg);
  // (a comma inside a closing quotation mark counts: 'In an interview on CNBC’s “Closing Bell,” Delacroix said')
  // (nor one inside parentheses: "Senator Patricia Lyons (Democrat, Washington) accused")
  const scanned = (listName ? seg.slice(0, listName.index) : seg).replace(/\([^()]*\)/g, (p) => '_'.repeat(p.length));
  const commas = [...scanned.matchAll(/,[”"]?\s/g)];
  const lastCommaMatch = commas.at(-1);
  const lastComma = lastCommaMatch?.index ?? -1;
  let from = lastCommaMatch ? lastComma + lastCommaMatch[0].length : 0;
  // "…, and Fed officials have signaled": a clause's conjunction is no part of its subject.
  const conjunction = /^(?:and|but|or|yet|while|whereas)\s+(?=\S)/.exec(seg.slice(from));
  if (conjunction && lastComma >= 0) from += conjunction[0].length;
  // ("But the Nigeria Labour Congress (NLC) said": a sentence's conjunction is no opener phrase)
  const opening = lastComma < 0 ? /^(?:But|And|Yet|So)\s+(?=\p{L})/u.exec(seg.slice(from)) : null;
  if (opening) from += opening[0].length;
  const part = seg.slice(from);
  if (lastComma < 0 && OPENER.test(part) && !/^(?:According)/.test(part)) return undefined;
  // A subject longer than a dozen words is a clause, not a noun phrase.
  // ("A former Hayase engineer who worked at the Shizuoka proving ground until last year told": the
  // words before a relative clause, when they open the sentence)
  const beforeWho = /^((?:A|An|The|One|Two|Three|Several)\s+[^,;]{2,60}?)\s+who\s/.exec(part);
  // ("Dr. Tharushi Jayasundara of the Institute of Policy Studies of Sri Lanka (IPS) said": a style and a body's
  // initials are no words of the count)
  // ("Member of the Verkhovna Rada Committee on Environmental Policy and Nature Management Nataliia Bondar (Servant of the
  // People faction) said": an aside in parentheses counts for nothing, and an office's capitalized words and their
  // small connectors, then a name, may run to twenty)
  const counted = part.replace(/\s*\([^()]{1,40}\)/g, '').replace(/^(?:Dr|Mr|Mrs|Ms|Prof|Hon|Engr?)\.?\s+/, '').trim();
  const words = counted.split(/\s+/).length;
  const limit = words > 12 && words <= 20 && CAPITALIZED_PHRASE.test(counted) ? 20 : 12;
  if (beforeWho && words > limit) return trimSpanWords(text, sentStart + from, sentStart + from + beforeWho[1].length);
  if (words > limit) return undefined;
  return trimSpanWords(text, sentStart + from, sentStart + seg.length);
}

function trimSpanWords(text: string, start: number, end: number): Span | undefined {
  // "The Brazilian Agriculture and Livestock Confederation (CNA)": the name without its initials.
  // ("Senator Patricia Lyons (Democrat, Washington)": or a party tag whose comma cut the span)
  const parenthetical = /\s*\([^()]{1,60}(?:\)\s*,?|,?)\s*$/.exec(text.slice(start, end));
  if (parenthetical && parenthetical.index > 0) end = start + parenthetical.index;
  while (start < end && /[\s“”"‘’'(—–-]/.test(text[start])) start++;
  while (end > start && /[\s,”"’)]/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** A speaker noun phrase right after a verb: `said Lotfi Azzouz, ...`, `said officials`. */
export function phraseAfter(text: string, pos: number, limit: number): Span | undefined {
  // ('said the 54-year-old.': an age the words below would cut at its digits)
  const aged = /^\s*(the\s+\d{1,3}-year-old)\b/.exec(text.slice(pos, limit));
  if (aged) return { start: pos + aged[0].length - aged[1].length, end: pos + aged[0].length };
  // ('," said the mother of three.': a parent by the number of children, whole)
  const parent = /^\s*(the\s+(?:mother|father|grandmother|grandfather)\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))\b/.exec(text.slice(pos, limit));
  if (parent) return { start: pos + parent[0].length - parent[1].length, end: pos + parent[0].length };
  // "said the group’s executive director, Naomi Feld." / "said its chief executive, Tom Baker,": the named holder of the office.
  // ("said Parliament’s rapporteur, MEP Pieter Zandvliet (Renew, Netherlands).": and a party tag after the name)
  const office = /^\s*(?:(?:the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+['’]s\s+)?|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}['’]s\s+)((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)),\s+((?:\p{Lu}[\p{L}’'-]+\s){1,3}\p{Lu}[\p{L}’'-]+)(?=[,.;]|\s+\([^()]{1,40}\)|\s*$)/u.exec(text.slice(pos, limit));
  if (office && isTitleHead(office[2])) {
    const at = pos + office[0].length - office[3].length;
    return { start: at, end: at + office[3].length };
  }
  const toks = tokenize(text, pos, limit);
  let n = 0;
  let start = -1;
  let end = -1;
  let previous = '';
  for (const [k, t] of toks.entries()) {
    const gap = text.slice(end < 0 ? pos : end, t.start);
    // "said Dr. Leila Haddad": an abbreviated honorific's period does not end the phrase.
    const afterHonorific = gap === '. ' && isAbbreviationBeforeName(previous);
    if (n === 0 ? !/^\s*$/.test(gap) : !/^ $/.test(gap) && !afterHonorific) break;
    const w = t.text;
    previous = w;
    // ("said one Fianna Fáil TD, who asked not to be named": a count opens it too)
    // ('," said Governor of the Bank of the Lao PDR Ms X.': an office's "of the" before a capitalized body, when a
    // capitalized title opened the phrase)
    const ofOffice = n > 0 && /^(?:of|the)$/.test(w) && (/^\p{Lu}/u.test(toks[k + 1]?.text ?? '') || (toks[k + 1]?.text === 'the' && /^\p{Lu}/u.test(toks[k + 2]?.text ?? ''))) && isTitleHead(toks[0].text) && /^\p{Lu}/u.test(toks[0].text);
    const ok = ofOffice || /^\p{Lu}/u.test(w) || isTitleWord(w) || NAME_PARTICLES.has(w) || (n === 0 && /^(?:the|a|an|one|two|three|another|several)$/.test(w)) || (n > 0 && /^\p{Ll}+$/u.test(w) && n < 4 && !/^(?:in|on|at|to|after|before|during|as|when|while|that|who|of|for|and|but|with|from|told|said)$/.test(w));
    if (!ok) break;
    if (start < 0) start = t.start;
    end = t.end;
    n++;
    if (n >= (isTitleHead(toks[0].text) && /^\p{Lu}/u.test(toks[0].text) ? 12 : 7)) break;
  }
  return start >= 0 ? { start, end } : undefined;
}
