// Named entities: countries (from the world-countries data), curated well-known bodies, and
// organizations found by pattern — a capitalized name ending in an organization word ("... Trading
// Corporation", "Interior Ministry", "Catholic Church"), "Ministry/Department of X", an appositive
// that says what a name is ("Beijing Sukbakso, a Chinese company"), "the X party", and an acronym
// in parentheses. Later short forms ("the Commission", "Treasury") are tied back to the full name.
import { COUNTRIES } from './countries.js';
import { Subdivisions, regionKey } from './subdivisions.js';
import { CANADIAN_PROVINCE_ABBREVIATIONS, KNOWN_BODIES, SEAT_METONYMS, US_STATE_ABBREVIATIONS, US_STATE_POSTAL_CODES } from './knownBodies.js';
import { GLUED_INITIAL_NAME, HONORIFICS, LAY_DESCRIPTORS, NAME_PARTICLES, TITLE_HEADS, isAbbreviationBeforeName, isNameWord, isTitleHead, isTitleWord } from './names.js';
import { matchesInLinesWith } from './lineMatches.js';
import { isCapitalized, mayStartPhrase, phraseStarts, tokenize, type Token } from './tokens.js';
import type { EntityKind, ExtractedEntity, Span } from './types.js';

interface GazetteerEntry {
  name: string;
  kind: EntityKind;
  country?: string;
  /** A capital city: it names the government only in some contexts. */
  capital?: boolean;
  /** Every known form of the entry, for aliases. */
  forms: string[];
  /** A form several entries share: the text decides between them (settleNames). */
  ambiguous?: GazetteerEntry[];
}

/** An entry with every field present, in one order: entries of one shape keep the passes that read them optimized. */
function gazetteerEntry(e: GazetteerEntry): GazetteerEntry {
  return { name: e.name, kind: e.kind, country: e.country, capital: e.capital, forms: e.forms, ambiguous: e.ambiguous };
}

const GAZETTEER = new Map<string, GazetteerEntry[]>();
const FORMS_BY_NAME = new Map<string, GazetteerEntry>();
let MAX_GAZ_TOKENS = 1;

function addForm(form: string, entry: GazetteerEntry): void {
  const list = GAZETTEER.get(form) ?? [];
  if (!list.some((e) => e.name === entry.name)) list.push(entry);
  GAZETTEER.set(form, list);
  MAX_GAZ_TOKENS = Math.max(MAX_GAZ_TOKENS, tokenize(form).length);
}

for (const body of KNOWN_BODIES) {
  const entry = gazetteerEntry({ name: body.name, kind: body.kind, country: body.country, forms: body.forms });
  FORMS_BY_NAME.set(body.name, entry);
  for (const f of body.forms) addForm(f, entry);
}
// Sovereign states first, so that a demonym shared with a territory ("French", "American") means the state.
const ORDERED = [...COUNTRIES].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'COUNTRY' ? -1 : 1));
for (const c of ORDERED) {
  const entry = gazetteerEntry({ name: c.name, kind: c.kind, forms: [...c.forms, ...c.capitals] });
  FORMS_BY_NAME.set(c.name, entry);
  for (const f of c.forms) {
    if (c.kind === 'REGION' && GAZETTEER.has(f)) continue;
    addForm(f, entry);
  }
  const capEntry = gazetteerEntry({ ...entry, capital: true });
  for (const cap of c.capitals) if (!GAZETTEER.has(cap)) addForm(cap, capEntry);
}

// A bare word that is also part of another country's name ("Congo" in "DR Congo") is ambiguous
// between them; the text decides (see below).
for (const c of ORDERED) {
  if (c.kind !== 'COUNTRY') continue;
  const words = c.name.split(' ');
  if (words.length < 2) continue;
  for (const w of words) {
    const list = GAZETTEER.get(w);
    const self = FORMS_BY_NAME.get(c.name);
    // (not "Korea", which news uses for the South only, beside "North Korea", always named in full)
    const compassPair = /^(?:North|South)$/.test(words[0]) && list?.[0]?.name === `${words[0] === 'North' ? 'South' : 'North'} ${w}`;
    if (list && self && list[0].kind === 'COUNTRY' && !list.some((e) => e.name === c.name) && !compassPair) list.push(self);
  }
}

// The initials of a body known as local (KnownBody.local) name it only where the story names its country:
// "the NDC government" in a Ghanaian story, "countries' NDCs" in a climate one.
const LOCAL_INITIALS = new Map(KNOWN_BODIES.filter((b) => b.local).flatMap((b) => b.forms.filter((f) => /^\p{Lu}{2,6}$/u.test(f)).map((f) => [f, b] as const)));
/** A form the gazetteer holds for some body everywhere (a local body's initials are free for another's: "The CCC" in Castries). */
const knownEverywhere = (form: string) => GAZETTEER.has(form) && !LOCAL_INITIALS.has(form);

const GOV_HEADS = new Set([
  'Ministry', 'Department', 'Bureau', 'Senate', 'Parliament', 'Congress', 'Cabinet', 'Administration', 'Authority',
  'Guard', 'Police', 'Army', 'Navy', 'Forces', 'Court', 'Reserve', 'Secretariat', 'Duma', 'Knesset', 'Office',
  'Agency', 'Commission', 'Service', 'Assembly', 'Directorate', 'Government', 'Chiefs', 'Command', 'Tribunal',
  'Bundestag', 'Bundesrat', 'Sejm', 'Riksdag', 'Storting', 'Majlis', 'Sabha', 'Chancellery',
  // ("the Swedish Energy Markets Inspectorate", Albania's "Supreme State Audit", a state's labour inspection)
  'Inspectorate', 'Audit', 'Inspection',
  // (Pakistan's "Petroleum Division", "the Justice Department's Antitrust Division", a police "Cybercrime Division": a ministry's
  // or an agency's unit)
  'Division',
  // ("the National Archives of Australia", "the National Film and Sound Archive")
  'Archives', 'Archive',
  // (a city's or a district's council: "eThekwini Municipality")
  'Municipality',
]);
const COMPANY_HEADS = new Set([
  // (Malaysia's "Bhd" and "Sdn Bhd": Berhad, a limited company)
  // (a joint-stock company: "Uzbekneftegaz JSC", "Hududgaztaminot JSC")
  'Corporation', 'Refinery', 'Corp', 'Inc', 'Ltd', 'Co', 'Company', 'JSC', 'PJSC', 'OJSC', 'Bhd', 'Berhad', 'Group', 'Holdings', 'Airlines', 'Airways', 'Motors', 'Motor',
  'Industries', 'Technologies', 'LLC', 'PLC', 'Plc', 'AG', 'GmbH', 'Petroleum', 'Enterprises', 'Bank',
  'Electronics', 'Securities', 'Pharmaceuticals', 'Chemicals', 'Semiconductor', 'Investments', 'Insurance', 'Logistics',
  'Telecom', 'Steel', 'Aviation', 'Aerospace', 'Dynamics', 'Systems', 'Pharma', 'Labs', 'Mining', 'Shipping', 'Software',
  'LLP', 'LP', 'Shipyard', 'Shipyards', 'Shipbuilding', 'Marine', 'Therapeutics', 'Biosciences', 'Networks', 'Exchange', 'Biologics', 'Biotech', 'Biopharma', 'Laboratories', 'Semiconductors',
  // (names abroad keep their own language's word: "Havenstad Energie", "Enel Energia")
  'Energie', 'Energia', 'Énergie',
  // (pollsters and data firms: "a poll by Abacus Data")
  'Data', 'Analytics', 'Insights', 'Polling',
  // (contractors: "Kgotso Water Solutions", "Delta Contractors"; not "Engineering" or "Services", fields of offices)
  'Solutions', 'Contractors',
]);
// Named areas that are not countries: seas, islands, provinces ("North Sea", "Shetland Islands").
const REGION_HEADS = new Set(['Area', 'Prefecture', 'Governorate', 'Oblast', 'County', 'Sea', 'Ocean', 'Islands', 'Island', 'Peninsula', 'Strait', 'Straits', 'Province', 'Region', 'Desert', 'Basin', 'Mountains', 'Bay', 'Gulf', 'Valley', 'Delta', 'Territory', 'Territories', 'Shoal', 'Shoals', 'Reef', 'Reefs', 'Atoll', 'Archipelago', 'Reservoir']);
const ORG_HEADS = new Set([
  'Center', 'Centre', 'Centers', 'Centres', 'Church', 'Cross', 'Crescent', 'Body', 'Confederation', 'Institute', 'Foundation', 'Fund', 'Association', 'Union', 'Party', 'Front',
  'Movement', 'Alliance', 'League', 'Coalition', 'Federation', 'Brotherhood', 'Museum', 'University', 'College',
  'Council', 'Committee', 'Network', 'Society', 'International', 'Organization', 'Organisation', 'Community',
  'Watch', 'Forum', 'Programme', 'Program', 'Board', 'Chamber', 'Trust', 'Initiative', 'Observatory', 'Radio',
  'Television', 'Broadcasting', 'Consortium', 'Hospital', 'School', 'Academy', 'Mission', 'Delegation', 'News', 'Conference', 'Chambers', 'Caucus', 'Mechanism', 'Unions',
]);
const IO_MARKERS = /\b(?:United Nations|UN|World|International|European|African|Asian|Arab|Pacific|Atlantic|Nations|Development Community|Economic Community|Islamic Cooperation)\b/;
// Capitalized words that may follow a demonym inside a title ("Mexican Economy Minister").
const TITLE_LIKE = /^(?:MEP|MP|Senator|Congressman|Congresswoman|Lawmaker|President|Prime|Crown|Minister|Foreign|Defen[cs]e|Economy|Finance|Interior|Trade|Justice|Health|Secretary|Ambassador|Embassy|Government|Army|Navy|Air|Armed|Foreign|Chancellor|Premier|Leader|King|Queen|Prince|General|Vice|Deputy|State|National|Supreme|Central|Parliament|Senate|Congress|Ministry|Cabinet|Coast|Red|Special|Federal|Communist|Socialist|Democratic|Labour|Conservative|People’s|People's|Prime)$/;
// Portfolio words that also follow a demonym inside a title ("French Industry Minister").
const PORTFOLIO = /^(?:Industry|Energy|Education|Culture|Labor|Transport|Agriculture|Environment|Commerce|Development|Information|Tourism|Digital|Housing|Communications|Security|Intelligence|Home|Treasury|Chief|Acting|Senior|Former|Economic|Economics|Labour|Employment|Welfare|Science|Technology|Infrastructure|Climate|Water|Mining|Mines|Petroleum|Oil|Fisheries|Sports|Youth|Women|Social|Public|Local|Regional|Rural|Urban|Budget|Investment|European|Consumer|Competition|Trade|Migration|Immigration|Equality|Planning)$/;
/** What a sentence calls a company it has named: "…, the carmaker said" (speakers.ts resolves it too). */
export const COMPANY_NOUNS = 'company|carmaker|automaker|firm|airline|lender|insurer|retailer|chipmaker|drugmaker|miner|manufacturer|maker|producer|conglomerate|operator|carrier|supplier|startup|utility|consultancy|giant|distributor|refiner|exporter|developer';
export const COMPANY_NOUN = new RegExp(`^(?:${COMPANY_NOUNS})$`);
const COMPANY_ATTRIBUTION = new RegExp(`,\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?(?:${COMPANY_NOUNS})\\s+(?:said|says|added|announced|reported|confirmed)\\b`, 'u');
// "the regulator Ofwat", "the campaign group River Action", "the carmaker Volkswagen": a noun that says what the next name is.
// (A company noun needs no article: "rival engine maker Skyline Dynamics", "chipmaker Nvidia".)
// ("its junior partner Komeito", "told public broadcaster NHK": a partner after a possessive, a
// broadcaster without an article)
// ("the Telegram channel Baza", "the independent outlet Verstka": a medium by what it is)
// ("Irish airline group Corvia", "securities regulator CMVM", "Consumer group BEUC": a bare
// description of a business, a market regulator or an advocacy body; "state logistics agency Bulog",
// "national disaster management agency BNPB": an agency by what it does; "public health institute RIVM",
// "regional health board GGD Rotterdam-Rijnmond": a state's institute or board too)
const DESCRIBED_BEFORE = new RegExp(`(?:\\b(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[\\p{L}’'-]+ ){0,3}(body|group|association|organi[sz]ation|charity|lobby|regulator|watchdog|party|union|network|coalition|partner|broadcaster|newspaper|daily|magazine|site|website|platform|outlet|channel|tabloid|portal|institute|agency|NGO|${COMPANY_NOUNS})|\\b(${COMPANY_NOUNS}|broadcaster|pollster|think tank)|\\b(?:${COMPANY_NOUNS}|media|mining|energy|oil|steel|luxury|technology|tech|chemicals|engineering|shipping|logistics|insurance|banking|travel) (group)|\\b(?:securities|financial|markets?|competition|antitrust|energy|telecoms?|media|banking|aviation|privacy|data protection|nuclear) (regulator|watchdog)|\\b(?:[Ss]tate|[Gg]overnment|[Ff]ederal|[Nn]ational|development|statistics|tax|space|environment(?:al)?|disaster|investment|export|aid|food|drug|health)(?:-run)? (?:\\p{Ll}+ ){0,2}(agency|institute|board)|\\b(?:[Cc]onsumer|[Cc]ampaign|[Rr]ights|[Ii]ndustry|[Tt]rade|[Ll]obby|[Aa]dvocacy|[Ee]nvironmental|[Pp]atients['’]?) (group|body|association))\\s$`, 'u');
const SINGLE_SPACE_GAP = /^ $/;
// ('es' inside a place's name: "University of Dar es Salaam")
// ("Grupo Aeroportuario del Sureste", "Banco do Brasil", "Cassa Depositi e Prestiti": Romance languages' particles too)
const CONNECTORS = new Set(['of', 'and', 'for', 'the', 'de', 'on', 'du', 'des', 'la', 'al', 'es', 'del', 'do', 'da', 'dos', 'das', 'della', 'di']);
// Capitalized words that open sentences or clauses and are never part of a name.
const NOT_NAME = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'Under', 'After', 'Before', 'As', 'If', 'When', 'While',
  'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our',
  'Last', 'Next', 'Despite', 'Although', 'Since', 'For', 'From', 'With', 'By', 'To', 'Asked', 'Speaking', 'Then',
  'Still', 'Also', 'So', 'Yet', 'Meanwhile', 'However', 'Many', 'Some', 'Several', 'Two', 'Three', 'Both', 'All',
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Showing',
  'Near', 'Off', 'Outside', 'Inside', 'Across', 'Along', 'Around', 'Beyond', 'Within', 'Between', 'Among', 'Through', 'During', 'Until', 'Over',
  // Adverbs and determiners that open a sentence before a name: "Only Congress can …", "Even Germany …".
  'Only', 'Even', 'Every', 'Each', 'No', 'Neither', 'Nor', 'Now', 'Once', 'Instead', 'Like', 'Unlike',
  // ("Rival Naver Corp. climbed": what the company is to the story, not its name)
  'Rival', 'Rivals',
]);
const APPOSITIVE_KIND: Array<[RegExp, EntityKind]> = [
  [/^(?:company|firm|(?:auto|car|chip|drug|steel|plane|truck|phone|tyre|tire|toy|game|engine|aircraft|vaccine)?maker|manufacturer|producer|carrier|conglomerate|giant|subsidiary|operator|retailer|lender|bank|startup|supplier|exporter|importer|shipping line|airline|insurer|miner|utility|refiner|publisher)$/u, 'COMPANY'],
  [/^(?:organization|organisation|group|party|movement|militia|charity|think tank|institute|body|network|newspaper|broadcaster|agency|coalition|union|alliance|faction|association|lobby|federation)$/, 'ORGANIZATION'],
  // A regulator is a state body, as in "the regulator Ofwat" (describedKind).
  [/^(?:regulator|watchdog|service|water board)$/, 'GOVERNMENT_BODY'],
];

export interface EntityIndex {
  entities: ExtractedEntity[];
  /** Mentions sorted by start, each pointing to an entity index. */
  mentions: Array<Span & { entity: number }>;
  /** The entity whose mention covers a position, if any. */
  at(pos: number): ExtractedEntity | undefined;
  byName(name: string): ExtractedEntity | undefined;
}

/** Countries whose names are also first names ("Jordan Whitlock", "Chad Moreau", "Georgia Reyes"). */
const FIRST_NAME_COUNTRIES = new Set(['Jordan', 'Chad', 'Georgia', 'India', 'Israel', 'Kenya', 'Jamaica', 'Trinidad']);

/** A building's word after a name ("City and County Building"): the run names the building. */
const BUILDING = /^(?:Building|Tower|Towers|Hall|Plaza|Stadium|Arena|Airport|Station|Bridge|Square)$/;

const LEGAL_FORM = /^(?:Inc|Ltd|LLC|PLC|Plc|plc|AG|GmbH|SA|SE|NV|Co|Corp)$/;

const MISSION_HEAD = /^(?:Mission|Office|Delegation|Representation)$/;
// A legislature's own committees: "Senate Commerce Committee", "House Armed Services Committee".
const CHAMBER = /^(?:Senate|House|Parliament|Congress|Assembly|Bundestag|Knesset|Duma|Lords|Commons|Diet|Legislature|Majlis|Sejm)$/;
const COMMITTEE = /^(?:Committee|Subcommittee|Caucus)$/;

