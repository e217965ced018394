// Words that make up personal names and official titles. A title is a run of title words that
// ends in a head noun ("Treasury Secretary", "White House press secretary", "North Korean leader");
// a name is a short run of capitalized words, allowing particles ("Jean-Yves Le Drian").
import { ARABIC_ARTICLE, HYPHENATED_TITLES } from './tokens.js';

/** Nouns that end a title and say the person holds a position. */
export const TITLE_HEADS = new Set([
  ...HYPHENATED_TITLES,
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chief', 'head', 'justice',
  'director', 'candidate', 'counterpart', 'nominee', 'ambassador', 'envoy', 'governor', 'senator', 'representative',
  'mayor', 'regent', 'chancellor', 'premier', 'pm', 'king', 'queen', 'prince', 'princess', 'emperor', 'general', 'commander',
  'chairman', 'chairwoman', 'chair', 'ceo', 'official', 'adviser', 'advisor', 'aide', 'deputy', 'judge', 'prosecutor',
  // ("Constable Hamon", "the Constable of St Helier": Jersey's parish heads; Britain's police constables)
  'commissioner', 'colonel', 'captain', 'admiral', 'sheikh', 'emir', 'pope', 'cardinal', 'archbishop', 'lawmaker', 'constable',
  'legislator', 'member', 'attorney', 'speaker', 'treasurer', 'administrator', 'coordinator', 'negotiator',
  'founder', 'executive', 'officer', 'sen', 'rep', 'gov', 'sec', 'usec', 'asec', 'gen', 'lt', 'col', 'ald', 'brig',
  'counsel', 'undersecretary', 'sheriff', 'strongman', 'dictator', 'monarch', 'crown', 'superintendent',
  'inspector', 'marshal', 'lieutenant', 'major', 'sergeant', 'cleric', 'ayatollah', 'mufti', 'imam', 'rabbi',
  'bishop', 'chairperson', 'controller', 'regulator', 'mp', 'mep', 'mk', 'td', 'msp', 'mla', 'mpp', 'mna', 'organiser', 'organizer', 'supervisor', 'taoiseach', 'tánaiste', 'tanaiste', 'congressman', 'congresswoman', 'councillor',
  'councilman', 'councilwoman', 'whip', 'magistrate', 'consul', 'attaché', 'delegate', 'diplomat', 'rapporteur',
  'commodore', 'brigadier', 'assemblymember', 'assemblyman', 'assemblywoman', 'councilmember', 'alderman', 'alderwoman', 'backbencher', 'mec', 'comptroller', 'provost', 'rector', 'critic', 'statistician',
  // ("Deputy Ruler of Sharjah": the Gulf's hereditary office)
  'ruler',
  // ("Pune district collector X": India's district administrator)
  'collector',
  // ("the akim, or governor, of the Turkestan region": Kazakhstan's regional head; Uzbekistan's hokim)
  'akim', 'hokim', 'khokim',
  // (Kenya's "CS X" and "PS X", a Cabinet and a Principal Secretary, and its county assemblies' MCAs)
  'cs', 'ps', 'mca',
  // (Pakistan's "SAPM", a special assistant to the prime minister; a portfolio's "czar")
  'sapm', 'czar', 'tsar',
  // (a Malaysian state's chief minister: "Menteri Besar X")
  'besar',
  // (Latin America's and Scandinavia's public defenders; "chief councilor" of an Indigenous council)
  'ombudsman', 'ombudswoman', 'ombudsperson', 'councilor',
  // (Thailand's police ranks: "Pol Gen X", "Pol Lt Col X")
  'pol',
  // (Bhutan's offices: "Lyonpo X", a minister; "Katsho Gup X", a gewog's headman; "the Haa Dzongdag",
  // a district's administrator; "Thrompon X", a city's mayor; "Drangpon X", a judge)
  'lyonpo', 'gup', 'dzongdag', 'thrompon', 'drangpon', 'mangmi',
  // (Botswana's "Kgosi X", a chief)
  'kgosi',
  // (Taiwan's "Economics Committee convener X"; not a think tank's "fellow": six golds of seven count none an official)
  'convener', 'convenor',
  // (Georgia's and Armenia's ombudsman: "Public Defender X")
  'defender',
  // ("LHDA Public Relations Manager X", "the NWC’s corporate communications manager, X,": ten golds count a
  // body's or a company's manager an official)
  'manager',
  // (East African, Nigerian and South Asian police ranks by their initials: "Ilala Regional Police Commander,
  // ACP X", "SACP X", "DSP X", "SSP X", "IGP X", an Assistant Commissioner, a Deputy Superintendent …)
  'acp', 'sacp', 'dcp', 'ssp', 'dsp', 'asp', 'csp', 'igp', 'aig',
]);

