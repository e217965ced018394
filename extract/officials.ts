// People who hold an office, found from the way news introduces them: a title before the name
// ("Treasury Secretary Steven Mnuchin", "North Korean leader Kim Jong Un"), a title then a comma
// ("his Japanese counterpart, Taro Kono", "The leader of Ennahda, Rachid Ghannouchi"), or an
// appositive after the name ("Lotfi Azzouz, Tunisia country director for Amnesty International,").
// Later surnames ("Mnuchin", "Mr Le Drian", "President Sheinbaum") are tied to the full name.
import { MONTH } from './dates.js';
import type { EntityIndex } from './entities.js';
import { ABBREVIATED_TITLE, HONORIFICS, LAY_DESCRIPTORS, NOT_PERSON, PLURAL_TITLES, POST_NOMINAL, REGNAL, PATRONYMIC_SUFFIX, GLUED_INITIAL_NAME, COMPOUND_ADJECTIVE, POST_NOMINAL_AFTER, RANK, NAME_PARTICLES, isAbbreviationBeforeName, isNameWord, isTitleHead, isTitleWord, malayHonorificLength } from './names.js';
import { isCapitalized, mayStartPhrase, phraseStarts, tokenize, type Token } from './tokens.js';
import type { ExtractedOfficial, ExtractedRole, Span } from './types.js';

export interface Person {
  name: string;
  aliases: string[];
  roles: ExtractedRole[];
  mentions: Span[];
  /** Holds an office (has a title); quoted private people are persons but not officials. */
  official: boolean;
}

export interface PersonRegistry {
  persons: Person[];
  /** Find or create the person a name refers to (full name, surname, "Mr X"); `alone`: a given name alone may be created too. */
  resolve(name: string, create?: boolean, alone?: boolean): Person | undefined;
  /** The person mentioned last before `pos` (of those `which` accepts, when given). */
  mentionedBefore(pos: number, which?: (p: Person) => boolean): Person | undefined;
  officials(): ExtractedOfficial[];
  /** Named without any description anywhere in the text: no title, age, appositive or job before it. */
  isUndescribed(person: Person): boolean;
}

// After a mention: ", 47,", ", a trader", ", who runs a shop", ", chief economist at …", " (34)".
// (", managing partner at …", ", Iran project director at …": a job named without an article, before
// "at|with|of|for" a place of work)
const DESCRIPTION_AFTER = /^(?:\s*,\s*(?:\d{1,3}\s*,|(?:a|an|the|who|whose|one|chief|head|senior|founder|co-founder|director|professor|author)\b|(?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{Ll}-]*\s+(?:at|with|of|for)\s+(?:the\s+)?\p{Lu})|\s*\(\d)/u;
// Before a mention: "economist Marta Villalba", "A local trader, Hassan Ali": a lower-case noun
// that is not a function word or a verb of the sentence.
const DESCRIPTION_BEFORE = /(?:^|[^\p{L}])(\p{Ll}[\p{Ll}-]+),?\s+$/u;
const NOT_DESCRIPTION = /^(?:and|or|but|nor|by|to|of|with|for|from|that|as|at|in|on|than|like|after|before|against|about|said|says|told|tells|added|adds|according|including|between|among|where|when|while|whom|under|over|via|then|also|wrote|asked|urged|met|called|named|replaced|succeeded|accused|criticized|criticised|praised|thanked|warned|reported)$/;

const SINGLE_SPACE = /^ $/;
/** A ruler's or a royal's style, which may follow an office before the name ("Foreign Minister Sheikh X"). */
const ROYAL_STYLE = /^(?:Sheikh|Sheikha|Sheik|Prince|Princess)$/;
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const MONTH_WORD = new RegExp(`^${MONTH}$`);
/** A retired officer's mark after the rank ("Lt Gen (retd) X"). */
const RETIRED = /^(?:[Rr]etd|[Rr]etired|[Rr]td)$/;
/** A police rank's head and the word before it ("Assistant Commissioner", "Senior Superintendent"). */
const POLICE_RANK_HEAD = /^(?:Commissioner|Superintendent|Inspector)$/;
const POLICE_RANK_GRADE = /^(?:Assistant|Deputy|Chief|Senior)$/;
/** Police ranks by their initials (East Africa, Nigeria, South Asia): Assistant, Senior Assistant and Deputy Commissioner, Senior, Deputy, Assistant and Chief Superintendent. */
const POLICE_RANK_INITIALS = /^(?:ACP|SACP|DCP|SSP|DSP|ASP|CSP)$/;

function nameRuns(text: string, tokens: Token[], entities: EntityIndex): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  // ("the Chairman of Ibaji Local Government Area, Hon. Friday Ochala-Eneji,": Nigeria's given names
  // Monday, Friday, Sunday …, after an apposition's comma or a style, before a surname)
  const weekdayName = (t: number) => WEEKDAY.test(tokens[t].text) && t > 0 && t + 1 < tokens.length && text.slice(tokens[t].end, tokens[t + 1].start) === ' ' &&
    isNameWord(tokens[t + 1].text) && !MONTH_WORD.test(tokens[t + 1].text) && (text.slice(tokens[t - 1].end, tokens[t].start) === ', ' || HONORIFICS.has(tokens[t - 1].text) || /^(?:Chief|Senator|Sen|Governor|Gov)$/.test(tokens[t - 1].text));
  // ("Minister of Environment, Water and Agriculture Eng. X": the Gulf's engineer's style, with its period)
  const engineer = (t: number) => tokens[t].text === 'Eng' && text[tokens[t].end] === '.';
  const ok = (t: number) => (isNameWord(tokens[t].text) || weekdayName(t)) && !engineer(t) && !entities.at(tokens[t].start);
  while (i < tokens.length) {
    if (!ok(i)) {
      i++;
      continue;
    }
    let j = i;
    // ("R. Manimaran", "V. Karthikeyan": an initial and its period open the name)
    // (or a blanked nickname's spaces: 'Leopoldo "Leo" Navarrete', extract/glosses.ts)
    // ("Jose Ma. Lacuesta": the Philippines' "Ma." for Maria, inside a name, or opening one of three words: "Ma. Cristina R. Abaya")
    while (j + 1 < tokens.length && (/^ +$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) || ((/^\p{Lu}$/u.test(tokens[j].text) && text.slice(tokens[j].end, tokens[j + 1].start) === '. ') || (tokens[j].text === 'Ma' && (j > i || (j + 2 < tokens.length && isNameWord(tokens[j + 2].text) && /^ $/.test(text.slice(tokens[j + 1].end, tokens[j + 2].start)))) && /^\. +$/.test(text.slice(tokens[j].end, tokens[j + 1].start)))))) {
      if (ok(j + 1)) j++;
      // ("Maurice Christian": a word that is no name alone, "Christian Democrats", is a surname after a given name)
      else if (tokens[j + 1].text === 'Christian' && j === i && !/^\s+(?:Democrat|Democratic|Social|Union|Council|Association|community|communities|groups?|leaders?|churches|church)\b/.test(text.slice(tokens[j + 1].end, tokens[j + 1].end + 14))) j++;
      else if (NAME_PARTICLES.has(tokens[j + 1].text) && j + 2 < tokens.length && ok(j + 2)) j += 2;
      // ("Nawfal Sabah Al-Dulaimi": a name word that is also a region's name, between two of the name's words)
      else if (j + 2 < tokens.length && isNameWord(tokens[j + 1].text) && entities.at(tokens[j + 1].start)?.kind === 'REGION' && ok(j + 2) && /^ +$/.test(text.slice(tokens[j + 1].end, tokens[j + 2].start))) j += 2;
      // "Ursula von der Leyen", "Caspar van der Berg": two particles in a row.
      else if (NAME_PARTICLES.has(tokens[j + 1].text) && j + 3 < tokens.length && NAME_PARTICLES.has(tokens[j + 2].text) && ok(j + 3) && SINGLE_SPACE.test(text.slice(tokens[j + 1].end, tokens[j + 2].start)) && SINGLE_SPACE.test(text.slice(tokens[j + 2].end, tokens[j + 3].start))) j += 3;
      else break;
    }
    // ("Paramount Chief Sahr Tamba Kongoba III": a chief's regnal numeral ends the name)
    if (j > i && REGNAL.test(tokens[j + 1]?.text ?? '') && text.slice(tokens[j].end, tokens[j + 1].start) === ' ') j++;
    // ("Minister of Energy Bakyt Tursunbek uulu reported": a Turkic patronymic's word ends the name too)
    else if (j > i && PATRONYMIC_SUFFIX.test(tokens[j + 1]?.text ?? '') && text.slice(tokens[j].end, tokens[j + 1].start) === ' ') j++;
    // ("Anwar Hussain Sheikh, a schoolteacher": a style that is also a South Asian family name, last)
    if (j > i && tokens[j + 1]?.text === 'Sheikh' && text.slice(tokens[j].end, tokens[j + 1].start) === ' ' && !(j + 2 < tokens.length && text.slice(tokens[j + 1].end, tokens[j + 2].start) === ' ' && isCapitalized(tokens[j + 2].text))) j++;
    // ("Tan Sri Othman Rashid": a Malaysian honorific opens no name)
    // (after "Datuk", no name word itself, its "Seri" is the honorific's too)
    const honorific = i > 0 && malayHonorificLength([tokens[i - 1].text, tokens[i].text]) === 2 ? 1 : malayHonorificLength(tokens.slice(i, i + 2).map((t) => t.text));
    if (honorific > 0 && i + honorific <= j) i += honorific;
    // ("Datuk Seri Dr Kamarudin": the honorific's "Seri" alone, before another honorific, is no one)
    else if (honorific > 0 && i + honorific > j && HONORIFICS.has(tokens[j + 1]?.text ?? '')) {
      i = j + 1;
      continue;
    }
    // ("Pensioner Katrina Gaoses said": what a private person is, before the name)
    if (i < j && LAY_DESCRIPTORS.has(tokens[i].text)) i++;
    // ("Minister of Solidarity-Based Future Tjaša Vrhovnik": a compound adjective's noun is the office's, not the name's)
    if (i < j && i > 0 && COMPOUND_ADJECTIVE.test(tokens[i - 1].text) && text.slice(tokens[i - 1].end, tokens[i].start) === ' ') i++;
    // ("the MP for Amenfi East asked": a seat of one or two words after "the MP for" is a place, no one; a
    // longer run is the seat and then the name, read below)
    if (i > 2 && j - i <= 1 && tokens[i - 1].text === 'for' && /^(?:MP|Member|member)$/.test(tokens[i - 2].text) && /^(?:the|The)$/.test(tokens[i - 3].text)) {
      i = j + 1;
      continue;
    }
    // At most four words, or six with a particle ("Ana Paula Ribeiro da Costa"); never ending on one.
    let last = Math.min(j, i + 3);
    if (tokens.slice(i, j + 1).some((t) => NAME_PARTICLES.has(t.text))) last = Math.min(j, i + 5);
    while (last > i && NAME_PARTICLES.has(tokens[last].text)) last--;
    // ("Under the Municipal Structures Act, …": a law or a treaty is no one's name; nor a numbered
    // branch: "UAW Local 140")
    const numbered = /^ \d/.test(text.slice(tokens[last].end, tokens[last].end + 2));
    // ("Sheikh Mohammed bin Zayed Road": a road or a place named after someone is no one; not "Park", a surname)
    // ("at the Capitol Building, the Deputy Minister …": a building, no one either)
    const namedPlace = /^(?:Road|Street|Avenue|Highway|Expressway|Bridge|Airport|Stadium|Square|Mosque|Boulevard|Building|Palace|Hotel|Plaza|Hospital|Cathedral|Museum|Terminal)$/.test(tokens[j].text);
    if (!/^(?:Act|Law|Bill|Treaty|Accord|Agreement|Convention|Code|Constitution|Charter|Protocol|Regulation|Directive)$/.test(tokens[j].text) && !numbered && !namedPlace) runs.push([i, last]);
    i = j + 1;
  }
  return runs;
}