function kindForHead(head: string, name: string): EntityKind {
  if (COMMITTEE.test(head) && CHAMBER.test(name.split(' ')[0])) return 'GOVERNMENT_BODY';
  if (IO_MARKERS.test(name) && /^(?:Union|Community|Organization|Organisation|Fund|Bank|Council|Agency|Commission|Court|Forum|Programme|Program|Assembly|Mission|Office|Delegation)$/.test(head)) {
    return 'INTERNATIONAL_ORGANIZATION';
  }
  if (REGION_HEADS.has(head)) return 'REGION';
  // "National Liberation Army", "Revolutionary Armed Forces of Colombia": armed groups, not a state's
  // forces (but China's "People's Liberation Army" is).
  if (/^(?:Army|Forces|Front)$/.test(head) && /\b(?:Liberation|Revolutionary|Rebel|Resistance|Free)\b/.test(name) && !/\bPeople['’]s\b/.test(name) && name.split(' ').length >= 3) return 'ORGANIZATION';
  // "Nigeria Labour Congress", "Trades Union Congress": unions, not legislatures.
  if (head === 'Congress' && /\b(?:Labour|Labor|Trades?|Workers|Unions?)\b/.test(name)) return 'ORGANIZATION';
  // "Central Bank of Nigeria", "Reserve Bank of India": a government's bank, not a company.
  if (head === 'Bank' && /\b(?:Central|Reserve|National Bank of)\b/.test(name)) return 'GOVERNMENT_BODY';
  // ("Pune Municipal Corporation", "Dhaka North City Corporation", "the Corporation of Hamilton": a city's government, not a company)
  if (head === 'Corporation' && (/\b(?:Municipal|City|Metropolitan)\s+Corporation\b/.test(name) || /^Corporation of (?!the\b)/.test(name))) return 'GOVERNMENT_BODY';
  if (GOV_HEADS.has(head)) return 'GOVERNMENT_BODY';
  if (COMPANY_HEADS.has(head)) return 'COMPANY';
  return 'ORGANIZATION';
}

/** The first letters of the capitalized words: "NPR" for "National Public Radio". */
function initials(words: string[]): string {
  return words.filter((w) => isCapitalized(w)).map((w) => w[0]).join('');
}

function isHead(word: string): boolean {
  return REGION_HEADS.has(word) || GOV_HEADS.has(word) || COMPANY_HEADS.has(word) || ORG_HEADS.has(word);
}

/** Groups whose possessive begins a name: "People's Liberation Army", "Workers' Party", "Women's Institute". */
const COLLECTIVE = /^(?:People|Women|Children|Men|Fishermen|Workers|Farmers|Citizens|Veterans|Teachers|Employers|Nurses|Students|Mothers)$/;

/** A head word among the `n` capitalized words from `from`, one space apart ("Liberation Army"). */
function headWithin(text: string, tokens: Token[], from: number, n: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + n); k++) {
    if (!isCapitalized(tokens[k].text)) return false;
    if (isHead(tokens[k].text)) return true;
    if (k + 1 < tokens.length && !/^ $/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return false;
  }
  return false;
}

/**
 * The last token of a run of capitalized words from `from` that a parenthesis of initials follows, when
 * those initials are the first letters of the capitalized words from `start` to it; else -1.
 */
function initialsAfter(text: string, tokens: Token[], start: number, from: number): number {
  let m = from;
  while (m < tokens.length && m - from < 3 && isCapitalized(tokens[m].text) && text.slice(tokens[m - 1].end, tokens[m].start) === ' ') {
    const acronym = /^ \((\p{Lu}[\p{L}]{1,8})\)/u.exec(text.slice(tokens[m].end, tokens[m].end + 12));
    if (acronym) {
      const words = tokens.slice(start, m + 1).map((t) => t.text);
      return initials(words[0] === 'The' ? words.slice(1) : words).toLowerCase() === acronym[1].toLowerCase() ? m : -1;
    }
    m++;
  }
  return -1;
}

/** Runs of capitalized tokens separated only by spaces, allowing lower-case connectors inside. */
function capitalizedRuns(text: string, tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalized(tokens[i].text) && !/^al-\p{Lu}/u.test(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const gap = text.slice(tokens[j].end, tokens[j + 1].start);
      // A possessive inside a name: "Scottish Fishermen's Federation" (but not "Mexico's Economy Minister").
      // (or a plural's bare apostrophe: "Workers' Party")
      // A collective's possessive may stand further from the head: "People's Liberation Army".
      // (or a known name across it: "Moody's Ratings")
      const possessive = (/^['’]s $/.test(gap) || (/^['’] $/.test(gap) && /s$/.test(tokens[j].text))) && isCapitalized(tokens[j + 1].text) && j + 2 < tokens.length &&
        (GAZETTEER.has(text.slice(tokens[i].start, tokens[j + 1].end)) ||
          (!GAZETTEER.has(tokens[j].text) && (isHead(tokens[j + 1].text) || (COLLECTIVE.test(tokens[j].text) && headWithin(text, tokens, j + 1, 4)))));
      // "Mizuho Research & Technologies", "Procter & Gamble": an ampersand joins two parts of a name.
      const ampersand = gap === ' & ' && isCapitalized(tokens[j + 1].text);
      if (!/^ $|^\s$/.test(gap) && !possessive && !ampersand) break;
      const next = tokens[j + 1].text;
      if (isCapitalized(next) || /^al-\p{Lu}/u.test(next)) {
        j++;
        continue;
      }
      // A connector joins two capitalized parts: "World Travel and Tourism Council", "Ministry of the Interior".
      let k = j + 1;
      while (k < tokens.length && CONNECTORS.has(tokens[k].text) && /^\s$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) k++;
      // ("on" only after a body's head: "Commission on Human Rights", not "Shares on the Tokyo Stock Exchange")
      const onAfterNonHead = tokens.slice(j + 1, k).some((t) => t.text === 'on') && !isHead(tokens[j].text);
      // ("operator BOTAS and Turkmenistan's national gas company": "and" before a country's possessive joins two phrases)
      const andCountrys = tokens[k - 1]?.text === 'and' && /^['’]s\b/.test(text.slice(tokens[k]?.end ?? 0)) && GAZETTEER.get(tokens[k]?.text ?? '')?.[0]?.kind === 'COUNTRY';
      // ("asked the Finance Ministry for UAH 1.4 billion": a currency's code before an amount is no part of a name)
      // (nor an amount written with its currency's letters: "company Masdar for RM1.15 billion")
      const currency = k < tokens.length && ((/^\p{Lu}{3}$/u.test(tokens[k].text) && /^ ?\d/.test(text.slice(tokens[k].end, tokens[k].end + 2))) || /^\p{Lu}{1,3}\d/u.test(tokens[k].text));
      if (k > j + 1 && k < tokens.length && !onAfterNonHead && !andCountrys && !currency && isCapitalized(tokens[k].text) && /^\s$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) {
        j = k;
        continue;
      }
      // ("Association of Local Authorities in Namibia (Alan)": "in" inside a name whose initials in
      // parentheses after it spell the place too)
      const placed = next === 'in' ? initialsAfter(text, tokens, i, j + 2) : -1;
      if (placed > j) {
        j = placed;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

interface RawMention extends Span {
  name: string;
  kind: EntityKind;
  country?: string;
  capital?: boolean;
  surface: string;
  forms?: string[];
  ambiguous?: GazetteerEntry[];
  /** "Mexico's Finance Ministry, known as Hacienda": where the body this name is another name of ends. */
  aliasOf?: number;
}

/**
 * A raw mention with every field present, always in one order: mentions of one shape keep V8's optimized
 * code for the passes that read them (of a dozen shapes, "wrong map" deoptimized them again and again;
 * bench/README.md, "Extraction").
 */
function rawMention(m: Span & { name: string; kind: EntityKind; surface: string } & Partial<RawMention>): RawMention {
  return { start: m.start, end: m.end, name: m.name, kind: m.kind, surface: m.surface, country: m.country, capital: m.capital, forms: m.forms, ambiguous: m.ambiguous, aliasOf: m.aliasOf };
}

/**
 * Every country has a "Foreign Ministry": a government body named only by its function is
 * qualified by the country the text attaches to it ("China's Foreign Ministry", "the Chinese
 * Foreign Ministry") and named "Foreign Ministry of China", so the store does not fold the
 * ministries of different countries into one record. The surface forms stay as aliases.
 */
function qualifyByCountry(r: RawMention, raw: RawMention[], text: string, countryEndingAt: Map<number, RawMention>): void {
  if (r.kind !== 'GOVERNMENT_BODY' || r.country || r.capital || GAZETTEER.has(r.name)) return;
  const words = r.surface.split(' ');
  let country: string | undefined;
  let rest = r.surface;
  const first = GAZETTEER.get(words[0])?.[0];
  if (words.length >= 2 && first?.kind === 'COUNTRY' && !first.capital) {
    country = first.name;
    rest = words.slice(1).join(' ');
  } else {
    // (a country mention ending at the "’s " before it, looked up by its end: a scan per body was quadratic)
    const owner = [r.start - 3, r.start - 2, r.start - 1].map((end) => countryEndingAt.get(end)).find((q) => q !== undefined && /^[’']s\s$/.test(text.slice(q.end, r.start)));
    country = owner?.name;
  }
  // "U.S. Federal Trade Commission": a long name after a country form is the body's own name (but
  // "Kenya National Commission on Human Rights", which starts with the country's own name, keeps it).
  // ("the Israeli Prime Minister's Office": every government has one, so it is named by its country too)
  const headOfGovernmentOffice = /^(?:Prime Minister|President|Chancellor)['’]s Office$/.test(rest);
  const long = rest.split(' ').length > 2 && !headOfGovernmentOffice;
  // ("Nigerian Midstream and Downstream Petroleum Regulatory Authority": an adjective of the country
  // opens the body's own name, which keeps it)
  const demonymOpens = /(?:an|ese|ish|ch)$/.test(words[0]) && words[0] !== country;
  // (only a short form: "Korea Fair Trade Commission" is that body's own full name)
  const abbreviated = /^(?:\p{Lu}\.?){2,4}$/u.test(words[0]);
  if (country && long && rest !== r.surface && words[0] !== country && !demonymOpens && abbreviated) {
    r.forms = [...new Set([...(r.forms ?? []), r.surface, rest])];
    // ("the UAE Ministry of Economy": a ministry of function words is named with its country, as the
    // possessive form is below)
    r.name = /^(?:Ministry|Department) of (?:(?:\p{Lu}\p{L}+|and) ?){1,4}$/u.test(rest) && rest.split(' ').slice(2).every((w) => w === 'and' || TITLE_LIKE.test(w) || PORTFOLIO.test(w) || /^Affairs$/.test(w)) ? `${rest} of ${withArticle(country)}` : rest;
    r.country = country;
    // The country form before it is a mention of the country too.
    raw.push(rawMention({ start: r.start, end: r.start + words[0].length, name: country, kind: 'COUNTRY', surface: words[0] }));
    return;
  }
  // Otherwise only short names made of function words: "Foreign Ministry", "Defence Ministry".
  // ("Singapore’s Ministry of Foreign Affairs": or such words after "Ministry of" behind a possessive)
  const functionWord = (word: string) => TITLE_LIKE.test(word) || PORTFOLIO.test(word) || /^(?:Affairs|Labour|Infrastructure|Economic|Social|Science|Technology|Border|Customs|Immigration|Family|Youth|Sports|Water|Mining|Mines|Oil|Petroleum|Fisheries|Planning|Resources|Irrigation|Ecology|Emergency|Emergencies|Situations|Natural|Constitutional)$/.test(word);
  const ministryOf = /^(?:Ministry|Department) of ((?:\p{Lu}\p{L}+|and) ?){1,4}$/u.test(rest) && rest.split(' ').slice(2).every((word) => word === 'and' || functionWord(word));
  if (!country || (long && !ministryOf) || !headOfGovernmentOffice && !ministryOf && !rest.split(' ').slice(0, -1).every(functionWord)) return;
  const qualified = `${rest.replace(/’/g, "'")} of ${withArticle(country)}`;
  r.forms = [...new Set([...(r.forms ?? []), r.surface, `${country}'s ${rest}`])];
  r.name = qualified;
  r.country = country;
}

/**
 * One text's tokens and the mentions that the passes below claim from them, each token at most once.
 * Each pass is a function of its own: V8's optimizing compiler took over a second of CPU to compile
 * them as one 500-line function (bench/README.md, "Extraction").
 */
class MentionScan {
  readonly tokens: Token[] = [];
  readonly raw: RawMention[] = [];
  readonly taken: Uint8Array;
  /** The runs of capitalized words, found once: most passes walk them. */
  readonly runs: Array<[number, number]>;
  /** The token that starts at each text offset (several passes find names by regular expression). */
  private readonly byStart: Map<number, number>;

  constructor(readonly text: string, bodySpans: Span[], readonly datelineEnd: number) {
    for (const s of bodySpans) this.tokens.push(...tokenize(text, s.start, s.end));
    this.taken = new Uint8Array(this.tokens.length);
    this.runs = capitalizedRuns(text, this.tokens);
    this.byStart = new Map();
    this.tokens.forEach((t, k) => this.byStart.set(t.start, k));
  }

  surface(a: number, b: number): string {
    return this.text.slice(this.tokens[a].start, this.tokens[b].end);
  }

  /** Tokens a..b as a mention (a pattern found what they name), taken from later passes. */
  claim(a: number, b: number, name: string, kind: EntityKind, extra: Partial<RawMention> = {}): void {
    this.raw.push(rawMention({ start: this.tokens[a].start, end: this.tokens[b].end, name, kind, surface: this.surface(a, b), ...extra }));
    for (let t = a; t <= b; t++) this.taken[t] = 1;
  }

  /** The token that starts at a text offset, or -1. */
  tokenAt(start: number): number {
    return this.byStart.get(start) ?? -1;
  }

  /** The tokens that run exactly from one text offset to another, as [first, last], or undefined. */
  tokensSpanning(start: number, end: number): [number, number] | undefined {
    const first = this.tokenAt(start);
    if (first < 0) return undefined;
    let last = first;
    while (last + 1 < this.tokens.length && this.tokens[last].end < end) last++;
    return this.tokens[last].end === end ? [first, last] : undefined;
  }

  /** Gives back a..b and drops the mentions inside them, for a longer name that holds them. */
  release(a: number, b: number): void {
    const start = this.tokens[a].start;
    const end = this.tokens[b].end;
    for (let k = this.raw.length - 1; k >= 0; k--) if (this.raw[k].start >= start && this.raw[k].end <= end) this.raw.splice(k, 1);
    for (let t = a; t <= b; t++) this.taken[t] = 0;
  }

  /** No token of a..b was taken by an earlier pass. */
  free(a: number, b: number): boolean {
    for (let t = a; t <= b; t++) if (this.taken[t]) return false;
    return true;
  }

  /** Whether the text names a country, by any of its names, adjectives or capitals (asked for a few bodies' initials). */
  namesCountry(country: string): boolean {
    let named = this.countriesNamed.get(country);
    if (named === undefined) {
      const forms = FORMS_BY_NAME.get(country)?.forms ?? [country];
      named = forms.some((f) => new RegExp(`(?<![\\p{L}\\p{N}_])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}_])`, 'u').test(this.text));
      this.countriesNamed.set(country, named);
    }
    return named;
  }
  private readonly countriesNamed = new Map<string, boolean>();

  atSentenceStart(pos: number): boolean {
    return /(?:^|[.!?][”"’]?\s+|\n\s*)$/.test(this.text.slice(Math.max(0, pos - 4), pos));
  }
}

/** "Harbor Freight" where the text also names "Harbor Freight Lines Inc.": the company's full usual name. */
function fullerCompanyName(scan: MentionScan, a: number, b: number): string | undefined {
  const name = scan.surface(a, b);
  const n = b - a;
  for (const [c, d] of scan.runs) {
    if (d <= c + n || scan.surface(c, c + n) !== name) continue;
    if (LEGAL_FORM.test(scan.tokens[d].text) && d - 1 > c + n) return usualName(scan, c, d);
    if (COMPANY_HEADS.has(scan.tokens[d].text)) return scan.surface(c, d);
  }
  return undefined;
}

/** "Harbor Freight Lines Inc.", "Lazard Ltd.": the name in use, without the legal form. */
function usualName(scan: MentionScan, a: number, b: number): string {
  return b > a && LEGAL_FORM.test(scan.tokens[b].text) ? scan.surface(a, b - 1) : scan.surface(a, b);
}

// 1. Appositives that say what a capitalized name is.
function appositives(scan: MentionScan): void {
  const { text, tokens } = scan;
  for (const [a, b] of scan.runs) {
    const after = text.slice(tokens[b].end, tokens[b].end + 80);
    // (the noun is the head: "X, a spokeswoman for the retailer," is a person, and so is "X, a party-list MP"; and no clause's
    // subject after an opener: "According to Chkheidze, the ruling party is counting on …")
    const m = /^,\s+(?:a|an|the|(?<owner>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)['’]s)\s+((?:(?!(?:for|of|at|with|in|to|from|on)\s)[\p{L}\-’']+\s+){0,3}?)(company|firm|(?:auto|car|chip|drug|steel|plane|truck|phone|tyre|tire|toy|game|engine|aircraft|vaccine)?maker|airline|insurer|miner|utility|refiner|publisher|bank|manufacturer|producer|carrier|conglomerate|giant|subsidiary|operator|retailer|lender|startup|supplier|exporter|importer|organization|organisation|group|party|movement|militia|charity|think tank|institute|body|network|newspaper|broadcaster|coalition|alliance|faction|association|agency|watchdog|regulator|lobby|union|federation|nonprofit|non-profit|NGO|service|water board)\b(?!-)(?![’']s)(?!\s+[\p{L}-]+[’']s)(?!\s+(?:has\s+|had\s+)?(?:said|says|told|added|announced|reported|confirmed|warned|estimated|noted|wrote)\b)(?!\s+(?:is|are|was|were|will|would|could|can|may|might|must|should)\s)/u.exec(after);
    // "Unite, Britain's second-largest union,": a country's (or region's) own, not a person's.
    if (!m || (m.groups?.owner && !GAZETTEER.get(m.groups.owner)?.some((e) => e.kind === 'COUNTRY' || e.kind === 'REGION'))) continue;
    // ("Mary Achieng, a machine operator who …": a job, not a business)
    if (m[3] === 'operator' && /\b(?:machine|crane|forklift|camera|equipment|switchboard|telephone|sewing|computer|lift|heavy|plant|drone|radio)\s+$/.test(m[2])) continue;
    // (not a sentence's attribution: "… for Pakistan on Wednesday, the lender said")
    let s = a;
    while (s <= b && NOT_NAME.has(tokens[s].text)) s++;
    if (s > b) continue;
    const name = scan.surface(s, b);
    if (GAZETTEER.has(name)) continue;
    // A person described by an organization ("X, a member of ...") is not matched: the noun must be the head.
    // "Africa CDC, the African Union's health watchdog,", "UNRWA, a United Nations agency,": a body of
    // an international organization is one itself.
    const owner = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)(?:['’]s)?\s/u.exec(m[2])?.[1];
    const international = owner !== undefined && GAZETTEER.get(owner)?.some((e) => e.kind === 'INTERNATIONAL_ORGANIZATION');
    const kind = international ? 'INTERNATIONAL_ORGANIZATION' : APPOSITIVE_KIND.find(([re]) => re.test(m[3]))?.[1] ?? 'ORGANIZATION';
    scan.claim(s, b, name, kind);
  }
}

// 0. A lawmaker's party tag names a U.S. state: "Sen. Thomas Reed, D-Vt.," / "R-Texas".
function partyTagStates(scan: MentionScan): void {
  const { text, tokens } = scan;
  // ("(D-MN)": a postal code too)
  for (const tag of text.matchAll(/\b[DRI]-((?:\p{Lu}\.){2}|\p{Lu}\.\p{Lu}\p{Ll}\.|\p{Lu}{2}|\p{Lu}\p{Ll}+\.?(?: \p{Lu}\p{Ll}+)?)(?=[,)])/gu)) {
    const form = tag[1];
    const state = US_STATE_ABBREVIATIONS[form] ?? US_STATE_POSTAL_CODES[form] ?? (GAZETTEER.get(form)?.[0]?.kind === 'REGION' ? GAZETTEER.get(form)![0].name : undefined);
    if (!state) continue;
    const start = tag.index + 2;
    const t = tokens.findIndex((x) => x.start <= start && x.end > start);
    if (t < 0 || scan.taken[t]) continue;
    scan.raw.push(rawMention({ start, end: start + form.length, name: state, kind: 'REGION', country: 'United States', surface: form }));
    scan.taken[t] = 1;
  }
}

// 0a'. "a mortgage broker in Brampton, Ont.": a Canadian province by its Canadian Press abbreviation, after a town.
// (the full patterns below try every capitalized word: the comma and the abbreviation, a quick scan,
// are looked for first, and most articles have none)
const CANADIAN_ABBREVIATION = /, (?:Ont\.|Que\.|B\.C\.|Alta\.|Man\.|Sask\.|N\.S\.|N\.B\.|N\.L\.|Nfld\.|P\.E\.I\.)/;
function provinceAbbreviations(scan: MentionScan): void {
  const { text, tokens } = scan;
  const canadian = CANADIAN_ABBREVIATION.test(text) ? text.matchAll(/(?<![\p{L}\p{N}_])\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?, (Ont\.|Que\.|B\.C\.|Alta\.|Man\.|Sask\.|N\.S\.|N\.B\.|N\.L\.|Nfld\.|P\.E\.I\.)/gu) : [];
  for (const m of canadian) {
    const start = m.index + m[0].length - m[1].length;
    const t = scan.tokenAt(start);
    if (t < 0 || scan.taken[t]) continue;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1].end <= start + m[1].length) last++;
    if (!scan.free(t, last)) continue;
    scan.raw.push(rawMention({ start, end: start + m[1].length, name: CANADIAN_PROVINCE_ABBREVIATIONS[m[1]], kind: 'REGION', country: 'Canada', surface: m[1] }));
    for (let k = t; k <= last; k++) scan.taken[k] = 1;
  }
  // ("whose home in Swannanoa, N.C., was destroyed": a U.S. state by its AP abbreviation after a town)
  for (const m of US_STATE_ABBREVIATION.test(text) ? text.matchAll(US_STATE_AFTER_TOWN) : []) {
    const state = US_STATE_ABBREVIATIONS[m[1]];
    const start = m.index + m[0].length - m[1].length;
    const t = scan.tokenAt(start);
    if (!state || t < 0) continue;
    let last = t;
    while (last + 1 < tokens.length && tokens[last + 1].end <= start + m[1].length) last++;
    if (!scan.free(t, last)) continue;
    scan.raw.push(rawMention({ start, end: start + m[1].length, name: state, kind: 'REGION', country: 'United States', surface: m[1] }));
    for (let k = t; k <= last; k++) scan.taken[k] = 1;
  }
}
const US_STATE_ABBREVIATION_FORMS = Object.keys(US_STATE_ABBREVIATIONS).map((a) => a.replace(/\./g, '\\.')).join('|');
const US_STATE_AFTER_TOWN = new RegExp(`\\b\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?, (${US_STATE_ABBREVIATION_FORMS})(?=[,\\s]|$)`, 'gu');
const US_STATE_ABBREVIATION = new RegExp(`, (?:${US_STATE_ABBREVIATION_FORMS})(?=[,\\s]|$)`);

// 0b. "France's foreign ministry", "(the) Chinese foreign ministry": a lower-case ministry named by
// its country, as the capitalized "Foreign Ministry of France" would be.
// The portfolios of a lower-case "… ministry" that a country's possessive, adjective or dateline names.
const MINISTRY_PORTFOLIOS = 'foreign|defen[cs]e|interior|finance|economy|health|justice|trade|commerce|education|agriculture|energy|environment|industry|emergency situations|emergencies|information|transport|culture|tourism|communications|unification';
const POSSESSIVE_BODY = new RegExp(`\\b(?:(\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}]+)?)['’]s|(?:[Tt]he )?(\\p{Lu}[\\p{L}]+)) (?:((?:${MINISTRY_PORTFOLIOS}) ministry|foreign office|liaison office|(?:civil protection|weather|meteorological|space|statistics) agency|prime minister['’]s office|presidential office|president['’]s office|embassy|cabinet)|(air force|navy|army|coast guard|Air Force|Navy|Army|Coast Guard))\\b`, 'gu');
// (every match ends on one of these, and none spans a line)
const POSSESSIVE_BODY_WORD = /ministry|office|agency|embassy|cabinet|air force|navy|army|coast guard|Air Force|Navy|Army|Coast Guard/;
const UNQUALIFIED_MINISTRY = new RegExp(`\\b(?:[Tt]he|[Ii]ts) ((?:${MINISTRY_PORTFOLIOS}|climate|labou?r|transport) ministry)\\b`, 'gu');

/** "prime minister’s office" → "Prime Minister's Office": a lower-case body's name, its apostrophe straight. */
const titleCased = (body: string) => body.replace(/’/g, "'").replace(/(?<![\p{L}\p{N}_])\p{L}/gu, (c) => c.toUpperCase()).replace(/'S\b/, "'s");

/** A broadcaster's language service: "RFE/RL's Kazakh Service", "BBC's Persian service". */
const LANGUAGE_SERVICE = /\b(?:[Tt]he )?(\p{Lu}[\p{L}/&.-]*(?: \p{Lu}[\p{L}/&.-]*){0,3})['’]s (\p{Lu}\p{Ll}+[- ](?:[Ll]anguage )?[Ss]ervice)\b/gu;
const BROADCASTER_FORMS = new Set(KNOWN_BODIES.filter((b) => b.press).flatMap((b) => b.forms));

// "farmers told RFE/RL's Kazakh Service": the broadcaster's service in that language, a body of its own
// (not the Kazakh state's service).
function languageServices(scan: MentionScan): void {
  if (!/['’]s \p{Lu}\p{Ll}+[- ](?:[Ll]anguage )?[Ss]ervice\b/u.test(scan.text)) return;
  for (const m of scan.text.matchAll(LANGUAGE_SERVICE)) {
    if (!BROADCASTER_FORMS.has(m[1])) continue;
    const span = scan.tokensSpanning(m.index + m[0].length - m[2].length, m.index + m[0].length);
    if (!span || !scan.free(...span)) continue;
    scan.claim(...span, `${m[1]} ${m[2].split(/[- ]/)[0]} Service`, 'ORGANIZATION', { forms: [m[2]] });
  }
}

function possessiveBodies(scan: MentionScan): void {
  for (const m of matchesInLinesWith(scan.text, POSSESSIVE_BODY, POSSESSIVE_BODY_WORD)) {
    const country = GAZETTEER.get(m[1] ?? m[2])?.find((e) => e.kind === 'COUNTRY')?.name;
    // A military branch only with the country's possessive ("Ukraine's air force"), not "the Ukrainian
    // army"; a coast guard, a civilian body, also after the adjective ("the Philippine coast guard");
    // a capitalized one is a name after either ("Two Indian Air Force helicopters").
    if (!country || (m[4] && !m[1] && m[4] !== 'coast guard' && !/^\p{Lu}/u.test(m[4]))) continue;
    // ("The State Council, China's cabinet, has set": what a named body is, in apposition, is no other body)
    if (m[3] === 'cabinet' && /\p{Lu}[\p{L}]*,\s$/u.test(scan.text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const body = m[3] ?? m[4];
    // ("Indian Air Force": the adjective is part of a capitalized name)
    const named = m[2] !== undefined && /^\p{Lu}/u.test(body);
    const start = named ? m.index + m[0].length - body.length - m[2].length - 1 : m.index + m[0].length - body.length;
    const first = scan.tokenAt(start);
    const last = first + body.split(' ').length - (named ? 0 : 1);
    if (first < 0 || !scan.free(first, last)) continue;
    // ("Turkey's disaster agency, known as AFAD,": the name it is known by names it, below)
    if (/^,\s+(?:also\s+)?known as\b/.test(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const title = titleCased(body);
    // ("the Chinese embassy in Lusaka": an embassy is named with the country it is in, too)
    const host = body === 'embassy' ? /^ in (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.exec(scan.text.slice(m.index + m[0].length, m.index + m[0].length + 30)) : null;
    const hostCountry = host ? GAZETTEER.get(host[1])?.find((e) => e.kind === 'COUNTRY')?.name : undefined;
    // "Foreign Ministry of France", "Air Force of Ukraine".
    scan.claim(first, last, `${title} of ${country}${hostCountry ? ` in ${hostCountry}` : ''}`, 'GOVERNMENT_BODY', { country, forms: [body, `${country}'s ${title}`, ...(named ? [`${m[2]} ${body}`] : [])] });
  }
}

// 0b''. "OSLO (Reuters) - … the energy ministry said": a ministry the text names by no country is the
// dateline's country's, when the story names no other country's ministry (and not in the United
// States, whose government has departments).
function datelineMinistries(scan: MentionScan): void {
  const { text } = scan;
  const city = /^\s*(\p{Lu}[\p{Lu}\p{Ll} .'-]*?)(?=,|\s*\(|\s*[-—–:])/u.exec(text.slice(0, scan.datelineEnd))?.[1];
  const place = city ? GAZETTEER.get(city.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()))?.find((e) => e.kind === 'COUNTRY') : undefined;
  if (place?.name === 'United States' || scan.raw.some((r) => r.kind === 'GOVERNMENT_BODY' && /Ministry/.test(r.name) && r.country && r.country !== place?.name)) return;
  for (const m of text.matchAll(UNQUALIFIED_MINISTRY)) {
    const start = m.index + m[0].length - m[1].length;
    const first = scan.tokenAt(start);
    if (first < 0 || !scan.free(first, first + 1)) continue;
    const title = titleCased(m[1]);
    // (with no dateline, a ministry of no country yet: settleNames gives it the country the story is
    // about, when one clearly is: "The education ministry said" in a story on France)
    if (place) scan.claim(first, first + 1, `${title} of ${withArticle(place.name)}`, 'GOVERNMENT_BODY', { country: place.name, forms: [m[1], `${place.name}'s ${title}`] });
    else if (!city) scan.claim(first, first + 1, title, 'GOVERNMENT_BODY', { forms: [m[1]] });
  }
}

// 0b'''. "the ministry of agriculture, fisheries, water and land reform": a ministry in lower case with its
// portfolios after "of", as Namibian and some South African papers write them; a list of one- or two-word
// portfolios whose first is one a government has ("accused the ministry of treating …" is no ministry).
const LOWER_CASE_MINISTRY = /\b(?:[Tt]he|(\p{Lu}\p{L}+)['’]s) (ministry of (?:agriculture|fisheries|health|education|finance|justice|trade|industry|industrialisation|mines|mining|energy|environment|tourism|labour|labor|home affairs|foreign affairs|international relations|information|transport|works|lands|land reform|water|defence|defense|youth|sport|gender|local government|safety|higher education|basic education|public enterprises|public service|livestock|commerce|economy|planning)(?:, [a-z]+(?: (?!and\b)[a-z]+)?)*(?:,? and [a-z]+(?: (?!said\b|says\b|has\b|had\b|is\b|was\b|will\b|would\b|on\b|in\b|to\b)[a-z]+)?)?)\b/gu;
function lowerCaseMinistries(scan: MentionScan): void {
  const { text } = scan;
  if (!text.includes('ministry of ')) return;
  for (const m of text.matchAll(LOWER_CASE_MINISTRY)) {
    const span = scan.tokensSpanning(m.index + m[0].length - m[2].length, m.index + m[0].length);
    if (!span || !scan.free(...span)) continue;
    const country = m[1] ? GAZETTEER.get(m[1])?.find((e) => e.kind === 'COUNTRY')?.name : undefined;
    if (m[1] && !country) continue;
    // ("Ministry of Agriculture, Fisheries, Water and Land Reform": its name, capitalized but for "and" and "of")
    const name = m[2].replace(/(?<!\p{L})(?!(?:and|of)\b)\p{L}/gu, (c) => c.toUpperCase());
    scan.claim(...span, name, 'GOVERNMENT_BODY', { forms: [m[2]], ...(country ? { country } : {}) });
  }
}

// 0b'. "Ukraine's General Staff": a country's military staff, named by the possessive.
function generalStaffs(scan: MentionScan): void {
  if (!scan.text.includes('General Staff')) return;
  for (const m of scan.text.matchAll(/\b(\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}]+)?)['’]s General Staff\b/gu)) {
    const country = GAZETTEER.get(m[1])?.find((e) => e.kind === 'COUNTRY')?.name;
    const first = scan.tokenAt(m.index + m[0].length - 'General Staff'.length);
    if (!country || first < 0 || !scan.free(first, first + 1)) continue;
    scan.claim(first, first + 1, `General Staff of ${withArticle(country)}`, 'GOVERNMENT_BODY', { country, forms: ['General Staff', `${country}'s General Staff`] });
  }
}

// 0c. "India's central bank": the country's central bank, under the name the text gives it
// elsewhere ("Reserve Bank of India") when it does, else "Central Bank of India".
function centralBanks(scan: MentionScan): void {
  const { text } = scan;
  if (!text.includes('central bank')) return;
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}.]+(?: \p{Lu}[\p{L}]+)?)['’]s central bank\b/gu)) {
    const country = GAZETTEER.get(m[1])?.find((e) => e.kind === 'COUNTRY')?.name;
    if (!country) continue;
    const start = m.index + m[0].length - 'central bank'.length;
    const first = scan.tokenAt(start);
    if (first < 0 || scan.taken[first]) continue;
    const known = KNOWN_BODIES.find((b) => b.kind === 'GOVERNMENT_BODY' && b.country === country && /\b(?:Bank|Reserve|Banco|Banque|Banca|Bundesbank|Riksbank)\b/.test(b.name));
    // (not a sentence's "The": "The Central Bank of Nigeria (CBN) announced")
    const named = known?.name ?? text.match(new RegExp(`\\b(?:(?!The\\b)[A-Z][a-z]+ )?(?:Central )?Bank of ${country.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`))?.[0] ?? `Central Bank of ${country}`;
    scan.claim(first, first + 1, named, 'GOVERNMENT_BODY', { country, forms: known?.forms });
  }
}

// 0d. "Palawan province", "the Kursk region", "the island of Luzon", "Mandya district": a name that a
// lower-case word for an area says is a region (a district only without "the" or a city's possessive).
// ("the provinces of Hatay and Adana", "five provinces, including Salta and Neuquén": each name of a list after the plural)
// ("Norte de Santander department": Latin American departments, names joined by "de")
// ("the Oromia, Amhara, Sidama and South Ethiopia regional states", "Oromia regional state": Ethiopia's, with their adjective)
// ("Marib and al-Dhale provinces": an Arabic name with its article)
// ("the Tigris and Euphrates rivers", "the North Wollo and North Shewa zones", "Libertador and Sucre municipalities",
// "Kurigram's Chilmari upazila": rivers, Ethiopia's zones, Venezuela's municipalities, Bangladesh's upazilas)
const AREA_NAME = '(?:[ae]l-)?\\p{Lu}\\p{Ll}+(?: (?:de |del |do |da |di )?\\p{Lu}\\p{Ll}+){0,2}';
// (not \b before a name: JavaScript's \b knows ASCII letters only, and "Đắk Lắk province" became "Lắk")
const AREAS = new RegExp(`(?<![\\p{L}\\p{N}_])(?:(?:the )?(?:island|province|region|state|prefecture|governorate|oblast|department|municipality) of (${AREA_NAME})|(?:the )?(?:islands|provinces|regions|states|prefectures|governorates|oblasts)(?: of|,? including|,? such as) ((?:${AREA_NAME}, )*${AREA_NAME},? and ${AREA_NAME})|(${AREA_NAME}) (?:(?:regional|autonomous) )?(?:province|region|state|prefecture|governorate|oblast|department|island|district|township|commune|mountains|valley|gewog|dzongkhag|aimag|soum|regency|upazila|zone)(?! of\\b)|((?:${AREA_NAME}, )*${AREA_NAME},? and ${AREA_NAME}) (?:(?:regional|autonomous) )?(?:provinces|regions|states|prefectures|governorates|oblasts|islands|departments|districts|counties|townships|municipalities|upazilas|zones|rivers|lakes)|(${AREA_NAME}), (?:the|its|\\p{Lu}\\p{Ll}+['’]s) (?:country['’]s |nation['’]s )?(?:[\\p{Ll}-]+ ){0,3}(?:island|province|region|state|prefecture|governorate)(?![-\\p{L}])(?! (?:\\p{Lu}|(?:[\\p{Ll}-]+ ){0,2}(?:secretary|minister|governor|government|official|lawmaker|legislator|senator|prosecutor|attorney|police|agency|department|council|assembly|chief|head|director|commissioner|spokes(?:man|woman|person)|capital)\\b)))\\b`, 'gu');
// (every match holds one of these words, and none spans a line: the lines without one are not scanned)
const AREA_WORD = /\b(?:islands?|provinces?|regions?|states?|prefectures?|governorates?|oblasts?|departments?|municipality|municipalities|districts?|townships?|commune|mountains|valley|gewog|dzongkhag|aimag|soum|regency|upazilas?|zones?|counties|rivers|lakes)\b/;
// ("Kicukiro District", "Bji Gewog", "Klaten Regency": a district, Bhutan's and Indonesia's too, by its capitalized noun)
const CAPITALIZED_AREAS = new RegExp(`(?<![\\p{L}\\p{N}_])(${AREA_NAME}) (?:State|Township|District|Gewog|Dzongkhag|Regency)\\b`, 'gu');
const CAPITALIZED_AREA_WORD = / (?:State|Township|District|Gewog|Dzongkhag|Regency)\b/;
// (nor a compass point's court district: "the Southern District of New York")
const NOT_AN_AREA = /^(?:General|Islamic|Member|Nation|Welfare|Deep|Police|Jewish|Union|Head|Sovereign|Secular|Client|Buffer|Rogue|Failed|Garrison|Surveillance|Security|Nanny|Party|One|City|Northern|Southern|Eastern|Western|Central|North|South|East|West|Federal|Capital|Special|School|Congressional)$/;
function areaNames(scan: MentionScan): void {
  const { text, tokens } = scan;
  for (const m of matchesInLinesWith(text, AREAS, AREA_WORD)) {
    // ("in Albay and Camarines Sur provinces": a list before the plural; "Luzon, the country's most
    // populous island": a name the next words say is one)
    const list = m[2] ?? m[4];
    const names = list ? list.split(/,? and |, /) : [m[1] ?? m[3] ?? m[5]];
    let from = m.index;
    for (const name of names) {
      const start = text.indexOf(name, from);
      from = start + name.length;
      const first = scan.tokenAt(start);
      const last = first + name.split(' ').length - 1;
      if (first < 0 || GAZETTEER.has(name) || NOT_NAME.has(tokens[first].text) || !scan.free(first, last) || tokens.slice(first, last + 1).some((t) => isHead(t.text))) continue;
      // ("the Commerce department", "the Police department": a government's, not an area)
      if (m[0].endsWith('department') && (TITLE_LIKE.test(tokens[first].text) || PORTFOLIO.test(tokens[first].text) || /^(?:Police|Fire|Sheriff|Sanitation|Parks|Homeland)$/.test(tokens[first].text))) continue;
      // ("in Mandya district", "neighboring Sikka district": an administrative district; "the Bahri
      // district", "Istanbul's Kadıköy district": a city's quarter, which no gold names)
      // ("Limpopo’s Sekhukhune district": after a province's possessive it is one of the province's)
      const possessor = /(\p{Lu}[\p{L}-]*)['’]s $/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
      // ("Kazakhstan's Maktaaral district": a country's district is one of its own)
      const provinces = possessor !== undefined && GAZETTEER.get(possessor)?.some((e) => e.kind === 'REGION' || e.kind === 'COUNTRY');
      if (m[0].endsWith('district') && /(?:\b[Tt]he|['’]s) $/.test(text.slice(Math.max(0, start - 4), start)) && !provinces) continue;
      // (the name with its noun is one of its names too: "the Turkestan region", "Maktaaral district")
      scan.claim(first, last, name, 'REGION', m[3] ? { forms: [m[0]] } : {});
    }
  }
  // "Shan State", "Rivers State Governor X", "Depayin Township": a federation's state or a township by
  // its capitalized name (not "Islamic State", "Ohio State", "a Palestinian State": a known name, a
  // place or people the gazetteer knows; nor "Lagos State House of Assembly", a body's name).
  for (const m of matchesInLinesWith(text, CAPITALIZED_AREAS, CAPITALIZED_AREA_WORD)) {
    // ("The Kano State government": past a sentence's opening word)
    const opening = /^(\p{Lu}\p{Ll}+) /u.exec(m[1]);
    const skip = opening && NOT_NAME.has(opening[1]) ? opening[0].length : 0;
    const [name, area] = [m[0].slice(skip), m[1].slice(skip)];
    const first = scan.tokenAt(m.index + skip);
    const last = first + name.split(' ').length - 1;
    if (first < 0 || NOT_NAME.has(tokens[first].text) || GAZETTEER.has(name) || GAZETTEER.has(area) || NOT_AN_AREA.test(area) || !scan.free(first, last)) continue;
    if (last + 1 < tokens.length && SINGLE_SPACE_GAP.test(text.slice(tokens[last].end, tokens[last + 1].start)) && headWithin(text, tokens, last + 1, 4)) continue;
    // (a district's name is a name, and ends its run but for its MP's: not "Chief District Officer", "Irrigation District 005",
    // "Nwoya Resident District Commissioner", "Cam Lam District People’s Committee")
    const district = !/(?:State|Township)$/.test(name);
    if (district && (!tokens.slice(first, last).every((t) => isNameWord(t.text) && !LAY_DESCRIPTORS.has(t.text)) || /^\s*(?:(?!MPs?\b)\p{Lu}|\d)/u.test(text.slice(tokens[last].end, tokens[last].end + 5)))) continue;
    // (named without its noun, as "Kano state" and "Kano" are: one region, whose name with the noun is one of its names)
    scan.claim(first, last, area, 'REGION', { forms: [name] });
  }
  // "the Salar de Atacama", "Lago de Maracaibo", "Serra do Mar": a Spanish or Portuguese place named by what it is.
  for (const m of text.matchAll(/\b(?:Salar|Lago|Laguna|Sierra|Cerro|Valle|Bahía|Golfo|Desierto|Serra|Lagoa)\s+(?:de\s+(?:la\s+|los\s+|las\s+)?|del\s+|do\s+|da\s+|dos\s+)\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?/gu)) {
    const span = scan.tokensSpanning(m.index, m.index + m[0].length);
    if (span && scan.free(...span)) scan.claim(...span, m[0], 'REGION');
  }
}

/** "policy director at ", "chief executive with ": an office, then where it is held. */
const OFFICE_AT = new RegExp(`\\b(?:${[...TITLE_HEADS].filter((h) => /^[a-z-]+$/.test(h)).join('|')}) (?:at|with) $`);

// 1a. "told France Inter radio", "a spokesperson for BMW": names that the words around them say
// are an outlet or an organization, even when they start with a country's name.
function namesByContext(scan: MentionScan): void {
  const { text, tokens, runs, taken } = scan;
  const runInitials = new Set(runs.filter(([a, b]) => b > a).map(([a, b]) => initials(tokens.slice(a, b + 1).map((t) => t.text).filter((w) => !NOT_NAME.has(w)))));
  for (const [first, b] of runs) {
    // ("the North Mitrovica-based NGO Aktiv", "Broadcaster TVN24 reported": what it is, capitalized, opens the run)
    const a = first < b && /^(?:NGO|Broadcaster|Newspaper|Pollster|Carmaker|Automaker|Chipmaker|Drugmaker|Lender|Insurer|Retailer|Airline)$/.test(tokens[first].text) ? first + 1 : first;
    if (taken[a] || NOT_NAME.has(tokens[a].text)) continue;
    const name = scan.surface(a, b);
    // (one word only in capitals: "BFM television", unless it abbreviates a name in the text: "ABC" for
    // "Australian Broadcasting Corporation", which the initials rule below joins to it)
    const outlet = (b > a || (/^\p{Lu}{2,}$/u.test(tokens[a].text) && !runInitials.has(tokens[a].text))) && /^ (?:radio|television|TV)\b/.test(text.slice(tokens[b].end, tokens[b].end + 12));
    // "a spokesperson for BMW", "chief economist at Nomura", "a political scientist at Sciences Po":
    // the name of the body they work for.
    // (not "a spokesman for President X" nor "… for Gov. X": a person)
    // ("policy director at Public Citizen": any office before "at" or "with"; not a surname the text
    // gives a first name to elsewhere: "a spokesman for Netanyahu" after "Benjamin Netanyahu")
    const represented = (/\b(?:spokes(?:man|woman|person)|representative) for $|\b(?:[Ee]conomist|[Aa]nalyst|[Ss]trategist|[Rr]esearcher|[Tt]rader|[Ff]ellow|[Ss]cientist|[Pp]rofessor|[Ll]ecturer|[Hh]istorian|[Ee]xpert|[Ss]pecialist)s? (?:at|with) $/.test(text.slice(Math.max(0, tokens[a].start - 30), tokens[a].start)) || OFFICE_AT.test(text.slice(Math.max(0, tokens[a].start - 30), tokens[a].start))) &&
      // (nor "a spokesperson for Attorney-General X": a hyphenated office and its holder)
      !GAZETTEER.has(name) && b - a < 3 && !tokens.slice(a, b + 1).some((t) => isHead(t.text)) && !TITLE_LIKE.test(tokens[a].text) && !isTitleHead(tokens[a].text) && !(a === b && isAbbreviationBeforeName(tokens[a].text)) && !new RegExp(`\\b\\p{Lu}\\p{Ll}+ ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(text);
    // "the industry body Water UK", "the campaign group River Action", "the regulator Ofwat": a
    // descriptive noun just before a name says what it is.
    // Up to three words may qualify the noun: "the Russian state oil company Zarubezhneft".
    const described = DESCRIBED_BEFORE.exec(a > first ? text.slice(Math.max(0, tokens[a].start - 60), tokens[first].start) + (/^\p{Lu}+$/u.test(tokens[first].text) ? tokens[first].text : tokens[first].text.toLowerCase()) + ' ' : text.slice(Math.max(0, tokens[a].start - 60), tokens[a].start));
    const noun = described?.[1] ?? described?.[2] ?? described?.[4] ?? described?.[5] ?? described?.[6];
    const describedKind: EntityKind | undefined = described?.[3] ? 'COMPANY' : noun ? (/^(?:regulator|watchdog|institute|agency|board)$/.test(noun) ? 'GOVERNMENT_BODY' : COMPANY_NOUN.test(noun) || /^(?:site|website|platform)$/.test(noun) ? 'COMPANY' : 'ORGANIZATION') : undefined;
    // (not a person's initial: "retailer K. Sivakumar said")
    const initial = a === b && /^\p{Lu}$/u.test(tokens[a].text) && /^\. \p{Lu}/u.test(text.slice(tokens[a].end, tokens[a].end + 3));
    if (describedKind && !initial && !GAZETTEER.has(name) && b - a < 4 && !tokens.slice(a, b + 1).some((t) => isHead(t.text))) {
      scan.claim(a, b, name, describedKind);
      continue;
    }
    // "Jefferies analyst Priya Raman", "Nomura chief economist X": a firm named before the job of
    // the person who speaks for it.
    const employer = b - a < 3 && !GAZETTEER.has(name) && !tokens.slice(a, b + 1).some((t) => isHead(t.text) || TITLE_LIKE.test(t.text)) &&
      /^ (?:(?:chief|senior|lead|head|global|market|credit|equity|political|energy|oil|China|Asia|Europe|U\.S\.) )?(?:analyst|economist|strategist|researcher)s? \p{Lu}/u.test(text.slice(tokens[b].end, tokens[b].end + 40));
    if (employer) {
      scan.claim(a, b, name, 'ORGANIZATION');
      continue;
    }
    // "Ifo President Florian Lindemann", "Acme CEO Jane Doe": a body before its officer's title and
    // name, in one run (not initials, which their own rules read, nor an office's adjective:
    // "Presidential spokesman", nor a place: "Assam Chief Minister").
    const office = tokens.slice(a, b + 1).findIndex((t) => /^(?:President|Chairman|Chairwoman|CEO|Director|Secretary-General)$/.test(t.text));
    if (office > 0 && office <= 2 && a + office + 2 <= b) {
      const org = scan.surface(a, a + office - 1);
      if (!/^\p{Lu}+$/u.test(org) && !GAZETTEER.has(org) && !tokens.slice(a, a + office).some((t) => isTitleWord(t.text) || isHead(t.text) || TITLE_LIKE.test(t.text)) && scan.free(a, a + office - 1)) {
        scan.claim(a, a + office - 1, org, 'ORGANIZATION');
        continue;
      }
    }
    // "according to LSEG data": a source of figures.
    const source = /\baccording to $/.test(text.slice(Math.max(0, tokens[a].start - 13), tokens[a].start)) && /^ (?:data|figures|statistics|estimates|calculations)\b/.test(text.slice(tokens[b].end, tokens[b].end + 13)) && !GAZETTEER.has(name);
    const fuller = represented ? fullerCompanyName(scan, a, b) : undefined;
    if (fuller) scan.claim(a, b, fuller, 'COMPANY');
    else if (outlet || represented || source) scan.claim(a, b, name, 'ORGANIZATION');
    // "in a post on X", "wrote on X": the platform, which the known-body list leaves out for being a letter.
    if (a === b && tokens[a].text === 'X' && /\b(?:posts?|posted|wrote|writing|written|said|saying|statement|message|video|account) on $/.test(text.slice(Math.max(0, tokens[a].start - 20), tokens[a].start))) {
      scan.claim(a, a, 'X', 'COMPANY');
    }
  }
}

// 1a''. Airlines named "Air <Country>" ("Air France", "Air India", "Air France-KLM"), not "Air Force".
function airlines(scan: MentionScan): void {
  const { tokens } = scan;
  for (const m of scan.text.matchAll(/\bAir (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)(-\p{Lu}{2,})?\b(?! Force)/gu)) {
    if (GAZETTEER.get(m[1])?.[0]?.kind !== 'COUNTRY') continue;
    const first = scan.tokenAt(m.index);
    const end = m.index + m[0].length;
    let last = first;
    while (last + 1 < tokens.length && tokens[last].end < end) last++;
    if (first < 0 || !scan.free(first, last)) continue;
    scan.claim(first, last, m[0], 'COMPANY');
  }
}

// "The SNPL union said": an acronym that the noun after it says is a union or a party.
function acronymsBeforeGroupNoun(scan: MentionScan): void {
  for (const m of scan.text.matchAll(/\b[Tt]he (\p{Lu}{2,8}) (union|party|movement|group|alliance|coalition)\b/gu)) {
    const t = scan.tokenAt(m.index + 4);
    if (t < 0 || scan.taken[t] || GAZETTEER.has(m[1])) continue;
    scan.claim(t, t, m[1], 'ORGANIZATION');
  }
}

// 1a'. Parties named by their members: "the Free Democrats", "a Social Democrat", "Republicans"
// (without an article only these two, which are never anything else), and "a Democratic Senate".
// ("a New Mexico Democrat": a member named with the state they represent, which stays a place)
const PARTY_MEMBERS = /\b(?:(?:[Tt]he|[Aa]n?) (?:(?:pro|anti)-[\p{Ll}]+ |(?:liberal|conservative|centrist|centre-right|centre-left|center-right|center-left|far-right|far-left|left-wing|right-wing|business-friendly|ruling|junior|opposition) )?((?:\p{Lu}\p{Ll}+ ){0,2}(?:Democrats?|Republicans?|Conservatives|Socialists|Liberals|Greens))|((?:(?:Social|Free|Christian|New) )?Democrats|Republicans)|(Democratic|Republican)(?= (?:Senate|House|Congress(?! \(\p{Lu})|governor|lawmakers?|senators?|leaders?|administration|majority|-led)\b))\b/gu;
function partiesByMembers(scan: MentionScan): void {
  const { tokens } = scan;
  for (const m of scan.text.matchAll(PARTY_MEMBERS)) {
    let surface = m[1] ?? m[2] ?? m[3];
    // A place before the party stays a place: "a New Mexico Democrat", "the Swedish Social Democrats".
    const words = surface.split(' ');
    // (but a known party that opens with its country is whole: "the Sweden Democrats (SD)", its initials its own)
    if (words.length > 1 && GAZETTEER.has(surface)) {
      const first = scan.tokenAt(m.index + m[0].length - surface.length);
      const last = first + words.length - 1;
      const initials = first >= 0 ? /^ \((\p{Lu}{2,5})\)/u.exec(scan.text.slice(tokens[last].end, tokens[last].end + 9)) : null;
      const at = initials ? scan.tokenAt(tokens[last].end + 2) : -1;
      const known = GAZETTEER.get(surface)![0];
      if (at >= 0 && scan.free(at, at) && !GAZETTEER.has(initials![1])) scan.claim(at, at, known.name, known.kind, { country: known.country, forms: [...(known.forms ?? [known.name]), initials![1]] });
      continue;
    }
    const place = [2, 1].find((n) => n < words.length && GAZETTEER.has(words.slice(0, n).join(' ')));
    if (place) surface = words.slice(place).join(' ');
    else if (words.length > 2) continue;
    const start = m.index + m[0].length - surface.length;
    const first = scan.tokenAt(start);
    const last = first + surface.split(' ').length - 1;
    // ("The Social Democrats, the largest opposition party, …. Social Democrat energy spokesperson X": a party
    // already read by another pass is named by one member too)
    const read = first >= 0 && !scan.free(first, last) && /s$/.test(surface) ? scan.raw.find((r) => r.start === tokens[first].start && r.end === tokens[last].end && r.kind === 'ORGANIZATION' && r.name === surface) : undefined;
    if (read) read.forms = [...(read.forms ?? [surface]), surface.slice(0, -1)];
    if (first < 0 || GAZETTEER.has(surface) || !scan.free(first, last) || tokens.slice(first, last + 1).some((t) => GAZETTEER.has(t.text))) continue;
    // (nor the end of a longer name: "Homeland Union-Lithuanian Christian Democrats")
    const before = first > 0 ? tokens[first - 1] : undefined;
    // (but "House Democrats", "Senate Republicans": a chamber's members)
    if (before && /^\p{Lu}/u.test(before.text) && !CHAMBER.test(before.text) && /^[ -]$/.test(scan.text.slice(before.end, tokens[first].start)) && !GAZETTEER.has(before.text) && !scan.atSentenceStart(before.start)) continue;
    // "Democratic" and "Republican" name the American parties by their members: "Democrats".
    const plural = m[3] ? (m[3] === 'Democratic' ? 'Democrats' : 'Republicans') : surface.endsWith('s') ? surface : `${surface}s`;
    scan.claim(first, last, plural, 'ORGANIZATION', { forms: [plural, plural.slice(0, -1), ...(m[3] ? [m[3]] : [])] });
    // ("the Social Democrats (SPD)": the initials that follow are the same party's)
    const initials = /^ \((\p{Lu}{2,5})\)/u.exec(scan.text.slice(tokens[last].end, tokens[last].end + 9));
    const at = initials ? scan.tokenAt(tokens[last].end + 2) : -1;
    if (at >= 0 && scan.free(at, at)) scan.claim(at, at, plural, 'ORGANIZATION', { forms: [plural, initials![1]] });
  }
}

/** Known names written with a slash ("Greens/European Free Alliance"), which the runs of capitalized words split. */
const SLASHED_FORMS = [...GAZETTEER.keys()].filter((form) => form.includes('/'));

// "The Greens/European Free Alliance group": a known name across its slash.
function slashedNames(scan: MentionScan): void {
  for (const form of SLASHED_FORMS) {
    for (let at = scan.text.indexOf(form); at >= 0; at = scan.text.indexOf(form, at + form.length)) {
      const first = scan.tokenAt(at);
      let last = first;
      while (last + 1 < scan.tokens.length && scan.tokens[last + 1].end <= at + form.length) last++;
      if (first < 0 || scan.tokens[last].end !== at + form.length || !scan.free(first, last)) continue;
      const e = GAZETTEER.get(form)![0];
      scan.claim(first, last, e.name, e.kind, { country: e.country, forms: e.forms });
    }
  }
}

// "the CDU/CSU bloc": two known parties joined by a slash are one group.
function slashedParties(scan: MentionScan): void {
  for (const m of scan.text.matchAll(/\b(\p{Lu}{2,6})\/(\p{Lu}{2,6})\b/gu)) {
    const party = (form: string) => GAZETTEER.get(form)?.some((e) => e.kind === 'ORGANIZATION');
    const first = scan.tokenAt(m.index);
    if (first < 0 || !party(m[1]) || !party(m[2]) || !scan.free(first, first + 1)) continue;
    scan.claim(first, first + 1, m[0], 'ORGANIZATION');
  }
}

// "The three European countries, known as the E3,": the name a group goes by.
function knownAs(scan: MentionScan): void {
  const { text } = scan;
  for (const m of text.matchAll(/\bknown as (?:the )?(\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,3})(?=[,.;)])/gu)) {
    const start = m.index + m[0].length - m[1].length;
    const first = scan.tokenAt(start);
    const count = m[1].split(' ').length;
    if (first < 0 || GAZETTEER.has(m[1]) || !scan.free(first, first + count - 1)) continue;
    // ("the swelling, known as ARIA,": a thing's name, not a body's; the words before must name a body,
    // a group of countries or people, or be a name themselves)
    const called = text.slice(Math.max(0, m.index - 60), m.index);
    if (!/(?:\p{Lu}[\p{L}.)-]*|\b(?:agency|ministry|regulator|authority|watchdog|commission|committee|council|board|office|department|institute|bureau|service|group|party|union|alliance|coalition|bloc|countries|nations|movement|force|forces|militia|court|tribunal|company|firm|organi[sz]ation|association|federation|bank|lender|exchange))\s*,?\s*(?:(?:also|locally|commonly|widely)\s+)?$/u.test(called)) continue;
    // "The agency, known as AFAD,": what the words before call it says its kind.
    const governmental = /\b(?:agency|ministry|regulator|authority|watchdog|commission|committee|council|board|office|department|institute|bureau|service)\s*,?\s*(?:also\s+)?known as/i.test(text.slice(Math.max(0, m.index - 30), m.index + 'known as'.length + 5));
    // (right after a body's name, it is that body's other name: settleNames)
    const lead = /,\s*(?:(?:also|locally|commonly|widely)\s+)?$/.exec(text.slice(Math.max(0, m.index - 20), m.index));
    const aliasOf = lead ? Math.max(0, m.index - 20) + lead.index : undefined;
    scan.claim(first, first + count - 1, m[1], governmental ? 'GOVERNMENT_BODY' : 'ORGANIZATION', { aliasOf });
  }
}

// "The Chinese anti-doping agency, CHINADA, has said": an acronym in apposition to a described body.
function acronymsInApposition(scan: MentionScan): void {
  for (const m of scan.text.matchAll(/\b(?:[Tt]he )(?:[\p{L}-]+ ){0,3}(agency|regulator|watchdog|authority|commission|ministry|body|union|group|institute|office|bureau|service|council|network|lobby), (\p{Lu}{2,8})(?=[,.;])/gu)) {
    const start = m.index + m[0].length - m[2].length;
    const t = scan.tokenAt(start);
    if (t < 0 || scan.taken[t] || GAZETTEER.has(m[2])) continue;
    scan.claim(t, t, m[2], /^(?:body|union|group|network|lobby)$/.test(m[1]) ? 'ORGANIZATION' : 'GOVERNMENT_BODY');
  }
}

// A name that an acronym follows: "the far-right Alternative for Germany, or AfD,".
function namesBeforeAcronym(scan: MentionScan): void {
  const { text, tokens } = scan;
  for (const [a, b] of scan.runs) {
    let s = a;
    while (s < b && NOT_NAME.has(tokens[s].text)) s++;
    const acronym = /^, or (\p{Lu}[\p{L}]{0,4}\p{Lu}[\p{L}]{0,2})\b/u.exec(text.slice(tokens[b].end, tokens[b].end + 14));
    if (!acronym || b === s || GAZETTEER.has(scan.surface(s, b)) || !scan.free(s, b)) continue;
    scan.claim(s, b, scan.surface(s, b), 'ORGANIZATION', { forms: [acronym[1]] });
  }
}

// 1b. "Volkswagen will cut jobs, the carmaker said": a sentence's opening name that the sentence's
// own attribution calls a company; the name must also be capitalized mid-sentence elsewhere, so
// that an opening "Sales" or "Profits" is not taken.
function companiesBySentenceAttribution(scan: MentionScan): void {
  const { text, tokens } = scan;
  for (const [a, b] of scan.runs) {
    if (scan.taken[a] || NOT_NAME.has(tokens[a].text) || GAZETTEER.has(scan.surface(a, b))) continue;
    if (!scan.atSentenceStart(tokens[a].start) && tokens[a].start !== scan.datelineEnd) continue;
    const sentence = /^[^]*?[.!?](?=\s+[“"‘\p{Lu}]|\s*$)/u.exec(text.slice(tokens[b].end, tokens[b].end + 600))?.[0] ?? '';
    if (!COMPANY_ATTRIBUTION.test(sentence)) continue;
    const elsewhere = tokens.some((t, k) => (k < a || k > b) && t.text === tokens[a].text && !scan.atSentenceStart(t.start));
    if (elsewhere) scan.claim(a, b, scan.surface(a, b), 'COMPANY');
  }
}

// 1b'. "Tessellate AI", "Stability AI": a name and "AI" is an AI company when the text also calls it by
// the name alone mid-sentence ("Tessellate told businesses"); "Generative AI" or "the EU AI Act" is not.
function companiesNamedAI(scan: MentionScan): void {
  const { tokens } = scan;
  for (const [a, b] of scan.runs) {
    if (b !== a + 1 || tokens[b].text !== 'AI' || scan.taken[a] || NOT_NAME.has(tokens[a].text) || !isNameWord(tokens[a].text) || GAZETTEER.has(tokens[a].text)) continue;
    const alone = tokens.some((t, k) => k !== a && t.text === tokens[a].text && tokens[k + 1]?.text !== 'AI' && !scan.atSentenceStart(t.start));
    if (alone) scan.claim(a, b, scan.surface(a, b), 'COMPANY');
  }
}

// 1b''. "the Colorado River", "the Conchos River": a river, when "River" ends the name ("River Action" is
// a campaign group, "the Mekong River Commission" a body).
function rivers(scan: MentionScan): void {
  const { tokens } = scan;
  for (const [a, b] of scan.runs) {
    // (a run may hold several: "the Colorado River and the Conchos River")
    for (let k = a + 1; k <= b; k++) {
      // ("the Philadelphi Corridor", "the Netzarim Corridor": a strip of land named the same way)
      if (!/^(?:River|Corridor)$/.test(tokens[k].text) || (k < b && isCapitalized(tokens[k + 1].text))) continue;
      let s = k;
      while (s > a && k - s < 3 && isCapitalized(tokens[s - 1].text) && !NOT_NAME.has(tokens[s - 1].text)) s--;
      if (s < k && scan.free(s, k)) scan.claim(s, k, scan.surface(s, k), 'REGION');
    }
    // ("the deepening of Sungai Langat": Malay's word for a river comes first)
    for (let k = a; k < b; k++) {
      if (tokens[k].text === 'Sungai' && isCapitalized(tokens[k + 1].text) && scan.free(k, k + 1)) scan.claim(k, k + 1, scan.surface(k, k + 1), 'REGION');
    }
  }
}

// 1c. "Nvidia on Wednesday reported quarterly revenue", "Shares of Nvidia": a name that the
// words around one of its mentions make a listed company, if it is named at least twice.
function companiesByContext(scan: MentionScan): void {
  const { text, tokens, runs, taken } = scan;
  // ("Shares of rival Rivian Automotive fell": a traded name, even when named once)
  const shares = (a: number) => /\b[Ss]hares (?:of|in) (?:(?:rival|fellow|peer|parent|chipmaker|carmaker|automaker|drugmaker|lender|miner|retailer|airline|insurer) )?$/.test(text.slice(Math.max(0, tokens[a].start - 22), tokens[a].start));
  const companyContext = (a: number, b: number) =>
    /^(?: on \p{Lu}\p{Ll}+day)? (?:reported|posted|forecast|forecasts|reports|posts) (?:its |a |an )?(?:(?:quarterly|annual|full-year|(?:first|second|third|fourth)-quarter) )?(?:revenue|profit|earnings|results|sales|loss|net income)\b/u.test(text.slice(tokens[b].end, tokens[b].end + 80)) ||
    shares(a);
  for (const [a, end] of runs) {
    // "Nvidia on Wednesday": the name stops at a lower-case connector.
    let b = a;
    while (b < end && isCapitalized(tokens[b + 1].text)) b++;
    if (taken[a] || NOT_NAME.has(tokens[a].text) || b - a > 2 || !companyContext(a, b)) continue;
    const name = scan.surface(a, b);
    if (GAZETTEER.has(name) || tokens.slice(a, b + 1).some((t) => isHead(t.text) || NOT_NAME.has(t.text))) continue;
    const occurrences = tokens.flatMap((t, c) => (c + (b - a) < tokens.length && scan.surface(c, c + (b - a)) === name ? [[c, c + (b - a)] as const] : []));
    if (occurrences.length < (shares(a) ? 1 : 2)) continue;
    // Not where the name begins a longer one ("Northwind Aviation's takeover"): the head rule reads that
    // whole, and the short mentions go to it.
    const longer = (d: number) => d + 1 < tokens.length && isCapitalized(tokens[d + 1].text) && SINGLE_SPACE_GAP.test(text.slice(tokens[d].end, tokens[d + 1].start));
    const entityName = fullerCompanyName(scan, a, b) ?? name;
    for (const [c, d] of occurrences) if (!tokens.slice(c, d + 1).some((_, k) => taken[c + k]) && !longer(d)) scan.claim(c, d, entityName, 'COMPANY');
  }
}

// 2. Organization names by their head word, and gazetteer names, longest first.
function namesInRuns(scan: MentionScan): void {
  for (const [a, b] of scan.runs) {
    let i = a;
    while (i <= b) {
      if (scan.taken[i]) {
        i++;
        continue;
      }
      const next = knownNameBeyondRun(scan, i, b);
      if (next >= 0) {
        i = next;
        continue;
      }
      // ("The International Federation of Red Cross and Red Crescent Societies": a known name after the
      // sentence's "The", before the head rule reads the run)
      const known = knownNameInRun(scan, i, b);
      const afterThe = known < 0 && i < b && NOT_NAME.has(scan.tokens[i].text) && knownLongName(scan, i + 1, b) ? knownNameInRun(scan, i + 1, b) : -1;
      i = known >= 0 ? known : afterThe >= 0 ? afterThe : namedByHead(scan, i, b);
    }
  }
}

/** Known names that end in lower-case words beyond the run ("Palestinian territories"): the token after the name, or -1. */
function knownNameBeyondRun(scan: MentionScan, i: number, b: number): number {
  const { text, tokens } = scan;
  const spaceAfterRun = b + 1 < tokens.length && /^\s$/.test(text.slice(tokens[b].end, tokens[b + 1].start));
  // (up to three lower-case words past the run: "U.N. human rights office")
  for (let last = Math.min(b + 3, tokens.length - 1); spaceAfterRun && last > b && last - i < MAX_GAZ_TOKENS; last--) {
    const form = scan.surface(i, last);
    const e = GAZETTEER.get(form)?.[0];
    if (!e) continue;
    scan.claim(i, last, e.name, e.kind, { country: e.country, capital: e.capital, forms: e.forms });
    return last + 1;
  }
  return -1;
}

/** Gazetteer: the longest known name starting at token i; the token after it, or -1 (none, or the head rule should read a longer name). */
/** A known name of two words or more starts at token i (within the run ending at b). */
function knownLongName(scan: MentionScan, i: number, b: number): boolean {
  for (let n = Math.min(MAX_GAZ_TOKENS, b - i + 1); n >= 2; n--) if (GAZETTEER.has(scan.surface(i, i + n - 1))) return true;
  return false;
}

function headsOwnOfName(scan: MentionScan, i: number, n: number, b: number): boolean {
  const { tokens } = scan;
  return n === 1 && /^(?:Gulf|Sea|Bay|Strait)$/.test(tokens[i].text) && i + 2 <= b && tokens[i + 1].text === 'of' && isCapitalized(tokens[i + 2].text);
}

function knownNameInRun(scan: MentionScan, i: number, b: number): number {
  const { tokens } = scan;
  for (let n = Math.min(MAX_GAZ_TOKENS, b - i + 1); n >= 1; n--) {
    const form = scan.surface(i, i + n - 1);
    const entries = GAZETTEER.get(form);
    if (!entries) continue;
    // A known name followed by an organization word is part of a longer name ("U.S. Census Bureau").
    // ("Bangladesh Garment Manufacturers and Exporters Association": an "and" between two of its words too)
    let h = i + n;
    let ands = 0;
    for (; h <= b && !isHead(tokens[h].text) && h - i < 7; h++) {
      if (tokens[h].text === 'and' && h > i + n && h + 1 <= b && isCapitalized(tokens[h + 1].text) && !GAZETTEER.has(tokens[h + 1].text)) ands++;
      else if (CONNECTORS.has(tokens[h].text)) break;
    }
    // A capital only right before the head: "Kyiv School of Economics", "Stockholm Institute of …".
    // ("London Metal Exchange": one word may come between)
    const capitalBeforeHead = entries[0].capital && h - (i + n) <= 1;
    // ("United Nations Verification Mission": an international body's own mission or office)
    // ("Federal Reserve Bank of Chicago": a regional bank of the system, one name)
    const reserveBank = form === 'Federal Reserve' && tokens[h]?.text === 'Bank' && h === i + n;
    // ("Samsung Medical Center", "Toyota Foundation": a company's own institution, one name)
    // ("Majlis National Security and Foreign Policy Committee": a chamber's committee, named from the chamber)
    const chambersCommittee = h <= b && entries[0].kind === 'GOVERNMENT_BODY' && n === 1 && CHAMBER.test(form) && COMMITTEE.test(tokens[h].text) && h - (i + n) - ands <= 6;
    if (chambersCommittee) return -1;
    if (h <= b && isHead(tokens[h].text) && (capitalBeforeHead || !entries[0].capital) && (reserveBank || entries[0].kind === 'COUNTRY' || entries[0].kind === 'REGION' || (entries[0].kind === 'COMPANY' && (COMPANY_HEADS.has(tokens[h].text) || /^(?:Center|Centre|Hospital|Foundation|University|Institute)$/.test(tokens[h].text))) || (entries[0].kind === 'INTERNATIONAL_ORGANIZATION' && MISSION_HEAD.test(tokens[h].text))) && h - (i + n) - ands <= 3) {
      return -1; // let the head rule take the whole name
    }
    // ("the Gulf of Aden", "the Gulf of Mexico": a known word that heads an of-name of its own)
    if (headsOwnOfName(scan, i, n, b)) return -1;
    // ("the National Institute of Statistics of Rwanda (NISR)": another country's body of the same name as
    // a known one, Italy's ISTAT)
    const ofCountry = entries[0].country && i + n + 1 <= b && tokens[i + n].text === 'of' ? GAZETTEER.get(tokens[i + n + 1].text)?.find((e) => e.kind === 'COUNTRY') : undefined;
    if (ofCountry && ofCountry.name !== entries[0].country) return -1;
    // ("White House press secretary Jordan Whitlock": a country's name used as a first name, before a surname)
    if (n === 1 && entries[0].kind === 'COUNTRY' && FIRST_NAME_COUNTRIES.has(form) && i + 1 <= b && isNameWord(tokens[i + 1].text) && !GAZETTEER.has(tokens[i + 1].text) && !isHead(tokens[i + 1].text)) return i + 2;
    let e = entries.length > 1 ? gazetteerEntry({ ...entries[0], ambiguous: entries }) : entries[0];
    // ("US$205 million", "NZ$3 million": a currency's country prefix names no country)
    if (e.kind === 'COUNTRY' && scan.text[tokens[i + n - 1].end] === '$') return i + n;
    // ("According to Statistics Finland", "Statistics Norway said": a national statistics office named so)
    if (e.kind === 'COUNTRY' && i > 0 && tokens[i - 1].text === 'Statistics' && scan.text.slice(tokens[i - 1].end, tokens[i].start) === ' ' && scan.free(i - 1, i - 1)) {
      scan.claim(i - 1, i + n - 1, scan.surface(i - 1, i + n - 1), 'GOVERNMENT_BODY', { country: e.name });
      return i + n;
    }
    // A demonym that starts another proper name ("British Columbia") is not the country.
    if (n === 1 && i + 1 <= b && e.kind === 'COUNTRY' && FORMS_BY_NAME.get(e.name)?.forms.some((f) => f === form && /(?:an|ish|ese|ic|i|ch)$/.test(f) && f !== e.name)) {
      const nextWord = tokens[i + 1].text;
      if (!isHead(nextWord) && !GAZETTEER.has(nextWord) && !TITLE_LIKE.test(nextWord) && !PORTFOLIO.test(nextWord) && !CONNECTORS.has(nextWord)) return i + 2;
    }
    // "Amnesty International Kenya": an international group's national section, named with its country.
    const sectionOf = e.kind === 'ORGANIZATION' && i + n <= b ? [2, 1].map((c) => (i + n + c - 1 <= b ? scan.surface(i + n, i + n + c - 1) : '')).find((f) => f && GAZETTEER.get(f)?.[0]?.kind === 'COUNTRY' && !GAZETTEER.get(f)?.[0]?.capital) : undefined;
    if (sectionOf) {
      const last = i + n + sectionOf.split(' ').length - 1;
      scan.claim(i, last, scan.surface(i, last), 'ORGANIZATION');
      return last + 1;
    }
    // ("Labour Minister Hélène Vasseur", "Labor Secretary X": a portfolio, not the party of that name)
    if (n === 1 && e.kind === 'ORGANIZATION' && PORTFOLIO.test(form) && i + 1 <= b && /^(?:Minister|Ministry|Secretary|Department)$/.test(tokens[i + 1].text)) return i + 1;
    // ("HE the Minister of Labour Dr. X", "Secretary of Labor": the portfolio after an office's "of")
    // ("Assistant Undersecretary for Labour Affairs Sheikh X": or "for")
    if (n === 1 && e.kind === 'ORGANIZATION' && PORTFOLIO.test(form) && i >= 2 && /^(?:of|for)$/.test(tokens[i - 1].text) && /^(?:Minister|Ministry|Secretary|Undersecretary|Under-Secretary|Department|Commissioner)$/.test(tokens[i - 2].text)) return i + 1;
    // (a local body's initials, where the story does not name its country, are left to other passes: "The CCC" in
    // Castries is its city council's)
    const local = LOCAL_INITIALS.get(form);
    if (local && local.name === e.name && !scan.namesCountry(local.country!)) {
      // (another body those initials are, if any: the Philippine National Police's "PNP", not Jamaica's party's)
      const others = ((e as { ambiguous?: GazetteerEntry[] }).ambiguous ?? []).filter((x) => x.name !== local.name);
      if (others.length === 0) return i + n;
      e = others.length > 1 ? gazetteerEntry({ ...others[0], ambiguous: others }) : others[0];
    }
    scan.claim(i, i + n - 1, e.name, e.kind, { country: e.country, capital: e.capital, forms: e.forms, ambiguous: (e as { ambiguous?: GazetteerEntry[] }).ambiguous });
    if (e.country && e.kind !== 'COUNTRY' && e.kind !== 'REGION' && n > 1) countryFormBefore(scan, i, i + n - 1, e.country, e.name);
    return i + n;
  }
  return -1;
}

/** A known name of up to three words runs from token k to the end of the run at b ("… and General Motors", not "… and Labour Relations Court"). */
function knownAfter(scan: MentionScan, k: number, b: number): boolean {
  return b - k < 3 && k <= b && GAZETTEER.has(scan.surface(k, b));
}



// (namedByHead reads in steps, each a function of its own: V8 optimized the one 10 KB function again and
// again; a step answers UNDECIDED when the next one must look)
const UNDECIDED = Symbol('undecided');

/** Head rule: extend to the last organization word within the run (and "of X" after it); the token to go on from. */
const OFFICE_HEAD_WORD = /^(?:Minister|Ministers|Secretary|Commissioner|MEC)$/;

function namedByHead(scan: MentionScan, i: number, b: number): number {
  const { text, tokens, taken } = scan;
  let head = -1;
  const findHead = (): number | typeof UNDECIDED => {
    for (let t = i; t <= b && t - i < 8; t++) {
      if (taken[t]) break;
      // "Amnesty International" ends on its head; in "International Crisis Group" the word only opens the name.
      const opensName = tokens[t].text === 'International' && t < b && !CONNECTORS.has(tokens[t + 1].text);
      // ("Warren Truck Assembly Plant": a factory's assembly, not a legislature)
      const plant = tokens[t].text === 'Assembly' && /^(?:Plant|Complex|Line|Hall)$/.test(tokens[t + 1]?.text ?? '');
      // ("Trade Cabinet Secretary X": Kenya's minister's title, no cabinet of trade)
      const cabinetTitle = tokens[t].text === 'Cabinet' && /^(?:Secretary|Secretaries|Minister|Ministers)$/.test(tokens[t + 1]?.text ?? '');
      // ("the EAC Customs Union Protocol", "the Financial Services Authority Act": a law named after a body is no body)
      // (a numbered one is the body's own: "International Labour Organization Convention 169")
      const lawName = t < b && /^(?:Protocol|Act|Treaty|Convention|Charter|Accord|Law|Directive|Regulation|Bill|Code)$/.test(tokens[t + 1].text) && !/^\s*(?:No\.\s*)?\d/.test(text.slice(tokens[t + 1].end, tokens[t + 1].end + 8));
      // ("Ministry of Petroleum Resources": a company's word after a government head's "of" is its portfolio)
      // (and any such word later in that name: "Department of Mineral and Petroleum Resources")
      const inOfName = head >= 0 && tokens.slice(head + 1, t).some((x) => /^(?:of|for|on)$/.test(x.text));
      // ("Portuguese Institute for Sea and Atmosphere": a place's word after the body's "for" is its field too)
      const portfolio = head >= 0 && (GOV_HEADS.has(tokens[head].text) || ORG_HEADS.has(tokens[head].text)) && ((COMPANY_HEADS.has(tokens[t].text) && (CONNECTORS.has(tokens[t - 1].text) || inOfName)) || (REGION_HEADS.has(tokens[t].text) && inOfName && !isCapitalized(tokens[t + 1]?.text ?? '')));
      // ("Ministry of Territorial Administration and Infrastructure": a government head inside a ministry's
      // field after its "of" is the field's word, not a new head that an "and" would end)
      const fieldHead = head >= 0 && inOfName && /^(?:Ministry|Department)$/.test(tokens[head].text) && GOV_HEADS.has(tokens[t].text) && tokens[t + 1]?.text === 'and';
      // ("Federal Minister for Petroleum X": a company's word after an office's "for" or "of" is its portfolio)
      const officePortfolio = COMPANY_HEADS.has(tokens[t].text) && tokens.slice(i, t).some((x, k) => OFFICE_HEAD_WORD.test(x.text) && /^(?:for|of)$/.test(tokens[i + k + 1]?.text ?? ''));
      // ("Civil Aviation and Meteorology Authority": a company's word, "and", then a government head: one field of the body's)
      const fieldAndGovHead = head < 0 && COMPANY_HEADS.has(tokens[t].text) && tokens[t + 1]?.text === 'and' && t + 2 <= b && isCapitalized(tokens[t + 2].text) && tokens.slice(t + 2, Math.min(b, t + 5) + 1).some((x) => GOV_HEADS.has(x.text));
      if (isHead(tokens[t].text) && !opensName && !plant && !portfolio && !cabinetTitle && !lawName && !fieldHead && !officePortfolio && !fieldAndGovHead) head = t;
      else if (portfolio) continue;
      else if (head < 0 && tokens[t].text === 'and' && t > i && (GAZETTEER.has(scan.surface(t - 1, t - 1)) || tokens[t + 1]?.text === 'the' || knownAfter(scan, t + 1, b))) break; // "the UK and the European Union", "WADA and the U.S. agency", "Ford and General Motors"
      // ("Department of Mineral and Petroleum Resources", "Portfolio Committee on Mineral and Petroleum
      // Resources": "and" inside a body's "of"/"on" name, between two words of no other name)
      else if (inOfName && tokens[t].text === 'and' && t + 1 <= b && isCapitalized(tokens[t + 1].text) && (!isHead(tokens[t + 1].text) || COMPANY_HEADS.has(tokens[t + 1].text)) && !GAZETTEER.has(tokens[t + 1].text) && !GAZETTEER.has(tokens[t - 1].text)) continue;
      else if (head >= 0 && /^(?:and|the)$/.test(tokens[t].text)) break; // two names joined by "and"
      else if (head >= 0 && !CONNECTORS.has(tokens[t].text) && !CONNECTORS.has(tokens[t - 1].text)) {
        // "Semiconductor Industry Association": a later head in the same run of capitalized words ends the name.
        let later = t;
        while (later <= b && later - t < 3 && isCapitalized(tokens[later].text) && !isHead(tokens[later].text)) later++;
        // ("National Aerospace Technology Administration": a government body's head after a company word;
        // "Satilla Valley Medical Center": a body's after a place's)
        if (later <= b && later > t && isHead(tokens[later].text) && (ORG_HEADS.has(tokens[later].text) || GOV_HEADS.has(tokens[later].text) || COMPANY_HEADS.has(tokens[later].text)) && (COMPANY_HEADS.has(tokens[head].text) || REGION_HEADS.has(tokens[head].text))) {
          head = later;
          t = later;
          continue;
        }
        // "Senate Commerce Committee", "Senate Foreign Relations Committee": a chamber's committee is one name.
        // ("Majlis National Security and Foreign Policy Committee": a longer field, with "and" inside)
        let sub = t;
        while (sub <= b && sub - t < 6 && !COMMITTEE.test(tokens[sub].text) && (isCapitalized(tokens[sub].text) || (tokens[sub].text === 'and' && sub > t && isCapitalized(tokens[sub + 1]?.text ?? '')))) sub++;
        if (!CHAMBER.test(tokens[head].text) || sub > b || !COMMITTEE.test(tokens[sub].text)) break;
        head = sub;
        t = sub;
      }
    }
    return UNDECIDED;
  };
  const findHeadAnswer = findHead();
  if (findHeadAnswer !== UNDECIDED) return findHeadAnswer;
  // "Bank of England", "Council on Foreign Relations" (but not "Museum on Wednesday").
  const ofName = (h: number) => /^(?:of|for)$/.test(tokens[h + 1].text) || (tokens[h + 1].text === 'on' && !NOT_NAME.has(tokens[h + 2].text));
  let s = i;
  while (s < head && (NOT_NAME.has(tokens[s].text) || CONNECTORS.has(tokens[s].text))) s++;
  // ("the Opposition Human Rights Protection Party": a party's standing before its name is no part of it)
  if (head - s >= 3 && /^(?:Opposition|Ruling|Governing)$/.test(tokens[s].text) && tokens[head].text === 'Party') s++;
  // ("The GNU’s Ministry of Local Government": a government's initials, possessive, own the ministry; they are no part of its name)
  if (head > s && /^\p{Lu}{2,6}$/u.test(tokens[s].text) && /^['’]s $/.test(scan.text.slice(tokens[s].end, tokens[s + 1].start)) && /^(?:Ministry|Department|Office|Directorate|Agency|Authority)$/.test(tokens[s + 1].text) && s + 2 <= b && ofName(s + 1)) s++;
  // ("The Community and Public Sector Union (CPSU)": the words its own initials spell, across an "and")
  const ownInitials = head === b ? /^ \((\p{Lu}{3,6})\)/u.exec(scan.text.slice(tokens[b].end, tokens[b].end + 10)) : null;
  if (ownInitials && initials(tokens.slice(s, b + 1).map((t) => t.text)) !== ownInitials[1]) {
    for (let k = Math.max(0, s - 3); k < s; k++) {
      // ("the Karnataka State Natural Disaster Monitoring Centre (KSNDMC)": a region the initials spell is part of the name)
      const place = scan.raw.find((r) => r.start === tokens[k].start && r.end === tokens[s - 1].end && (r.kind === 'REGION' || r.kind === 'COUNTRY'));
      if (isCapitalized(tokens[k].text) && !NOT_NAME.has(tokens[k].text) && (scan.free(k, s - 1) || place) && initials(tokens.slice(k, b + 1).map((t) => t.text)) === ownInitials[1] && /^[\p{L} ]+$/u.test(scan.text.slice(tokens[k].start, tokens[s].start))) {
        if (place) scan.release(k, s - 1);
        s = k;
        break;
      }
    }
  }
  // "Shares of Samsung Electronics", "Thousands of …": a sentence's opening noun, not part of a name.
  while (
    s + 1 < head && tokens[s + 1].text === 'of' && !isHead(tokens[s].text) &&
    /^(?:\p{Lu}\p{Ll}+s|One|Most|Some|Part|Much|None|All|Each|Half|Rest|Many|Few)$/u.test(tokens[s].text) &&
    scan.atSentenceStart(tokens[s].start)
  ) {
    s += 2;
    while (s < head && (NOT_NAME.has(tokens[s].text) || CONNECTORS.has(tokens[s].text))) s++;
  }
  // "Justice Mercy Wambua of the Employment and Labour Relations Court": no head before "of", so the
  // body's name starts after it (a person, or another name, comes first).
  let of = -1;
  for (let k = s + 1; k < head; k++) if (tokens[k].text === 'of') { of = k; break; }
  // (unless the words before "of" are all a portfolio's: "the Domestic Trade and Cost of Living Ministry (KPDN)")
  const portfolioOf = of > s + 2 && tokens[of + 1]?.text !== 'the' && tokens.slice(s, of).some((t) => t.text === 'and') && tokens.slice(s, of).every((t) => t.text === 'and' || (isTitleWord(t.text) && !isTitleHead(t.text) && !isHead(t.text)));
  if (of > s && !portfolioOf && !tokens.slice(s, of).some((t) => isHead(t.text))) {
    s = of + 1;
    while (s < head && (NOT_NAME.has(tokens[s].text) || CONNECTORS.has(tokens[s].text))) s++;
  }
  // ("Chairman National Disaster Management Authority (NDMA) X", as Pakistan's papers write an office
  // without "of": the office's word before the body's name is no part of it)
  // (not "Secretary General Office": a title of two words)
  if (head - s >= 2 && /^(?:Chairman|Chairperson|Chairwoman|Director|Secretary|President|Commissioner|Governor|Minister)$/.test(tokens[s].text) && isCapitalized(tokens[s + 1].text) && !CONNECTORS.has(tokens[s + 1].text) && !isTitleHead(tokens[s + 1].text)) s++;
  // "Chief Cabinet Secretary Kenji Sato": a title, not a body called "Chief Cabinet".
  if (head > s && /^(?:Chief|Deputy|Vice|Acting|Senior|Former|Assistant)$/.test(tokens[s].text) && head + 1 <= b && isTitleHead(tokens[head + 1].text)) return head + 1;
  // A chamber's own name alone is a body: "the Senate", "the Knesset" (not "Parliament", a common noun).
  const chamber = head === s && /^(?:Senate|Knesset|Duma|Bundestag|Bundesrat|Sejm|Riksdag|Storting|Majlis|Chancellery)$/.test(tokens[head].text);
  if (!(head > s || chamber || (head === s && /^(?:Ministry|Department|Cabinet|Bank|Office|Council|Court|Bureau|Commission|University|Institute|Museum|Church|Federation|Confederation|Union|Association|League|School|Sea|Gulf|Bay|Strait|Straits|Isle|Island|Islands|Chiefs|Center|Centre|Agency|Authority|Foundation)$/.test(tokens[head].text) && head + 2 <= b && ofName(head)))) return i + 1;
  let end = head;
  const endAfterOf = (): number | typeof UNDECIDED => {
    // "Ministry of Foreign Affairs", "Bank of England", "Council on Foreign Relations"
    if (head + 2 <= b && ofName(head)) {
      end = b;
      // ("Head of the Weather Forecast Division of NAMEM D.Oyunchimeg said": a Mongolian name, its initial glued to it, is the holder's)
      while (end > head + 2 && GLUED_INITIAL_NAME.test(tokens[end].text)) end--;
      // ("Assistant Undersecretary … at the Ministry of Industry and Commerce Dr. Nouf Al Sayed": a style before the holder's name ends the body's)
      while (end > head + 2 && HONORIFICS.has(tokens[end].text) && scan.text[tokens[end].end] === '.') end--;
      // ... but not into "on Thursday" (a connector before a word that is never part of a name), nor
      // into a second name: "the Sea of Azov and the Gulf of Mexico".
      for (let t = head + 2; t < end; t++) {
        // (a company's word is no second name inside a body's: "Department of Mineral and Petroleum Resources")
        // ("Royal Bank of Canada and Toronto-Dominion Bank": a second name with the first one's head)
        // ("the Ministry of Industry and Trade and Vietnam Electricity": a second "and" starts another name)
        // ("Ministry for Development of Communities and Territories": a place's word is a ministry's field)
        const secondName = tokens[t].text === 'and' && (tokens[t + 1].text === 'the' || tokens.slice(t + 1, end + 1).some((x) => isHead(x.text) && (!COMPANY_HEADS.has(x.text) || x.text === tokens[head].text) && !(REGION_HEADS.has(x.text) && GOV_HEADS.has(tokens[head].text))) ||
          tokens.slice(head + 2, t).some((x) => x.text === 'and'));
        // "Bank of Thailand Governor Pornthip Chaiyasit": an officer's title and name after the body's
        // (not "… High Commissioner for Human Rights", a title inside the name).
        const officer = t > head + 1 && isTitleHead(tokens[t].text) && isCapitalized(tokens[t + 1].text) && !CONNECTORS.has(tokens[t + 1].text);
        // ("Deputy Director of the Department of Economic Cooperation of the Russian Foreign Ministry Yelena
        // Kostyreva told TASS": the holder's name after a second body's head, to the run's end)
        // ("Chairman of the Grain Union of Kazakhstan Timur Baimagambetov": or after the body's country)
        // ("Governor of the Bank of the Lao PDR Ms Vilayvanh Phommachak": a style may open the holder's name)
        const styled = HONORIFICS.has(tokens[t].text) ? 1 : 0;
        // ("State Secretary at the Ministry of Economy Ivana Kovacevic": or after the body's portfolio)
        const portfolioBefore = isTitleWord(tokens[t - 1].text) && /^(?:of|on|for|and)$/.test(tokens[t - 2].text) && (GOV_HEADS.has(tokens[head].text) || COMMITTEE.test(tokens[head].text));
        // (not "State" right after "of", an adjective of the body's field: "Agency of State Material Reserves")
        // ("Chairman of the Cabinet of Ministers Adilet Murzakanov": or after the one word of the body's "of")
        // (a body of people: "of Ministers", "of Deputies", "of Elders"; not "Association of Bhutanese Tour Operators")
        const ofWord = t === head + 3 && tokens[head + 1].text === 'of' && /^\p{Lu}\p{Ll}+s$/u.test(tokens[t - 1].text) && !GAZETTEER.has(tokens[t - 1].text);
        // ("Member of the Verkhovna Rada Committee on Environmental Policy and Nature Management Nataliia Bondar": or after
        // a field's last word that is never a name's, "Policy", "Management")
        const fieldEndBefore = (GOV_HEADS.has(tokens[head].text) || COMMITTEE.test(tokens[head].text)) && isCapitalized(tokens[t - 1].text) && !isNameWord(tokens[t - 1].text) && !isHead(tokens[t - 1].text) && !/^\p{Lu}{2,}$/u.test(tokens[t - 1].text);
        const holder = t > head + 2 && !(tokens[t - 1].text === 'State' && tokens[t - 2].text === 'of') && (isHead(tokens[t - 1].text) || portfolioBefore || fieldEndBefore || ofWord || /^\p{Lu}{2,}$/u.test(tokens[t - 1].text) || (GAZETTEER.get(tokens[t - 1].text)?.[0]?.kind === 'COUNTRY' && GAZETTEER.get(tokens[t - 1].text)?.[0]?.name === tokens[t - 1].text && tokens[t - 2].text === 'of')) && end - t - styled >= 1 && end - t - styled <= 2 && tokens.slice(t + styled, end + 1).every((x) => isNameWord(x.text) && !isHead(x.text) && !GAZETTEER.has(x.text)) && (styled > 0 || isHead(tokens[t - 1].text) || portfolioBefore || fieldEndBefore || tokens[t - 2].text === 'of');
        if ((CONNECTORS.has(tokens[t].text) && NOT_NAME.has(tokens[t + 1].text)) || secondName || officer || holder || GLUED_INITIAL_NAME.test(tokens[t].text)) {
          end = t - 1;
          break;
        }
      }
      // "Ministry of Development, Industry and Trade": a list of capitalized words closed by "and".
      // (the last item's second word not the first of a holder's name: "… Industry and Entrepreneurship Ulviyya Gahramanli",
      // where one word would be left of it; "… and Climate Change Omar Lindo" keeps its two)
      const list = /^(?:, \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)+,? and \p{Lu}\p{L}+(?!\p{L})(?: \p{Lu}\p{L}+(?!\p{L})(?! \p{Lu}\p{L}*(?!\p{L})(?! \p{Lu})))?/u.exec(text.slice(tokens[end].end));
      // ("Sectoral Council on Trade, Industry, Finance and Investment": a council's or committee's too, when
      // no word of the list is a name of its own: not "the Council of Europe, France and Germany")
      const fieldList = list && /^(?:Council|Committee|Board)$/.test(tokens[head].text) && !list[0].split(/,? and |, /).some((w) => GAZETTEER.has(w.trim()));
      if (list && (GOV_HEADS.has(tokens[head].text) || fieldList)) {
        const listEnd = tokens[end].end + list[0].length;
        const last = tokens.findIndex((t, k) => k > end && t.end === listEnd);
        if (last > end) end = last;
      }
    }
    return UNDECIDED;
  };
  const endAfterOfAnswer = endAfterOf();
  if (endAfterOfAnswer !== UNDECIDED) return endAfterOfAnswer;
  // ("the Tanzania Electric Supply Company Limited (TANESCO)": a company's legal form spelled out is part of
  // the name its golds and its initials use, as the abbreviated "Ltd." is not)
  if (end === head && COMPANY_HEADS.has(tokens[head].text) && /^(?:Limited|Incorporated)$/.test(tokens[end + 1]?.text ?? '') && end + 1 <= b) end++;
  // "United Nations Verification Mission in Colombia": a mission or an office named with the country it serves.
  // ("The American Chamber of Commerce in Hong Kong": a chamber's name runs to the place it serves)
  const chamberOf = tokens[head].text === 'Chamber' && scan.surface(head, end) === 'Chamber of Commerce';
  // ("the EU Delegation to Georgia": a delegation is named with the country it is sent to)
  const delegationTo = end === head && tokens[head].text === 'Delegation' && tokens[end + 1]?.text === 'to';
  if ((end === head && MISSION_HEAD.test(tokens[head].text) || chamberOf) && (tokens[end + 1]?.text === 'in' || delegationTo) && SINGLE_SPACE_GAP.test(text.slice(tokens[end].end, tokens[end + 1]?.start ?? 0))) {
    const at = end + 2;
    for (const n of [2, 1]) {
      const last = at + n - 1;
      // (the text may end at "in")
      if (last >= tokens.length) continue;
      const place = GAZETTEER.get(scan.surface(at, last))?.[0]?.kind;
      if ((place === 'COUNTRY' || (chamberOf && place === 'REGION')) && scan.free(at, last)) {
        end = last;
        break;
      }
    }
  }
  // ("the City and County Building", "the Capitol Building": a building is named after it, no body or place)
  if (end + 1 <= b && BUILDING.test(tokens[end + 1].text)) return end + 2;
  // ("Amalgamated Transit Union Local 241", "IAM District 751": a union's numbered branch is one name)
  if (COMPANY_HEADS.has(tokens[head].text) === false && /^(?:Local|District|Lodge)$/.test(tokens[end + 1]?.text ?? '') && /^\d+$/.test(tokens[end + 2]?.text ?? '') &&
    SINGLE_SPACE_GAP.test(text.slice(tokens[end].end, tokens[end + 1].start)) && SINGLE_SPACE_GAP.test(text.slice(tokens[end + 1].end, tokens[end + 2].start))) end += 2;
  // ("the All Farmers Association of Nigeria (AFAN)": a word that opens no name alone, "All", "New", is
  // the name's first when its initials after it say so)
  const initialsAfterName = s > i ? /^\s*[(,]\s*(\p{Lu}{2,8})[),]/u.exec(text.slice(tokens[end].end, tokens[end].end + 14)) : null;
  if (initialsAfterName && isCapitalized(tokens[s - 1].text) && initials([tokens[s - 1].text, ...tokens.slice(s, end + 1).map((t) => t.text)]) === initialsAfterName[1]) s--;
  const name = scan.surface(s, end);
  // (a legal form is no part of the name in use: usualName; "Toyota Motor Corp" is the known "Toyota Motor")
  const usual = usualName(scan, s, end);
  // "U.S. Commerce Department": a country form before a known body's name.
  let known = GAZETTEER.get(name)?.[0] ?? (usual !== name ? GAZETTEER.get(usual)?.[0] : undefined);
  let countryPrefix: { end: number; name: string } | undefined;
  for (let k = s + 1; !known && k < end; k++) {
    const prefix = GAZETTEER.get(scan.surface(s, k - 1))?.[0];
    const rest = GAZETTEER.get(scan.surface(k, end))?.[0];
    if (prefix?.kind === 'COUNTRY' && rest && rest.kind !== 'COUNTRY' && (!rest.country || rest.country === prefix.name)) {
      known = rest;
      countryPrefix = { end: k - 1, name: prefix.name };
    }
    // "Philippine Red Cross", "Turkish Red Crescent": a country's own society, not the ICRC.
    if (known && prefix?.kind === 'COUNTRY' && /^Red (?:Cross|Crescent)$/.test(scan.surface(k, end))) known = { name, kind: 'ORGANIZATION', country: prefix.name, forms: [name] };
  }
  // "Bank of Thailand", "Bank of Ghana": a country's own bank is its central bank (commercial banks
  // that carry a country's name are the exceptions).
  const bankOf = !known && tokens[head].text === 'Bank' ? /^Bank of (.+)$/.exec(name)?.[1] : undefined;
  const centralBank = bankOf && !/^(?:America|China|Ireland|Cyprus|Scotland|Baroda|India)$/.test(bankOf) ? GAZETTEER.get(bankOf)?.find((e) => e.kind === 'COUNTRY') : undefined;
  // ("THE Kogi State Government, yesterday, directed": a Nigerian state's government is the state, as a
  // country's is the country)
  // (named as "Kogi State" is: "Kogi", with "Kogi State" one of its names)
  const stateGovernment = !known ? /^(.+) State Government$/.exec(usual)?.[1] : undefined;
  if (stateGovernment) {
    scan.claim(s, end, stateGovernment, 'REGION', { forms: [`${stateGovernment} State`] });
    return end + 1;
  }
  const kind = known?.kind ?? (centralBank || /^Federal Reserve Bank\b/.test(name) ? 'GOVERNMENT_BODY' : kindForHead(tokens[head].text, name));
  scan.claim(s, end, known?.name ?? usual, kind, { country: known?.country ?? centralBank?.name, forms: known?.forms ?? (usual !== name ? [usual] : undefined) });
  // (not a national Red Cross society's country, whose name it is)
  if (!/Red (?:Cross|Crescent)$/.test(known?.name ?? '')) {
    if (countryPrefix) mentionCountryForm(scan, s, countryPrefix.end, countryPrefix.name);
    else if (known?.country) countryFormBefore(scan, s, end, known.country, known.name);
  }
  return end + 1;
}

/** "the U.S. Treasury", "U.S. Coast Guard": the country form that opens a known body's name is a mention of the country too. */
function countryFormBefore(scan: MentionScan, s: number, end: number, country: string, bodyName: string): void {
  for (let k = s; k < Math.min(end, s + 2); k++) {
    const form = scan.surface(s, k);
    const entry = GAZETTEER.get(form)?.[0];
    // (not a country form that is part of the body's own name: "UK Anti-Doping", "UK Athletics")
    if (entry?.kind === 'COUNTRY' && entry.name === country) return bodyName.startsWith(`${form} `) ? undefined : mentionCountryForm(scan, s, k, country);
  }
}

function mentionCountryForm(scan: MentionScan, s: number, k: number, country: string): void {
  scan.raw.push(rawMention({ start: scan.tokens[s].start, end: scan.tokens[k].end, name: country, kind: 'COUNTRY', surface: scan.surface(s, k) }));
}

// "the far-right National Rally (RN)", "Law and Justice (PiS)": a name that no head word or list
// makes a body, followed by the acronym it goes by: an organization (a party, mostly, whose
// acronym is often that of its name in its own language). Not a named thing ("Consumer Price
// Index (CPI)", "Inflation Reduction Act (IRA)").
/** What a utility or a trading company is named for ("Bahamas Power and Light", "Kenya Power"). */
const UTILITY_WORD = /^(?:Power|Light|Electric|Electricity|Energy|Gas|Oil|Petroleum|Telecom|Telecommunications|Airlines|Airways|Cement|Sugar|Mining|Mines)$/;
const NAMED_THING = /^(?:Index|Indices|Rate|Rates|Product|Tax|Act|Law|Bill|Agreement|Treaty|Accord|Programme|Program|Initiative|Scheme|Plan|Strategy|Project|System|Zone|Area|Summit|Conference|Forum|Games|Cup|Championship|Award|Prize)$/;
function namesBeforeOwnAcronym(scan: MentionScan): void {
  const { text, tokens } = scan;
  for (const [a, b] of scan.runs) {
    let s = a;
    while (s <= b && NOT_NAME.has(tokens[s].text)) s++;
    // (not a dateline's city: "BOGOTA (EFE)")
    // (a title is no name, "Prime Minister (PM)", unless joined into one: "Law and Justice (PiS)")
    // ("Assistant Commissioner of Police (ACP) X": an office of a body with its own initials is no body either)
    const ofAt = tokens.slice(s, b + 1).findIndex((t) => t.text === 'of');
    const title = (isTitleHead(tokens[b].text) && !(b > s && CONNECTORS.has(tokens[b - 1].text))) || (ofAt > 0 && isTitleHead(tokens[s + ofAt - 1].text) && tokens.slice(s, s + ofAt).every((t) => isTitleWord(t.text)));
    const acronym = /^ \(((?=(?:[^)]*\p{Lu}){2})\p{Lu}[\p{L}]{1,5})\)/u.exec(text.slice(tokens[b].end, tokens[b].end + 10));
    // "the Congress and the Rashtriya Janata Dal (RJD)", "the Jharkhand Mukti Morcha (JMM)": the words
    // the initials spell, even after another name in the run or a place they start with.
    // (not a treaty's object: "the Treaty on the Non-Proliferation of Nuclear Weapons (NPT)" names no body)
    const treaty = s <= b && /\b(?:Treaty|Convention|Agreement|Protocol)\s+(?:on|for|of)\s+(?:the\s+)?$/.test(scan.text.slice(Math.max(0, tokens[s].start - 30), tokens[s].start));
    const spelled = acronym && !title && !treaty && !NAMED_THING.test(tokens[b].text) ? spelledBefore(scan, s, b, acronym[1]) : -1;
    // ("Igembe North Member of Parliament (MP) X": the initials spell an office, after its seat)
    if (spelled >= 0 && isTitleHead(tokens[spelled].text) && tokens[spelled + 1]?.text === 'of') continue;
    if (spelled >= 0 && !GAZETTEER.has(scan.surface(spelled, b))) {
      scan.release(spelled, b);
      // ("Bahamas Power and Light (BPL)": a utility's words make a company, not a party)
      const utility = tokens.slice(spelled, b + 1).some((t) => UTILITY_WORD.test(t.text));
      scan.claim(spelled, b, scan.surface(spelled, b), utility ? 'COMPANY' : 'ORGANIZATION', { forms: [acronym![1]] });
      continue;
    }
    // ("the Ministry of Industry and Trade and Vietnam Electricity (EVN)": the name after "and" and another
    // name in the run, which may open with its country)
    if (acronym && !title && !NAMED_THING.test(tokens[b].text) && s <= b && !scan.free(s, b)) {
      let k = b;
      while (k > s && scan.free(k - 1, k - 1) && !CONNECTORS.has(tokens[k - 1].text)) k--;
      const place = k - 1 > s && scan.raw.some((r) => r.start === tokens[k - 1].start && r.end === tokens[k - 1].end && (r.kind === 'COUNTRY' || r.kind === 'REGION'));
      if (place) k--;
      const name = scan.surface(k, b);
      if (k > s && k < b && tokens[k - 1].text === 'and' && scan.free(place ? k + 1 : k, b) && !GAZETTEER.has(name) && !knownEverywhere(acronym[1])) {
        scan.release(k, b);
        scan.claim(k, b, name, 'ORGANIZATION', { forms: [acronym[1]] });
      }
      continue;
    }
    if (s > b || b - s > 4 || !scan.free(s, b) || title || treaty || NAMED_THING.test(tokens[b].text) || tokens.slice(s, b + 1).every((t) => /^\p{Lu}+$/u.test(t.text))) continue;
    const name = scan.surface(s, b);
    if (!acronym || GAZETTEER.has(name) || knownEverywhere(acronym[1])) continue;
    // ("Ward 52 councillor Rajen Govender (DA)": a person's party, whose letters are not the name's; the
    // initials are the party's own mention)
    // ("MP Mr Selemani Mkwachu (CCM) said", "Valjevo Mayor Slobodan Ristanović (SNS)": a title or a style before
    // the name makes it a person's too, whatever the initials' letters)
    // (an accented initial is its letter's: "Électricité du Liban (EDL)")
    const initialsOfRun = new Set(tokens.slice(s, b + 1).map((t) => t.text[0].normalize('NFD')[0].toUpperCase()));
    const titledName = b - s >= 2 && isNameWord(tokens[b].text) && isNameWord(tokens[b - 1].text) && tokens.slice(s, b - 1).some((t) => HONORIFICS.has(t.text) || isTitleWord(t.text));
    // ("The mayor of Tuzla, Senad Mulahasić (SDA), said": or an office before the comma the name follows)
    const before = scan.text.slice(Math.max(0, tokens[s].start - 60), tokens[s].start);
    // ("The president of Silves Câmara, Maria do Carmo Guerreiro (PS), considered": a name's particle is a name's word here)
    const personWord = (t: { text: string }) => isNameWord(t.text) || NAME_PARTICLES.has(t.text);
    const apposedToOffice = b > s && b - s <= 4 && tokens.slice(s, b + 1).every(personWord) && /,\s$/.test(before) && before.split(/[\s,]+/).some((w) => isTitleHead(w));
    if (titledName || apposedToOffice || (!initialsOfRun.has(acronym[1][0].toUpperCase()) && b > s && tokens.slice(s, b + 1).every(personWord))) {
      const at = scan.tokenAt(tokens[b].end + 2);
      if (at >= 0 && scan.free(at, at)) scan.claim(at, at, acronym[1], 'ORGANIZATION');
      continue;
    }
    scan.claim(s, b, name, 'ORGANIZATION');
  }
}

// "the National Action Party (PAN)", "…, or PAN,": initials after a name some pass found are that body's too.
function initialsAfterNames(scan: MentionScan): void {
  for (const r of [...scan.raw]) {
    if (r.kind === 'COUNTRY' || r.kind === 'REGION') continue;
    // ("the Armed Police Force (APF)": a body found without its last word, which its initials spell)
    const lastWord = /^ (\p{Lu}\p{Ll}+) \((\p{Lu}{2,6})\)/u.exec(scan.text.slice(r.end, r.end + 24));
    if (lastWord && r.surface === r.name && initials([...r.name.split(' '), lastWord[1]]) === lastWord[2] && !GAZETTEER.has(lastWord[2])) {
      const first = scan.tokenAt(r.start);
      const last = scan.tokenAt(r.end + 1);
      const acronymAt = scan.tokenAt(r.end + lastWord[0].length - lastWord[2].length - 1);
      if (first >= 0 && last > first && acronymAt > last && scan.free(last, last) && scan.free(acronymAt, acronymAt)) {
        const name = `${r.name} ${lastWord[1]}`;
        scan.release(first, first + r.name.split(' ').length - 1);
        scan.claim(first, last, name, r.kind, { country: r.country });
        scan.claim(acronymAt, acronymAt, name, r.kind, { country: r.country, forms: [name, lastWord[2]] });
        continue;
      }
    }
    const paren = /^(?: \(|, or )(\p{Lu}{2,6})(?:\)|(?=[,.;]))/u.exec(scan.text.slice(r.end, r.end + 12));
    const at = paren ? scan.tokenAt(r.end + paren[0].length - paren[1].length - (paren[0].endsWith(')') ? 1 : 0)) : -1;
    if (at < 0 || !scan.free(at, at) || GAZETTEER.has(paren![1])) continue;
    scan.claim(at, at, r.name, r.kind, { country: r.country, forms: r.forms });
  }
}

/** Where the words ending at b whose initials spell `acronym` start (three words or more, the first free or only a place), or -1. */
function spelledBefore(scan: MentionScan, s: number, b: number, acronym: string): number {
  const { tokens } = scan;
  for (let k = b - 2; k >= s && b - k < 6; k--) {
    if (initials(tokens.slice(k, b + 1).map((t) => t.text)) !== acronym.toUpperCase() || !isCapitalized(tokens[k].text)) continue;
    const takenByOther = scan.raw.some((r) => r.start < tokens[b].end && r.end > tokens[k].start && (r.start < tokens[k].start || r.end > tokens[b].end || (r.kind !== 'REGION' && r.kind !== 'COUNTRY')));
    return takenByOther ? -1 : k;
  }
  return -1;
}

// 3a. "the state-run MENA news agency": a name before "news agency" or "newspaper".
function namesBeforeOutletNoun(scan: MentionScan): void {
  const { text, tokens, taken } = scan;
  for (let t = 0; t + 1 < tokens.length; t++) {
    // ("State news agency Xinhua": who owns it, not its name)
    if (taken[t] || !isCapitalized(tokens[t].text) || NOT_NAME.has(tokens[t].text) || /^(?:State|Official|Government|National|Public|Local|Leading|Independent)$/.test(tokens[t].text)) continue;
    // ("the Kan public broadcaster", "the Kikar HaShabbat news site": and a public or state one, a site;
    // a name of two or three words ends there too)
    if (/^ (?:(?:public |state )?(?:news agency|newspaper|daily|broadcaster)|news site|news website)\b/.test(text.slice(tokens[t].end, tokens[t].end + 24))) {
      let a = t;
      while (a > 0 && t - a < 2 && !taken[a - 1] && isCapitalized(tokens[a - 1].text) && !NOT_NAME.has(tokens[a - 1].text) && SINGLE_SPACE_GAP.test(text.slice(tokens[a - 1].end, tokens[a].start))) a--;
      scan.claim(a, t, scan.surface(a, t), 'ORGANIZATION');
    }
  }
}

/** Words that newspapers and news sites are named with: "Dhaka Tribune", "Kyiv Post", "NewsDay". */
const PRESS_WORD = /^(?:Times|Post|Tribune|Daily|News|NewsDay|Today|Bulletin|Mirror|Star|Herald|Standard|Nation|Observer|Guardian|Journal|Gazette|Chronicle|Express|Independent|Telegraph|Vision|Diplomat|Globe|Press|Review|Insider|Monitor|Sabah|Namibian|Vanguard|Punch|Dispatch|Courier|Record|Sun|Mail)$/;

// ("told Dhaka Tribune", "told The Namibian", "speaking to Kyiv Post", "told THT": the outlet the story
// is written for, a name no list knows, after a verb of telling)
function outletsTold(scan: MentionScan): void {
  const { text, tokens, taken } = scan;
  for (let t = 0; t + 1 < tokens.length; t++) {
    const w = tokens[t].text;
    const telling = /^(?:told|tells|telling)$/.test(w) || (/^(?:to|by)$/.test(w) && t > 0 && /^(?:speaking|spoke|talking|talked|contacted)$/i.test(tokens[t - 1].text));
    if (!telling || text.slice(tokens[t].end, tokens[t + 1].start) !== ' ') continue;
    // ("told the Cyprus Mail", "told the Post-Courier": a paper's own "the", in lower case)
    const the = tokens[t + 1].text === 'the' && t + 2 < tokens.length && text.slice(tokens[t + 1].end, tokens[t + 2].start) === ' ';
    const a = the ? t + 2 : t + 1;
    let b = a;
    while (b + 1 < tokens.length && b - a < 3 && isCapitalized(tokens[b + 1].text) && SINGLE_SPACE_GAP.test(text.slice(tokens[b].end, tokens[b + 1].start))) b++;
    if (!isCapitalized(tokens[a].text)) continue;
    if (!/^(?:\s+(?:that|in|on|by|over|after|during|last|this|earlier|late|early)\b|[,.;:])/.test(text.slice(tokens[b].end, tokens[b].end + 12))) continue;
    const words = tokens.slice(a, b + 1).map((x) => x.text);
    // ("told Newsday", "the Post-Courier": a paper's word inside one word)
    // ("told TOLOnews": or ending in it)
    const pressWord = (x: string) => PRESS_WORD.test(x) || /^(?:News\p{Ll}+|\p{Lu}\p{L}+news|\p{Lu}\p{Ll}+-(?:Courier|Post|Herald|Times|News|Tribune|Gazette|Journal|Mail))$/u.test(x);
    // (a place that opens a paper's name was taken for the place: "the Cyprus Mail")
    const placeOpens = the && b > a && PRESS_WORD.test(words.at(-1)!) && tokens.slice(a + 1, b + 1).every((_, k) => !taken[a + 1 + k]) && (GAZETTEER.get(words[0])?.[0]?.kind === 'COUNTRY' || GAZETTEER.get(words[0])?.[0]?.kind === 'REGION');
    if (tokens.slice(a, b + 1).some((_, k) => taken[a + k]) && !placeOpens) continue;
    const outlet = words.some(pressWord) || (words.length === 2 && words[0] === 'The' && !GAZETTEER.has(words[1])) || (words.length === 1 && /^\p{Lu}{3,5}$/u.test(words[0]) && !GAZETTEER.has(words[0]));
    if (outlet && !GAZETTEER.has(scan.surface(a, b))) {
      if (placeOpens) scan.release(a, b);
      // ("told the Post" after "The Jerusalem Post": the paper named in full)
      const full = the && a === b ? new RegExp(`\\bThe (?:\\p{Lu}[\\p{L}-]+ ){1,2}${words[0]}\\b`, 'u').exec(text)?.[0] : undefined;
      scan.claim(a, b, full ?? scan.surface(a, b), 'ORGANIZATION');
    }
  }
}

// 3. "the Ennahda party", "the IG Metall union": a name of up to three capitalized words
// between "the" and a lower-case party, union or movement.
function namesBeforeGroupNoun(scan: MentionScan): void {
  const { text, tokens, taken } = scan;
  for (const [r, b] of scan.runs) {
    // (past a sentence's "The": "The United Auto Workers union said")
    const a = tokens[r].text === 'The' && r < b ? r + 1 : r;
    // (up to four words with their connectors: "the Solidarity of Individual Farmers union")
    if (b - a > 3 || b + 1 >= tokens.length || tokens.slice(a, b + 1).some((_, k) => taken[a + k]) || NOT_NAME.has(tokens[a].text)) continue;
    // ("the al-Shabab extremist group", "the M23 rebel group": an armed group described after its name)
    const armed = /^(?:militant|extremist|rebel|armed|jihadist|separatist|paramilitary|insurgent)$/.test(tokens[b + 1].text) && /^(?:group|movement|militia|organi[sz]ation)$/.test(tokens[b + 2]?.text ?? '');
    if ((!/^(?:party|union|movement|militia|alliance|coalition|federation|association)$/.test(tokens[b + 1].text) && !armed) || !/^\s$/.test(text.slice(tokens[b].end, tokens[b + 1].start))) continue;
    // ("the opposition Law and Justice party": lower-case words may describe it first)
    if (/\bthe\s+(?:[\p{Ll}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, tokens[a].start - 40), tokens[a].start))) scan.claim(a, b, scan.surface(a, b), 'ORGANIZATION');
  }
}

// "The Japanese Embassy in Manila said …": an embassy that speaks is its government's body; one
// that is stormed or visited is a building ("assaulted the U.S. Embassy in Tunis").
const MISSION_SPEAKS = /^(?:\s+in\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)?(?:,[^.,]{1,80},)?\s+(?:(?:has|had|also)\s+)?(?:said|says|told|announced|urged|warned|added|confirmed|denied|advised|issued|called|posted|wrote)\b/u;
function speakingMissions(scan: MentionScan): void {
  const { text, tokens } = scan;
  for (const [a, b] of scan.runs) {
    // (or opens its sentence, as its subject: "The Russian Embassy in Bamako struck a different tone.")
    const subject = scan.atSentenceStart(tokens[a].start) && /^(?:\s+in\s+\p{Lu}[\p{L}-]+)?\s+\p{Ll}+/u.test(text.slice(tokens[b].end, tokens[b].end + 60));
    // ("The US Consulate General in Hong Kong said": a consulate general, and the place it serves)
    const general = tokens[b].text === 'General' && tokens[b - 1]?.text === 'Consulate';
    if (b === a || !(/^(?:Embassy|Consulate)$/.test(tokens[b].text) || general) || !(MISSION_SPEAKS.test(text.slice(tokens[b].end, tokens[b].end + 120)) || subject)) continue;
    const head = general ? b - 1 : b;
    let s = a;
    while (s < head && NOT_NAME.has(tokens[s].text)) s++;
    const country = GAZETTEER.get(scan.surface(s, head - 1))?.find((e) => e.kind === 'COUNTRY' && !e.capital)?.name;
    if (s === head || !country || !scan.free(s, b)) continue;
    const servedIn = /^\s+in\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u.exec(text.slice(tokens[b].end, tokens[b].end + 40));
    const surface = servedIn ? `${scan.surface(s, b)} in ${servedIn[1]}` : scan.surface(s, b);
    scan.claim(s, b, `${scan.surface(head, b)} of ${withArticle(country)}`, 'GOVERNMENT_BODY', { country, forms: [scan.surface(s, b), surface] });
  }
}

// "Zhejiang Huayou Cobalt, which runs two plants at …, said": a name that "which" describes and that
// then speaks is a body, not a person (and a company when the clause speaks of its business).
const WHICH_THEN_SAYS = /^, which\b([^.]{0,200}?),\s+(?:has\s+|had\s+)?(?:said|says|told|announced|warned|added|reported|confirmed)\b/;
function namesBeforeWhichSaid(scan: MentionScan): void {
  const { text, tokens } = scan;
  for (const [a, b] of scan.runs) {
    let s = a;
    // ("At the University of the Pennines, which announced": nor the article after the opener)
    while (s < b && (NOT_NAME.has(tokens[s].text) || /^(?:the|a|an)$/.test(tokens[s].text))) s++;
    const clause = WHICH_THEN_SAYS.exec(text.slice(tokens[b].end, tokens[b].end + 260));
    const name = scan.surface(s, b);
    if (!clause || b - s > 4 || NOT_NAME.has(tokens[s].text) || GAZETTEER.has(name) || !scan.free(s, b)) continue;
    const business = /\b(?:plants?|factor(?:y|ies)|stores?|mines?|smelters?|customers|shares|revenue|profits?|subsidiar(?:y|ies)|brands?|serves|sells|makes|operates)\b/.test(clause[1]);
    // ("Georgia’s Department of Community Health, which runs …": a government's head word says what it is)
    const govHead = tokens.slice(s, b + 1).some((t) => GOV_HEADS.has(t.text));
    scan.claim(s, b, name, govHead ? 'GOVERNMENT_BODY' : business ? 'COMPANY' : 'ORGANIZATION');
  }
}

/** Initials that spell a name: the same first and last letters, at most one word's letter left out ("KMPDU"). */
function spells(acronym: string, initials: string): boolean {
  if (initials.length < acronym.length || initials.length > acronym.length + 1 || initials[0] !== acronym[0] || initials.at(-1) !== acronym.at(-1)) return false;
  let k = 0;
  for (const c of initials) if (c === acronym[k]) k++;
  return k === acronym.length;
}

// "Kenya Medical Practitioners, Pharmacists and Dentists Union, known as KMPDU", "Coordination of
// Government Activities in the Territories (COGAT)": a name its initials follow, taken whole across
// its commas and small words, when the initials spell them out ("of" may count).
function namesByTheirInitials(scan: MentionScan): void {
  const { text, tokens } = scan;
  const byEnd = new Map<number, number>();
  tokens.forEach((t, k) => byEnd.set(t.end, k));
  const runOf: number[] = [];
  scan.runs.forEach(([a, b], r) => {
    for (let t = a; t <= b; t++) runOf[t] = r;
  });
  for (const m of text.matchAll(/(?:\s\((\p{Lu}{3,8})\)|,\s+(?:also\s+)?known as\s+(\p{Lu}{3,8})\b)/gu)) {
    const acronym = m[1] ?? m[2];
    const last = byEnd.get(m.index) ?? -1;
    if (last < 0 || !isCapitalized(tokens[last].text)) continue;
    for (let first = last; first >= 0 && last - first < 12; first--) {
      const words = tokens.slice(first, last + 1).map((t) => t.text);
      if (words.some((w) => !isCapitalized(w) && !/^(?:and|of|for|the|in|on|&)$/.test(w))) break;
      if (!isCapitalized(words[0])) continue;
      const plain = words.filter((w) => isCapitalized(w)).map((w) => w[0]).join('');
      const withOf = words.filter((w) => isCapitalized(w) || w === 'of').map((w) => w[0].toUpperCase()).join('');
      const name = scan.surface(first, last);
      // (only a name the runs split, at a comma or a small word: the head rule reads the others)
      const oneRun = runOf[first] !== undefined && runOf[first] === runOf[last];
      if (!oneRun && (spells(acronym, plain) || spells(acronym, withOf)) && words.length > 2 && !GAZETTEER.has(name) && scan.free(first, last) && !/[.;:]/.test(text.slice(tokens[first].start, tokens[last].end))) {
        const head = words.find((w) => isHead(w));
        scan.claim(first, last, name, head ? kindForHead(head, name) : 'ORGANIZATION', { forms: [acronym] });
        break;
      }
    }
  }
}

// "Brussels police said", "The Khanh Hoa provincial police said": a place's police force, named in lower
// case after the place ("Chinese police" is a country's, read as the country).
function placePolice(scan: MentionScan): void {
  const { text, tokens } = scan;
  if (!text.includes(' police')) return;
  // (not the head of a longer name: "the Paris police prefecture", "the Delhi police department")
  for (const m of text.matchAll(/\b((?:\p{Lu}[\p{Ll}-]+ ){0,2}\p{Lu}[\p{Ll}-]+) ((?:provincial|state|city|district|regional|municipal|county|metropolitan|local) )?police\b(?! (?:prefecture|department|force|service|command|headquarters|academy|station|directorate)\b)/gu)) {
    let first = scan.tokenAt(m.index);
    const place = first >= 0 ? first + m[1].split(' ').length - 1 : -1;
    if (first < 0 || tokens[place]?.end !== m.index + m[1].length) continue;
    while (first < place && NOT_NAME.has(tokens[first].text)) first++;
    if (NOT_NAME.has(tokens[first].text) || (first === place && scan.atSentenceStart(tokens[first].start) && !GAZETTEER.has(tokens[first].text))) continue;
    const last = scan.tokenAt(m.index + m[0].length - 'police'.length);
    // (nor inside an officer's title alone: "Islamabad police spokesman X said")
    if (last < 0 || (last + 1 < tokens.length && isTitleWord(tokens[last + 1].text) && text.slice(tokens[last].end, tokens[last + 1].start) === ' ')) continue;
    const placeName = scan.surface(first, place);
    if (GAZETTEER.get(placeName)?.some((e) => e.kind === 'COUNTRY' && !e.capital)) continue;
    const held = scan.raw.find((r) => r.start === tokens[first].start && r.end === tokens[place].end);
    if (held && held.kind !== 'REGION') continue;
    if (!held && !scan.free(first, last)) continue;
    if (held) scan.release(first, place);
    const modifier = m[2] ? `${m[2][0].toUpperCase()}${m[2].slice(1)}` : '';
    scan.claim(first, last, `${placeName} ${modifier}Police`, 'GOVERNMENT_BODY', { forms: [scan.surface(first, last)] });
  }
}

// "Kaziranga National Park": a park is a place.
function nationalParks(scan: MentionScan): void {
  if (!scan.text.includes('National Park')) return;
  for (const m of scan.text.matchAll(/\b((?:\p{Lu}[\p{L}-]+ ){1,3})National Park\b/gu)) {
    const first = scan.tokenAt(m.index);
    const last = first + m[0].split(' ').length - 1;
    if (first < 0 || NOT_NAME.has(scan.tokens[first].text) || !scan.free(first, last)) continue;
    scan.claim(first, last, m[0], 'REGION');
  }
}

// "the House", "House Democrats", "House Speaker X" in a story about Congress: the U.S. House of
// Representatives (not "the White House", "the state House", nor where the Commons sit).
// (a party's "Congress" is none: "National Democratic Congress", "Nepali Congress")
const US_CONGRESS_STORY = /\b(?:(?<!(?:Democratic|National|Nepali|Labour|Union|Trades|Workers|People's|People’s) )Congress|Senate|Capitol Hill|Rep\.|Sen\.|House (?:Democrats|Republicans))(?=\W)|\b[DR]-\p{Lu}/u;
// "The Texas House", "the state House": a story about a state legislature, whose House is not Congress's.
const US_STATE_NAMES = KNOWN_BODIES.filter((b) => b.kind === 'REGION' && b.country === 'United States').map((b) => b.name.replace(/ \(.*\)$/, ''));
const STATE_HOUSE = new RegExp(`\\b(?:${US_STATE_NAMES.join('|')}|[Ss]tate) House\\b(?! of Representatives)`);
// "The Texas House", "the Texas Senate": a state legislature's chambers, and the House, the Senate or
// the Legislature alone in a story that names them so.
const STATE_CHAMBER = new RegExp(`\\b(${US_STATE_NAMES.join('|')}) (House|Senate|Legislature)\\b(?! of\\b)`, 'g');
const CHAMBER_NAME: Record<string, string> = { House: 'House of Representatives', Senate: 'Senate', Legislature: 'Legislature' };
function stateChambers(scan: MentionScan): void {
  const { text, tokens } = scan;
  const named = [...text.matchAll(STATE_CHAMBER)];
  if (named.length === 0) return;
  const state = named[0][1];
  for (const m of named) {
    if (m[1] !== state) continue;
    const t = scan.tokenAt(m.index);
    const c = scan.tokenAt(m.index + m[1].length + 1);
    if (t >= 0 && c >= 0 && scan.free(t, c)) scan.claim(t, c, `${state} ${CHAMBER_NAME[m[2]]}`, 'GOVERNMENT_BODY', { country: 'United States', forms: [`${state} ${m[2]}`] });
  }
  // (not "White House" nor "Senate Majority Leader": a capitalized word on either side makes another name; "Senate Bill 1742" is the chamber's)
  for (const m of text.matchAll(/\b(House|Senate|Legislature)\b(?!\s+(?:of\b|(?!Bill\b)\p{Lu}))/gu)) {
    const t = scan.tokenAt(m.index);
    if (t < 0 || !scan.free(t, t)) continue;
    const previous = t > 0 ? tokens[t - 1] : undefined;
    if (previous && /^\p{Lu}/u.test(previous.text) && previous.text !== 'The' && text.slice(previous.end, m.index) === ' ') continue;
    scan.claim(t, t, `${state} ${CHAMBER_NAME[m[1]]}`, 'GOVERNMENT_BODY', { country: 'United States', forms: [`${state} ${m[1]}`] });
  }
}

// "Parliament" alone ("Parliament grounds", "passed by Parliament"): the legislature of the story's
// country (settleNames qualifies it when one country clearly is), unless the text names a longer one
// whose short form it is ("the European Parliament … Parliament").
/** A capitalized word (not a sentence's "The") right before token t: t goes on a longer name ("Kenya Parliament", "Tobago House of Assembly"). */
function afterNameWord(text: string, tokens: Token[], t: number): boolean {
  const previous = t > 0 ? tokens[t - 1] : undefined;
  return previous !== undefined && /^\p{Lu}/u.test(previous.text) && previous.text !== 'The' && text.slice(previous.end, tokens[t].start) === ' ';
}

function bareParliament(scan: MentionScan): void {
  const { text, tokens } = scan;
  if (!text.includes('Parliament') && !text.includes('Cabinet')) return;
  // ("the Cabinet said": a government's cabinet alike)
  const longer = { Parliament: /\b(?:(?!The\b)\p{Lu}\p{L}+ Parliament|Parliament of)\b/u.test(text), Cabinet: /\b(?:(?!The\b)\p{Lu}\p{L}+ Cabinet|Cabinet (?:of|Office|Secretary|Minister)|Council of Ministers)\b/u.test(text) };
  for (const m of text.matchAll(/\b(Parliament|Cabinet)\b(?!\s+\p{Lu})/gu)) {
    if (longer[m[1] as 'Parliament' | 'Cabinet']) continue;
    const t = scan.tokenAt(m.index);
    if (t < 0 || !scan.free(t, t)) continue;
    if (afterNameWord(text, tokens, t)) continue;
    // ("Igembe North Member of Parliament (MP) X": a lawmaker's title, not the body)
    if (/\b[Mm]embers? of $/.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    scan.claim(t, t, m[1], 'GOVERNMENT_BODY', { forms: [m[1]] });
  }
}

// "the House of Assembly": the lower house of the Bahamas, Bermuda, Barbados or Eswatini, under its own name (the
// story's country's); not inside a longer name, "the Tobago House of Assembly", "Oyo State House of Assembly".
function houseOfAssembly(scan: MentionScan): void {
  const { text, tokens } = scan;
  if (!text.includes('House of Assembly')) return;
  for (const m of text.matchAll(/\bHouse of Assembly\b/g)) {
    const t = scan.tokenAt(m.index);
    if (t < 0 || !scan.free(t, t + 2)) continue;
    if (afterNameWord(text, tokens, t)) continue;
    scan.claim(t, t + 2, 'House of Assembly', 'GOVERNMENT_BODY', { forms: ['House of Assembly'] });
  }
}

function usHouse(scan: MentionScan): void {
  const { text, tokens } = scan;
  if (!US_CONGRESS_STORY.test(text) || STATE_HOUSE.test(text) || /\bHouse of (?:Commons|Lords|Councillors)\b|\bHouse of Representatives\b(?![^.]{0,40}\bU\.S\.)/.test(text) && !/\bU\.S\. House of Representatives\b/.test(text)) return;
  for (const m of text.matchAll(/\bHouse\b(?=\s+(?:Democrats|Republicans|Speaker|Majority|Minority|Republican|Democratic|and\s+Senate|lawmakers|members|vote|passed|approved|rejected|voted)\b|[\s,.;:](?!\s*\p{Lu}))/gu)) {
    const t = scan.tokenAt(m.index);
    if (t < 0 || !scan.free(t, t)) continue;
    const previous = t > 0 ? tokens[t - 1] : undefined;
    if (previous && text.slice(previous.end, m.index) === ' ' && (/^\p{Lu}/u.test(previous.text) ? previous.text !== 'The' : /^(?:state|white|opera|auction|guest|safe|glass|tree)$/i.test(previous.text))) continue;
    scan.claim(t, t, 'United States House of Representatives', 'GOVERNMENT_BODY', { country: 'United States', forms: ['House', 'House of Representatives', 'U.S. House of Representatives'] });
  }
}

// "the 9th U.S. Circuit Court of Appeals", "the 5th Circuit": a federal appeals court by its number.
function federalCircuits(scan: MentionScan): void {
  for (const m of scan.text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th) (?:U\.S\. )?Circuit(?: Court of Appeals)?\b/gu)) {
    const first = scan.tokenAt(m.index);
    let last = first;
    while (last + 1 < scan.tokens.length && scan.tokens[last + 1].end <= m.index + m[0].length) last++;
    if (first < 0 || !scan.free(first, last)) continue;
    const ordinal = m[0].slice(0, m[0].indexOf(' '));
    const name = `${ordinal} U.S. Circuit Court of Appeals`;
    scan.claim(first, last, name, 'GOVERNMENT_BODY', { country: 'United States', forms: [name, `${ordinal} Circuit`, `${ordinal} Circuit Court of Appeals`] });
  }
}

// "the Senate Health, Education, Labor and Pensions Committee": a chamber's committee whose name
// lists its fields (the runs of capitalized words end at the commas).
const LISTED_COMMITTEE = /\b(?:Senate|House)(?: \p{Lu}\p{L}+){1,2}(?:, \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)*,? and \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)? (?:Committee|Subcommittee)\b/gu;

// ("the Meteorology, Climatology, and Geophysics Agency (BMKG)": or any body whose name lists its fields
// with commas, one word each, before its head)
const LISTED_BODY = /(?<![\p{L}\p{N}_])\p{Lu}\p{Ll}+(?:, \p{Lu}\p{Ll}+){1,4},? and \p{Lu}\p{Ll}+ (?:Agency|Authority|Office|Department|Directorate|Commission|Council|Board|Institute|Service|Centre|Center)\b/gu;

function committeesWithLists(scan: MentionScan): void {
  // (the listed body's pattern only where some ", and"-list can end on a head: it is slow over a whole text)
  const listedBodies = /,? and \p{Lu}\p{Ll}+ (?:Agency|Authority|Office|Department|Directorate|Commission|Council|Board|Institute|Service|Centre|Center)\b/u.test(scan.text) ? scan.text.matchAll(LISTED_BODY) : [];
  for (const m of [...scan.text.matchAll(LISTED_COMMITTEE), ...listedBodies]) {
    const first = scan.tokenAt(m.index);
    const last = scan.tokenAt(m.index + m[0].length - m[0].split(' ').at(-1)!.length);
    // (not a list of places or known names: "Kenya, Uganda and Tanzania Revenue …")
    if (first < 0 || last < 0 || !scan.free(first, last) || m[0].split(/,? (?:and )?/).slice(0, -1).some((w) => GAZETTEER.has(w))) continue;
    scan.claim(first, last, m[0], 'GOVERNMENT_BODY');
  }
}

// "the BJP-led state government": initials that lead something are a party or a group.
function initialsBeforeLed(scan: MentionScan): void {
  for (const m of scan.text.matchAll(/\b(\p{Lu}{2,6})-led\b/gu)) {
    const t = scan.tokenAt(m.index);
    if (t < 0 || scan.taken[t] || GAZETTEER.has(m[1])) continue;
    scan.claim(t, t, m[1], 'ORGANIZATION');
  }
}

/** A country's name as it reads after "of": "the United States", "the Philippines", "Japan". */
function withArticle(country: string): string {
  return /^(?:United |Czech Republic|Dominican Republic|Central African Republic|Netherlands|Philippines|Bahamas|Maldives|Gambia|Comoros|Seychelles|Marshall Islands|Solomon Islands)/.test(country) ? `the ${country}` : country;
}

// "Plastics Recyclers Europe said", "BusinessEurope": a trade body named for the continent it covers,
// when it speaks (not "Western Europe", "Central Asia": a place's own compass word).
function bodiesNamedForContinents(scan: MentionScan): void {
  const { text, tokens } = scan;
  for (const [a, b] of scan.runs) {
    if (b - a < 1 || b - a > 3 || !/^(?:Europe|Africa|Asia|Americas)$/.test(tokens[b].text) || !scan.free(a, b)) continue;
    const words = tokens.slice(a, b).map((t) => t.text);
    if (words.some((w) => GAZETTEER.has(w) || NOT_NAME.has(w) || isTitleWord(w) || /^(?:Western|Eastern|Northern|Southern|Central|North|South|East|West|Southeast|Northeast|Sub-Saharan|Continental|Greater)$/.test(w))) continue;
    if (!/^ (?:said|says|told|warned|welcomed|accused|called|urged|argued|added|estimated|wrote)\b|^ has (?:said|warned|called|urged)\b/.test(text.slice(tokens[b].end, tokens[b].end + 16))) continue;
    scan.claim(a, b, scan.surface(a, b), 'ORGANIZATION');
  }
}

/** The passes, in order: each claims tokens that later ones then leave alone. */
// ("The Munxar local council has filed a judicial protest": a place's council, written in lower case, is a body)
const LOCAL_COUNCIL = /\b((?:(?!(?:The|A|An|In|At|On|Its|Their|This|That)\b)\p{Lu}\p{Ll}+ ){1,2})(local|municipal|city|town|district|county|village|parish) council\b/gu;

function localCouncils(scan: MentionScan): void {
  if (!scan.text.includes(' council')) return;
  for (const m of scan.text.matchAll(LOCAL_COUNCIL)) {
    const first = scan.tokenAt(m.index);
    const last = scan.tokenAt(m.index + m[0].length - 'council'.length);
    if (first < 0 || last < 0 || !scan.free(first, last)) continue;
    const place = m[1].trim();
    if (GAZETTEER.get(place)?.some((e) => e.kind !== 'REGION')) continue;
    scan.claim(first, last, `${place} ${m[2][0].toUpperCase()}${m[2].slice(1)} Council`, 'GOVERNMENT_BODY', { forms: [m[0]] });
  }
}

// "Córdoba, Santa Fe and Jujuy", "farmers in Uusimaa": a first-level subdivision of a country the story
// names is a region, though no word beside it says so (regionData.ts leaves out the names a large city,
// a capital or an English word shares). Not where the text uses the name inside another: a person's
// ("Nguyen Thi Thu Trang"), a longer name's ("Busia Sugar Factory", "Radio Bío-Bío"), a court's ("the
// Northern District of California") or a place's ("the Salar de Atacama", "the city of Hoima").
// (the area nouns, and a federation's state's, a district's and a parish's)
const isSubdivisionHead = (word: string) => REGION_HEADS.has(word) || /^(?:State|District|Township|Regency|Division|Municipality|Department|Parish|Zone)$/.test(word);
function subdivisionsOfNamedCountries(scan: MentionScan): void {
  const countries = new Set<string>();
  for (const r of scan.raw) {
    if (r.kind === 'COUNTRY' && !r.ambiguous) countries.add(r.name);
    if (r.country) countries.add(r.country);
  }
  const subdivisions = new Subdivisions(countries);
  if (subdivisions.empty) return;
  const { tokens, text } = scan;
  const found: Array<[number, number, string, string]> = [];
  const usedOtherwise = new Set<string>();
  for (let t = 0; t < tokens.length; t++) {
    // (a lower-case word opens none: decided before the costlier tests, for every word of the text)
    const c = tokens[t].text.charCodeAt(0);
    if ((c >= 97 && c <= 122) || !isCapitalized(tokens[t].text) || tokens[t].start < scan.datelineEnd || !subdivisions.mayStart(regionKey(tokens[t].text))) continue;
    for (let n = Math.min(4, tokens.length - t); n >= 1; n--) {
      const last = t + n - 1;
      const key = regionKey(scan.surface(t, last));
      const country = subdivisions.countryOf(key);
      if (!country) continue;
      const before = text.slice(Math.max(0, tokens[t].start - 40), tokens[t].start);
      const prev = t > 0 ? tokens[t - 1] : undefined;
      const next = last + 1 < tokens.length ? tokens[last + 1] : undefined;
      const gluedBefore = prev && text.slice(prev.end, tokens[t].start) === ' ' && isCapitalized(prev.text) && !NOT_NAME.has(prev.text) && !scan.atSentenceStart(tokens[t].start);
      const gluedAfter = next && text.slice(tokens[last].end, next.start) === ' ' && isCapitalized(next.text) && !isSubdivisionHead(next.text);
      // (inside a person's name, or after "city of", the name is used for something else all through the text; before a
      // longer name's other words, "the Phuket Tourist Association", only there)
      if (gluedBefore || /(?:\b(?:de|del|da|do|di|des|du)|(?:city|town|port|village|capital|municipality|University|College|District|Districts|Court|Diocese|Archdiocese) of(?: the)?) $/.test(before)) usedOtherwise.add(key);
      else if (!gluedAfter && !/^-/.test(text.slice(tokens[last].end))) found.push([t, last, key, country]);
      t = last;
      break;
    }
  }
  for (const [a, b, key, country] of found) {
    if (usedOtherwise.has(key) || !scan.free(a, b)) continue;
    const surface = scan.surface(a, b);
    // (the name a pass gave it with its noun, "Kanagawa Prefecture", is the one entity's)
    const headed = scan.raw.find((r) => r.kind === 'REGION' && r.name.startsWith(`${surface} `) && isSubdivisionHead(r.name.slice(surface.length + 1)));
    scan.claim(a, b, headed?.name ?? surface, 'REGION', { country });
  }
}

// "Biosecurity Vanuatu", "Statistics Denmark", "Tourism Fiji": a public service named by its field and its
// country, as Canada's departments and the Pacific's agencies are.
const PUBLIC_FIELDS = 'Statistics|Biosecurity|Tourism|Health|Transport|Immigration|Customs|Fisheries|Forestry|Maritime|Aviation|Heritage|Elections|Revenue|Invest|Enterprise|Sport';
const FIELD_BEFORE_NAME = new RegExp(`\\b(?:${PUBLIC_FIELDS}) \\p{Lu}`, 'u');
const FIELD_THEN_COUNTRY = new RegExp(`(?<![\\p{L}\\p{N}_])(${PUBLIC_FIELDS}) (\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)(?! \\p{Lu})`, 'gu');
function fieldBodies(scan: MentionScan): void {
  if (!FIELD_BEFORE_NAME.test(scan.text)) return;
  for (const m of scan.text.matchAll(FIELD_THEN_COUNTRY)) {
    const country = GAZETTEER.get(m[2])?.find((e) => e.kind === 'COUNTRY' && !e.capital && e.name === m[2]);
    // (at a sentence's start or after a lower-case word: not the end of a longer name, "Ministry of Health Fiji")
    if (!country || /\p{Lu}[\p{L}-]* $/u.test(scan.text.slice(Math.max(0, m.index - 30), m.index)) && !scan.atSentenceStart(m.index)) continue;
    const first = scan.tokenAt(m.index);
    const last = first + m[0].split(' ').length - 1;
    if (first < 0 || GAZETTEER.has(m[0]) || !scan.free(first, last)) continue;
    scan.claim(first, last, m[0], 'GOVERNMENT_BODY', { country: country.name });
  }
}

// "the Agency of State Material Reserves under the Government of Tajikistan", "the Agency for Strategic
// Reforms under the President of Uzbekistan": Central Asian bodies are named with the authority they
// answer to, and the long form is their name (the country inside it keeps its own mention).
const UNDER_AUTHORITY = /^ under the (?:Government|President|Cabinet of Ministers|Council of Ministers|Prime Minister|Ministry of \p{Lu}\p{Ll}+(?: (?:and )?\p{Lu}\p{Ll}+){0,3})(?: of (?:the )?(?:Republic of |Kyrgyz Republic\b)?(?:\p{Lu}\p{Ll}+)?)?/u;
function bodiesUnderAuthority(scan: MentionScan): void {
  if (!scan.text.includes(' under the ')) return;
  for (const r of scan.raw) {
    if (r.kind !== 'GOVERNMENT_BODY' || r.name !== r.surface) continue;
    const under = UNDER_AUTHORITY.exec(scan.text.slice(r.end, r.end + 90));
    if (!under) continue;
    r.forms = [...new Set([...(r.forms ?? []), r.surface])];
    r.name = `${r.surface}${under[0].trimEnd()}`;
  }
}

const PASSES: Array<(scan: MentionScan) => void> = [
  outletsTold, namesByTheirInitials, fieldBodies, placePolice, localCouncils, appositives, languageServices, partyTagStates, provinceAbbreviations, possessiveBodies, datelineMinistries, lowerCaseMinistries, generalStaffs, centralBanks, speakingMissions, areaNames, namesByContext, airlines,
  acronymsBeforeGroupNoun, initialsBeforeLed, bodiesNamedForContinents, nationalParks, federalCircuits, committeesWithLists, stateChambers, bareParliament, houseOfAssembly, usHouse, slashedNames, slashedParties, partiesByMembers, knownAs, acronymsInApposition, namesBeforeAcronym,
  companiesBySentenceAttribution, companiesNamedAI, rivers, companiesByContext, namesBeforeWhichSaid, namesInRuns, namesBeforeOwnAcronym, initialsAfterNames, namesBeforeOutletNoun,
  namesBeforeGroupNoun, subdivisionsOfNamedCountries, bodiesUnderAuthority,
];

/** A mention that names the same body as `body`, under its name, kind, country and forms. */
function nameAfter(r: RawMention, body: RawMention): void {
  Object.assign(r, { name: body.name, kind: body.kind, country: body.country, forms: body.forms });
}

/** Offices every national government has, named so without their country. */
const NATIONAL_OFFICE = /^(?:Parliament|Cabinet|Cabinet of Ministers|(?:Prime Minister|President|Chancellor)['’]s Office|(?:Foreign Affairs|Foreign|Oil|Petroleum|Transport|Labou?r|Industry|Finance|Defen[cs]e|Interior|Economy|Justice|Health|Education|Trade|Energy|Agriculture) Ministry|Ministry of (?:Foreign Affairs|Finance|Defen[cs]e|(?:the )?Interior|Justice|Health|Education|Economy|Energy|Agriculture))$/;

/** Ambiguous forms resolved, names qualified by country, and short names tied to the longer ones the text gives. */
function settleNames(raw: RawMention[], text: string): void {
  // A form shared by several countries ("Congo", "Congolese") goes to the one the text otherwise names
  // (its capital, its full name); failing that, to the first listed.
  // (the names the text gives, and the countries of the bodies it names: "Downing Street" is evidence of the UK)
  const evidence = new Set(raw.filter((r) => !r.ambiguous).flatMap((r) => (r.country ? [r.name, r.country] : [r.name])));
  for (const r of raw) {
    if (!r.ambiguous) continue;
    const pick = r.ambiguous.find((e) => evidence.has(e.name)) ?? r.ambiguous.find((e) => e.country && evidence.has(e.country)) ?? r.ambiguous[0];
    Object.assign(r, { name: pick.name, kind: pick.kind, forms: pick.forms, country: pick.country, capital: pick.capital });
  }
  const countryEndingAt = new Map<number, RawMention>();
  for (const q of raw) if (q.kind === 'COUNTRY' && !countryEndingAt.has(q.end)) countryEndingAt.set(q.end, q);
  for (const r of raw) qualifyByCountry(r, raw, text, countryEndingAt);
  // ("The junta's Foreign Ministry", "the Kremlin's foreign ministry": the office of the government
  // whose body owns it)
  const bodyWithCountryEndingAt = new Map(raw.filter((q) => q.kind === 'GOVERNMENT_BODY' && q.country).map((q) => [q.end, q]));
  for (const r of raw) {
    if (r.kind !== 'GOVERNMENT_BODY' || r.country || GAZETTEER.has(r.name) || !NATIONAL_OFFICE.test(r.name)) continue;
    const owner = /['’]s $/.test(text.slice(r.start - 3, r.start)) ? bodyWithCountryEndingAt.get(r.start - 3) : undefined;
    if (owner?.country) Object.assign(r, { name: `${r.name.replace(/’/g, "'")} of ${withArticle(owner.country)}`, country: owner.country, forms: [...new Set([...(r.forms ?? []), r.surface])] });
  }
  // "the Court of Justice" after "the Court of Justice of the European Union": the shorter form of that name.
  // (each name's parts before an " of " looked up in one map, the first mention in text order first)
  const longerByPrefix = new Map<string, RawMention>();
  for (const q of raw) {
    if (q.kind === 'COUNTRY') continue;
    for (let at = q.name.indexOf(' of '); at > 0; at = q.name.indexOf(' of ', at + 1)) {
      const prefix = q.name.slice(0, at);
      if (!longerByPrefix.has(prefix)) longerByPrefix.set(prefix, q);
    }
  }
  for (const r of raw) {
    if (r.kind === 'COUNTRY' || r.kind === 'REGION' || !r.name.includes(' ')) continue;
    const longer = longerByPrefix.get(r.name);
    if (longer && longer !== r) nameAfter(r, longer);
  }
  // ("the Foreign Affairs and Defense Committee" after "the Knesset Foreign Affairs and Defense Committee":
  // a chamber's committee named again without its chamber)
  const committees = raw.filter((q) => q.kind === 'GOVERNMENT_BODY' && COMMITTEE.test(q.name.split(' ').at(-1)!) && CHAMBER.test(q.name.split(' ')[0]));
  for (const r of raw) {
    const full = COMMITTEE.test(r.name.split(' ').at(-1)!) ? committees.find((q) => q !== r && q.name.endsWith(` ${r.name}`)) : undefined;
    if (full) nameAfter(r, full);
  }
  // "Kaneshiro, Japan's fifth-largest carmaker," after "Kaneshiro Motor Corp": a company's first word
  // alone is that company (when one company of the text starts so).
  const companiesByFirstWord = new Map<string, RawMention[]>();
  for (const q of raw) {
    if (q.kind !== 'COMPANY' || !q.name.includes(' ')) continue;
    const first = q.name.split(' ')[0];
    const list = companiesByFirstWord.get(first) ?? [];
    if (!list.some((x) => x.name === q.name)) companiesByFirstWord.set(first, [...list, q]);
  }
  for (const r of raw) {
    const longer = (r.kind === 'COMPANY' || r.kind === 'ORGANIZATION') && !r.name.includes(' ') && !GAZETTEER.has(r.name) ? companiesByFirstWord.get(r.name) : undefined;
    if (longer?.length === 1) nameAfter(r, longer[0]);
  }
  // "The NDRF, which …, said" before "National Disaster Response Force (NDRF)": the initials are that body's.
  const byInitials = new Map<string, RawMention>();
  for (const r of raw) {
    const initials = r.kind === 'COUNTRY' || r.kind === 'REGION' ? null : /^\s*\((\p{Lu}{2,9})\)/u.exec(text.slice(r.end, r.end + 14));
    if (initials && initials[1] !== r.name) byInitials.set(initials[1], r);
  }
  for (const r of raw) {
    const full = byInitials.get(r.name);
    if (full && r.surface === r.name && !GAZETTEER.has(r.name)) nameAfter(r, full);
    // ("the Social Democrats (SPD) … The SPD said": known initials go to the name the text gave them)
    const given = byInitials.get(r.surface);
    if (given && given !== r && r.surface !== r.name && given.kind === r.kind && GAZETTEER.has(r.surface) && !GAZETTEER.has(given.surface)) nameAfter(r, given);
  }
  // "The Federal Government on Monday said …" (Nigerian usage): the government of the country the
  // story names most, as "the Trump administration" is the United States.
  const countryCounts = new Map<string, number>();
  for (const r of raw) if (r.kind === 'COUNTRY') countryCounts.set(r.name, (countryCounts.get(r.name) ?? 0) + 1);
  const storyCountry = [...countryCounts].sort((x, y) => y[1] - x[1])[0]?.[0];
  for (const r of raw) {
    if (storyCountry && /^Federal Government$/.test(r.surface) && !r.country) Object.assign(r, { name: storyCountry, kind: 'COUNTRY', forms: undefined });
  }
  // "the transport ministry said" after "the Ministry of Land, Infrastructure, Transport and Tourism": the
  // ministry the text named in full, whose portfolios include that word.
  const fullMinistries = raw.filter((q) => q.kind === 'GOVERNMENT_BODY' && /^Ministry (?:of|for) /.test(q.name));
  for (const r of raw) {
    // (only "the transport ministry": not "the Saudi foreign ministry", a country's own)
    const previous = /(\S+)\s$/.exec(text.slice(Math.max(0, r.start - 12), r.start))?.[1] ?? '';
    const lower = r.kind === 'GOVERNMENT_BODY' && /^(?:the|its)$/i.test(previous) ? /^(\p{Ll}+) ministry$/u.exec(r.surface) : null;
    const full = lower ? fullMinistries.filter((q) => new RegExp(`\\b${lower[1][0].toUpperCase()}${lower[1].slice(1)}\\b`).test(q.name)) : [];
    if (full.length > 0 && new Set(full.map((q) => q.name)).size === 1 && full[0] !== r) nameAfter(r, full[0]);
  }
  // "The Prime Minister’s Office said", "The Finance Ministry said" with no country named with them: the
  // office of the country the story is about, when one country clearly is (every country has one).
  // (a country's own bodies count for it too: "the IDF", "the Knesset", "Likud" place the story as much as
  // "Israel" does, and "The Jerusalem Post" no longer counts as its capital)
  const bodyCounts = new Map(countryCounts);
  for (const r of raw) if (r.kind === 'GOVERNMENT_BODY' && r.country && bodyCounts.has(r.country)) bodyCounts.set(r.country, bodyCounts.get(r.country)! + 1);
  const ranked = [...bodyCounts].sort((x, y) => y[1] - x[1]);
  const officeCountry = ranked[0]?.[0];
  const [top = 0, second = 0] = ranked.map(([, count]) => count);
  const dominant = officeCountry !== undefined && top >= 3 && top >= 2 * second;
  for (const r of raw) {
    // (not after a possessive or another name: "the territory’s Health Ministry" is another's)
    const previous = /(\S+)\s$/.exec(text.slice(Math.max(0, r.start - 30), r.start))?.[1] ?? '';
    if (!dominant || r.kind !== 'GOVERNMENT_BODY' || r.country || GAZETTEER.has(r.name) || !NATIONAL_OFFICE.test(r.name) || /['’]s$/.test(previous) || (/^\p{Lu}/u.test(previous) && !/^(?:The|A|An)$/.test(previous))) continue;
    const qualified = `${r.name.replace(/’/g, "'")} of ${withArticle(officeCountry)}`;
    Object.assign(r, { name: qualified, country: officeCountry, forms: [...new Set([...(r.forms ?? []), r.surface])] });
  }
  // "Mexico's Finance Ministry, known as Hacienda,": the name it is known by is that body's.
  const bodyEndingAt = new Map(raw.filter((q) => q.kind !== 'COUNTRY' && q.kind !== 'REGION').map((q) => [q.end, q]));
  for (const r of raw) {
    if (r.aliasOf === undefined) continue;
    const body = bodyEndingAt.get(r.aliasOf);
    if (body && body !== r) nameAfter(r, body);
  }
}

/** "Energy and Mineral Resources Ministry" is also written "Ministry of Energy and Mineral Resources". */
function reorderedBodyName(name: string, kind: EntityKind): string[] {
  if (kind !== 'GOVERNMENT_BODY') return [];
  // ("Finance Ministry of Sri Lanka" is also "Ministry of Finance", and across articles "Ministry of
  // Finance of Sri Lanka": the other order, without its country and with it)
  const country = name.includes(' of ') ? [...name.matchAll(/ of (?:the )?/g)].find((of) => COUNTRY_NAMES.has(name.slice(of.index + of[0].length))) : undefined;
  if (country) {
    const ofCountry = name.slice(country.index);
    return reorderedBodyName(name.slice(0, country.index), kind).flatMap((other) => [other, other + ofCountry]);
  }
  const headLast = /^((?:\p{Lu}[\p{L}-]*|and)(?: (?:\p{Lu}[\p{L}-]*|and))*) (Ministry|Department)$/u.exec(name);
  // (the "Foreign Ministry" is the "Ministry of Foreign Affairs")
  if (headLast && !headLast[1].startsWith('and')) return [`${headLast[2]} of ${headLast[1] === 'Foreign' ? 'Foreign Affairs' : headLast[1]}`];
  const headFirst = /^(Ministry|Department) of ((?:\p{Lu}[\p{L}-]*|and)(?: (?:\p{Lu}[\p{L}-]*|and))*)$/u.exec(name);
  return headFirst ? [`${headFirst[2]} ${headFirst[1]}`] : [];
}
const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.name));

/** The entities of a text and every mention of each, in the order they were found. */
class EntityTable {
  readonly entities: ExtractedEntity[] = [];
  readonly byName = new Map<string, number>();
  readonly mentions: Array<Span & { entity: number }> = [];

  ensure(name: string, kind: EntityKind, country?: string, forms?: string[]): number {
    let idx = this.byName.get(name);
    if (idx === undefined) {
      idx = this.entities.length;
      this.entities.push({ name, kind, aliases: [...new Set([name, ...(forms ?? []), ...reorderedBodyName(name, kind)])], mentions: [], ...(country ? { country } : {}) });
      this.byName.set(name, idx);
    }
    return idx;
  }

  addMention(idx: number, span: Span, surf: string): void {
    const e = this.entities[idx];
    // "Islamist Muslim Brotherhood": the name without a leading adjective is the usual form.
    const words = surf.split(' ');
    // (not a known name's own first word: "African National Congress" is no "National Congress")
    if (e.kind !== 'COUNTRY' && words.length >= 3 && /(?:ist|ic|an|ese|ish)$/.test(words[0]) && isHead(words[words.length - 1]) && !GAZETTEER.has(surf)) {
      const shorter = words.slice(1).join(' ');
      if (!e.aliases.includes(shorter)) e.aliases.push(shorter);
    }
    if (!e.mentions.some((m) => m.start === span.start)) e.mentions.push({ start: span.start, end: span.end });
    if (!e.aliases.includes(surf)) e.aliases.push(surf);
    this.mentions.push({ start: span.start, end: span.end, entity: idx });
  }
}

/** Raw mentions grouped into entities; capitals count only beside their country or when used for a government. */
function groupMentions(scan: MentionScan, table: EntityTable): void {
  const { raw, text } = scan;
  const nonCapital = raw.filter((r) => !r.capital);
  const countryNames = new Set(nonCapital.map((r) => r.name));
  for (const r of nonCapital) table.addMention(table.ensure(r.name, r.kind, r.country, r.forms), r, r.surface);
  for (const r of raw.filter((x) => x.capital)) {
    const seat = SEAT_METONYMS[r.surface];
    const after = text.slice(r.end, r.end + 24);
    const governmentUse = /^(?:[’']s?\s|\s+(?:has|have|had|is|was|will|would|said|says|wants|warned|accused|announced|rejected|insisted|responded|denied|and\s+\p{Lu}))/u.test(after);
    if (seat) {
      const target = table.byName.has(seat) ? seat : table.byName.has('European Union') ? 'European Union' : seat;
      if (table.byName.has(target) || governmentUse) {
        const entry = FORMS_BY_NAME.get(target);
        table.addMention(table.ensure(target, entry?.kind ?? 'INTERNATIONAL_ORGANIZATION', undefined, entry?.forms), r, r.surface);
      }
      continue;
    }
    if (r.start < scan.datelineEnd && !countryNames.has(r.name)) continue;
    if (countryNames.has(r.name) || governmentUse) table.addMention(table.ensure(r.name, r.kind, undefined, r.forms), r, r.surface);
  }
}

/** Acronyms in parentheses after a name become aliases: "Southern African Development Community (SADC)". */
function parenthesizedAcronyms(text: string, table: EntityTable): void {
  for (const e of [...table.entities]) {
    if (e.kind === 'COUNTRY' || e.kind === 'REGION') continue;
    for (const m of [...e.mentions]) {
      // "(NPR)", "(Defra)": an acronym, or a short name in parentheses right after the full one.
      // ("(MetMalaysia)", "(PhilHealth)": or a longer name run together, its second part capitalized)
      const acr = /^\s*\((\p{Lu}[\p{L}\p{N}&.\-]{1,9}|\p{Lu}\p{Ll}+\p{Lu}\p{L}{1,12})\)/u.exec(text.slice(m.end, m.end + 20));
      if (acr && !knownEverywhere(acr[1]) && !e.aliases.includes(acr[1])) e.aliases.push(acr[1]);
    }
  }
}

/** Short back-references: "the Commission", "Treasury", "SADC" after the full name. */
function shortBackReferences(scan: MentionScan, table: EntityTable): void {
  const { tokens, taken } = scan;
  const shortForms = new Map<string, number>();
  // (a head word several bodies end on, "the Commission" in a story of the EHRC, the EDRMC and Tigray's
  // commission: the one named most before it)
  const headHolders = new Map<string, number[]>();
  let maxShort = 1;
  table.entities.forEach((e, idx) => {
    if (e.kind === 'COUNTRY' || e.kind === 'REGION') return;
    for (const alias of e.aliases) {
      const n = alias.split(' ').length;
      // Names found by pattern recur in full later ("Ennahda"); curated forms are matched already.
      if (!knownEverywhere(alias) && !shortForms.has(alias)) {
        shortForms.set(alias, idx);
        maxShort = Math.max(maxShort, n);
      }
      const words = alias.split(/\s+/);
      // "NPR" after "National Public Radio": the initials of a name found in the text.
      const wordInitials = initials(words);
      // (not initials that are a title: "MP" is no "Māori Party")
      if (words.length >= 2 && wordInitials.length >= 2 && wordInitials.length <= 6 && !knownEverywhere(wordInitials) && !shortForms.has(wordInitials) && !isTitleWord(wordInitials)) shortForms.set(wordInitials, idx);
      // "ERCOT" for "Electric Reliability Council of Texas" (the "of" gives its letter), "PUC" for "Public
      // Utility Commission of Texas" (the place after "of" gives none)
      const ofPlace = / of (?:the )?\p{Lu}[\p{L}-]*$/u.exec(alias);
      const variants = ofPlace ? [initials(alias.replace(/ of /, ' Of ').split(/\s+/)), initials(alias.slice(0, ofPlace.index).split(/\s+/))] : [];
      for (const v of variants) if (v.length >= 3 && v.length <= 6 && v !== wordInitials && !GAZETTEER.has(v) && !shortForms.has(v)) shortForms.set(v, idx);
      // "WADA" for "World Anti-Doping Agency": hyphenated words give an initial each.
      const hyphenInitials = initials(alias.split(/[\s-]+/));
      if (hyphenInitials !== wordInitials && hyphenInitials.length >= 3 && hyphenInitials.length <= 6 && !GAZETTEER.has(hyphenInitials) && !shortForms.has(hyphenInitials)) shortForms.set(hyphenInitials, idx);
      // "Johns Hopkins" for "Johns Hopkins University", "Carnegie Mellon": a university's name without its head.
      if (e.kind === 'ORGANIZATION' && words.length === 3 && /^(?:University|College)$/.test(words[2]) && !GAZETTEER.has(words.slice(0, 2).join(' ')) && !shortForms.has(words.slice(0, 2).join(' '))) {
        shortForms.set(words.slice(0, 2).join(' '), idx);
        maxShort = Math.max(maxShort, 2);
      }
      // "Harbor Freight" for "Harbor Freight Lines": a company's name without its last word.
      if (e.kind === 'COMPANY' && words.length >= 3 && /^\p{Lu}/u.test(words[words.length - 2]) && !GAZETTEER.has(words.slice(0, -1).join(' ')) && !shortForms.has(words.slice(0, -1).join(' '))) {
        shortForms.set(words.slice(0, -1).join(' '), idx);
        maxShort = Math.max(maxShort, words.length - 1);
      }
      if (words.length >= 2) {
        const last = words[words.length - 1];
        if (isHead(last) && !shortForms.has(last)) shortForms.set(last, idx);
        if (isHead(last)) headHolders.set(last, [...(headHolders.get(last) ?? []), idx]);
        // "Ennahda" for "Ennahda Movement", but not "Foreign" for "Foreign Ministry" ("Foreign Minister X" is another country's, often).
        // (a company's, or a two-word name's only: "Cauvery" is the river of the "Cauvery Water Management Authority")
        // ("Tessellate" for "Tessellate AI")
        if ((words.length === 2 || e.kind === 'COMPANY') && (isHead(last) || (e.kind === 'COMPANY' && last === 'AI')) && !GAZETTEER.has(words[0]) && isCapitalized(words[0]) && !NOT_NAME.has(words[0]) && !TITLE_LIKE.test(words[0]) && !shortForms.has(words[0])) shortForms.set(words[0], idx);
      }
    }
  });
  const starts = phraseStarts(shortForms.keys());
  for (let t = 0; t < tokens.length; t++) {
    if (taken[t] || !mayStartPhrase(starts, scan.text, tokens[t])) continue;
    for (let n = Math.min(maxShort, tokens.length - t); n >= 1; n--) {
      if (!scan.free(t, t + n - 1)) continue;
      const surf = scan.surface(t, t + n - 1);
      let idx = shortForms.get(surf);
      if (idx === undefined) continue;
      // (a one-word form that ends a person's name is the person's: "Prime Minister Sorin Branzei" beside "the
      // Branzei Cabinet")
      if (n === 1 && t > 0 && !taken[t - 1] && /^ $/.test(scan.text.slice(tokens[t - 1].end, tokens[t].start)) && isCapitalized(tokens[t - 1].text) && isNameWord(tokens[t - 1].text) && !isTitleWord(tokens[t - 1].text) && !NOT_NAME.has(tokens[t - 1].text) && !scan.atSentenceStart(tokens[t].start)) continue;
      const span = { start: tokens[t].start, end: tokens[t + n - 1].end };
      const holders = headHolders.get(surf);
      if (holders && holders.length > 1) {
        // (the one named most before it, the story's own body; a body named only later is none of them)
        const before = new Map([idx, ...holders].map((k) => [k, table.entities[k].mentions.filter((m) => m.end <= span.start).length]));
        const best = holders.reduce((b, k) => (before.get(k)! > before.get(b)! ? k : b), idx);
        if (before.get(best)! > 0) idx = best;
      }
      if (!table.entities[idx].mentions.some((m) => m.start <= span.start && m.end >= span.end)) table.addMention(idx, span, surf);
      for (let k = t; k < t + n; k++) taken[k] = 1;
      t += n - 1;
      break;
    }
  }
}

// "LAHSA, which answers to …, said" after "the Los Angeles Homeless Services Authority": initials that a
// pass took for a name of their own are the body whose words they spell, when the text names it.
function initialsOfNamedBodies(raw: RawMention[]): void {
  for (const r of raw) {
    if (!/^\p{Lu}{3,6}$/u.test(r.surface) || r.name !== r.surface || GAZETTEER.has(r.surface)) continue;
    const body = raw.find((q) => q !== r && q.kind !== 'COUNTRY' && q.kind !== 'REGION' && q.name.includes(' ') && initials(q.name.split(/\s+/)) === r.surface);
    if (!body) continue;
    r.name = body.name;
    r.kind = body.kind;
    if (body.country) r.country = body.country;
  }
}

export function findEntities(text: string, bodySpans: Span[], datelineEnd = 0): EntityIndex {
  const scan = new MentionScan(text, bodySpans, datelineEnd);
  for (const pass of PASSES) pass(scan);
  settleNames(scan.raw, text);
  initialsOfNamedBodies(scan.raw);
  const table = new EntityTable();
  groupMentions(scan, table);
  parenthesizedAcronyms(text, table);
  shortBackReferences(scan, table);

  const { entities, mentions } = table;
  mentions.sort((x, y) => x.start - y.start || y.end - x.end); // (a body before the country form inside it: "U.S. Treasury")
  for (const e of entities) e.mentions.sort((x, y) => x.start - y.start);
  return {
    entities,
    mentions,
    at(pos: number) {
      // Binary search for the last mention starting at or before pos (called once per token).
      let lo = 0;
      let hi = mentions.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (mentions[mid].start <= pos) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      for (let k = found; k >= 0 && k >= found - 3; k--) if (mentions[k].end > pos) return entities[mentions[k].entity];
      return undefined;
    },
    byName(name: string) {
      const idx = table.byName.get(name);
      return idx === undefined ? undefined : entities[idx];
    },
  };
}

/** Every known form of a gazetteer entity (for callers that need aliases of a canonical name). */
export function knownForms(name: string): string[] {
  return FORMS_BY_NAME.get(name)?.forms ?? [];
}