/** Words that can precede a head inside a title. */
export const TITLE_MODIFIERS = new Set([
  // ("UPND Deputy Media Director X"; Solomon Islands' "Commissioner of Forests X")
  'media', 'forests', 'relations',
  'corporate', 'coordinating', 'main', 'coast', 'guard', 'border', 'customs', 'crisis', 'management', 'disaster', 'competition', 'migration', 'enlargement', 'emergencies', 'emergency', 'operations', 'humanitarian', 'relief', 'refugee',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'economic', 'trade', 'justice', 'press', 'state',
  'deputy', 'vice', 'prime', 'principal', 'presiding', 'assistant', 'acting', 'former', 'opposition', 'top', 'senior', 'chief', 'national',
  'security', 'country', 'general', 'attorney', 'commerce', 'health', 'energy', 'environment', 'labor', 'labour',
  'education', 'agriculture', 'transport', 'transportation', 'home', 'treasury', 'war', 'information', 'culture',
  'army', 'military', 'police', 'party', 'executive', 'managing', 'supreme', 'first', 'lead', 'special', 'regional',
  'provincial', 'municipal', 'metropolitan', 'federal', 'central', 'communications', 'communication', 'policy', 'intelligence', 'immigration', 'industry',
  'development', 'planning', 'affairs', 'external', 'internal', 'public', 'works', 'oil', 'petroleum', 'mines',
  'fisheries', 'paramount', 'mobility', 'reform', 'land', 'use', 'food', 'livestock', 'research', 'tourism', 'sports', 'youth', 'women', 'social', 'welfare', 'cabinet', 'government', 'ruling',
  'presidential', 'parliamentary', 'union', 'trade', 'mission', 'election', 'electoral', 'campaign', 'communist',
  'interim', 'caretaker', 'independent', 'incoming', 'outgoing', 'longtime', 'veteran', 'joint', 'staff', 'house', 'senate', 'majority',
  'minority', 'floor', 'currency', 'international', 'navy', 'naval', 'air', 'force', 'foreign-affairs', 'rights', 'human', 'ministry', 'department',
  'district', 'circuit', 'appeals', 'magistrate', 'shadow', 'junta', 'commission', 'financial', 'operating',
  'technology', 'investment', 'marketing', 'commercial', 'legal', 'medical', 'scientific', 'strategy', 'product',
  'resources', 'mineral', 'minerals', 'mining', 'climate', 'infrastructure', 'employment', 'science', 'innovation', 'industry', 'housing', 'veterans',
  'indigenous', 'sport', 'arts', 'heritage', 'preparedness', 'safety', 'oceans', 'citizenship', 'procurement', 'reconciliation', 'telecommunications', 'cyber', 'aviation', 'maritime', 'forestry', 'tax', 'budget',
  'associate', 'rural', 'urban', 'tribal', 'coal', 'railways', 'textiles', 'water', 'power', 'pensions', 'work', 'levelling', 'digital', 'housing',
  // ("Minister of Climate Change and Environment": a portfolio, never a person called "Change")
  'change',
  // ("Assistant Undersecretary for Labour Market Policy": a field, never a person called "Market")
  'market', 'markets',
  // (Zimbabwe's "Provincial Affairs and Devolution minister X")
  'devolution',
  // (Malaysia's "Domestic Trade and Cost of Living Minister X")
  'domestic', 'cost', 'living',
  'menteri', 'advocacy', 'solicitor', 'settlements', 'citizen', 'protection', 'politburo', 'irrigation', 'ecology', 'emergency', 'situations', 'natural', 'gas', 'nominated', 'revenue', 'additional',
]);