// Chinese and Korean family names, which English-language news writes first ("Liu Wen", "Kim
// Dong-hyun") and then uses alone ("Liu said", "Kim added").
const EAST_ASIAN_FAMILY_NAMES = new Set([
  'Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'Lin',
  'Luo', 'Zheng', 'Liang', 'Xie', 'Song', 'Tang', 'Han', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Pan',
  'Yuan', 'Cai', 'Jiang', 'Yu', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Fu', 'Zhong', 'Cui',
  'Tan', 'Fan', 'Jin', 'Qin', 'Xi', 'Mao', 'Bai', 'Kong', 'Qian', 'Lai', 'Tsai', 'Chiang', 'Ko', 'Hou', 'Kim', 'Lee',
  'Park', 'Choi', 'Jung', 'Jeong', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Yoo',
  'Hong', 'Moon', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Roh', 'Ha', 'Kwak', 'Sung', 'Cha', 'Joo', 'Woo', 'Min', 'Ryu',
  'Chung', 'Byun', 'Yeo', 'Chu',
  // (Taiwanese romanizations)
  'Tseng', 'Hsu', 'Hsieh', 'Kuo', 'Chou', 'Chao', 'Chang', 'Yeh', 'Shih', 'Chien', 'Kao', 'Hung', 'Liao', 'Tung', 'Hsiao',
]);
// A given name in pinyin: one to three syllables ("Wen", "Jinping", "Lifeng").
const PINYIN_GIVEN =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)){1,3}$/;

/** "Liu Wen", "Kim Dong-hyun", "Tsai Ing-wen": a family name first, then a romanized given name. */
function familyNameFirst(words: string[]): boolean {
  if (words.length !== 2 || !EAST_ASIAN_FAMILY_NAMES.has(words[0])) return false;
  return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[1]) || PINYIN_GIVEN.test(words[1].toLowerCase());
}

/** "Rizal Hakimi" of "Rizal Hakimi Mansor": two words that open a three-word name (read inside an article only, never an alias). */
function isFirstTwoOf(name: string, p: Person): boolean {
  // (asked of every name run against every person: the cheap test first)
  return p.name.startsWith(`${name} `) && name.split(' ').length === 2 && p.name.split(' ').length === 3;
}

/** "Nana Arhin" of "Nana Kweku Arhin IV", "Ebenezer Tetteh" of "Ebenezer Kofi Tetteh": the first and last words of a longer name (a chief's regnal numeral aside). */
function isFirstAndLastOf(name: string, p: Person): boolean {
  const space = name.indexOf(' ');
  if (space < 0 || !p.name.startsWith(name.slice(0, space + 1))) return false;
  const words = name.split(' ');
  const parts = p.name.split(' ');
  if (REGNAL.test(parts.at(-1)!) || PATRONYMIC_SUFFIX.test(parts.at(-1)!)) parts.pop();
  return words.length === 2 && parts.length >= 3 && parts[0] === words[0] && parts.at(-1) === words[1];
}