// (and Nigerian ones: "Comrade X" for a labour leader, "Alhaji X", "Hajia X"; Burmese "U X" and "Daw X";
// Iran's "Seyyed X"; the Philippines' "Atty. X" for any lawyer)
// (Malta's "Perit X", an architect, the way "Dr" is written for a lawyer or a doctor; Cambodia's "Samdech",
// "H.E." and "Oknha", styles of rank, office and wealth; Bhutan's "Dasho", a style the king confers; Fiji's
// chiefly "Ratu"; Afghanistan's clerical "Mawlawi" and "Qari", which the Islamic Emirate's officials carry; Oman's
// "His Excellency X"; Ghana's "Madam X" and its engineers' "Ing. X"; northern Nigeria's "Malam X" and "Hajiya X",
// and the "Honourable X" that Malawian and Nigerian papers write in full; Zimbabwe's "Cde X", comrade; Afghanistan's and Pakistan's "Haji X", who made the pilgrimage)
// (Nigeria's "Engr. X" for an engineer, as "Dr" for a doctor; the Gulf papers' "HE Dr. X", His Excellency,
// and "HRH Prince X", His Royal Highness)
/** Styles written before a name that are never a name's own word (NOT_PERSON holds them too). */
const NAME_STYLES = ['Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Hon', 'Comrade', 'Alhaji', 'Alhaja', 'Hajia', 'U', 'Daw', 'Seyyed', 'Sayyid', 'Seyed', 'Atty', 'Perit', 'Samdech', 'Oknha', 'H.E.', 'H.E', 'HE', 'HRH', 'Engr', 'Dasho', 'Ratu', 'Mawlawi', 'Mawlavi', 'Maulvi', 'Qari', 'Excellency', 'Madam', 'Ing', 'Malam', 'Mallam', 'Hajiya', 'Honourable', 'Cde', 'Haji', 'Hajji',
  // ("Engineer Amir Hamza Kundi", "Engineer Getnet Asrat": Pakistan's and Ethiopia's engineer's style, written out)
  'Engineer',
  // ("The Rev. Edner Lamothe, who leads a congregation in Flatbush,": a cleric's style)
  'Rev', 'Revd', 'Reverend',
  // ("Barrister Kamran Yousaf Jadoon": Pakistan's and Nigeria's style for a lawyer in office)
  'Barrister'];
export const HONORIFICS = new Set([...NAME_STYLES, 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Hon.', 'Sir', 'Dame', 'Lord', 'Lady', 'Atty.', 'Engr.']);

/**
 * Malaysian honorifics before a name, of one or two words ("Datuk Seri Anwar", "Tan Sri Othman"), and
 * the Gulf's "Eng": how many of `words` from the start are one. ("Tan" and "Sri" alone are names: "Tan
 * Wei Ming", "Sri Mulyani".)
 */
export function malayHonorificLength(words: string[]): number {
  const [w0 = '', w1 = ''] = words;
  if (/^(?:Tan|Puan|Toh)$/.test(w0)) return /^(?:Sri|Puan)$/.test(w1) ? 2 : 0;
  // (Sarawak's "Datuk Amar" and "Datuk Patinggi", and "Datuk Wira", "Datuk Setia": two words, as "Datuk Seri")
  if (/^(?:Datuk|Dato['’]?|Datin|Datuk-Seri|Dato['’]-Sri)$/.test(w0)) return /^(?:Seri|Sri|Paduka|Amar|Patinggi|Wira|Setia)$/.test(w1) ? 2 : 1;
  // (the Gulf papers' "Eng Khalfan Al Suwaidi": an engineer's honorific, before a given name)
  // ("Eng. Al-Ghamdi": or a family name with its article)
  if (/^Eng\.?$/.test(w0) && /^\p{Lu}[\p{L}’'-]*\p{Ll}$/u.test(w1)) return 1;
  return 0;
}

/**
 * What a private person is, written before the name at a sentence's start ("Pensioner Katrina Gaoses
 * (67) said", "Farmer X said", as Namibian, Kenyan and Indian papers write it): no part of the name.
 */
export const LAY_DESCRIPTORS = new Set([
  'Pensioner', 'Retiree', 'Farmer', 'Resident', 'Trader', 'Vendor', 'Hawker', 'Shopkeeper', 'Student', 'Teacher', 'Nurse',
  'Widow', 'Housewife', 'Homemaker', 'Villager', 'Fisherman', 'Motorist', 'Commuter', 'Businessman', 'Businesswoman',
  'Entrepreneur', 'Activist', 'Labourer', 'Laborer', 'Miner', 'Herder', 'Pastoralist', 'Parent', 'Mother', 'Father',
  // ("Lawyer Derya Özkaynak, who represents 23 of the families, told bianet")
  'Lawyer', 'Journalist', 'Driver', 'Worker', 'Survivor', 'Volunteer', 'Tailor', 'Mechanic', 'Grower',
  // ("Trucker Dexter Ramkissoon said", as the Trinidad Express writes a private person's trade)
  'Trucker', 'Passenger', 'Patient', 'Tenant', 'Homeowner', 'Shopper', 'Caterer', 'Carpenter', 'Plumber', 'Artisan', 'Boatman', 'Cyclist', 'Pilgrim',
]);

/** Letters after a name that are no part of it: "Sarah Whitlock KC", "Thabo Ramokgopa SC", "Jane Doe MP". */
const POST_NOMINALS = 'KC|QC|SC|MP|MEP|MSP|OBE|CBE|MBE|DBE|KBE';
export const POST_NOMINAL = new RegExp(`^(?:${POST_NOMINALS})$`);
/** A regnal numeral after a name, part of it ("Paramount Chief Sahr Tamba Kongoba III"). */
export const REGNAL = /^(?:II|III|IV|V|VI|VII|VIII)$/;
/** A Turkic patronymic's word after the father's name, which ends a name ("Bakyt Tursunbek uulu", "Aizada Kubanychbek kyzy": Kyrgyz; Kazakh "uly", "qyzy"; Azerbaijani "oglu", "qizi"). */
export const PATRONYMIC_SUFFIX = /^(?:uulu|kyzy|uly|qyzy|oglu|oğlu|qizi|qızı)$/;
/** A name with the father's initial glued to it, as Mongolian papers write it: "D.Oyunchimeg", "Ts.Nyamsuren", "D.Bat-Ochir" (one token). */
export const GLUED_INITIAL_NAME = /^(?:\p{Lu}|Ts|Sh|Ch|Kh|Zh|Ya|Yo|Yu|Ye)\.\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
/** Such letters opening the text after a name. */
export const POST_NOMINAL_AFTER = new RegExp(`^ (?:${POST_NOMINALS})\\b`);

/** Titles and ranks written abbreviated before a name: "Sen. Thomas Reed", "Col. Idrissa Maiga". */
// ("Ald. Teresa Mendoza-Quinn (25th)": a Chicago alderman)
// (the Philippine papers' "Sec.", "Usec." and "Asec.": secretary, undersecretary, assistant secretary)
export const ABBREVIATED_TITLE = /^(?:Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Brig|Adm|Amb|Supt|Cmdr|Pres|Ald|Pol|Sec|Usec|Asec)$/;

/** Military and police ranks, abbreviated or not: after an office they are not part of its title. */
// (Not "General" or "Major": after an office they end titles, "Director General", "Sergeant Major".)
// (and hyphenated, as British and Asian papers write them: "Major-General Tun Lwin Oo")
export const RANK = /^(?:ACP|SACP|DCP|SSP|DSP|ASP|CSP|Pol|Gen|Lt|Col|Capt|Sgt|Maj|Brig|Adm|Cmdr|Lieutenant|Colonel|Captain|Sergeant|Admiral|Commodore|Commander|Brigadier|Marshal|(?:Major|Lieutenant|Brigadier)-General|Lieutenant-Colonel|(?:Rear|Vice)-Admiral|Air-Marshal)$/;

/** A word whose period does not end the name after it: "Dr. Leila Haddad", "Sen. Thomas Reed". */
// (and an initial: "R. Manimaran", as Indian papers write names)
export function isAbbreviationBeforeName(word: string): boolean {
  return HONORIFICS.has(word) || ABBREVIATED_TITLE.test(word) || word === 'Prof' || word === 'Eng' || word === 'Engr' || /^\p{Lu}$/u.test(word);
}

const ARTICLE_NAME = new RegExp(`^(?:${ARABIC_ARTICLE})-\\p{Lu}\\p{Ll}+$`, 'u');

// (and the Philippines' "dela" and "delos": "Miguel dela Paz")
// (and the Gulf's "bint", a daughter's "bin": "Maryam bint Said Al Mashani")
export const NAME_PARTICLES = new Set(['de', 'da', 'do', 'das', 'di', 'van', 'von', 'der', 'den', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'del', 'dela', 'delos', 'Le', 'La', 'De', 'Van', 'Von', 'Al', 'El', 'Abu', 'Bin']);

/** Plural titles before names joined by "and", and the title each holds ("a bench of Justices A.S. Raghavan and Nilima P. Deshmukh"). */
// (a Map: an object's own lookup would find "constructor" in any text)
export const PLURAL_TITLES = new Map([['Justices', 'Justice'], ['Judges', 'Judge'], ['Senators', 'Senator']]);

/** Capitalized words that are never a person's name. */
export const NOT_PERSON = new Set([
  // (a plural title before two names)
  ...PLURAL_TITLES.keys(),
  'The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'Or', 'Under', 'After', 'Before', 'As', 'If', 'When', 'While',
  // (a sentence's opening preposition: "For Indrė Vaitonienė, who gave birth there, …")
  'For', 'From', 'With', 'Among', 'Unlike', 'Like', 'Since', 'Until', 'During', 'Amid',
  // (or an answer's, inside a quotation: "Where will she go? To Prishtina, two hours away")
  'To', 'By', 'Of', 'Into', 'Through', 'Over', 'Without', 'Against', 'Across', 'Via',
  'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their', 'Our',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March',
  'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', ...NAME_STYLES, 'Datuk', 'Dato', 'Datin', 'President', 'Minister', 'Manager', 'Photo', 'Photos', 'File',
  'Secretary', 'Prime', 'Foreign', 'Defense', 'Defence', 'Economy', 'Treasury', 'Senator', 'Sen', 'Rep', 'Gov', 'Sec', 'Usec', 'Asec',
  'Gen', 'Ald', 'Governor', 'Mayor', 'Chancellor', 'Premier', 'PM', 'King', 'Queen', 'Prince', 'Leader', 'Chief', 'Deputy',
  'Vice', 'Ambassador', 'Commissioner', 'General', 'Opposition', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Islamist', 'Islamists', 'Muslim', 'Muslims', 'Christian', 'Christians', 'Catholic', 'God', 'Allah', 'Number',
  'New', 'Year', 'Years', 'Asked', 'Speaking', 'Showing', 'Despite', 'Although', 'Last', 'Next', 'Still', 'Then',
  'Some', 'Many', 'Several', 'Two', 'Three', 'Both', 'All', 'Thousands', 'Hundreds', 'Officials', 'Lawmakers',
  'Security', 'Tourism', 'Human', 'Under', 'Friday’s', 'Brussels’', 'Sometimes', 'So', 'What', 'Why', 'How',
  // (a programme's name: "on JoyNews' PM Express")
  'Express',
  // (the last word of a zone's name after its chairman's title: "Chairman of Ras Al Khaimah Economic Zone (RAKEZ)")
  // (or of a police command's: "The Public Relations Officer of the Ashanti Regional Police Command, ASP X,")
  'Zone', 'Command', 'Headquarters',
  // (the Saudi king's style inside an envoy's title: "Ambassador of the Custodian of the Two Holy Mosques to …, X,")
  'Holy', 'Mosques',
  // (a region's first word: "Clan elders in Middle Shabelle", "Lower Juba", "Upper Nile")
  'Middle', 'Upper', 'Lower',
  // (a body's last word before its member's name: "Member of Parliament Kwame Mensah", "… Committee on Energy X")
  'Parliament', 'Committee', 'Council', 'Assembly', 'Senate', 'Cabinet', 'Ministry', 'Government', 'Party',
  // (a portfolio's last word before its holder's name: "Minister of State for Older People Niamh Carolan")
  'People',
]);

// A Map, not an object literal: it is asked about any word of a title, and an object has a 'constructor'.
const ABBREVIATED_OFFICE = new Map(Object.entries({ ald: 'alderman', gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', pres: 'president', amb: 'ambassador', supt: 'superintendent', sec: 'secretary', usec: 'undersecretary', asec: 'assistant secretary' }));

/** A title's words, lower-case, abbreviations spelled out: "Gov." -> ["governor"]. */
export function titleWords(title: string): string[] {
  // (a listed portfolio's comma is no part of its word: "Minister of Lands, Agriculture, Fisheries …")
  return title.toLowerCase().split(/\s+/).map((w) => w.replace(/[.,;]$/, '')).map((w) => ABBREVIATED_OFFICE.get(w) ?? w);
}

// Both word tests below are asked of every token several times over (the speakers', officials' and
// entities' walks): answers are kept per word, the cache emptied when it grows large (a text of
// endless distinct words must not hold memory).
const WORD_CACHE_LIMIT = 20_000;
function cached(cache: Map<string, boolean>, word: string, compute: (w: string) => boolean): boolean {
  let answer = cache.get(word);
  if (answer === undefined) {
    answer = compute(word);
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(word, answer);
  }
  return answer;
}
const titleWordCache = new Map<string, boolean>();
const nameWordCache = new Map<string, boolean>();

export function isTitleWord(word: string): boolean {
  return cached(titleWordCache, word, (x) => {
    const w = x.toLowerCase().replace(/\.$/, '');
    return TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w);
  });
}

export function isTitleHead(word: string): boolean {
  // (asked of most words: the abbreviation's period cut without a regular expression)
  const w = word.toLowerCase();
  return TITLE_HEADS.has(w.endsWith('.') ? w.slice(0, -1) : w);
}

/** A capitalized compound adjective ("Solidarity-Based", "State-Owned"): no name's word, and the word after it is its noun. */
export const COMPOUND_ADJECTIVE = /^\p{Lu}[\p{L}]*-(?:Based|Led|Owned|Run|Backed|Funded|Oriented|Related|Free|Wide|Level|Term|Scale|Friendly|Focused|Driven)$/u;

/** A word that can be part of a personal name. */
export function isNameWord(word: string): boolean {
  // (asked of every word of a text by the officials' walk: a word that opens on a small letter or a digit is a name's
  // only as an Arabic family name with its article, "al-Masri", which has a hyphen; answered without the cache)
  const first = word.charCodeAt(0);
  if (((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) && !word.includes('-')) return false;
  return cached(nameWordCache, word, (w) => {
    if (NOT_PERSON.has(w) || isTitleWord(w)) return false;
    // ("Superintendent of Financial Institutions Nathalie Brisebois", "Minister for … Special Initiatives X": an
    // abstract noun is no part of a name)
    // ("Committee on Environmental Policy and Nature Management X", "… Electricity Authority X": singular ones too, but not
    // "Clement", "Parchment", "Nancy" or "Felicity")
    if (/(?:tions?|ments|ities|ances|ences|ships|atives|itives|icy|ency|agement|elopment|ironment|urement|orcement|estment|loyment|tlement|ipment|essment|eement|artment|ishment|ovement|ority|ersity|unity|urity|tricity)$/.test(w)) return false;
    if (/^\p{Lu}[\p{Lu}]+$/u.test(w) && w.length > 1) return false; // acronyms
    // ("Minister of Solidarity-Based Future X", "Labor-Backed …": a compound adjective is no name's, unlike "Jean-Pierre")
    if (COMPOUND_ADJECTIVE.test(w)) return false;
    // ("Director of … Department at MoCI Jassim al-Naimi": a body's initials with a small letter inside, "MoCI", "MoD", "DoF")
    if (/^\p{Lu}\p{Ll}{1,2}\p{Lu}{1,4}$/u.test(w) && !/^(?:Mc|Mac|De|Di|Le|La|Van)\p{Lu}/u.test(w)) return false;
    // ("told L'Orient Today": a French article elided before a title's word is no person's, unlike "O'Brien")
    if (/^L['’]\p{Lu}/u.test(w)) return false;
    // Arabic family names with the article: "al-Masri", "el-Sisi", "bin-Salman".
    if (w.includes('-') && ARTICLE_NAME.test(w)) return true;
    return /^\p{Lu}[\p{L}’'\-.]*$/u.test(w) && !/\d/.test(w);
  });
}