function surnameForms(name: string): string[] {
  const words = name.split(' ');
  // ("Nana Kweku Arhin IV" is "Arhin" later: a chief's regnal numeral is no surname)
  // ("Bakyt Tursunbek uulu" is "Tursunbek" later: a patronymic's word is no surname either)
  if (words.length > 2 && (REGNAL.test(words.at(-1)!) || PATRONYMIC_SUFFIX.test(words.at(-1)!))) words.pop();
  const out = new Set<string>();
  // ("Ts.Nyamsuren" is "Nyamsuren" later: the name without the father's initial)
  if (words.length === 1 && GLUED_INITIAL_NAME.test(words[0])) return [words[0].slice(words[0].indexOf('.') + 1)];
  if (words.length < 2) return [];
  if (familyNameFirst(words)) out.add(words[0]);
  out.add(words[words.length - 1]);
  // ("Qassem Jaafar al-Rubaie" is "Rubaie" later too: the family name without its article)
  const article = /^(?:al|el|Al|El)-(\p{Lu}[\p{L}’'-]+)$/u.exec(words[words.length - 1]);
  if (article) out.add(article[1]);
  // "Jean-Yves Le Drian" -> "Le Drian"; "Ana Paula Ribeiro da Costa" -> "Ribeiro da Costa" (and "da Costa").
  const particle = words.findIndex((w, k) => k > 0 && NAME_PARTICLES.has(w));
  if (particle > 0) {
    out.add(words.slice(particle).join(' '));
    // (capitalized where it opens a sentence: "Von der Leyen added")
    out.add(words.slice(particle).join(' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase()));
  }
  if (particle > 1) out.add(words.slice(particle - 1).join(' '));
  // "Mohammed bin Abdullah Al Thani" -> "Al Thani".
  const lastParticle = words.findLastIndex((w, k) => k > 0 && NAME_PARTICLES.has(w));
  if (lastParticle > particle && lastParticle < words.length - 1) out.add(words.slice(lastParticle).join(' '));
  if (words.length >= 3 && particle < 0) {
    // "Javier Ortiz Castellanos" -> "Ortiz Castellanos" (Spanish names carry two surnames);
    // "Kim Jong Un" is called "Kim".
    out.add(words.slice(-2).join(' '));
    if (EAST_ASIAN_FAMILY_NAMES.has(words[0])) out.add(words[0]);
  }
  return [...out];
}

function roleFrom(title: string, titleSpan: Span, entities: EntityIndex, text: string): ExtractedRole {
  const role: ExtractedRole = { title };
  for (const m of entities.mentions) {
    // "Israel's Prime Minister Benjamin Netanyahu": the possessive country is the role's.
    if (m.end <= titleSpan.start && /^[’']s\s+$/.test(text.slice(m.end, titleSpan.start)) && entities.entities[m.entity].kind === 'COUNTRY') {
      role.country ??= entities.entities[m.entity].name;
      continue;
    }
    // "Bank of Thailand Governor X": the body named just before the title is the role's.
    const bodyBefore = m.end < titleSpan.start && /^ $/.test(text.slice(m.end, titleSpan.start)) && !['COUNTRY', 'REGION'].includes(entities.entities[m.entity].kind);
    if (bodyBefore) {
      role.organization ??= entities.entities[m.entity].name;
      role.country ??= entities.entities[m.entity].country;
      continue;
    }
    if (m.start < titleSpan.start || m.end > titleSpan.end) continue;
    const e = entities.entities[m.entity];
    if (e.kind === 'COUNTRY') role.country ??= e.name;
    else if (e.kind !== 'REGION') {
      role.organization ??= e.name;
      if (e.country) role.country ??= e.country;
    }
  }
  return role;
}

/** People described by their tie to a body who do not speak for it. */
const NOT_STAFF = /\b(?:resident|student|patient|passenger|visitor|customer|client|victim|survivor|relative|friend|neighbou?r|mother|father|son|daughter|wife|husband|critic|member)s?$/;

/** An area's noun after an office's "of" and the place's name ("akim of Kostanay region X", "Governor of Umnugovi aimag X": Mongolia's aimags and soums, Bhutan's dzongkhags and gewogs, Bangladesh's upazilas, Indonesia's regencies). */
const OFFICE_AREA_NOUN = /^(?:region|province|oblast|district|county|governorate|prefecture|aimag|soum|dzongkhag|gewog|upazila|regency)$/;

/** A compass word, which names part of a seat or an area ("Westmoreland Central", "Amenfi East"). */
const COMPASS_WORD = /^(?:Central|North|South|East|West|Northern|Southern|Eastern|Western|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest)$/;

/** What a province or a city is called after its name ("Gauteng province", "Kherson region"). */
const AREA_NOUN = /^(?:province|state|region|county|district|city|prefecture|oblast|municipality|territory|constituency)$/i;

/** "The Special Adviser to the President on Media and Publicity, " before a name. */
const ADVISER_TITLE = /(?:^|[.!?]\s+|\b[Tt]he\s+|,\s+)((?:(?:Special|Senior|Chief|Principal|Deputy|National Security)\s+)?(?:Adviser|Advisor|Assistant|Aide)\s+to\s+the\s+(?:President|Prime Minister|Governor|Vice President|Chancellor|Minister)(?:\s+on\s+\p{Lu}[\p{L}-]*(?:(?:\s+and|,)?\s+\p{Lu}[\p{L}-]*){0,4})?),\s+$/u;

/** An office whose field lists portfolios with commas, before its holder's comma ("Puntland’s Minister of Interior, Federal Affairs and Democratization, X,"; "The Cabinet Secretary (CS) for Investments, Trade and Industry, X,": with the office's initials). */
const LISTED_OFFICE = /(?:^|[.!?]\s+|\b[Tt]he\s+|['’]s\s+|,\s+)((?:(?!The\b)\p{Lu}[\p{L}-]*\s+){0,2}(?:Minister|Secretary|Commissioner|Director|Director-General|Chairman|Chairperson)\s+(?:\(\p{Lu}{2,5}\)\s+)?(?:of|for)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}(?:,\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}){1,4},?\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}),\s+$/u;

/** An office that opens a sentence, up to the comma before its titled holder ("Minister of Energy and Business, Senator Dr X"). */
const OPENING_OFFICE = /(?:^|[.!?][”"’]?\s+|\n|\s[—–]\s+)((?:(?:Deputy|Vice|Acting|State|Junior)\s+)?(?:Minister|Secretary|Commissioner|Director|Chairman|Chairperson|Governor|Mayor)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*){0,4}),\s+$/u;
/** A sentence's opening place or time up to its comma ("In Cairo, ", "Meanwhile, "). */
// ("At the relief centre in Taman Sri Muda, an official …": the place may close a phrase)
// ("Speaking to the BBC's Laura Kuenssberg on Sunday, the business secretary, X,": a participle's opener too)
const OPENER = `(?:^|[.!?][”"’]?\\s+|\\n)(?:(?:In|At|From|Back in)\\s+(?:the\\s+[^,.;“”"]{1,40}?\\s+(?:in|at|of)\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,2}|Meanwhile|Separately|Elsewhere|Earlier|Later|(?:On|Late on|Early on)\\s+\\p{Lu}\\p{Ll}+day|Speaking\\s+(?:to|on|at|in|after|before|during|from)\\s+[^,.;“”"]{1,70}),\\s+`;
const OPENED_SENTENCE = new RegExp(`${OPENER}$`, 'u');
/** …and then a possessor: "In Hargeisa, Somaliland’s ". */
const OPENED_POSSESSOR = new RegExp(`${OPENER}\\p{Lu}[\\p{L}.-]*['’]s\\s+$`, 'u');

const ENVOY = /^(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegate|[Cc]onsul)s?$/;

export function findPersons(text: string, bodySpans: Span[], entities: EntityIndex): PersonRegistry {
  const tokens: Token[] = [];
  for (const s of bodySpans) tokens.push(...tokenize(text, s.start, s.end));
  const persons: Person[] = [];
  const byKey = new Map<string, Person>();
  const gap = (a: number, b: number) => text.slice(tokens[a].end, tokens[b].start);
  const entityToken = (t: number) => entities.at(tokens[t].start) !== undefined;
  // Two tokens of one body's name, e.g. across its own possessive ("Pakistan People's Party leader X").
  const oneMention = (a: number, b: number) => entities.mentions.some((m) => m.start <= tokens[a].start && tokens[b].end <= m.end);

  const add = (name: string, role?: ExtractedRole, official = false): Person => {
    let p = byKey.get(name);
    if (!p) {
      p = { name, aliases: surnameForms(name), roles: [], mentions: [], official: false };
      persons.push(p);
      byKey.set(name, p);
    }
    // ("Nguyen Thi Hoa, a manager at a garment factory in Bac Ninh": a job at an unnamed business is a private
    // person's, who speaks for no body)
    if (official && !(role && /\bat an?\s+\p{Ll}/u.test(role.title))) p.official = true;
    if (role && !p.roles.some((r) => r.title === role.title)) p.roles.push(role);
    return p;
  };
  const pendingSingles: Array<{ name: string; role: ExtractedRole }> = [];
  // Up to two lower-case words before an office's head ("policy director"), kept when a possessive
  // ("Oxfam's", "its") precedes them; from the possessor's first token when it is a body's name.
  const officeModifiersFrom = (first: number): number => {
    let m = first;
    // (or the capitalized head of a compound: "the military’s Arabic-language spokesman")
    const modifier = (t: number) =>
      (/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[t].text) && !/(?:ly|ed)$/.test(tokens[t].text) && !/^(?:the|a|an)$/.test(tokens[t].text) && !NOT_DESCRIPTION.test(tokens[t].text) && gap(t, t + 1) === ' ') ||
      (/^\p{Lu}\p{Ll}+$/u.test(tokens[t].text) && gap(t, t + 1) === '-');
    while (m > 0 && first - m < 2 && modifier(m - 1)) m--;
    if (m === first || m === 0) return first;
    // ("the business secretary, Peter Kyle,": a portfolio before the head, after "the")
    if (/^(?:its|their|his|her|the)$/i.test(tokens[m - 1].text)) return m;
    // ("the military’s …": a body described, not named, owns the office)
    if (/^[’']s $/.test(gap(m - 1, m)) && /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+\p{Ll}[\p{Ll}-]*$/u.test(text.slice(Math.max(0, tokens[m - 1].start - 8), tokens[m - 1].end))) return m;
    const possessor = /^[’']s $/.test(gap(m - 1, m)) ? entities.mentions.find((x) => x.end === tokens[m - 1].end) : undefined;
    // ("The DA's caucus leader": a body's initials no list knows, after "the")
    if (!possessor && /^[’']s $/.test(gap(m - 1, m)) && /\b[Tt]he\s+\p{Lu}{2,6}$/u.test(text.slice(Math.max(0, tokens[m - 1].start - 8), tokens[m - 1].end))) return m;
    if (!possessor) return first;
    const at = tokens.findIndex((t) => t.start === possessor.start);
    return at >= 0 ? at : first;
  };

  // "Dr." or "Prof." between a title and the name ("WHO chief Dr. Amara Nkemelu").
  // (or "Tan Sri", "Datuk Seri": two words, the first of which is then returned as where the name's words start)
  const honorificWords = (t: number): number => {
    const n = oneHonorific(t);
    // ("Datuk Seri Dr Kamarudin Yusof": a Malaysian honorific before "Dr")
    if (n === 1 && HONORIFICS.has(tokens[t - 1].text) && t > 1 && oneHonorific(t - 1) === 2 && gap(t - 2, t - 1) === ' ') return 3;
    // ("HE Dr. Hessa Al Sulaiti": two styles)
    return n === 1 && t > 1 && oneHonorific(t - 1) === 1 ? 2 : n;
  };
  const oneHonorific = (t: number) =>
    t > 1 && malayHonorificLength([tokens[t - 2].text, tokens[t - 1].text]) === 2 && gap(t - 2, t - 1) === ' ' && gap(t - 1, t) === ' ' ? 2
    : t > 0 && (HONORIFICS.has(tokens[t - 1].text) || tokens[t - 1].text === 'Prof' || malayHonorificLength([tokens[t - 1].text, tokens[t].text]) === 1) && /^\.? $/.test(gap(t - 1, t)) ? 1 : 0;
  // "U.S. Ambassador to Japan X", "China's ambassador to the U.S., X,": where an envoy is sent is part of the title.
  // ("special envoy on Myanmar", "special rapporteur on …": what an envoy is sent about, too)
  const envoyTo = (t: number) => t > 0 && ((tokens[t].text === 'to' && ENVOY.test(tokens[t - 1].text)) || (tokens[t].text === 'on' && /^(?:[Ee]nvoy|[Rr]apporteur|[Aa]dvis[eo]r|[Cc]oordinator)s?$/.test(tokens[t - 1].text)));
  // "<office> of <Place>[ province]" ending at token `end`: the index of its "of" (one to three words
  // of a place, named or known, then "of" after an office's head).
  const officeOfPlace = (end: number): number | undefined => {
    let t = AREA_NOUN.test(tokens[end].text) ? end - 1 : end;
    let words = 0;
    // ("the Director-General of NIHSA, X,": a body's initials no list knows, too)
    // ("Member of Parliament for Westmoreland Central, X,": a seat's compass word too)
    while (t > 0 && words < 3 && (isNameWord(tokens[t].text) || entityToken(t) || /^\p{Lu}{2,6}$/u.test(tokens[t].text) || COMPASS_WORD.test(tokens[t].text)) && gap(t - 1, t) === ' ') {
      t--;
      words++;
    }
    // ("the MP for Klottey Korle, X,": a lawmaker's constituency after "for")
    const constituency = tokens[t].text === 'for' && t > 0 && /^(?:MP|member|Member|senator|Senator|representative|councillor|MLA|MNA|TD)$/.test(tokens[t - 1].text);
    // ("Member of Parliament for South Choiseul Constituency, X,": the office in full)
    const parliamentSeat = tokens[t].text === 'for' && t > 2 && tokens[t - 1].text === 'Parliament' && tokens[t - 2].text === 'of' && /^[Mm]ember$/.test(tokens[t - 3].text);
    return words > 0 && t > 0 && (tokens[t].text === 'of' || constituency || parliamentSeat) && gap(t - 1, t) === ' ' && (isTitleHead(tokens[t - 1].text) || parliamentSeat) ? t : undefined;
  };
  // Capitalized words back to "<office> of" ("… Superintendent of Financial Institutions").
  // ("KZN MEC for Cooperative Governance and Traditional Affairs X": or "for", with "and" after the
  // field's first or second word)
  const ofOffice = (k: number): boolean => {
    // ("Minister of Supply and Internal Trade X": and "and" between the field's words)
    // (an "and" only right after the field's first words: "of Supply and …", not across a name)
    for (let h = k - 1; h >= Math.max(1, k - 6); h--) {
      // ("SAPM on Political Affairs X": or "on")
      // ("Minister of State for Sustainability …": or an office's own "of State" before it)
      // ("Deputy Minister of Hajj and Umrah for Umrah Affairs X": or an office's own "of" field before its "for" field)
      if (/^(?:of|for|on)$/.test(tokens[h].text)) return isTitleHead(tokens[h - 1].text) || (h > 2 && tokens[h - 1].text === 'State' && tokens[h - 2].text === 'of' && isTitleHead(tokens[h - 3].text)) || (tokens[h].text === 'for' && isCapitalized(tokens[h - 1].text) && ofOffice(h));
      const andAfterFirst = tokens[h].text === 'and' && h > 2 && isCapitalized(tokens[h - 1].text) && (/^(?:of|for)$/.test(tokens[h - 2].text) || (isCapitalized(tokens[h - 2].text) && /^(?:of|for)$/.test(tokens[h - 3].text)));
      // ("Senior Minister of State for Sustainability and the Environment X": and "the" after that "and")
      const theAfterAnd = tokens[h].text === 'the' && h > 3 && tokens[h - 1].text === 'and' && isCapitalized(tokens[h - 2].text) && /^(?:of|for)$/.test(tokens[h - 3].text);
      if (theAfterAnd) continue;
      if (!isCapitalized(tokens[h].text) && !andAfterFirst) return false;
    }
    return false;
  };
  // One or two capitalized words no list knows before a local office's first word: the place it is of
  // ("Istanbul Mayor X", "The Kakumiro District chairperson, Mr X,").
  const placeOfOffice = (first: number): number => {
    for (let c = first - 1, n = 0; c >= 0 && n < 2 && SINGLE_SPACE.test(gap(c, c + 1)) && /^\p{Lu}\p{Ll}+$/u.test(tokens[c].text) && !NOT_PERSON.has(tokens[c].text) && !isTitleWord(tokens[c].text) && !entityToken(c); c--, n++) first = c;
    return first;
  };
  // A name's words from token a to b (a blanked nickname's spaces collapsed: 'Leopoldo "Leo" Navarrete').
  const nameOf = (a: number, b: number) => text.slice(tokens[a].start, tokens[b].end).replace(/ {2,}/g, ' ');
  const titleBefore = (start: number): { first: number; last: number } | undefined => {
    start -= honorificWords(start);
    // ("Chairman National Disaster Management Authority (NDMA) Lt Gen X": a rank between the office's
    // initials and the name is the person's, not the office's)
    let ranked = start;
    while (ranked > 1 && RANK.test(tokens[ranked - 1].text) && /^\.? $/.test(gap(ranked - 1, ranked))) ranked--;
    if (ranked < start && gap(ranked - 1, ranked) === ') ') start = ranked;
    // ("Officer-in-Charge (OC) X": the office's initials in parentheses, part of the title; "Lt Gen (retd)
    // X", a retired officer's rank, as South Asian papers write it; "Additional Commissioner (Crime and
    // Operations) X", the portfolio)
    let open = start - 1;
    if (start > 1 && gap(start - 1, start) === ') ') {
      while (open > 1 && start - open < 4 && gap(open - 1, open) === ' ' && /^(?:\p{Lu}|and$)/u.test(tokens[open].text)) open--;
    }
    // ("The Kogi State Chairman of the National Youth Council of Nigeria (NYCN) Comrade X": a body's initials)
    // ("the Controller of Budget (CoB) X": or an office's own, in mixed case)
    const initials = start > 1 && gap(start - 1, start) === ') ' && gap(open - 1, open) === ' (' &&
      // ("Federal Minister for Energy (Power Division) X": or a portfolio's division, after the portfolio's word)
      (open < start - 1 ? (isTitleHead(tokens[open - 1].text) || (isTitleWord(tokens[open - 1].text) && /^(?:for|of)$/.test(tokens[open - 2]?.text ?? ''))) && tokens.slice(open, start).every((t) => /^(?:\p{Lu}\p{Ll}+|and)$/u.test(t.text))
        : RETIRED.test(tokens[open].text) ? isTitleHead(tokens[open - 1].text)
        : /^(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}\p{Lu}{1,3})$/u.test(tokens[open].text) && (isTitleHead(tokens[open - 1].text) || entityToken(open - 1) || ofOffice(open - 1)));
    let k = start - 1;
    let first = -1;
    if (initials) {
      first = open - 1;
      k = open - 2;
    }
    // "Sen. Thomas Reed", "Gen. Ana Ruiz": an abbreviated title ends in a period.
    // ("Brig.-Gen. Ronen Elkayam", "Maj.-Gen.": two abbreviated ranks joined by a hyphen)
    const abbreviated = (t: number) => (gap(t, t + 1) === '. ' || (gap(t, t + 1) === '.-' && ABBREVIATED_TITLE.test(tokens[t + 1].text))) && ABBREVIATED_TITLE.test(tokens[t].text);
    // ("Minister of Food, Agriculture and Light Industry X": the commas of the office's listed portfolios)
    // ("Industry, Commerce and Employment Minister X": or listed before the office's head)
    const listedBeforeHead = (t: number) => first >= 0 && isTitleWord(tokens[t].text) && /^\p{Lu}/u.test(tokens[t].text) && isTitleHead(tokens[start - 1].text) &&
      tokens.slice(t + 1, start).filter((x) => x.text === 'and').length === 1 && tokens.slice(t + 1, start).every((x) => x.text === 'and' || /^\p{Lu}/u.test(x.text));
    const listedPortfolio = (t: number) => gap(t, t + 1) === ', ' && first >= 0 && isCapitalized(tokens[t].text) && isCapitalized(tokens[t + 1].text) && tokens.slice(t + 1, start).some((x) => x.text === 'and') && (ofOffice(t) || listedBeforeHead(t));
    // ("Cumuto/Manzanilla MP", "Laventille East/Morvant MP": a seat of two places joined by a slash)
    const slashedSeat = (t: number) => gap(t, t + 1) === '/' && isCapitalized(tokens[t].text) && isCapitalized(tokens[t + 1].text) && tokens.slice(t + 1, start).some((x) => /^(?:MP|MPs|MLA|MNA)$/.test(x.text));
    while (k >= 0 && (SINGLE_SPACE.test(gap(k, k + 1)) || abbreviated(k) || listedPortfolio(k) || slashedSeat(k) || (entityToken(k) && (/^[-\s]$/.test(gap(k, k + 1)) || oneMention(k, k + 1))))) {
      const w = tokens[k].text;
      // "Prime Minister and Foreign Minister": two titles joined by "and".
      // ("Energy and Mineral Resources Minister": two portfolios joined inside one title)
      const joined = w === 'and' && first >= 0 && k > 0 && (isTitleHead(tokens[k - 1].text) || (isTitleWord(tokens[k - 1].text) && /^\p{Lu}/u.test(tokens[k - 1].text) && /^\p{Lu}/u.test(tokens[k + 1].text)));
      // "a spokesman for President X": the office after "for" is the person's own title.
      // (a style after the office is no head: "Assistant Undersecretary for Labour Affairs Sheikh X")
      // ("Domestic Trade and Cost of Living Minister X": not a portfolio's own "of", between its capitalized words)
      const portfolioOf = w === 'of' && k > 0 && first === k + 1 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1].text) && isTitleWord(tokens[k - 1].text) && !isTitleHead(tokens[k - 1].text) && !isTitleHead(tokens[k + 1].text);
      // (not the office's own initials after it: "Member of Parliament (MP) X" walks on past "of")
      if (/^(?:for|of)$/.test(w) && first >= 0 && !portfolioOf && tokens.slice(first, initials ? open : start).some((t) => isTitleHead(t.text) && !ROYAL_STYLE.test(t.text) && !RANK.test(t.text))) break;
      // ("Superintendent of Financial Institutions Nathalie Brisebois": the capitalized field after an office's "of")
      const fieldOfOffice = (isCapitalized(w) || (w === 'and' && k > 1 && /^(?:of|for)$/.test(tokens[k - 2].text)) || (w === 'and' && k > 2 && isCapitalized(tokens[k - 2].text) && /^(?:of|for)$/.test(tokens[k - 3].text))) && ofOffice(k);
      // ("would … force Senate Majority Leader X to": the verb, not the "force" of an air force)
      const verbForce = w === 'force' && first >= 0 && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
      const onField = w === 'on' && first >= 0 && k > 0 && isTitleHead(tokens[k - 1].text);
      const seatWord = first >= 0 && (slashedSeat(k) || (k > 0 && slashedSeat(k - 1)));
      // ("Minister of State in the Ministry of Water, Environment and Climate Change X": an office in a ministry)
      // ("akim of Kostanay region X": a place's area noun after an office's "of")
      const areaOfOffice = first < 0 && OFFICE_AREA_NOUN.test(w) && k > 2 && isCapitalized(tokens[k - 1].text) && tokens[k - 2].text === 'of' && isTitleHead(tokens[k - 3].text);
      // ("State Secretary at the Ministry of Economy X": or at it)
      const inMinistry = /^(?:in|at)$/.test(w) && first === k + 1 && tokens[k + 1].text === 'the' && /^(?:Ministry|Department|Office)$/.test(tokens[k + 2]?.text ?? '') && k > 0 && isTitleWord(tokens[k - 1].text);
      if ((isTitleWord(w) || entityToken(k) || joined || fieldOfOffice || onField || seatWord || inMinistry || areaOfOffice || (first >= 0 && /^(?:of|for|the)$/.test(w)) || (first >= 0 && envoyTo(k))) && !verbForce) {
        first = k;
        k--;
      } else break;
    }
    if (first < 0) return undefined;
    // ("Istanbul Mayor X", "Taichung Deputy Mayor X", "Taytay Mayor X": a city's office with the city's
    // name, one or two capitalized words no list knows)
    // ("Katsho Gup X": Bhutan's local offices too)
    // ("Tandahimba MP Mr X": a lawmaker's constituency before "MP")
    // ("Migrant Workers Sec. X": the Philippine papers' portfolio before an abbreviated secretary)
    // ("Harare Metropolitan Provincial Affairs and Devolution minister X": a metropolitan province's office too)
    if ((/^(?:Mayor|Deputy|Vice|Governor|Regent|Gup|Dzongdag|Thrompon|MP|Sec|Usec|Asec)$/.test(tokens[first].text) && tokens.slice(first, start).some((t) => /^(?:Mayor|Governor|Regent|Gup|Dzongdag|Thrompon|MP|Sec|Usec|Asec)$/.test(t.text))) || /^(?:Metropolitan|Municipal)$/.test(tokens[first].text)) {
      first = placeOfOffice(first);
    }
    // "Bank of Thailand Governor X": the walk stopped at the "of" inside a body's name; the title is
    // what follows that name (its body goes to the role, below).
    const body = entities.mentions.find((m) => m.start < tokens[first].start && m.end >= tokens[first].end && m.end < tokens[start - 1].start);
    if (body) while (first < start && tokens[first].end <= body.end) first++;
    // (nor on an "and" that joined it to what came before: "Deputy Ruler of Fujairah, and Kazakh Deputy Prime Minister X")
    while (first < start && /^(?:of|for|the|and)$/.test(tokens[first].text)) first++;
    // "Foreign Minister Sheikh Mohammed", "Saudi Energy Minister Prince Faisal", "junta spokesman Col.
    // Idrissa Maiga": an honorific or a rank after the office is not part of the title ("Crown Prince" is one).
    // ("Army spokesman Lt. Col. X": every rank of it)
    let last = start - 1;
    // ("PNP spokesperson Brigadier General X": a rank of two words; "committee chairperson Senator X": a
    // lawmaker's own style after the office)
    // ("Junta spokesman Major General X", "Army chief General X": a general's rank after an office that
    // is no "Attorney General")
    // ("DP spokesperson Rep. Moon Ha-eun": a lawmaker's style after the office too)
    // ("Deputy Emir of Al-Jouf Region HRH Prince X": His Royal Highness too)
    // ("High Court judge Justice X", "police spokesperson Assistant Commissioner X": a judge's style and a
    // police rank after the office)
    // ("Industry, Commerce and Employment Minister Lyonpo X": Bhutan's word for a minister, used as a style)
    const afterOffice = (t: number) => ROYAL_STYLE.test(tokens[t].text) || /^(?:Senator|Sen|Rep|Representative|HRH|Lyonpo)$/.test(tokens[t].text) || RANK.test(tokens[t].text) ||
      (tokens[t].text === 'Justice' && t > 0 && /^judge$/i.test(tokens[t - 1].text)) ||
      (POLICE_RANK_HEAD.test(tokens[t].text) && t > 0 && POLICE_RANK_GRADE.test(tokens[t - 1].text) && t > 1 && isTitleHead(tokens[t - 2].text)) ||
      (POLICE_RANK_GRADE.test(tokens[t].text) && POLICE_RANK_HEAD.test(tokens[t + 1]?.text ?? '') && t > 0 && isTitleHead(tokens[t - 1].text)) ||
      (RETIRED.test(tokens[t].text) && t > 0 && RANK.test(tokens[t - 1].text)) ||
      (tokens[t].text === 'Major' && tokens[t + 1]?.text === 'General') ||
      (tokens[t].text === 'General' && t > 0 && (RANK.test(tokens[t - 1].text) || /^(?:Major|spokes(?:man|woman|person)|chief|commander|head)$/.test(tokens[t - 1].text)));
    // ("Kinondoni Regional Police Commander SACP X": a police rank's initials after the office are the person's,
    // even after an office that is itself a rank's word)
    if (last > first && POLICE_RANK_INITIALS.test(tokens[last].text) && isTitleHead(tokens[last - 1].text)) last--;
    while (last > first && afterOffice(last) && tokens[last - 1].text !== 'Crown' && tokens.slice(first, last).some((t, k) => isTitleHead(t.text) && !afterOffice(first + k))) last--;
    let hasHead = false;
    for (let t = first; t <= last; t++) if (isTitleHead(tokens[t].text)) hasHead = true;
    // (an envoy's title ends on the place they are sent to)
    const sentTo = entityToken(last) && tokens.slice(first, last).some((_, k) => envoyTo(first + k));
    // (not a field cut at its "and": "MEC for Cooperative Governance and" before "Traditional Affairs X")
    // (Thailand's "Pol" opens a rank, "Pol Gen": alone it is a name, "Pol Pot")
    // ("Chief Secretary Punjab X", as South Asian papers write an office of a province without "of")
    const placeAfterOffice = last > first && isTitleHead(tokens[last - 1].text) && /^(?:REGION|COUNTRY)$/.test(entities.at(tokens[last].start)?.kind ?? '');
    // ("Minister of Agriculture of Kazakhstan X", as Kazinform and TASS write it: the office's field, then its country)
    const countryOfOffice = last > first + 2 && tokens[last - 1].text === 'of' && entities.at(tokens[last].start)?.kind === 'COUNTRY' && (isTitleWord(tokens[last - 2].text) || ofOffice(last - 2));
    // ("Chairman of the Grain Union of Kazakhstan X": or a body's name that ends on its country)
    const bodyOfCountry = last > first + 2 && tokens[last - 1].text === 'of' && oneMention(last - 2, last) && tokens.slice(first, last).some((t) => isTitleHead(t.text));
    // ("Governor of the Bank of the Lao PDR Ms X": an office of a body named whole after its "of")
    const bodyMention = entities.mentions.find((m) => m.start <= tokens[last].start && tokens[last].end <= m.end);
    const bodyStart = bodyMention ? tokens.findIndex((t) => t.start === bodyMention.start) : -1;
    // (not a body's own next word taken for a name: "chair of the Mazhilis Committee on …", "… Delta Farmers")
    const officeOfBody = bodyStart > first + 1 && bodyMention!.end === tokens[last].end && (tokens[bodyStart - 1].text === 'of' || (tokens[bodyStart - 1].text === 'the' && tokens[bodyStart - 2].text === 'of')) && tokens.slice(first, bodyStart).some((t) => isTitleHead(t.text)) &&
      !/^(?:Committee|Commission|Council|Board|Union|Association|Federation|Farmers|Workers|Traders|Growers)$/.test(tokens[start]?.text ?? '');
    if (!hasHead || (!isTitleWord(tokens[last].text) && !sentTo && !placeAfterOffice && !countryOfOffice && !bodyOfCountry && !officeOfBody && !(last > first + 2 && OFFICE_AREA_NOUN.test(tokens[last].text) && tokens[last - 2].text === 'of') && !ofOffice(last) && !(initials && last === start - 1)) || /^(?:and|of|for|the|Pol)$/.test(tokens[last].text)) return undefined;
    return { first, last };
  };

  // (the same runs for the three walks below: neither the tokens nor the entities change between them)
  const runs = nameRuns(text, tokens, entities);
  // ("a bench of Justices A.S. Raghavan and Nilima P. Deshmukh": a plural title before two names gives each the singular)
  let pluralTitle: { title: string; end: number } | undefined;
  // (each run, and the office before it and the apposition after it, read by functions of their own, not
  // one 20 KB loop: V8 recompiled that loop again and again as new articles took new paths)
  const readRun = ([a, b]: [number, number]): void => {
    const name = nameOf(a, b);
    // (a Mongolian name with its father's initial glued on is one token and a whole name: "N.Ariunaa")
    const single = a === b && !GLUED_INITIAL_NAME.test(tokens[a].text);
    const plural = a > 0 && gap(a - 1, a) === ' ' ? PLURAL_TITLES.get(tokens[a - 1].text) : undefined;
    const pairedWith = pluralTitle && a > 1 && tokens[a - 1].text === 'and' && pluralTitle.end === a - 2 ? pluralTitle.title : undefined;
    pluralTitle = plural ? { title: plural, end: b } : undefined;
    if ((plural || pairedWith) && !single) {
      add(name, { title: plural ?? pairedWith! }, true);
    }
    // ("Member for Kagua-Erave Jonathan Kuri", as Papua New Guinea's and Australia's papers write an MP: the
    // seat's words, then the name's last two)
    // ("Majlis A'Shura member for Jaalan Bani Bu Ali Salim bin Hamad al Araimi", as Gulf papers write it: a
    // body's member, and a name that starts on the word before its "bin")
    const seatOf = a > 1 && tokens[a - 1].text === 'for' && (/^(?:Member|MP)$/.test(tokens[a - 2].text) || (tokens[a - 2].text === 'member' && a > 2 && (entityToken(a - 3) || isCapitalized(tokens[a - 3].text)) && gap(a - 3, a - 2) === ' '));
    // (the seat's and the name's words read on past the run's six: "Jaalan Bani Bu Ali Salim bin Hamad al Araimi")
    let nameEnd = b;
    let patronymic = -1;
    if (seatOf) {
      for (let k = a + 1; k < Math.min(tokens.length, a + 10) && gap(k - 1, k) === ' ' && (isNameWord(tokens[k].text) || NAME_PARTICLES.has(tokens[k].text)); k++) {
        if (patronymic < 0 && /^(?:bin|bint|ibn)$/.test(tokens[k].text)) patronymic = k;
        if (!NAME_PARTICLES.has(tokens[k].text)) nameEnd = Math.max(nameEnd, k);
      }
    }
    if (seatOf && (patronymic > a + 1 ? nameEnd > patronymic : b - a >= 2 && b - a <= 4)) {
      let from = a - 2;
      while (from > 0 && a - 2 - from < 4 && (entityToken(from - 1) || isCapitalized(tokens[from - 1].text)) && !/^(?:The|A|An|In|At|On)$/.test(tokens[from - 1].text) && /^ $|^['’]$/.test(gap(from - 1, from))) from--;
      // (a family name's particle goes with it: "Liwa Said Al Kindi")
      const nameStart = patronymic > a + 1 ? patronymic - 1 : NAME_PARTICLES.has(tokens[b - 1].text) && b - 2 > a ? b - 2 : b - 1;
      const seat = { start: tokens[from].start, end: tokens[nameStart - 1].end };
      add(nameOf(nameStart, patronymic > a + 1 ? nameEnd : b), roleFrom(text.slice(seat.start, seat.end), seat, entities, text), true);
      return;
    }
    // ("Mayor of Sisian Arsen Tadevosyan told Armenpress": a local office of a town no list knows, then the
    // name's last two words)
    // ("Constable of St Helier Nigel Le Feuvre said": or a saint's town, of two words, then the name's words)
    // ("Mayor of Dolna Mitropolia Stefka Gancheva told BNR": or a town of two words, then a name of two)
    const townOfTwo = a > 1 && ((/^(?:St|Saint|San|Santa|Sao|São)$/.test(tokens[a].text) && b - a >= 3) || (b - a === 3 && !tokens.slice(a, b + 1).some((t) => NAME_PARTICLES.has(t.text)))) ? 1 : 0;
    // ("Sinn Féin TD for Sligo-Leitrim Fergal Duignan": a lawmaker's seat "for" a place no list knows, then the name)
    const seatFor = tokens[a - 1]?.text === 'for' && /^(?:TD|MP|MLA|MNA|MPP|Senator|Member|Representative|Deputy)$/.test(tokens[a - 2]?.text ?? '');
    if (a > 1 && ((tokens[a - 1].text === 'of' && /^(?:Mayor|Governor|Akim|Head|Chairman|Chairperson|Constable)$/.test(tokens[a - 2].text)) || seatFor) && (b - a === 2 || townOfTwo) && !entityToken(a)) {
      let from = a - 2;
      while (from > 0 && /^(?:Deputy|Vice|Acting|First)$/.test(tokens[from - 1].text) && gap(from - 1, from) === ' ') from--;
      const office = { start: tokens[from].start, end: tokens[a + townOfTwo].end };
      add(nameOf(a + 1 + townOfTwo, b), roleFrom(text.slice(office.start, office.end), office, entities, text), true);
      return;
    }
    // (a) "Treasury Secretary Steven Mnuchin"
    // (not "India's Minister of Petroleum and Natural Gas, Prakash Iyengar,": the holder is named after the comma)
    const holderAfter = a > 0 && /^(?:and|of)$/.test(tokens[a - 1].text) && /^, (?:\p{Lu}[\p{L}’'.-]+ ){1,3}\p{Lu}[\p{L}’'-]+,/u.test(text.slice(tokens[b].end, tokens[b].end + 60));
    const pre = a > 0 && !holderAfter ? titleBefore(a) : undefined;
    // "the union's president, Captain Julien Marchand,", "…, Lt. Col. X,": ranks alone after a comma are not the title;
    // the office before the comma is (read below as "his Japanese counterpart, Taro Kono").
    // ("The IPMAN National Vice-President, Chief Emeka Obiorah,": a Nigerian chief's style after the comma too; three golds
    // give the office alone; "… of Nigeria (AFAN), Chief X,": after the body's initials too)
    const rankAfterComma = pre && (tokens.slice(pre.first, pre.last + 1).every((t) => RANK.test(t.text) || /^(?:Major|General)$/.test(t.text)) || (pre.first === pre.last && tokens[pre.first].text === 'Chief')) && pre.first > 0 && /^\)?, $/.test(gap(pre.first - 1, pre.first));
    if (pre && !rankAfterComma) {
      // (an abbreviated title's period, or the parenthesis around an office's initials, ends the title)
      const span = { start: tokens[pre.first].start, end: tokens[pre.last].end + ((ABBREVIATED_TITLE.test(tokens[pre.last].text) && text[tokens[pre.last].end] === '.') || text[tokens[pre.last].end] === ')' ? 1 : 0) };
      const role = roleFrom(text.slice(span.start, span.end), span, entities, text);
      // ("the Commander of the Mining Marshals of the Nigeria Security and Civil Defence Corps": a single word whose
      // "of the" goes on into a body's name is that body's word, no one)
      if (single && /^ of (?:the )?\p{Lu}/u.test(text.slice(tokens[b].end, tokens[b].end + 12))) return;
      // ("Petar Grigorov, manager of ViK Pleven, told": a lower-case office "of" a body, then one capitalized word, is
      // the body's name going on, no one; English writes no "manager of ViK X" for a person X)
      if (single && /^\p{Ll}[\p{Ll}-]*(?: [\p{Ll}-]+){0,2} of /u.test(role.title)) return;
      // ("the Regional Executive Officer for HSE West and North West": nor one after an office's body named by its initials)
      if (single && COMPASS_WORD.test(name) && /\b(?:for|of|at)\s+(?:the\s+)?\p{Lu}{2,6}$/u.test(role.title)) return;
      if (single) pendingSingles.push({ name, role });
      // ("MP Al Aradi said", after "MP Mohammed Hasan Al Aradi": a family name with its particle is the person named in full)
      else {
        const namedInFull = b - a === 1 && NAME_PARTICLES.has(tokens[a].text) ? persons.find((p) => p.name !== name && p.aliases.includes(name)) : undefined;
        if (!namedInFull) add(name, role, true);
        else {
          namedInFull.official = true;
          if (!namedInFull.roles.some((r) => r.title === role.title)) namedInFull.roles.push(role);
        }
      }
      // ("Minister of Energy and Business, Senator Dr X, told": an office that opens the sentence, set off by a
      // comma before the titled name, is the holder's too)
      const opening = !single && pre.first > 0 && /^, $/.test(gap(pre.first - 1, pre.first)) ? OPENING_OFFICE.exec(text.slice(Math.max(0, tokens[pre.first].start - 100), tokens[pre.first].start)) : null;
      if (opening) {
        const at = tokens[pre.first].start - opening[0].length + opening[0].indexOf(opening[1]);
        add(name, roleFrom(opening[1], { start: at, end: at + opening[1].length }, entities, text), true);
      }
      // ("His Highness Sheikh Hamad bin Saeed Al Mheiri, chairman of Mubadala,": a ruler's style before
      // the name, the office in apposition after it, read below too)
      // ("Brigadier X, Director of Traffic at Dubai Police,": a rank before the name, the office after it)
      const styleOnly = ROYAL_STYLE.test(role.title) || role.title.split(/\s+/).every((w) => RANK.test(w.replace(/\.$/, '')));
      if (single || !styleOnly || !/^, (?:\p{Ll}|\p{Lu}[\p{L}-]*\s)/u.test(text.slice(tokens[b].end, tokens[b].end + 20))) return;
    }
    if (single) return;
    const readOfficeBefore = (): boolean => {
      // (b) "his Japanese counterpart, Taro Kono" / "The leader of Ennahda, Rachid Ghannouchi" / "Its director-general, Dr. X"
      // ("…, Lt. Col. X,": ranks alone, abbreviated, after the comma)
      let ranked = a;
      while (ranked > 0 && RANK.test(tokens[ranked - 1].text) && /^\.? $/.test(gap(ranked - 1, ranked))) ranked--;
      const nameStart = rankAfterComma ? pre.first : ranked < a && ranked > 0 && gap(ranked - 1, ranked) === ', ' ? ranked : a - honorificWords(a);
      // ("The Special Adviser to the President on Media and Publicity, X,": an adviser's long title)
      const before120 = nameStart > 1 && /^, $/.test(gap(nameStart - 1, nameStart)) ? text.slice(Math.max(0, tokens[nameStart].start - 120), tokens[nameStart].start) : '';
      const adviser = before120 ? ADVISER_TITLE.exec(before120) ?? LISTED_OFFICE.exec(before120) : null;
      if (adviser) {
        const at = tokens[nameStart].start - adviser[0].length + adviser[0].indexOf(adviser[1]);
        add(name, roleFrom(adviser[1], { start: at, end: at + adviser[1].length }, entities, text), true);
        return true;
      }
      // ("The Nwoya Resident District Commissioner (RDC), X,": the office's initials after it)
      // ("The head of the National Institute of Civil Defense (Indeci), X,": or its body's, after the body's name)
      const initialsBefore = nameStart > 2 && gap(nameStart - 1, nameStart) === '), ' && gap(nameStart - 2, nameStart - 1) === ' (' &&
        ((/^\p{Lu}{2,6}$/u.test(tokens[nameStart - 1].text) && isTitleHead(tokens[nameStart - 2].text)) ||
          (/^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(tokens[nameStart - 1].text) && tokens.slice(Math.max(0, nameStart - 13), nameStart - 2).some((t) => isTitleHead(t.text))));
      if (nameStart > 1 && (/^, $/.test(gap(nameStart - 1, nameStart)) || initialsBefore)) {
        // "Russia's envoy to the agency in Vienna, X,": a place after the head is not part of the title.
        // ("A spokesman for President X, Y,": a person after "for" is not part of it either.)
        let titleEnd = initialsBefore ? nameStart - 2 : nameStart - 1;
        // ("its Commissioner for Customs and Excise, X,": capitalized words no list knows after a head's
        // "for" are its portfolio, part of the title; the walk below takes them up to that "for")
        let portfolioFrom = -1;
        // ("the Police Public Relations Officer in the state, X,": a lower-case place after "in the", though "state" is
        // also an office's word)
        const placeAfterIn = titleEnd > 1 && /^\p{Ll}+$/u.test(tokens[titleEnd].text) && !isTitleHead(tokens[titleEnd].text) && tokens[titleEnd - 1].text === 'the' && /^(?:in|at)$/.test(tokens[titleEnd - 2].text);
        if ((!isTitleWord(tokens[titleEnd].text) || placeAfterIn) && !entityToken(titleEnd)) {
          for (let h = titleEnd - 1; h >= Math.max(0, nameStart - 9); h--) {
            if (/,/.test(gap(h, h + 1))) break;
            // ("The head of the president's chancellery, X,": an office of a body described in lower case)
            const describedBody = tokens[h + 1]?.text === 'of' && /^(?:chancellery|office|ministry|department|commission|council|committee|agency|union|party|group|association|secretariat|cabinet)$/.test(tokens[titleEnd].text) &&
              tokens.slice(h + 2, titleEnd + 1).every((t) => /^\p{Ll}/u.test(t.text));
            if (isTitleHead(tokens[h].text) && describedBody) {
              titleEnd = h;
              break;
            }
            if (isTitleHead(tokens[h].text) && /^(?:to|in|at|on|for)$/.test(tokens[h + 1]?.text ?? '')) {
              const field = tokens.slice(h + 2, titleEnd + 1);
              const portfolio = tokens[h + 1].text === 'for' && /^\p{Lu}/u.test(tokens[h].text) && !/^(?:spokes|represent|advis|aide|lawyer|attorney)/i.test(tokens[h].text) &&
                field.length > 0 && field.length <= 5 && field.every((t, f) => (/^\p{Lu}/u.test(t.text) || (f > 0 && /^(?:and|of|the)$/.test(t.text))) && !entityToken(h + 2 + f));
              if (portfolio) portfolioFrom = h + 1;
              else titleEnd = h;
              break;
            }
          }
        } else if (entityToken(titleEnd)) {
          // ("The DA's caucus leader in eThekwini, X,": a named place or council after "in" as well)
          const place = entities.mentions.find((m) => m.start <= tokens[titleEnd].start && m.end >= tokens[titleEnd].end);
          const at = place ? tokens.findIndex((t) => t.start === place.start) : -1;
          if (at > 1 && tokens[at - 1].text === 'in' && isTitleHead(tokens[at - 2].text)) titleEnd = at - 2;
          // ("the Chief of Staff in the Office of the Prime Minister, Maurice Christian,": or after "in the")
          else if (at > 2 && tokens[at - 1].text === 'the' && tokens[at - 2].text === 'in' && tokens.slice(Math.max(0, at - 5), at - 2).some((t) => isTitleHead(t.text))) titleEnd = at - 3;
        }
        let k = titleEnd;
        // "The mayor of Lviv, X", "The premier of Gauteng province, X": a place no list knows (a city is
        // no entity) after "<office> of" is part of the title; the walk goes on from the "of".
        const placeOf = officeOfPlace(titleEnd);
        if (placeOf !== undefined) k = placeOf;
        let first = -1;
        let headAt = -1;
        while (k >= 0 && k >= titleEnd - 10) {
          const w = tokens[k].text;
          // ("The Minister of Finance and Coordinating Minister of the Economy, X,": "the" after "of", and
          // "and" between two capitalized offices)
          const ofThe = w === 'the' && first >= 0 && k > 0 && /^(?:of|for)$/.test(tokens[k - 1].text);
          const joinedOffices = w === 'and' && first >= 0 && k > 0 && /^\p{Lu}/u.test(tokens[k - 1].text) && (isTitleWord(tokens[k - 1].text) || entityToken(k - 1)) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && isTitleWord(tokens[k + 1].text);
          // ("the work and pensions secretary, X,": two portfolio words joined inside one title)
          // ("Their chief negotiator and spokesman, X,": two offices of one person)
          // ("the association’s president and chief executive, X,": two offices, the second of two words)
          const joined = w === 'and' && first >= 0 && k > 0 && isTitleWord(tokens[k - 1].text) && /^\p{Ll}/u.test(tokens[k - 1].text) && (!isTitleHead(tokens[k - 1].text) || headAt === first || isTitleWord(tokens[k + 1]?.text ?? ''));
          // ("The Conservative shadow universities minister, X,": a portfolio in the plural before the head)
          const portfolio = first >= 0 && first === headAt && k > 0 && /^\p{Ll}{3,}s$/u.test(w) && !/ss$/.test(w) && /^(?:shadow|the|The|its|their)$/.test(tokens[k - 1].text);
          // ("Its Deputy Secretary-General in charge of customs and trade, X,": what the office is in charge of)
          const inCharge = first >= 0 && ((w === 'charge' && tokens[k + 1]?.text === 'of') || (w === 'in' && tokens[k + 1]?.text === 'charge' && k > 0 && isTitleHead(tokens[k - 1].text)));
          // ("Namibia's Minister of International Relations and Trade, X,": the capitalized field after the office's "of")
          // ("The commission’s Head of Media and Publicity, X,": the field's last word ends the title, whatever it is)
          const fieldOfOffice = (first >= 0 || k === titleEnd) && (isCapitalized(w) || w === 'and') && ofOffice(k);
          // ("Its Programme Manager, Malam X,": a capitalized word of the office right after a possessive)
          const ownedOffice = first >= 0 && k > 0 && isCapitalized(w) && /^(?:Its|Their|His|Her)$/.test(tokens[k - 1].text);
          // ("MDP MP for Thimarafushi, X,": a party's initials no list knows before a lawmaker's office)
          const partyInitials = first === k + 1 && /^\p{Lu}{2,6}$/u.test(w) && /^(?:MP|MLA|MNA|MPP|MK|MEP|Senator|lawmaker|legislator|councillor|councilor)$/.test(tokens[first].text);
          // ("The IPMAN National Vice-President, X,", "The NANTS chairman, X,": a body's initials no list knows, after "The")
          const bodyInitials = first === k + 1 && headAt >= 0 && /^\p{Lu}{2,6}$/u.test(w) && k > 0 && /^(?:The|the)$/.test(tokens[k - 1].text) && !/^(?:US|UK|UN|EU)$/.test(w);
          if (isTitleWord(w) || entityToken(k) || partyInitials || bodyInitials || /^(?:of|for|LC\d)$/.test(w) || envoyTo(k) || joined || ofThe || joinedOffices || portfolio || inCharge || fieldOfOffice || ownedOffice || (portfolioFrom >= 0 && k > portfolioFrom) || (w === 'the' && k > 0 && envoyTo(k - 1))) {
            if (isTitleHead(w) && headAt < 0) headAt = k;
            first = k;
            if (k === 0 || !/^[ -]$|^[’']s $/.test(gap(k - 1, k))) break;
            k--;
          } else break;
        }
        // ("The whereabouts of the LDF commander, X,": a title opens on no "of" or "the"; what comes before them is no office)
        while (first >= 0 && first < headAt && /^(?:of|for|the)$/.test(tokens[first].text)) first++;
        // ("The Kakumiro District chairperson, Mr X,", "The Taichung Deputy Mayor, X,": the place that names
        // a local office, one or two capitalized words no list knows)
        // ("The Nwoya district chairperson, X,", "The Nwoya LC5 chairperson, X,": a district's office in lower
        // case, or Uganda's numbered local councils)
        // ("Serowe North MP, X (BDP) said": a lawmaker's constituency before "MP")
        // ("The Ashanti Regional Chairman of GUTA, Mr. X,", "the Oyo State Chairman of AFAN, Chief X,": a region's or a state's office)
        if (first > 0 && headAt >= 0 && tokens.slice(first, titleEnd + 1).some((t) => /^(?:District|County|Province|Municipal|Metropolitan|City|Mayor|Governor|Dzongdag|Gup|Thrompon|MP|Regional|State|district|county|municipal|regional|LC\d)$/.test(t.text))) {
          first = placeOfOffice(first);
        }
        // "Oxfam's policy director, X,", "its campaigns director, X,": lower-case words of the office
        // between a possessive and its head.
        if (first > 0 && headAt >= 0) first = officeModifiersFrom(first);
        const before = first > 0 ? tokens[first - 1].text : '';
        // (at a sentence's start, the dateline's included, or right after the quotation it attributes:
        // "\"…,\" Kenya's lead negotiator, X, said")
        // ("the coalition's president, X,": a described body's officer)
        // ("Puno's regional governor, X,": a possessor that opens the sentence)
        // ("In Cairo, Egypt’s foreign minister, X,": after a sentence's opening place or time, too)
        // ("said that Malaysia’s special envoy on Myanmar, X, had": or a reported clause's "that")
        const opened = text.slice(Math.max(0, tokens[first]?.start - 60), tokens[first]?.start);
        // ("chaired by Beijing's special envoy for Asian affairs, X,", "met with China's foreign minister, X,":
        // a country's or body's office after a preposition)
        // ("also summoned Uruguay's ambassador in Buenos Aires, X,": a country's office after any verb)
        const possessorAfterPreposition = (/^(?:by|with|from|to|between|and|for)$/.test(before) || (/^\p{Ll}+$/u.test(before) && entities.at(tokens[first].start)?.kind === 'COUNTRY')) && entityToken(first) && /^['’]s $/.test(gap(first, first + 1));
        // (or a paragraph's start, after a section's label that has no stop: "Opposition weighs in / Chadema's deputy …")
        // ("The Honourable Minister of Solid Minerals Development, Dr. X,": the style Nigerian papers give the office)
        const styledOffice = /^(?:Honourable|Honorable|Hon)$/.test(before) && /(?:^|[.!?]\s+|\n|\b[Tt]he\s+)(?:Honourable|Honorable|Hon\.?)\s+$/.test(text.slice(Math.max(0, tokens[first]?.start - 20), tokens[first]?.start));
        const okStart = first === 0 || possessorAfterPreposition || styledOffice || /^(?:his|her|their|its|the|a|an|whose|that)$/i.test(before) || /(?:[.!?]|[,.!?][”"]|\)\s*[-–—]|\n)\s*$/.test(text.slice(Math.max(0, tokens[first]?.start - 5), tokens[first]?.start)) ||
          OPENED_SENTENCE.test(opened) ||
          // ("According to Ilala Regional Police Commander, ACP X, seven people …": the office a source opens with)
          /\b(?:[Aa]ccording to|[Aa]s per)\s+$/.test(text.slice(Math.max(0, tokens[first]?.start - 16), tokens[first]?.start)) ||
          // ("But Minister of Agriculture, Honourable X, has dismissed": after a conjunction that opens the sentence)
          /(?:^|[.!?][”"’]?\s+|\n)(?:But|And|Yet|However,|Also,|Still,)\s+$/u.test(text.slice(0, tokens[first]?.start ?? 0).slice(-20)) ||
          /(?:^|[.!?]\s+|\n)\p{Lu}[\p{L}.-]*['’]s\s+$/u.test(text.slice(Math.max(0, tokens[first]?.start - 40), tokens[first]?.start)) ||
          OPENED_POSSESSOR.test(opened) ||
          /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+\p{Ll}[\p{Ll}-]*['’]s\s+$|\b[Tt]he\s+\p{Lu}{2,6}['’]s\s+$/u.test(text.slice(Math.max(0, tokens[first]?.start - 30), tokens[first]?.start)) ||
          // ("The Liberal Democrats’ work and pensions spokesperson, X,": a party's plural possessive)
          // ("the Islamic Emirate’s deputy spokesman, X,": or a named body's singular one, known or not)
          /\b[Tt]he\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:s['’]|['’]s)\s+$/u.test(text.slice(Math.max(0, tokens[first]?.start - 50), tokens[first]?.start)) ||
          // ("…, Minerals and Energy minister, Kabelo Ramokate told Parliament": Botswana's papers set the office
          // off with a comma before the speaker of a trailing attribution)
          (first > 0 && /,\s$/.test(text.slice(tokens[first].start - 2, tokens[first].start)) && /^\p{Lu}/u.test(tokens[first].text) && /^\s+(?:told|said|says|added)\b/.test(text.slice(tokens[b].end, tokens[b].end + 8)));
        if (first >= 0 && headAt >= 0 && okStart && !/^(?:of|for)$/.test(tokens[titleEnd].text)) {
          const span = { start: tokens[first].start, end: tokens[titleEnd].end };
          const role = roleFrom(text.slice(span.start, span.end), span, entities, text);
          // "The European Commission's chief negotiator": the organization goes to the role.
          // ("the director of the Serbian government’s Office for Kosovo and Metohija": a possessive inside
          // the office's "of" belongs to the body it names; the title ends before that "of")
          const possessiveAt = role.title.search(/['’]s\s/);
          const ofAt = role.title.search(/\s(?:of|for)\s/);
          role.title = possessiveAt > 0 && ofAt > 0 && ofAt < possessiveAt ? role.title.slice(0, ofAt) : role.title.replace(/^.*?['’]s\s+/, '');
          // ("the Chief Corporate Communications Officer of NNPC Ltd, X,": a body after "of" too, as an
          // apposition after the name has it; a place stays: "The Governor of Ogun State")
          const ofBody = / of (?:the )?([^,]+)$/.exec(role.title);
          // ("The head of the main opposition Constitutional Democratic Party of Japan (CDP), X,": after a party's standing too)
          const body = ofBody ? entities.mentions.find((m) => m.end === span.end && (text.slice(m.start, m.end) === ofBody[1] || (m.start > span.end - ofBody[1].length && /^(?:(?:main|ruling|governing|opposition)\s+)+$/.test(text.slice(span.end - ofBody[1].length, m.start))))) : undefined;
          if (ofBody && body && !['COUNTRY', 'REGION'].includes(entities.entities[body.entity].kind) && ofBody.index > 0) role.title = role.title.slice(0, ofBody.index);
          // ("a spokeswoman for the governor, X,": whose spokeswoman is not part of her title)
          const forOffice = /^(.+?) (?:for|to) the ((?:[\p{Ll}-]+ ){0,2}([\p{Ll}-]+))$/u.exec(role.title);
          if (forOffice && isTitleHead(forOffice[3]) && isTitleHead(forOffice[1].split(' ').at(-1)!)) role.title = forOffice[1];
          add(name, role, true);
          return true;
        }
      }
      return false;
    };
    if (readOfficeBefore()) return;
    const readApposition = (): boolean => {
      // (c) "Lotfi Azzouz, Tunisia country director for Amnesty International,"
      // (not a place a sentence opens with: "At the relief centre in Taman Sri Muda, an official from …")
      if (a > 0 && /^(?:in|at|near|outside)$/.test(tokens[a - 1].text) && /^, (?:an?|the) /.test(text.slice(tokens[b].end, tokens[b].end + 6)) && OPENED_SENTENCE.test(text.slice(Math.max(0, tokens[a].start - 80), tokens[b].end + 2))) return true;
      // ("Thandiwe Mokoena of South Africa, the Africa Group's chief negotiator,": where they are from comes first)
      const origin = /^ of (?:the )?\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,2}(?=,)/u.exec(text.slice(tokens[b].end, tokens[b].end + 60));
      const afterStart = tokens[b].end + (origin && entities.at(tokens[b].end + origin[0].length - 1) ? origin[0].length : 0);
      const after = text.slice(afterStart, Math.min(text.length, afterStart + 160));
      // (the periods of "U.N." or "U.S." do not end it: "a spokesperson for the U.N. peacekeeping force";
      // they are masked while matching, and the text keeps its offsets)
      // (nor an "and" inside a body's name: "Director of Traffic Engineering at the Roads and Transport Authority")
      // (nor a body's initials in parentheses inside the office: "the World Health Organization (WHO) Representative
      // in Egypt"; they are blanked while matching)
      let masked = after.replace(/\b(\p{Lu})\.(?=\p{Lu}\.)/gu, '$1\u2024').replace(/\b(\p{Lu}\u2024\p{Lu})\.(?= \p{Ll})/gu, '$1\u2024')
        .replace(/ \(\p{Lu}[\p{Lu}\p{Ll}-]{1,9}\)(?= \p{Lu})/gu, (m) => ' '.repeat(m.length));
      // ("X, Minister of Agriculture, Fisheries and Water Resources, said": nor the commas of its listed portfolios)
      // (looked for only where there is an "and" to end such a list: the lookbehind is slow)
      // (matched forward: a lookbehind at every character was slow)
      if (masked.includes(' and ')) masked = masked.replace(/\b(?:of|for) \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?(?:, \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)+(?=,? and \p{Lu})/gu, (m) => m.replace(/,/g, '\u201a'));
      for (const m of entities.mentions) {
        if (m.end <= afterStart || m.start >= afterStart + masked.length) continue;
        const from = Math.max(0, m.start - afterStart);
        const to = Math.min(masked.length, m.end - afterStart);
        masked = masked.slice(0, from) + masked.slice(from, to).replace(/ and /g, ' &nd ') + masked.slice(to);
      }
      // ("X, the bank's governor,": an article, then the body's possessive, also a described one's: "the
      // lobby group’s director-general", "the civilian National Unity Government's deputy foreign minister";
      // "X, president and chief executive of Y,": two offices joined by "and";
      // "…, the minister of territorial administration and government spokesman,"; "Minister of Human Resources
      // and Emiratisation": an "and" between the capitalized words of an office's field)
      // (or a region's or wing's name in brackets after the office: "X, Chairman APTMA (North Zone), said")
      // ("X, a People's Party MP for Phuket,": "People's" opens a party's name, no possessor's)
      // ("X, the Natural Resources and Environmental Sustainability Minister,": an "and" between two capitalized
      // portfolios, before the office's head)
      const appMatch = /^, (?:(?:a|an|the|his|her|its|their)\s+)?(?:(?!(?:\p{Lu}[\p{L}\-]*\s+){0,3}People[’']s\s)(?:\p{Lu}[\p{L}\-]*\s+){0,3}[\p{L}\-]+[’']s\s+|(?<=\bthe\s)\p{Ll}+\s+\p{Ll}+[’']s\s+|(?<=\bthe\s)\p{Ll}[\p{Ll}-]*\s+(?:\p{Lu}[\p{L}\-]*\s+){0,3}\p{Lu}[\p{L}\-]*[’']s\s+)?([^,.;:“”"()\n]{2,150}?)(?=[,.;]|[ \t]*\n|\s+(?:said|says|told|who|which)\b|(?<!\b(?:of|for)(?:[\s\u201a]+\p{Lu}[\p{L}-]*){1,6})\s+and\b(?!\s+(?:chief|president|chair(?:man|woman|person)?|managing|executive|deputy|vice|co-?founder|founder|director|general|secretary|head|CEO|(?:government\s+|party\s+|chief\s+)?spokes(?:man|woman|person)|(?:Deputy|Vice)\s+\p{Lu}[\p{L}-]*\s+of|(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Minister|Secretary|Commissioner|Director|Chairman|Chairperson|Administrator))\b)|\s+\(\p{Lu}[\p{Lu}-]+\)|\s+\(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}\)(?=,))/u.exec(masked);
      const appAt = appMatch ? appMatch[0].length - appMatch[1].length : -1;
      const app = appMatch ? [appMatch[0], after.slice(appAt, appMatch[0].length)] : null;
      // Where the apposition's words start in the text.
      const startOff = afterStart + appAt;
      if (app) {
        const words = app[1].split(/\s+/);
        // ("the association's chief advocacy officer": "chief" as a rank, the office's head later)
        const firstHead = words.findIndex((w) => isTitleHead(w));
        const laterHead = /^(?:chief|head|deputy)$/i.test(words[firstHead] ?? '') ? words.findIndex((w, k) => k > firstHead && k <= firstHead + 3 && isTitleHead(w)) : -1;
        const headIdx = laterHead > 0 ? laterHead : firstHead;
        // ("… in Threadneedle Street, Governor Harriet Ashdown said": a title with its own holder's name
        // opens the next subject; it is no apposition of the place before)
        // ("In George Town, Chief Minister Datuk Seri Lim Boon Keat said": past the holder's honorifics)
        const holder = words.slice(headIdx + 1);
        const styled = holder.slice(malayHonorificLength(holder)).filter((w, k, rest) => !(HONORIFICS.has(w) && rest.slice(0, k).every((x) => HONORIFICS.has(x))));
        const ownHolder = headIdx >= 0 && styled.length >= 2 && styled.every((w) => isNameWord(w));
        // "chief economist at a bank", "head coach": the noun after it is the head, and no office.
        // (past capitalized words: "chief India economist")
        const nounAfter = words.slice(headIdx + 1).find((w) => !/^\p{Lu}/u.test(w));
        // ("chief fixed-income analyst at Huachuang Securities": a hyphenated field too)
        const notAHead = nounAfter !== undefined && /^[\p{Ll}-]+$/u.test(nounAfter) && !isTitleWord(nounAfter) && !/^(?:of|for|at|with|to|in|on|and|from)$/.test(nounAfter);
        // ("a senior credit officer", "chief investment officer": a rank, then the field, then the head)
        const fieldAfterRank = headIdx >= 2 && headIdx <= 3 && /^(?:senior|chief|lead|principal|deputy|assistant|junior)$/.test(words[0]) && words.slice(1, headIdx).every((w) => /^\p{Ll}+$/u.test(w));
        // ("X, the alliance’s litigation director,": after a body's possessive, lower-case words name the office's field)
        const ownersField = headIdx >= 1 && headIdx <= 2 && /[’']s\s+$/.test(appMatch![0].slice(0, appAt)) && words.slice(0, headIdx).every((w) => /^\p{Ll}+$/u.test(w));
        if (headIdx >= 0 && headIdx <= 5 && !notAHead && !ownHolder && (fieldAfterRank || ownersField || words.slice(0, headIdx).every((w, k) => isTitleWord(w) || /^\(?\p{Lu}/u.test(w) || /^(?:of|the)$/.test(w) || (w === 'and' && k > 0 && /^\p{Lu}/u.test(words[k - 1]) && /^\p{Lu}/u.test(words[k + 1] ?? ''))))) {
          // ("Deputy Ruler of Sharjah and Deputy Chairman of the Sharjah Executive Council": two capitalized
          // offices, each with its own "of", are two roles, each read as a title of its own)
          const twoOffices = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+of\s+.+?)\s+and\s+((?:Deputy|Vice|Acting)\s+\p{Lu}[\p{L}-]*\s+of\s+.+)$/u.exec(app[1]);
          if (twoOffices) {
            for (const part of [twoOffices[1], twoOffices[2]]) {
              const at = startOff + app[1].indexOf(part);
              const span = { start: at, end: at + part.length };
              const body = entities.mentions.find((m) => m.end === span.end && m.start > at && !['COUNTRY', 'REGION'].includes(entities.entities[m.entity].kind));
              const cut = body ? /\s+of\s+(?:the\s+)?$/.exec(text.slice(at, body.start)) : null;
              add(name, roleFrom(cut ? part.slice(0, cut.index) : part, span, entities, text), true);
            }
            return true;
          }
          let title = app[1];
          // ("Director of Traffic Engineering at the RTA": the body that ends the title goes from its own
          // preposition, not the office's first "of")
          const endingBody = entities.mentions.find((m) => m.end === startOff + title.length && m.start > startOff && !['COUNTRY', 'REGION'].includes(entities.entities[m.entity].kind));
          const ownPreposition = endingBody ? /\s+(?:at|with|for|in|from)\s+(?:the\s+)?$/.exec(title.slice(0, endingBody.start - startOff)) : null;
          // "country director for Amnesty International": the organization goes to the role, not the title.
          const forOrg = ownPreposition ? null : /\s+(?:for|at|with|of|in|from)\s+(.+)$/.exec(title);
          if (ownPreposition) title = title.slice(0, ownPreposition.index);
          if (forOrg) {
            const orgPos = startOff + title.length - forOrg[1].length;
            // The body may come after a description: "founder of the campaign group River Action".
            // After "of" only a body that ends the title: "member of Ennahda's general secretariat" stays whole.
            const ofBody = forOrg[0].trimStart().startsWith('of');
            const inside = entities.mentions.find((m) => m.start >= orgPos && (ofBody ? m.end === startOff + title.length : m.end <= startOff + title.length));
            let e = (ofBody ? undefined : entities.at(orgPos)) ?? (inside ? entities.entities[inside.entity] : undefined);
            // ("undersecretary at Sudan's Federal Ministry of Health": the country's body, not the country)
            if (e?.kind === 'COUNTRY') {
              // ("spokesman for the US Department of Health and Human Services", cut at "and": the body
              // that starts with the country's form and runs past the cut)
              const body = entities.mentions.find((m) => m.start > orgPos && m.end <= startOff + title.length && entities.entities[m.entity].kind !== 'COUNTRY') ??
                entities.mentions.find((m) => inside && m.start <= inside.start && m.start >= orgPos && m.end > startOff + title.length && entities.entities[m.entity].kind !== 'COUNTRY');
              if (body) e = entities.entities[body.entity];
            }
            // (a place after "of" stays: "Deputy Ruler of Sharjah"; not one "in" it: "… firefighters in Andalusia")
            // (nor one an office is "for", right after it: "People's Party MP for Phuket"; not "a spokesman for the union's
            // forest firefighters in Andalusia")
            const forPlace = forOrg[0].trimStart().startsWith('for') && e !== undefined && (entities.at(orgPos) ?? (text.startsWith('the ', orgPos) ? entities.at(orgPos + 4) : undefined)) === e;
            if (e && e.kind !== 'COUNTRY' && !(e.kind === 'REGION' && (ofBody || forPlace))) title = title.slice(0, forOrg.index);
            // "spokesman for the US Department of Health …", "head of the Solidarity of Individual Farmers
            // union": a body's name the lists do not know ends the title all the same.
            // (not a part of a body: "chair of the BMA's resident doctors committee")
            // ("a spokeswoman for the retailer": a body named by what it is ends it too)
            // ("a spokesman for the union’s forest firefighters in Andalusia": a described body's people)
            // ("a spokesperson for Gov. Ross Whitaker": whose spokesperson, a titled person, is no part of the title)
            else if (!e && isAbbreviationBeforeName(forOrg[1])) title = title.slice(0, forOrg.index);
            // ("an MP from We Continue the Change - Democratic Bulgaria (PP-DB)": a name its initials follow is a body's)
            else if ((!e || e.kind === 'COUNTRY') && !ofBody && /^\p{Lu}/u.test(forOrg[1]) && /^\s+\([\p{Lu}-]{2,10}\)/u.test(text.slice(startOff + app[1].length, startOff + app[1].length + 14))) title = title.slice(0, forOrg.index);
            else if (!e && ((/^the\s+(?:[\p{Ll}-]+\s+){0,2}\p{Lu}/u.test(forOrg[1]) && !/^the\s+\S+['’]s\s/.test(forOrg[1])) || /^the\s+\p{Ll}+['’]s\s/u.test(forOrg[1]) || /^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:company|retailer|agency|ministry|department|bank|group|union|firm|carmaker|automaker|airline|lender|regulator|commission|council|committee|court|government|party|organi[sz]ation|charity|club|team|federation|association|campaign|embassy|military|army|police|office|coalition|alliance|bloc|junta|movement|opposition)$/u.test(forOrg[1]))) title = title.slice(0, forOrg.index);
          }
          const span = { start: startOff, end: startOff + app[1].length };
          // ("the minister of territorial administration and government spokesman": two offices, two roles)
          const second = /^(.+?)\s+and\s+((?:government\s+|party\s+|chief\s+)?spokes(?:man|woman|person))$/.exec(title);
          if (second) add(name, roleFrom(second[2], span, entities, text), true);
          const role = roleFrom(second ? second[1] : title, span, entities, text);
          add(name, role, true);
        } else {
          // "Alysha Tremaine, a meteorologist with Environment and Climate Change Canada,": a job at a
          // government body or an international one speaks for it (one at a company or a group does not).
          const job = /^((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s+(?:with|at|for)\s+(?:the\s+)?(\S.*)$/u.exec(app[1]);
          const body = job && !NOT_STAFF.test(job[1]) ? entities.at(startOff + app[1].length - job[2].length) : undefined;
          if (job && body && (body.kind === 'GOVERNMENT_BODY' || body.kind === 'INTERNATIONAL_ORGANIZATION')) {
            add(name, { title: job[1], organization: body.name, ...(body.country ? { country: body.country } : {}) }, true);
            return true;
          }
        }
      }
      return false;
    };
    readApposition();
  };
  for (const run of runs) readRun(run);

  // Untitled full names are persons too (not officials), so that a later surname resolves:
  // "Donald Trump's tariffs … Trump threatened".
  for (const [a, b] of runs) {
    if (a === b && !GLUED_INITIAL_NAME.test(tokens[a].text)) continue;
    const name = nameOf(a, b);
    // ("the Santa Clara, California-based company": a city before its state or country is no one)
    const placeAfter = /^, \p{Lu}/u.test(text.slice(tokens[b].end, tokens[b].end + 3)) ? entities.at(tokens[b].end + 2) : undefined;
    if (placeAfter && (placeAfter.kind === 'REGION' || placeAfter.kind === 'COUNTRY') && !/^, \p{Lu}[\p{L} ]*?['’]s\b/u.test(text.slice(tokens[b].end, tokens[b].end + 40))) continue;
    // (nor "Rizal Hakimi" after "Rizal Hakimi Mansor": the first two words of a three-word name, read below)
    // (nor "Nana Arhin" after "Nana Kweku Arhin IV")
    if (!byKey.has(name) && !persons.some((p) => p.name.endsWith(' ' + name) || p.aliases.includes(name) || isFirstTwoOf(name, p) || isFirstAndLastOf(name, p))) add(name);
  }

  // "Zarmina, 34, sat with her three children": one name and an age is a person too (many people go
  // by one name), so that "she said" finds her.
  for (const [a, b] of runs) {
    const name = tokens[a].text;
    if (a === b && !byKey.has(name) && /^,\s*\d{1,3},/.test(text.slice(tokens[a].end, tokens[a].end + 8)) && !persons.some((p) => p.aliases.includes(name))) add(name);
  }

  const resolve = (raw: string, create = false, alone = false): Person | undefined => {
    let name = raw.trim().replace(/[’']s$/, '');
    const words = name.split(/\s+/).filter((w) => !HONORIFICS.has(w));
    while (words.length > 1 && POST_NOMINAL.test(words[words.length - 1])) words.pop();
    // Drop leading title words: "President Trump" -> "Trump".
    while (words.length > 1 && (isTitleWord(words[0]) || !/^\p{Lu}/u.test(words[0]))) words.shift();
    name = words.join(' ');
    if (!name) return undefined;
    const direct = byKey.get(name);
    if (direct) return direct;
    // "Al-Mohannadi said" after "Jassim al-Mohannadi": a particle capitalized only to open the sentence.
    if (/^(?:Al|El|Ad|As|Ash|Ar|An|At|Az)-/.test(name)) {
      const lowered = resolve(name[0].toLowerCase() + name.slice(1));
      if (lowered) return lowered;
    }
    const hits = persons.filter((p) => p.aliases.includes(name) || p.name.endsWith(' ' + name));
    if (hits.length >= 1) return hits.find((p) => p.official) ?? hits[0];
    // "Ospina said" after "Gabriel Ospina Restrepo": the first of two Spanish surnames, when one person
    // has it as the next-to-last word (not an alias: in "Julio César Barrios" or "Ahmed Abdel Rahman"
    // that word is no surname).
    if (words.length === 1) {
      const middle = persons.filter((p) => {
        const parts = p.name.split(' ');
        return parts.length >= 3 && parts.at(-2) === name;
      });
      if (middle.length === 1) return middle[0];
      // "Kittipong said" after "Prime Minister Kittipong Srisuwan": Thai (and some other) stories name
      // people again by their given name; only one person's, and not a place or body's ("Israel").
      const given = persons.filter((p) => p.name.split(' ').length >= 2 && p.name.split(' ')[0] === name);
      if (given.length === 1 && !entities.byName(name)) return given[0];
    }
    // ("Rizal Hakimi said" after "Menteri Besar Rizal Hakimi Mansor": a Malay name has no surname, and the
    // papers drop the father's name; only one person's, and no alias, so no other story's "Ana Lucía" is him)
    if (words.length === 2) {
      const firstTwo = persons.filter((p) => isFirstTwoOf(name, p));
      if (firstTwo.length === 1) return firstTwo[0];
      const firstAndLast = persons.filter((p) => isFirstAndLastOf(name, p));
      if (firstAndLast.length === 1) return firstAndLast[0];
    }
    if (words.length >= 2 && words.every((w) => isNameWord(w) || NAME_PARTICLES.has(w))) {
      // A fuller form of a name seen alone before ("Sheinbaum" then "Claudia Sheinbaum").
      return create ? add(name) : undefined;
    }
    if (alone && create && words.length === 1 && isNameWord(name) && !entities.byName(name)) return add(name);
    return undefined;
  };

  for (const s of pendingSingles) {
    const p = resolve(s.name);
    if (p) {
      p.official = true;
      if (!p.roles.some((r) => r.title === s.role.title)) p.roles.push(s.role);
    } else {
      const q = add(s.name, s.role, true);
      q.aliases = [];
    }
  }

  const collectMentions = () => {
    for (const p of persons) p.mentions = [];
    const forms = new Map<string, Person>();
    for (const p of persons) {
      forms.set(p.name, p);
      for (const a of p.aliases) if (!forms.has(a)) forms.set(a, p);
    }
    const starts = phraseStarts(forms.keys());
    for (let t = 0; t < tokens.length; t++) {
      if (!mayStartPhrase(starts, text, tokens[t])) continue;
      for (let n = 4; n >= 1; n--) {
        if (t + n > tokens.length) continue;
        const surface = text.slice(tokens[t].start, tokens[t + n - 1].end);
        // (a blanked nickname's spaces inside: 'Jose Ma. “Pepe” Lacuesta')
        const p = forms.get(surface) ?? (n > 1 && surface.includes('  ') ? forms.get(surface.replace(/ {2,}/g, ' ')) : undefined);
        if (!p) continue;
        p.mentions.push({ start: tokens[t].start, end: tokens[t + n - 1].end });
        t += n - 1;
        break;
      }
    }
  };
  // Mentions are recounted only when asked for after a new person was added.
  let mentionsFor = -1;
  const ensureMentions = () => {
    if (mentionsFor === persons.length) return;
    collectMentions();
    mentionsFor = persons.length;
  };

  return {
    persons,
    resolve(name: string, create = false, alone = false) {
      return resolve(name, create, alone);
    },
    mentionedBefore(pos: number, which?: (p: Person) => boolean) {
      ensureMentions();
      let best: Person | undefined;
      let bestPos = -1;
      for (const p of persons) {
        if (which && !which(p)) continue;
        for (const m of p.mentions) if (m.end <= pos && m.start > bestPos) {
          bestPos = m.start;
          best = p;
        }
      }
      return best;
    },
    isUndescribed(person: Person) {
      ensureMentions();
      if (person.roles.length > 0 || person.name.split(/\s+/).length < 2) return false;
      return person.mentions.every((m) => {
        // (past the letters after a name: "Sarah Whitlock KC, who represented …")
        if (DESCRIPTION_AFTER.test(text.slice(m.end, m.end + 40).replace(POST_NOMINAL_AFTER, ''))) return false;
        // (past an honorific: "Ocampo's lawyer, Atty. Gregorio Panganiban")
        const preceding = text.slice(Math.max(0, m.start - 40), m.start);
        // ("Trucker Dexter Ramkissoon, of Chaguanas, said": a private person's trade, capitalized at a sentence's start)
        const trade = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+$/u.exec(preceding);
        if (trade && LAY_DESCRIPTORS.has(trade[1])) return false;
        const before = DESCRIPTION_BEFORE.exec(preceding.replace(/(?<=\s)(?:Atty|Dr|Mr|Mrs|Ms|Prof|Eng)\.?\s+$/, ''));
        return !before || NOT_DESCRIPTION.test(before[1]);
      });
    },
    officials() {
      ensureMentions();
      return persons
        .filter((p) => p.official)
        .map((p) => ({ name: p.name, aliases: [...p.aliases], roles: p.roles.map((r) => ({ ...r })), mentions: p.mentions.map((m) => ({ ...m })) }));
    },
  };
}
