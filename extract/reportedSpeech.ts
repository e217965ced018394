// Reported speech (PARAPHRASE): a reporting verb with a clause — `X said (that) …`, `X warned
// that …`, `X told Y that …`, `X threatened to …`, `X called on Y to …`, a clause followed by
// `, X said.`, and `…, according to X`. Quoted words are masked while matching so that a verb
// inside a quotation is never taken for the article's own reporting verb.
import type { Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';
import { REPORTING_VERBS, REPORTING_VERB_RE, maskMinistryListCommas, sentenceSubject, subjectBefore } from './speakers.js';
import { TITLE_HEADS, isAbbreviationBeforeName } from './names.js';
import type { Span } from './types.js';

export interface ReportedClause {
  clause: Span;
  /** The speaker noun phrase. */
  speaker: Span;
  confidence: number;
}

// Participles take the subject of the sentence: "X rejected the plan, saying …".
// ("Pathirana said, charging that at least six factories had shut": the verbs of speech only, not "suggesting" or
// "indicating", which numbers do too)
const PARTICIPLES = 'saying|telling|adding|noting|arguing|insisting|stressing|warning|pointing out|acknowledging|asserting|explaining|writing|accusing|estimating|claiming|predicting|alleging|conceding|cautioning|contending|announcing|declaring|reiterating|emphasizing|emphasising|finding|urging|charging|complaining|lamenting|stating|recalling';
const PARTICIPLE = new RegExp(`^(?:${PARTICIPLES})$`);
/** ", with <one to five words> " before a participle: its own subject ("…, with rights groups warning that …"). */
// ("…, with the Opposition Human Rights Protection Party (H.R.P.P.) warning that …": a long name and its initials)
const WITH_SUBJECT = /,\s+with\s+(?:[\p{L}’'.-]+\s+|\([\p{Lu}.&-]{2,12}\)\s+){1,8}$/u;
const SAY_VERBS =
  'said|says|say|argue|warn|insist|contend|alleges|observed|observes|recommended|recommends|posted|replied|replies|responded|responds|countered|counters|retorted|answered|commented|remarked|reiterated|reiterates|repeated|underlined|underscored|affirmed|reaffirmed|clarified|tweeted|hinted|warned|warns|announced|announces|confirmed|confirms|acknowledged|acknowledges|charged|added|adds|stated|argued|argues|claimed|claims|insisted|insists|demanded|demands|noted|notes|believes|believed|estimated|estimates|reported|explained|predicted|suggested|alleged|denied|admitted|agreed|conceded|stressed|emphasized|emphasised|revealed|disclosed|maintained|concluded|recalled|recalls|stresses|explains|cautioned|declared|asserted|contended|indicated|signalled|signaled|told|tells|accuse|accused|accuses|threatened|threatens|vowed|vows|pledged|pledges|promised|promises|committed|called on|called for|urged|advised|asked|wrote|writes|ruled|ruling|reminded|informed|notified|assured|complained|complains|complain|found|finds|made it clear|made clear|reports|' +
  // ("Ghimire opined that …", "X pointed out that …", "appealed to residents to …": South Asian and East African papers' verbs)
  // ("denounced that …", "highlighted that …": Prensa Latina's and EFE's verbs, calques of Spanish "denunció que")
  // ("Senator X was of the view that …": Pakistani and Indian papers' "thought", for what someone said in a meeting)
  // ("The minister mentioned that …", as Eswatini's and Zimbabwe's papers report a reply)
  // ("X, however, lamented that …", "The governor also directed the Ministry … to begin …": Nigerian papers' verbs)
  // ("The minister guaranteed that …", Lusa's calque of "garantiu que"; "X averred that …", Liberian papers' verb)
  'guaranteed|guarantees|averred|avers|opined|opines|pointed out|points out|mentioned|mentions|lamented|laments|directed|directs|instructed|instructs|appealed to|denounced|denounces|highlighted|highlights|was of the view|were of the view|was of the opinion|were of the opinion|' + PARTICIPLES;

const VERB_RE = new RegExp(`\\b(?:has |have |had |also |had initially |has also |initially |previously |later )?(${SAY_VERBS})\\b`, 'g');
/** A second reporting verb joined by "and"/"but" ("told reporters he … but warned that …"): its "that" is its own. */
const JOINED_SAY_VERB = new RegExp(`\\s(?:and|but)\\s+(?:also\\s+)?(?:${SAY_VERBS})\\s+$`, 'u');
const TO_VERBS = /^(?:threatened|threatens|vowed|vows|pledged|pledges|promised|promises|committed)$/;
// "urged/asked X to …": a request, reported as "X to …".
// ("…, she said, urging people living along the river to move": the participle too)
const REQUEST_VERB = /^(?:called on|called for|urged|urging|advised|asked|appealed to)$/;
// "accused X of …", reported as "X of …".
const ACCUSE_VERB = /^(?:accuse|accused|accuses|accusing)$/;
const TOLD = /^(?:told|tells|telling)$/;
// ("saying over 780,000 farmers have …": a count's approximation before its number)
// ("said one of the slides knocked down …": a part of a whole)
const CLAUSE_START = /^(?:the|a|an|one\s+of|his|her|its|their|our|this|that|these|those|there|it|he|she|they|we|i|some|all|no|any|more|most|many|several|both|each|every|only|not|if|when|in|about|another|much|none|[\p{Lu}\d“"‘]|(?:over|nearly|almost|around|roughly|just|fewer|less|at\s+least|up\s+to)(?=\s+(?:than\s+)?[\d$€£₦]))/u;
// "said prices would rise", "said police had left", "said foreign exchange reserves had risen": a
// bare noun phrase (up to three words) opens the clause when an auxiliary follows it; such a clause
// may be three words long ("said monetary policy did not target …": a negated "did" too).
const AUXILIARY = '(?:would|will|could|should|may|might|must|can|cannot|had|has|have|were|was|are|is)';
const PAST_VERB = '(?:\\p{Ll}{3,}ed|rose|fell|grew|came|went|saw|took|made|kept|held|stood|ran|spent|paid|lost|won|hit|cut|put|set)';
const BARE_CLAUSE = new RegExp(`^\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}\\s+(?:${AUXILIARY}\\s+[\\p{L}“"‘]|${PAST_VERB}\\b|(?:did|does|do)\\s+not\\s+\\p{Ll})`, 'u');
const PRONOUN_CLAUSE = new RegExp(`^\\s+(?:it|he|she|they|we)\\s+${AUXILIARY}\\s+\\p{L}`, 'u');
// "said leader Ri Myong Su had observed the test": a lower-case title, a name, then the verb.
const TITLED_CLAUSE = new RegExp(`^(?:\\p{Ll}+\\s+){1,2}(?:\\p{Lu}[\\p{L}’'\\-]*\\s+){1,4}(?:${AUXILIARY}|${PAST_VERB})\\b`, 'u');
// "said deleting a dataset accomplishes little": a gerund's phrase, then a verb of its own.
const GERUND_CLAUSE = new RegExp(`^\\p{Ll}{3,}ing\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(?:${AUXILIARY}|${PAST_VERB}|(?!(?:data|news|means|series)\\b)\\p{Ll}{3,}[^s\\s]s)\\s+\\p{L}`, 'u');
// "said entire villages on the slopes below the volcano had been buried": after a verb that only
// reports, a longer noun phrase (no comma, no relative pronoun) up to its auxiliary.
const PURE_SPEECH = /^(?:said|says|added|adds|warned|warns)$/;
// ("said proposals to tie U.S. prices to those abroad would …": "to" after such a noun, and later; "said
// federal supply measures “will take time …”": a quotation that holds the verb)
// ("said flight operations at all airports remained normal": a state's verb too)
// ("said farmers on the Guadalcanal Plains harvested more than 400 tonnes": a past verb after the place that closes the
// subject's phrase; "said shipments to Australia and American Samoa were not affected": "to" before a place is no infinitive;
// "says price control officers from the Ministry of Commerce, Industry, Labour and Immigration (MCILI) will": a
// ministry's masked list commas, and up to 13 words)
// ("said businesses found to be overcharging … would be fined": a participle's or an adjective's "to" is no infinitive of the clause)
// ("said officers from the Central Detective Unit (CDU) and the Bahamas Customs Department boarded …": two places, with initials;
// "said laboratory tests on samples collected from markets in Addis Ababa, Adama and Hawassa showed …": a list of them)
const PLACE_PHRASE = '(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2}(?:\\s+\\(\\p{Lu}{2,6}\\))?';
const LONG_BARE_CLAUSE = new RegExp(`^\\p{Ll}[\\p{Ll}-]*(?:\\s+(?!(?:who|which|that|whom|whose)\\b|(?<!\\b(?:proposals?|plans?|efforts?|attempts?|moves?|calls?|bids?|measures?|steps?|decisions?|failure|refusal)\\s+(?:\\S+\\s+){0,6})(?<!\\b(?:found|thought|believed|known|seen|likely|unlikely|able|due|said|reported|alleged|required|forced|allowed)\\s+)to\\b(?!\\s+\\p{Lu}))[\\p{L}\\d($€£][\\p{L}\\d’'%.,$)\\u201a-]*){2,13}?(?:\\s+${AUXILIARY}\\s+(?:been\\s+|not\\s+)?[\\p{Ll}“"‘]|\\s+(?:rose|fell|grew|hit|surged|jumped|slumped|climbed|dropped|doubled|tripled|remained|stayed|continued)\\s|(?<=\\s(?:on|in|at|from|across|along|near)\\s+${PLACE_PHRASE}(?:,\\s+${PLACE_PHRASE})*(?:,?\\s+and\\s+${PLACE_PHRASE})?)\\s+\\p{Ll}{3,}ed\\s|\\s+[“"‘]q)`, 'u');
// ("repeated her pledge to cut …": a verb that mostly takes a noun shows a clause's verb before its comma)
// ("observed that …", a judge's remark; "observed the ceasefire" is no speech)
// ("warns the cost of moving all 42 communities could exceed …": an article, then a subject with no relative pronoun up to
// its auxiliary, is a clause a warning reports, not whom or what it warned of)
const WARNED_CLAUSE = new RegExp(`^\\s+(?:the|a|an|its|their|his|her)\\s+(?:(?!\\b(?:that|which|who|against|about|over)\\b)[^,;“”"]){1,100}?\\s${AUXILIARY}\\s+(?:not\\s+|be\\s+|been\\s+)?\\p{Ll}`, 'u');
const NOUN_OBJECT_VERB = /^(?:guaranteed|guarantees|mentioned|mentions|lamented|laments|recommended|recommends|observed|observes|signall?ed|signals|indicated|suggested|predicted|estimated|estimates|forecast|repeated|reiterated|reiterates|claims|claimed)$/;
const CLAUSE_VERB = new RegExp(`\\b(?:${AUXILIARY}|${PAST_VERB}|did|do|does)\\b`, 'u');
const AUXILIARY_WORD = new RegExp(`\\b(?:${AUXILIARY}|did|do|does)\\b`);
const AUXILIARY_SECOND = new RegExp(`^\\S+\\s+${AUXILIARY}\\s+[\\p{L}“"‘]`, 'u');
/** A quoted subject, then its verb ('said “robust discussions” were …'), or a quoted clause, then its second one (built once, not for each verb). */
const QUOTED_SUBJECT = new RegExp(`^[“"][^”"]{1,60}[”"]\\s+(?:${AUXILIARY}|${PAST_VERB}|(?:but|and)\\s+that)\\b`, 'u');
// ("told parliament on Monday the central bank would …": and when; "told Times of Malta the authority had": an "of" in the name;
// "told this paper he supported …", as the Solomon Star and others write of themselves; "told the Solomon Star
// the company held …": a name with its article; "told theSun she was …": a name in camel case)
const TOLD_LISTENER = new RegExp(
  `^\\s+(?:(?:the\\s+(?=\\p{Lu}))?(?:(?:\\p{Lu}|\\p{Ll}{1,3}\\p{Lu})[\\p{L}.’'\\-]*\\s+(?:of\\s+(?=\\p{Lu}))?){1,4}|(?:reporters|journalists|lawmakers|parliament|analysts|investors|delegates|shareholders|supporters|MPs|senators|me|us|the (?:BBC|newspaper|agency|broadcaster|crowd|audience|rally|meeting|conference)|this (?:paper|newspaper|reporter|correspondent|publication))\\s+)(?:(?:in|at)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?\\s+)?(?:(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\\s+)?(?=(?:the|a|an|his|her|its|their|it|he|she|they|we|there|this|that)\\s+\\p{L}+,?\\s+[\\p{L}\\d][\\p{L}\\d,.]*\\s+\\p{L}|(?:he|she|they|we)\\s+\\p{Ll}{2,}\\s|(?:(?:more|fewer|less)\\s+than|about|some|nearly|almost|around|over)\\s+\\d[\\d,.]*\\s+\\p{Ll}|\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+${AUXILIARY}\\s|\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*)?\\s+${AUXILIARY}\\s)`,
  'u',
);
// (TOLD_LISTENER: "told The Tribune the first 22 nurses are expected": a number may be the clause's second word;
// "told reporters in Labasa yesterday the TLTB will …": where and when it was told, before the clause)
// "in a televised address", "at a news conference", "in a post on X": where it was said.
const VENUE = '(?:in|at|during|on)\\s+(?:a|an|the|his|her|its|their)\\s+[\\p{L}\\s’\'-]{0,40}?(?:statement|answer|reply|response|submission|interview|address|speech|briefing|conference|post|message|video|letter|broadcast|hearing|session|call|release|note|notice|notification|filing|circular|presentation|webcast|newsletter|blog post|report|bulletin|update|judgment|judgement|ruling|verdict|decision|opinion|meeting|summit|rally|forum|ceremony|event|seminar|workshop|gathering)';
// "told reporters at the Energy Ministry in Jakarta": where it was said.
const PLACE = '(?:at|in|outside)\\s+(?:the\\s+|a\\s+)?\\p{Lu}[^,.!?;]{0,60}?';
const VENUE_ONLY = new RegExp(`^${VENUE}\\b[^,.]*[.,]?\\s*$`, 'u');
// ("said in a statement issued on behalf of …:": the statement's participle, then its quotation)
// ("said in a text message to reporters, adding that …": a venue up to its comma)
// ("He said this to reporters after visiting …": the words said come before, not after)
// ("said at a meeting of the energy working group in Baku, Trend reports": where, not what)
const NOT_CLAUSE = /^(?:(?:issued|released|published|posted|signed|read out|delivered)\s+(?:on|by|in|at|to|after|late|early|jointly)\b|(?:at|during)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:meeting|conference|briefing|session|forum|ceremony|summit|event)\b|in (?:a|an|his|her|its|their) (?:[\p{Ll}-]+ ){0,2}(?:statement|message|interview|post|letter|briefing|speech|address|answer|reply|response|submission)\b[^,.;]*(?:[,.;]|$)|in a statement|in an interview|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,]*$|it was\s*[.,]?$|so\b|as much|this week\b[^,]*$|this\s+(?:to|when|while|after|at|during|before|in\s+(?:a|an|his|her|its|their)\b))/u;
const TIME_ADVERB = /^\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|today|yesterday|tonight|earlier|later|last week|this week|on \w+ \d{1,2}|in a statement|in an interview|in a speech|in his proclamation|in her proclamation|in a televised address|at a news conference|also|previously)(?=[\s,])/;

// (Folha's "this Tuesday (6)": the day of the month in parentheses; The Nation's "on Tuesday (November 25)": the date)
// ("announced here on Wednesday": BTA's and other agencies' "here", the dateline's place)
const WHEN_TIME = '(?:on\\s+(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2}|on\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}|(?:on\\s+|this\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|last week|this week|last month|this month|last year|this year|earlier this (?:week|month|year)|earlier|later|recently)(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s+\\((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?\\d{1,2}\\))?)';
const WHEN = `(?:(?:here\\s+)?${WHEN_TIME}|here)`;
// "X, the two governments said, in the latest sign of a thaw.": a phrase after the attribution
// that opens no clause of its own (no "that", no second speaker).
// (or an event's participle: ", ending a shutdown that had closed banks")
// Reporting participles after an attribution: a second statement, never an event's participle.
const TRAILING_REPORTING = 'adding|noting|saying|stressing|insisting|warning|telling|arguing';
// (", the largest jump in detections since …": a superlative that sums the news up; ", known locally as
// Azattyq": the listener's other name)
const TRAILING_ADVERBIAL = `(?:,\\s+(?!in a statement\\b|in an interview\\b)(?:in|as|amid|without|after|with|citing|despite|while|following|ahead of|known(?:\\s+locally)?\\s+as|(?:the|a|its|their)\\s+(?:\\p{Ll}+est|first|latest|most|second|third|biggest|largest)|(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?(?:move|decision|step|announcement|development|blow|shift|sign|signal|change|reversal|setback|boost|plan|measure|practice)\\s+(?:that|which|during|taken|used|seen)\\b|(?!(?:${TRAILING_REPORTING})\\b)\\p{Ll}+ing)\\s(?![^]*\\b(?:said|says|told|warned|added|argued|claimed|insisted|announced)\\b)[^]*?)?`;
// "…, X told a press conference, adding that there were no reports of damage.": a second clause.
const TRAILING_PARTICIPLE = `,\\s+(?:${TRAILING_REPORTING})\\s+(?:that\\s+)?(?<more>[^]+?)`;
// "…, the governor added, and schools would switch to remote learning": the attribution's words go on
// (a clause with a verb of its own, not another speaker's).
// ("…, Minister X announced on Tuesday, even as the Karnataka government said …": a contrast that the next
// reading attributes on its own)
const TRAILING_EVEN_AS = `,\\s+even\\s+as\\s(?<evenAs>[^]+?)`;
const TRAILING_CONTINUATION = `,\\s+(?:and|while)\\s+(?<more2>(?![^]*\\b(?:said|says|told|added|according)\\b)(?:the|a|an|about|another|some|most|schools?|\\p{Lu}|\\d)[^]*?\\s(?:would|will|were|was|had|have|has|are|is|could|can)\\s[^]+?)`;
// Inverted: "CLAUSE, said the people, who asked not to be identified …", "CLAUSE, said Mark Jones, a
// spokesman." The speaker is a name or a short noun phrase; what follows its comma describes it.
// (up to eight capitalized words: "said Deputy Prime Minister Datuk Seri Dr Kamarudin Yusof")
const INVERTED_POST_POSED = new RegExp(
  `,\\s+(?:said|says|added)\\s+(?:${WHEN}\\s+)?((?:the|a|an)\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?(?:people|person|officials?|sources?|spokes(?:man|woman|person)|representatives?|analysts?|diplomats?|company|ministry|agency|government|department|group|union|police|military|army|court|bank|regulator|commission|council)|(?:\\p{Lu}[\\p{L}’'.\\-]*\\s+){0,7}\\p{Lu}[\\p{L}’'\\-]+)(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'.\\-]*(?:\\s+\\p{Lu}[\\p{L}’'.\\-]*){0,3})?(?:,\\s+[^,“”"]{1,160}?)?(?:\\s+${WHEN})?[.!?]?\\s*$`,
  'u',
);
// ("…, X said at a meeting in Baku, Trend reports.", "…, the Kazinform correspondent reports.": the agency's own tag)
const AGENCY_REPORTS = `,\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+correspondent)?\\s+reports`;
// "…, the minister told reporters after a signing ceremony in Jakarta.": when, by an event.
// ("Aavik said in response to an interpellation submitted by Isamaa.": what it answered)
const AFTER_EVENT = `(?:(?:after|before|during|following|ahead\\s+of)\\s+(?:a|an|the|his|her|its|their)|in\\s+(?:response|reply|answer)\\s+to(?:\\s+(?:a|an|the|his|her|its|their))?)\\s+[^,.;“”"]{1,60}?`;
// (nor a relative clause of time: "…since 2020, when its construction was first announced.")
// (an "and" only between two names, or two plural nouns right before the verb: "…, relatives and local
// residents told Radio Free Asia.")
// (not a superlative that sums the news up: "…, the only new price cut announced at the hearing")
// (a city and its state before "-based" keep their comma: "…, the Santa Clara, California-based company said")
// ("…, the Petroleum Division informed the Senate Standing Committee on Petroleum on Tuesday.": a body told, briefed or
// informed, its name with its own "on", "of" or "for")
const POST_POSED = new RegExp(
  `(?:,|[”"])\\s+(?!(?:the|an?)\\s+(?:only|first|last|latest|second|third|\\p{Ll}+est)\\b)((?:(?!\\b(?:and(?!\\s+\\p{Lu}|\\s+(?:[\\p{Ll}-]+\\s+)?\\p{Ll}{3,}s\\s+(?:said|say|told|tell)\\b)|but|which|who|that|when|whose)\\b)(?:[^,]|,(?= \\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?-based\\b))){1,110}?(?:, (?:(?:\\p{Lu}[\\p{L}’'\\-]*|of|the|and|for|on) ){1,7}\\p{Lu}[\\p{L}’'\\-]+,)?)\\s+(?:has |had |also )?(?:said|says|added|estimates|told reporters|told (?:a|the) (?:press|news) (?:conference|briefing)|(?:told|informed|briefed) (?:the\\s+(?=[A-Z]))?(?:[A-Z][\\p{L}/&.-]*['’]s\\s+)?[A-Z][\\p{L}/&-]*(?:\\s+[A-Z][\\p{L}-]*){0,3}(?:\\s+(?:on|of|for)\\s+[A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*){0,2})?|announced|declared|wrote|reported|reports|warned|confirmed|estimated|ruled|noted|stressed|emphasi[sz]ed|explained|pointed out|maintained|averred|insisted|argued|contended)(?:\\s+${WHEN})?(?:\\s+(?:${VENUE}(?:\\s+(?:to|with|for|before|of)\\s+(?:the\\s+)?\\p{L}[^,.;“”"]{0,90}|\\s+to\\s+(?:reporters|journalists|clients|investors|shareholders|employees|staff|members|supporters)|\\s+(?:posted|published|released|issued|carried|broadcast)\\s+(?:on|to|in|by)\\s+[^,.;“”"]{1,40})?|on (?:X|Twitter|Facebook|Telegram)))?(?:\\s+${PLACE})?(?:\\s+${WHEN})?(?:\\s+${AFTER_EVENT})?(?:,?\\s+on condition of anonymity)?(?:${TRAILING_CONTINUATION}|${TRAILING_ADVERBIAL}|${TRAILING_PARTICIPLE}|${TRAILING_EVEN_AS})(?:${AGENCY_REPORTS})?[.!?]?\\s*$`,
  'u',
);

/** A source's apposition: an office, and where it is held ("…, a member of the Expediency Council,"), no clause. */
// (or a relative clause about the source: "According to the Telegram channel Baza, which is known for its
// ties to law enforcement, he was …", "the SIU's report, a copy of which has been seen by the M&G, …")
const APPOSITION_OF_SOURCE = new RegExp(`^,\\s+(?:(?:a|an|the|his|her|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:${[...TITLE_HEADS].filter((h) => /^[a-z-]+$/.test(h)).join('|')})(?:\\s+(?:of|for|at|to|with|in)\\s+[^,;]{1,60})?|(?:(?:a\\s+copy|copies|parts?)\\s+of\\s+which|which|whose)\\s+[^,;“”"]{1,100}),`, 'u');

/** A sentence opened by a reporting participle and its "that" clause, then the subject and its verb. */
/** An opening adverbial, then an attribution between commas: "In the meantime, the Ministry said, …". */
const ASIDE_AFTER_OPENER = /^\s*(?:In the meantime|Meanwhile|However|In addition|Separately|At the same time|Earlier|Later|Previously|Last (?:week|month|year)|This (?:week|month|year)|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)),\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}(?:\p{Lu}[\p{L}’'-]*|\p{Ll}+)|he|she|they|it)\s+(?:said|says|added|noted|explained|told\s+[^,“”"]{1,40}),\s+(?=[\p{L}\d])/u;
// ('Stating that the contractor had been caught with "a ticket to Tbilisi in his pocket", Özkaynak said,
// "…"': Turkish papers' "stating that", and a quoted phrase inside the clause)
const AS_REPORTED = /^\s*As\s+((?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}(?:\p{Lu}[\p{L}’'-]*|\p{Ll}+)|he|she|they)\s+(?:has\s+|had\s+)?(?:reported|said|noted|announced|stated|wrote|explained|pointed out|confirmed)(?:\s+(?:earlier|previously|yesterday|last\s+\p{L}+|on\s+\p{Lu}\p{L}+))?,\s+(?=[\p{L}\d])/u;
const FRONTED_PARTICIPLE = new RegExp(`^\\s*(?:Underlining|Underscoring|Stressing|Noting|Emphasi[sz]ing|Pointing out|Recalling|Reiterating|Arguing|Asserting|Highlighting|Insisting|Stating|Expressing|Explaining|Indicating|Claiming|Maintaining)\\s+that\\s+((?:[^“”",]|,(?!\\s)|[“"][^“”"]{1,200}[”"])+?),\\s+((?:(?!that\\b)[\\p{L}’'.-]+\\s+){1,8}?)((?:${REPORTING_VERBS})\\b)`, 'u');

// (and a credit glued to the last paragraph ends it: "… on March 24. —with a report from X/RSJ, GMA Integrated News")
// ("X said …, Bernama reported.", "…, state news agency Antara reported.": the agency that relayed the words ends them)
const AGENCY_REPORTED_CUT = /,\s+(?:(?:the\s+)?(?:state\s+|official\s+)?(?:news\s+agency|newspaper|daily|broadcaster)\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:reported|reports)(?=\s*[.!?,]|\s*$)/u;
// ("… before the end of this month adding that …": The Island's run-on participle, no comma before it, ends the clause)
const RUN_ON_PARTICIPLE_CUT = /(?<=\p{L})\s+(?:adding|noting|insisting|stressing)\s+that\b/u;
const CLAUSE_CUT = new RegExp(`(?<=[.!?”"])\\s?[—–]\\s?[Ww]ith (?:a )?reports? (?:from|by)\\s|,?\\s+(?:and|but)\\s+(?:(?:he|she|it|they)\\s+)?(?:also\\s+)?(?:${SAY_VERBS})\\b|\\s+(?:after|before|while|because)\\s+(?=[^,]{1,60}?\\s+(?:${REPORTING_VERBS}|committed|agreed|threatened|pledged|vowed|promised|accused)\\b)|,\\s+(?:according to|as per)\\b|,\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:has\\s+)?(?:learned|learnt)\\b|,\\s+(?:as|while|whereas)\\s+(?=[^,]{1,60}?\\s+(?:${REPORTING_VERBS})\\s+that\\b)|,\\s+(?:while|whereas)\\s+(?=[^,;]{1,60},\\s+(?:\\p{Lu}[\\p{L}’'-]+\\s+){1,3}\\p{Lu}[\\p{L}’'-]+,\\s+(?:${REPORTING_VERBS})\\b)|(?:,|(?<=[”"]))\\s+in\\s+(?:remarks|comments|an interview|a speech|a televised|a video|a post)\\b|,\\s+(?:rejecting|denying|dismissing|disputing)\\s|(?:,|(?<=q[”"’]))\\s+(?:just\\s+|only\\s+)?(?:(?:a|an|one|two|three|four|five|six|several|\\d+)\\s+)?(?:hours?|days?|weeks?|months?|minutes?|moments?)\\s+(?:after|before)\\b|,\\s+(?:he|she|they|it)\\s+(?:said|added)\\b|,\\s+but\\s+(?:gave|offered|provided|declined|refused|did not|didn't|would not|wouldn't|stopped short)\\b|,\\s+but\\s+(?=\\p{Lu}\\p{Ll}+\\s+(?:has\\s+|had\\s+)?\\p{Ll}+ed\\b)|,\\s+and\\s+(?:[\\p{L}-]+\\s+){1,3}(?:say|said|says)\\b|,\\s+(?:${REPORTING_VERBS}|${PARTICIPLES})\\s|(?<=q[,.]?[”"’]?)\\s+(?:adding|saying|noting|arguing|insisting|stressing|warning)\\s+that\\b|,\\s+with\\s+(?:[\\p{L}’'.-]+\\s+|\\([\\p{Lu}.&-]{2,12}\\)\\s+){1,8}(?:${PARTICIPLES})\\s|(?:,|(?<=[q”"]))\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+)?(?:phrase|term|reference|remark|comment|claim|word|description|label|formula|decision|ruling|move|charge|accusation|allegation|position|view|stance|step|measure|practice|precaution|tactic)\\b|,\\s+(?:his|her|its|their|a|an|the)\\s+[^,]{1,40},\\s+(?:\\p{Lu}[\\p{L}’'\\-]+\\s+){1,3}\\p{Lu}[\\p{L}’'\\-]+,\\s+(?:said|says|added)\\b`, 'u');

/** How far past a clause's start its end is looked for. */
const CLAUSE_REACH = 2_000;

// (a word of two letters or more before a period and a capital: the styles and abbreviated titles names.ts knows)
const WORD_PERIOD = /\b(\p{Lu}\p{Ll}{1,4})\.(?= \p{Lu})/gu;

function mask(text: string, sent: Sentence, quotes: Quotation[]): string {
  // Pieces joined once: splicing the string per quotation was quadratic in a sentence full of them.
  const parts: string[] = [];
  let at = sent.start;
  for (const q of quotes) {
    const a = Math.max(q.start, at);
    const b = Math.min(q.end, sent.end);
    if (b <= a) continue;
    parts.push(text.slice(at, a), 'q'.repeat(b - a));
    at = b;
  }
  parts.push(text.slice(at, sent.end));
  // ("…, the Ministry of Trade, Industry and Cooperatives (MTIC) has warned.": a ministry's listed fields, one
  // character for one, so that their commas cut no clause and no speaker)
  // ("According to Ms. Kiriau, …": an honorific's period, one character for one, ends no source or clause)
  const masked = parts.join('').replace(WORD_PERIOD, (m, word: string) => (isAbbreviationBeforeName(word) ? `${word}\u2024` : m));
  return masked.includes(' and ') ? maskMinistryListCommas(masked) : masked;
}

function trimClause(text: string, start: number, end: number): Span | undefined {
  while (start < end && /[\s,:]/.test(text[start])) start++;
  while (end > start && /[\s,.;:]/.test(text[end - 1])) end--;
  return end - start >= 8 ? { start, end } : undefined;
}

/** A document named without its author ("a statement", "the ministry's report" is not one: it has a possessor). */
const BARE_DOCUMENT = /^(?:(?:an?|the|its|his|her|their)\s+)?(?:[a-z-]+\s+)?(?:statements?|reports?|filings?|releases?|memos?|documents?|announcements?|letters?|notices?|transcripts?|readouts?|copy|drafts?|summary|posts?)$/;
/** A reporting verb of its own earlier in the sentence. */
const SAYS = 'said|says|told|tells|announced|added|stated|confirmed';
const SAYS_BEFORE = new RegExp(`\\b(?:${SAYS})\\b`);
/** Verbs that report a clause, before an "according to" that only relays it. */
const RELAYING_VERB_BEFORE = new RegExp(`\\b(?:${SAYS}|warned|vowed|pledged|promised|claimed|insisted|denied|accused|urged|threatened)\\b`);

/** A name in quotation marks ("Face the Nation", "State of the Union"): a few words, all capitalized but the small ones. */
function isQuotedTitle(inner: string): boolean {
  const words = inner.replace(/[,.!?]+$/, '').trim().split(/\s+/);
  return words.length <= 5 && words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && /^(?:the|of|and|a|an|in|on|for|to|with)$/.test(w)));
}

/**
 * "The motion was filed by Representative X, who told his colleagues that …, adding that …": a participle after a
 * relative clause that reports speech adds to the words of the one the clause is about, not the sentence's subject.
 */
function relativeAntecedent(text: string, sentStart: number, verbStart: number): Span | undefined {
  const before = text.slice(sentStart, verbStart);
  const m = /((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}\p{Lu}[\p{L}’'-]+),\s+who\s+(?:also\s+)?(?:told|said|says|tells|warned|argued|explained|noted|stressed)\b[^;]*,\s*$/u.exec(before);
  if (!m) return undefined;
  const at = sentStart + m.index;
  return { start: at, end: at + m[1].length };
}

export function findReportedSpeech(text: string, sentences: Sentence[], quotes: Quotation[]): ReportedClause[] {
  const out: ReportedClause[] = [];
  // (each sentence, and its "according to" and forward readings, in functions of their own, not one
  // 10 KB loop: V8 recompiled that loop again and again as new articles took new paths)
  const readSentence = (sent: Sentence): void => {
    // ("Doctors warn of lost patients": a section's label, a line of its own with no stop, reports nothing)
    if (isLabelLine(text, sent)) return;
    const m = mask(text, sent, quotes);
    const base = sent.start;
    // The clause must not run into a second reporting clause or an `according to`.
    // (looked for in the next CLAUSE_REACH characters only: a "sentence" of thousands of attributions
    // made this scan quadratic, and no reported clause runs that long)
    const clauseEnd = (from: number): number => {
      const reach = m.slice(from, from + CLAUSE_REACH);
      const cut = CLAUSE_CUT.exec(reach);
      // (a regular expression of its own: as one more alternative of CLAUSE_CUT it made that scan three times slower)
      const relayed = reach.includes(' report') ? AGENCY_REPORTED_CUT.exec(reach) : null;
      const runOn = reach.includes('ing that ') ? RUN_ON_PARTICIPLE_CUT.exec(reach) : null;
      // ("… made before the end of this month adding that …": "before" ends no clause when the only reporting verb after
      // it is the run-on participle, which ends it itself)
      const beforeRunOn = cut && runOn && runOn.index > cut.index && /^\s+(?:after|before|while|because)\s/.test(cut[0]) && !REPORTING_VERB_RE.test(reach.slice(cut.index + cut[0].length, runOn.index));
      // (a later cut of another kind still counts: looked for past the "before")
      const later = beforeRunOn ? CLAUSE_CUT.exec(reach.slice(cut.index + cut[0].length)) : null;
      const cutAt = !cut ? Infinity : !beforeRunOn ? cut.index : later ? cut.index + cut[0].length + later.index : Infinity;
      const at = Math.min(cutAt, relayed ? relayed.index : Infinity, runOn ? runOn.index : Infinity);
      return at < Infinity ? from + at : m.length;
    };
    let found = false;
    const readAccordingTo = (): void => {
  
      // `according to X`
      // The source may hold a list ("according to the Ministry of Development, Industry and Trade,").
      // ("As per the DAO, …": South Asian papers' "according to")
      // ("In her words, …": TASS's and other agencies' "according to her")
      const acc = /(^|,\s*)(?:[Aa]ccording to|[Aa]s per|[Ii]n(?= (?:his|her|their) words,)) ([^,.;]+(?:\.[A-Z][^,.;]*)*(?:(?:, \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)+,? and \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?(?=,))?)/u.exec(m);
      if (acc) {
        const spStart = base + acc.index + acc[0].length - acc[2].length;
        // (a ministry's listed fields' commas masked, as in the sentence: "the notification the Ministry of Industry, Commerce and Employment issued")
        let spText = maskMinistryListCommas(text.slice(spStart, spStart + acc[2].length));
        // ("satellite data released on Wednesday by …", "a fact-finding report by …")
        // ("a survey of analysts by LSEG": who was asked comes before who asked)
        const by = /^(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:study|report|survey|statement|analysis|poll|estimate|estimates|assessment|tally|count|data|figures|statistics|numbers|results|briefing|calculations|projections)\s+(?:of\s+(?:analysts|economists|investors|voters|experts|executives|companies|firms)\s+(?=by\s))?(?:(?:released|published|compiled|issued|declared|announced)\s+(?:(?:on|last|this|earlier)\s+\p{L}+\s+)?)?(?:by|from|of)\s+/iu.exec(spText);
        let off = 0;
        if (by) {
          off = by[0].length;
          // ("… declared by the Election Commission of India (ECI) late in the evening": the body alone)
          // ("a poll by Elabe for BFMTV": who made it, not who paid for it)
          spText = spText.slice(off).replace(/\s+(?:\(|(?:late|early|on|last|this|earlier|in the|at the|for)\b).*$/u, '');
        }
        // "LSEG data", "Labor Department figures released on Friday" (not "the national statistics institute")
        // ("according to OECD health statistics": and a field's word before them)
        const tail = /(?:\s+(?:health|trade|labou?r|economic|employment|census|crime|market|industry|official|government|customs))?\s+(?:data|figures|statistics|estimates|numbers|records|calculations|projections|forecasts)\b(?!\s+(?:institute|office|agency|bureau|service|authority|department|ministry|board|commission|centre|center|council)\b).*$/.exec(spText);
        // (not "federal records", whose adjective alone names no one)
        if (tail && !/^(?:the\s+)?(?:federal|state|public|official|internal|court|hospital|police)$/.test(spText.slice(0, tail.index))) spText = spText.slice(0, tail.index).replace(/['’]s$/, '');
        // "the national statistics institute, known as Inegi": the name it goes by.
        // (or by its initials in apposition: "the national space research institute, INPE")
        // (or by a one-word name that ends the sentence: "the EU’s border agency, Frontex.")
        const knownAs = /^,\s*(?:known as (?:the )?(\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,3})|(\p{Lu}{2,}[\p{L}]*)(?=\s*(?:[,.;]|$))|(\p{Lu}[\p{L}-]+)(?=\s*(?:[.;]|$)))/u.exec(text.slice(spStart + acc[2].length, spStart + acc[2].length + 60));
        if (knownAs) {
          const alias = knownAs[1] ?? knownAs[2] ?? knownAs[3];
          off = acc[2].length + knownAs[0].length - alias.length;
          spText = alias;
        }
        // "the central bank's latest survey", "Inegi's figures": the document's owner.
        // ("the SIU's interim report to the Presidency": whoever it went to)
        const owner = !by && !knownAs && /^((?:the\s+)?[^,.;]*?)['’]s\s+(?:[\p{Ll}-]+\s+|\p{Lu}[\p{L}-]*\s+(?=tool|tracker|index|gauge|model)){0,2}(?:statement|report|survey|data|figures|estimates?|forecasts?|assessment|tally|count|filing|release|poll|analysis|calculations|complaint|lawsuit|indictment|ruling|order|records|documents|tool|tracker|index|gauge|model|monitoring)(?:\s+(?:of|to|into|on)\s+[^,;]*)?$/u.exec(spText);
        if (owner) spText = owner[1];
        // ("In his words, …": the pronoun's owner; "his" is read as "he" from its span in resolveSpeaker)
        const inWords = /^(his|her|their) words$/.exec(spText);
        if (inWords) spText = inWords[1];
        // "according to a staff report the committee released Wednesday": who released it.
        const releasedBy = !by && !knownAs && !owner ? /^(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:study|report|survey|statement|analysis|poll|estimates?|assessment|data|figures|statistics|document|filing|letter|indictment|fact sheet|memo|guidance|notification|notice|circular|directive)\s+(?:that\s+)?(?!for\s)((?:the\s+)?[^,.;]{2,60}?)\s+(?:released|published|issued|compiled|sent|filed|prepared|drafted|submitted)\b/diu.exec(spText) : null;
        if (releasedBy) {
          off = releasedBy.indices![1][0];
          spText = releasedBy[1];
        }
        // "according to a Defense Department statement": the body is the speaker, not its document.
        // ("according to a House of Commons Library briefing published last week": and when it came out)
        // ("according to an Elabe poll for BFMTV published on Wednesday", "a Channel 12 poll aired Friday": who polled)
        const document = !by && /^(?:an?|the)\s+(\p{Lu}[^,.;]*?)\s+(?:statement|report|filing|release|memo|document|announcement|letter|notice|briefing|analysis|study|survey|poll)(?:\s+for\s+\p{Lu}[^,.;]*?)?(?:\s+(?:published|released|issued|aired|conducted)\b[^,.;]*)?$/u.exec(spText);
        if (document) {
          off = spText.indexOf(document[1]);
          spText = document[1];
        }
        // ("…, according to its filing with Bursa Malaysia on Tuesday": the body the possessive means, the one the
        // sentence is about)
        const owned = !by && /^(its|their)\s+(?:[\p{Ll}-]+\s+)?(?:filing|statement|report|release|announcement|disclosure|notice)\b/u.exec(spText);
        if (owned && !SAYS_BEFORE.test(m.slice(0, acc.index))) spText = owned[1];
        let speaker = { start: spStart + off, end: spStart + off + spText.length };
        // ("According to the executive director of the National Institute … (INTRANT), Francisco Javier Almonte, heavy
        // trucks will …": the holder named after the office speaks)
        // ("According to Ilala Regional Police Commander, ACP Fatma Khamis, seven people …": a capitalized office too)
        const office = /^(?:\p{Lu}[\p{L}.’'-]*\s+){0,5}(\p{Lu}[\p{L}-]*)$/u.exec(spText);
        const holder = acc.index === 0 && (/^the\s+\p{Ll}/u.test(spText) || (office !== null && TITLE_HEADS.has(office[1].toLowerCase()))) ? /^,\s+((?:\p{Lu}[\p{L}’'.-]*\s+){1,4}\p{Lu}[\p{L}’'-]+),\s/u.exec(m.slice(acc[0].length)) : null;
        if (holder) {
          const at = base + acc[0].length + holder[0].indexOf(holder[1]);
          speaker = { start: at, end: at + holder[1].length };
        }
        // "X said …, according to a statement": a document with no named author is no speaker, and
        // the sentence already has one.
        // ("X said …, according to a statement from his office": X's words, which the verb reads)
        // ("X has warned … that …, according to a directive seen by The Irrawaddy", "X vowed … and said …, according
        // to the military-owned Myawady news outlet": a document someone saw, or the outlet that carried the
        // words, only relays what the sentence's own verb reports)
        const relayed = RELAYING_VERB_BEFORE.test(m.slice(0, acc.index)) && (/\b(?:seen|obtained|reviewed)\s+by\b/.test(spText) || /\b(?:news\s+outlet|newspaper|news\s+agency|daily|broadcaster|outlet|tabloid|news\s+website|mouthpiece)$/.test(spText));
        const anonymousDocument = relayed || (SAYS_BEFORE.test(m.slice(0, acc.index)) && (by !== null || (!/\p{Lu}/u.test(spText) && BARE_DOCUMENT.test(spText)) || /^(?:his|her|its|their)\s/.test(spText)));
        // ("According to X, a member of the Expediency Council, Europe has lost …": past the source's apposition)
        const apposition = holder ?? APPOSITION_OF_SOURCE.exec(m.slice(acc[0].length));
        const clause = anonymousDocument ? undefined : acc[1] === '' && acc.index === 0
          ? trimClause(text, base + acc[0].length + (apposition ? apposition[0].length : m.slice(acc[0].length).indexOf(',') + 1), base + m.length)
          : trimClause(text, base, base + acc.index);
        if (clause && !/^[“"]/.test(text[clause.start])) {
          out.push({ clause, speaker, confidence: 0.7 });
        }
      }
    };
    readAccordingTo();

    // Post-posed and inverted: `CLAUSE, said X, a spokesman.`
    const inverted = INVERTED_POST_POSED.exec(m);
    if (inverted) {
      const lead = m.slice(0, inverted.index);
      if (!/^[“"‘]/.test(lead.trim()) && !/[”"]\s*$/.test(lead) && lead.split(/\s+/).length >= 3) {
        const clause = trimClause(text, base, base + inverted.index);
        const spStart = base + inverted.index + inverted[0].indexOf(inverted[1], inverted[0].search(/\s/));
        if (clause) {
          out.push({ clause, speaker: { start: spStart, end: spStart + inverted[1].length }, confidence: 0.7 });
          return;
        }
      }
    }

    // Post-posed: `CLAUSE, X said (Tuesday).`
    // (no passive participle's phrase is a subject: "…, part of them funded by an Emirati donation announced on Sunday")
    const postFound = POST_POSED.exec(m);
    const post = postFound && !/\b\p{Ll}+ed\s+by\b/u.test(postFound[1]) ? postFound : null;
    if (post && !found) {
      const lead = m.slice(0, post.index);
      // A clause that is itself the quotation is a QUOTE, not reported speech.
      // (nor an office's listed portfolios: "X, the Minister of Trade, Commerce, Food Security and
      // Cooperative Development, told reporters that …" is no clause "X, the Minister of Trade")
      const portfolios = /\b(?:Minister|Ministry|Secretary|Department)\s+of\s+(?:\p{Lu}\p{L}+\s+){0,2}\p{Lu}\p{L}+$/u.test(lead) && /^(?:\p{Lu}\p{L}+\s+){0,2}\p{Lu}\p{L}+(?:,\s+(?:\p{Lu}\p{L}+\s+){0,2}\p{Lu}\p{L}+)*\s+and\s+/u.test(post[1]);
      // ("In Kuching, Deputy Premier X said the committee had distributed …, Bernama reported.": an agency that
      // reported what the sentence's own speaker said only relays it; the forward reading below has the speaker)
      const relayed = /\s(?:reported|reports)\b/.test(post[0]) && /(?<!\b(?:been|was|were|be|being|is|are))\s(?:said|says|told|added|announced|stated)\s+(?!that\s*$)\S/.test(lead);
      if (!/^[“"‘]/.test(lead.trim()) && !/\b(?:said|says)\b/.test(post[1]) && lead.split(/\s+/).length >= 3 && !portfolios && !relayed) {
        // ("The mine will pause, Minerals and Energy minister, Kabelo Ramokate told Parliament": an office set
        // off with commas before the name ends the clause, as Botswana's papers write it)
        const office = /,\s+(?:\p{Lu}[\p{L}-]*\s+(?:(?:and|of)\s+)?){1,5}(?:minister|Minister|MP|spokesperson|spokesman|Secretary|secretary|chairperson|chairman|President|president)$/u.exec(lead);
        const clause = trimClause(text, base, base + (office && /^\p{Lu}/u.test(post[1]) ? office.index : post.index));
        const spStart = base + post.index + post[0].indexOf(post[1]);
        if (clause) {
          // ("…, Vadym Lysenko, Head of Kharkiv Oblast Military Administration, reported": the name, not its office)
          const named = /^((?:\p{Lu}[\p{L}’'.-]*\s+){1,3}\p{Lu}[\p{L}’'-]+),\s+\p{Lu}/u.exec(post[1]);
          const speaker = { start: spStart, end: spStart + (named ? named[1].length : post[1].length) };
          out.push({ clause, speaker, confidence: 0.7 });
          const more = post.groups?.more ?? post.groups?.more2;
          const moreClause = more ? trimClause(text, base + post.index + post[0].lastIndexOf(more), base + post.index + post[0].lastIndexOf(more) + more.length) : undefined;
          if (moreClause) out.push({ clause: moreClause, speaker, confidence: 0.65 });
          // (the "even as" clause reports on its own, read forward below)
          found = post.groups?.evenAs === undefined;
        }
      }
    }
    if (found) return;

    // ("Underlining that Türkiye now has five LNG terminals, the minister said …": a participle that
    // opens the sentence reports its own clause, in the words of the main clause's subject)
    const fronted = FRONTED_PARTICIPLE.exec(m);
    if (fronted) {
      const clauseAt = base + fronted[0].indexOf(fronted[1]);
      const clause = trimClause(text, clauseAt, clauseAt + fronted[1].length);
      const subjectAt = base + fronted[0].length - fronted[2].length - fronted[3].length;
      const speaker = { start: subjectAt, end: subjectAt + fronted[2].trimEnd().length };
      if (clause) out.push({ clause, speaker, confidence: 0.6 });
    }

    // ("In the meantime, the Ministry said, the MV Arawana will make …": an attribution set off by commas
    // after an opening adverbial reports the clause that follows it)
    const aside = ASIDE_AFTER_OPENER.exec(m);
    if (aside && CLAUSE_VERB.test(m.slice(aside[0].length, aside[0].length + 80))) {
      const clause = trimClause(text, base + aside[0].length, base + clauseEnd(aside[0].length));
      const spStart = base + aside[0].indexOf(aside[1], aside[0].indexOf(','));
      if (clause) {
        out.push({ clause, speaker: { start: spStart, end: spStart + aside[1].length }, confidence: 0.65 });
        return;
      }
    }

    // ("As Ukrinform reported, three underground schools opened …", "As the ministry said earlier, …": the
    // clause after the comma is the one the "as" clause names the source of)
    const asReported = AS_REPORTED.exec(m);
    if (asReported && CLAUSE_VERB.test(m.slice(asReported[0].length, asReported[0].length + 100))) {
      const clause = trimClause(text, base + asReported[0].length, base + clauseEnd(asReported[0].length));
      const spStart = base + asReported[0].indexOf(asReported[1], 2);
      if (clause) {
        out.push({ clause, speaker: { start: spStart, end: spStart + asReported[1].length }, confidence: 0.6 });
        return;
      }
    }
    const readForward = (): boolean => {
  
      // Forward: `X said (that) CLAUSE`, possibly several in one sentence.
      VERB_RE.lastIndex = 0;
      let v: RegExpExecArray | null;
      while ((v = VERB_RE.exec(m))) {
        const verb = v[1];
        const verbStart = base + v.index;
        // The words just before the verb (a bounded window: a sentence can be very long).
        const before = m.slice(Math.max(0, v.index - 60), v.index);
        // "rejecting claims that …", "He rejected claims that …", "the says of …": after a determiner, a
        // participle or a verb of denial, "claims" is a noun.
        if (/^(?:says|claims|notes|argues|insists|warns|adds|estimates|believes|reports|alleges|promises|pledges|vows|threatens)$/.test(verb) &&
          /\b(?:the|a|an|his|her|its|their|these|those|such|of|with|\p{Ll}+ing|rejected|denied|dismissed|disputed|refuted|rebuffed)\s+$/u.test(before)) continue;
        // ("A magisterial inquiry into alleged irregularities": an adjective after a preposition or an article)
        if (verb === 'alleged' && /\b(?:into|of|the|an|a|for|over|about|against|with|on|his|her|its|their|and|any)\s+$/.test(before)) continue;
        // "…, adding that …", "… before pointing out that …": a participle reports the subject's words
        // after a comma, a conjunction or "as" ("a warning that" is a noun; "saying" is always a verb).
        // "The fire, believed to have been sparked by lightning": a passive report, no speaker.
        if (/^(?:believed|said|reported|alleged|thought|expected|estimated|understood)$/.test(verb) && /^\s+to\s+(?:be|have)\b/.test(m.slice(v.index + v[0].length))) continue;
        // ("Times of Malta is informed that …", "residents were told that …": who was told speaks no words)
        if (/^(?:informed|told|advised|notified|assured|reminded)$/.test(verb) && /\b(?:is|are|was|were|been|being)\s+$/.test(before)) continue;
        // ("It should be noted that …", "It must be stressed that …": the paper's own aside, a passive with no speaker)
        // ("It would be recalled that …", "It will be recalled that …": Nigerian papers' reminder of the background)
        if (/\b[Ii]t\s+(?:should|must|can|may|would|will|is\s+to)\s+(?:also\s+)?be\s+$/.test(before)) continue;
        // "declined to say how …", "would not say whether …": no words were reported.
        // ("The NIH has not said how many …": nor a perfect's)
        if (/^(?:say|said|comment|elaborate)$/.test(verb) && /\b(?:(?:declined|declines|refused|refuses|decline|refuse)\s+to|(?:would|did|could|will|does|do|has|have|had)(?:\s+not|n['’]t)|won['’]t|wouldn['’]t|didn['’]t|couldn['’]t|hasn['’]t|haven['’]t)\s+$/.test(before)) continue;
        // ("works the hours stated in their contract, the ministry said": a participle after its noun, then a
        // place or time and a comma: no clause follows it)
        if (!/^(?:said|says|say|told|tells)$/.test(verb) && /\b(?:the|a|an|its|their|his|her|these|those)\s+\p{Ll}+\s+$/u.test(before) && /^\s+(?:in|by|under|on|at|during)\s+(?:(?!that\b)[^,;.“”"])+[,;.]/.test(m.slice(v.index + v[0].length, v.index + v[0].length + 200))) continue;
        // ("warned the European trio against any “miscalculation,” saying …": a warning's object and what
        // it is against, no reported clause; the participle after it reports)
        // (but "warns the cost of moving all 42 communities could exceed …": a clause whose subject holds an "of")
        const warnedRest = m.slice(v.index + v[0].length);
        if (/^(?:warned|warns|warn)$/.test(verb) && /^\s+(?:(?!\bthat\b)[^,;“”"]){1,60}?\s+(?:against|about|over|of)\s/.test(warnedRest) &&
          !WARNED_CLAUSE.test(warnedRest)) continue;
        // ("A diplomat who asked not to be named said …": the source's condition, no request)
        if (/^(?:asked|asks|requested)$/.test(verb) && /^\s+not\s+to\s+be\s+(?:named|identified|quoted)\b/.test(m.slice(v.index + v[0].length))) continue;
        // ("It did not provide evidence or say how …": the negation reaches the second verb)
        if (/^say$/.test(verb) && /\b(?:did|does|do|would|could|will)(?:\s+not|n['’]t)\s+[^.;]{1,40}\bor\s+$/.test(before)) continue;
        // "upheld a Court of Appeal ruling that …", "the court's ruling that …": a ruling that is a noun.
        if (verb === 'ruling' && (/\b(?:a|an|the|its|their|his|her|this|that|last)\s+(?:(?:\p{Lu}[\p{L}’'-]*|of|for|and)\s+){0,5}$/u.test(before) || /['’]s\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}$/u.test(before))) continue;
        const participle = PARTICIPLE.test(verb);
        // (a participle's "with" subject may be longer than that window: "…, with the Opposition Human Rights
        // Protection Party (H.R.P.P.) warning")
        const beforeWith = participle ? m.slice(Math.max(0, v.index - 100), v.index) : before;
        // ("…, with President X warning that …": the participle of a subject after "with")
        // (", defying expectations and warning that …": a second participle joined by "and")
        // (the comma may sit inside a closing quotation mark: '… of innocence," adding that')
        // (", with Governor X returning three Bills and Chief Minister Y announcing that": the second
        // subject of a "with" phrase)
        const withAnd = participle && /,\s+with\s/.test(m.slice(Math.max(0, v.index - 300), v.index)) ? /\band\s+((?:[\p{L}’'.-]+\s+){1,5})$/u.exec(before) : null;
        // ("… would be made before the end of this month adding that …", "he said adding that …": The Island's run-on
        // participle, with no comma before it)
        const runOnParticiple = /^(?:adding|noting|stressing|insisting)$/.test(verb) && /^\s+that\s/.test(m.slice(v.index + v[0].length)) && /\p{L}\s+$/u.test(before) && !/\b(?:worth|of|by|for|from|in|on)\s+$/.test(before);
        if (participle && !runOnParticiple && !/^(?:saying|telling)$/.test(verb) && !/(?:,[”"’]?|q[”"’]?,?|[”"],|\b(?:before|after|while|when|by|also|as|and))\s*$/.test(before) && !WITH_SUBJECT.test(beforeWith) && !withAnd) continue;
        let after = v.index + v[0].length;
        // "They warned, however, that …": an interjected adverb between the verb and its clause.
        // ("warned, in a speech to the Halifax Chamber of Commerce, that …": a venue set off by commas)
        const interjection = /^,\s+(?:however|though|meanwhile|moreover|nonetheless|nevertheless|in turn|too|(?:in|at|during|on)\s+(?:a|an|the|his|her|its|their)\s+[^,;“”"]{1,90}?(?=,\s+that\b)),/.exec(m.slice(after));
        if (interjection) after += interjection[0].length;
        // ("said in a statement signed by its Commissioner for Customs, Mr X, that …": a signed document
        // and its signer, commas and all)
        const signed = interjection ? null : /^\s+in\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:statement|letter|notice|circular|memo|communiqu[eé])\s+signed\s+by\s+[^;“”"]{1,140}?,(?=\s+that\b)/u.exec(m.slice(after));
        if (signed) after += signed[0].length;
        let cStart = -1;
        let viaThat = false;
        // ("warned passengers to expect “…”": a warning that asks something, read as "urged X to")
        const warnedTo = /^(?:warned|warns)$/.test(verb) && /^\s+(?!that\b)(?:the\s+|its\s+|their\s+)?\p{Ll}+(?:\s+\p{Ll}+)?\s+to\s+\p{Ll}/u.test(m.slice(after));
        // ("Trung told the Ministry of Industry and Trade and Vietnam Electricity (EVN) to “do everything possible”":
        // an order, read as "urged X to"; not "told reporters that the plan to …")
        const toldTo = /^(?:told|tells)$/.test(verb) && /^\s+(?:(?:the|its|their|his|her)\s+)?(?:(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s|\p{Lu}[\p{L}-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}-]*|\(\p{Lu}+\)))*)\s+to\s+(?:\p{Ll}|[“"])/u.test(m.slice(after));
        // ("directed the state Ministry of Agriculture to begin …", "instructed officials to …": an order, read as "urged X to";
        // not "directed funds to Lagos")
        const directedTo = /^(?:directed|directs|instructed|instructs)$/.test(verb) && /^\s+(?!that\b)[^,.;“”"]{1,90}?\s+to\s+\p{Ll}+\s/u.test(m.slice(after)) && !/^\s+to\s/.test(m.slice(after));
        if (REQUEST_VERB.test(verb) || warnedTo || toldTo || directedTo) {
          cStart = after;
          // "called for X to be …", not "called for a halt to the fighting" (a noun phrase, not reported).
          if (!/^\s+[^,.]{1,80}?\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|all|any|some|\d)\b)[\w“"‘]/.test(m.slice(after))) continue;
          // "called on the people to “raise as one …”": an infinitive that is all quotation is that QUOTE.
          // (also before "and said …": 'called on X to "…" and said his government would …')
          if (/^\s+[^,.]{1,80}?\s+to\s+[“"‘][^“”"‘’]+[”"’]\s*(?:[.!?]|,?\s+(?:and|but)\s+(?:said|says|added|told|warned|announced)\b[^“”"]*)?\s*$/.test(text.slice(verbStart + v[0].length, base + m.length))) continue;
        } else if (ACCUSE_VERB.test(verb)) {
          // (past an abbreviation's period: "accused Gov. Margaret Lindqvist of …")
          if (!/^\s+(?:[^.]|\b(?:Gov|Sen|Rep|Gen|Mr|Mrs|Ms|Dr|St|Lt|Col|Sgt|Capt|Adm|Amb|Ald)\.){1,120}?\s+of\s+[\w“"‘]/.test(m.slice(after))) continue;
          cStart = after;
        } else if (TO_VERBS.test(verb) && /^\s+to\s+\w/.test(m.slice(after))) {
          cStart = after + (verb === 'committed' ? m.slice(after).indexOf('to') + 2 : 0);
        } else {
          // ("told reporters in Abuja after overnight talks at the villa that": a listener, a place and a time.)
          // ("said in an interview with Bloomberg Television last month that": a venue and a time; the
          // words before "that" must open with such an adverbial, objectBeforeThat below)
          // ("told ICANA, the parliament's news agency, that …": a listener and its apposition)
          // ("said in a statement carried by the Jordan News Agency, Petra, that …": an agency's name in commas)
          // (not a second verb's "that": "told reporters he supported the suspension but warned that …")
          // (a listener's name may hold a period between letters: "told Agenda.ge that", "told Kun.uz that")
          const thatAhead = /^(\s+(?:(?:[^,.;“”"]|\.(?=\p{L})){0,90}?\s+)??)that\s/u.exec(m.slice(after));
          const that = (thatAhead && !JOINED_SAY_VERB.test(thatAhead[1]) ? thatAhead : null) ??
            /^(\s+(?:in|on)\s+a\s+[^,.;“”"]{0,60}?\s+(?:carried|published|issued|released)\s+by\s+[^,.;“”"]{1,50},\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3},\s+)that\s/u.exec(m.slice(after)) ??
            (TOLD.test(verb) ? /^(\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3},\s+(?:the|a|an|its|his|her|their)\s+[^,.;“”"]{1,60},\s+)that\s/u.exec(m.slice(after)) : null);
          // "told Al Jazeera the group was …", "told reporters it would …": the listener, then the clause.
          // ("told The Hill he was still undecided on Pell but that …": a later "that" opens the clause's second part)
          const listener = TOLD.test(verb) && (!that || AUXILIARY_WORD.test(that[1])) ? TOLD_LISTENER.exec(m.slice(after)) : null;
          // "said taxpayers should not fund outlets that …": a clause before "that" makes it a relative.
          const clauseBeforeThat = that !== null && AUXILIARY_WORD.test(that[1]);
          // "reported quarterly revenue that beat …": an object before "that" makes it a relative
          // (only "told X that" puts a listener there; other verbs take adverbials: "said on Monday that").
          const objectBeforeThat = that !== null && that[1].trim() !== '' && !/^(?:told|tells|telling|warned|informed|notified|assured|reminded|urged)$/.test(verb) &&
            // ("has complained for months that …": a duration too)
            // ("said while addressing residents at the meeting that …": what the speaker was doing meanwhile)
            !/^(?:on|in|at|to|during|through|via|after|before|late|early|last|this|also|again|repeatedly|previously|publicly|privately|separately|yesterday|today|earlier|later|recently|then|now|once|twice|in a|monday|tuesday|wednesday|thursday|friday|saturday|sunday|,|for (?:months|years|weeks|days|decades|some time|a long time)$|(?:while|when|whilst) \p{Ll}+ing)\b/iu.test(that[1].trim()) &&
            // "ruling 7-2 that", "wrote for the majority that": a court's vote and voice
            !/^(?:\d+-\d+\b.*|for the (?:majority|court|panel|bench))$/.test(that[1].trim());
          if (that && !clauseBeforeThat && !objectBeforeThat && (!TOLD.test(verb) || that[1].trim().length > 0)) {
            cStart = after + that[0].length;
            viaThat = true;
          }
          else if (listener) cStart = after + listener[0].length;
          // "announced it will install …": a pronoun and an auxiliary open a clause after any verb.
          else if (PRONOUN_CLAUSE.test(m.slice(after))) cStart = after;
          // ("The province announced Tuesday it would spend …": after a day, too)
          else if (/^\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s/.test(m.slice(after)) && PRONOUN_CLAUSE.test(m.slice(after).replace(/^\s+(?:on\s+)?\S+/, ''))) cStart = after + m.slice(after).match(/^\s+(?:on\s+)?\S+/)![0].length;
          // "have long complained about so-called unfunded mandates, …": a complaint's object, not its words.
          else if (/^complain/.test(verb) && /^\s+(?:about|of|over)\s/.test(m.slice(after))) continue;
          else if (!/^(?:found|finds|told|tells|telling|wrote|writes|posted|ruled|ruling|accuse|accused|accuses|demanded|demands|threatened|threatens|vowed|vows|pledged|pledges|promised|promises|committed|agreed|urged|denied|confirmed|confirms|declared|reported|announced|announces|acknowledged|acknowledges|charged|admitted|revealed|disclosed|recalled|explained|stressed|emphasized|emphasised|concluded|maintained|denounced|denounces|highlighted|highlights)$/.test(verb)) {
            let rest = m.slice(after);
            let t: RegExpExecArray | null;
            while ((t = TIME_ADVERB.exec(rest))) {
              after += t[0].length;
              rest = m.slice(after);
            }
            const word = rest.trimStart();
            // "added 11 U.S. firms to its entity list": a thing added to something, not words added.
            // ("have added more than 300 technical agreements, known as minutes, to the treaty": past an aside's commas)
            if (/^(?:added|adds)$/.test(verb) && /^(?!that\b)[^;“”"]{1,90}?\s+to\s+(?:its|the|their|his|her|a|an)\s/.test(word)) continue;
            // "a firm which it said has maintained ...": a relative clause takes any verb.
            const relative = /\b(?:which|that|who|what)\s+(?:it|he|she|they)\s+$/.test(before);
            const bare = BARE_CLAUSE.test(word) || TITLED_CLAUSE.test(word) || GERUND_CLAUSE.test(word) || (PURE_SPEECH.test(verb) && LONG_BARE_CLAUSE.test(word));
            // ('said “robust discussions” were a normal part of …': a quoted subject, then its verb, opens a clause)
            // ('said "all options remain on the table" but that …': or a whole quoted clause, then its second one)
            const quotedSubject = QUOTED_SUBJECT.test(word);
            if (!/^\s/.test(rest) || (!relative && !CLAUSE_START.test(word) && !bare) || NOT_CLAUSE.test(word) || VENUE_ONLY.test(word) || (/^[“"]/.test(word) && !quotedSubject)) continue;
            // A clause needs a verb-like word; "said Tuesday." or "said in Paris" are not reported speech.
            // (counted in its first words only: the rest of a long sentence holds many more)
            // (a quotation's words count: "said the plan “would not survive the winter”")
            const realWords = text.slice(base + after, base + Math.min(m.length, after + 100)).trimStart().slice(0, 80).split(/\s+/).length;
            if (realWords < (relative ? 2 : bare || AUXILIARY_SECOND.test(word) ? 3 : 4)) continue;
            // "signaled more easing ahead", "predicted growth of 2%": these verbs mostly take a noun, so a
            // clause must show its verb before the first comma.
            // (an infinitive is no clause's verb: "repeated her pledge to cut …")
            if (NOUN_OBJECT_VERB.test(verb) && !relative && !CLAUSE_VERB.test(word.split(',')[0].slice(0, 100).replace(/\bto\s+\p{Ll}+/gu, ''))) continue;
            cStart = after;
          }
        }
        if (cStart < 0) continue;
        let end = clauseEnd(cStart);
        // ("Kaya, who for years argued that rates fuel inflation, gave the decision his backing": a
        // relative clause's words end at its comma)
        if (/,\s+who\s+(?:[\p{L}-]+\s+){0,4}$/u.test(before)) {
          const comma = m.slice(cStart, end).indexOf(', ');
          if (comma > 0) end = cStart + comma;
        }
        const clause = trimClause(text, base + cStart, base + end);
        if (!clause) continue;
        // A clause that is only a quotation was attributed as a QUOTE.
        const cText = text.slice(clause.start, clause.end);
        if (/^[“"]/.test(cText) && quotes.some((q) => q.open === clause.start && q.close >= clause.end - 2)) continue;
        // "…, with rights groups saying …": the participle's own subject, after "with".
        // ("The official IRNA news agency quoted him as saying that …": the one quoted speaks; "X was quoted by
        // the ABC as saying" is X's)
        // (the last "with": its words hold no other, nor a participle of a first subject before a second one:
        // "with Beijing welcoming the move and foreign business groups warning")
        const withSubject = participle ? /\b(?:with|quoted(?!\s+by\b))\s+((?:(?!with\s|\p{Ll}+ing\s)[\p{L}’'.-]+\s+|\([\p{Lu}.&-]{2,12}\)\s+){1,8}?)(?:as\s+)?$/u.exec(beforeWith) ?? withAnd : null;
        // (where the subject's words start: after "with " or "quoted ", before any "as ")
        const withAt = withSubject ? verbStart - (withSubject === withAnd ? before : beforeWith).length + withSubject.index + withSubject[0].indexOf(withSubject[1], withSubject[0].indexOf(' ')) : 0;
        const subj = withSubject
          ? { start: withAt, end: withAt + withSubject[1].trimEnd().length }
          : participle ? relativeAntecedent(text, sent.start, verbStart) ?? sentenceSubject(text, sent.start, verbStart)
          : verb === 'ruling' ? sentenceSubject(text, sent.start, verbStart) : subjectBefore(text, sent.start, verbStart);
        if (!subj || !/\p{L}{2,}/u.test(text.slice(subj.start, subj.end)) || /^(?:the|a|an)$/i.test(text.slice(subj.start, subj.end))) continue;
        // Just after a closing quotation mark, the verb attributes that quotation, unless it goes on to
        // a `that` clause of its own: "“…,” Ebrard said before pointing out that …".
        // (single marks only after punctuation, so that "the workers' union said" stays a subject)
        // (the last characters only: an end-anchored pattern scans all it is given)
        // (not a title in quotation marks: 'speaking on CBS's "Face the Nation," said')
        const quotedBefore = quotes.find((q) => q.close >= sent.start && q.close < verbStart && verbStart - q.close <= 16);
        const titleQuoted = quotedBefore !== undefined && isQuotedTitle(text.slice(quotedBefore.start, quotedBefore.end));
        // (a participle after a quoted phrase opens its own clause: 'dismissed the cut as "too little, too late", accusing the government of …')
        if (!viaThat && !titleQuoted && !participle && (/(?:[”"]|[,.!?][’'])\s*,?\s*$/.test(text.slice(Math.max(sent.start, subj.start - 16), subj.start)) || /(?:[,.!?]?[”"]|[,.!?][’'])\s*,?\s*$/.test(text.slice(Math.max(sent.start, verbStart - 16), verbStart)))) continue;
        out.push({ clause, speaker: subj, confidence: 0.65 });
        // Continue after the clause; a cut clause may be followed by another speaker's verb.
        VERB_RE.lastIndex = Math.max(VERB_RE.lastIndex, end < m.length ? end : m.length);
      }
      return false;
    };
    readForward();
  };
  for (const run of sentences) readSentence(run);
  out.push(...reportedByThis(text, sentences, quotes));
  return out;
}

/** A short line of its own without a closing stop or mark: a section's label or a headline. */
function isLabelLine(text: string, sent: Sentence): boolean {
  const line = text.slice(sent.start, sent.end).trim();
  return line.length < 70 && !/[.!?:;,”"’]$/.test(line) && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, sent.start - 2), sent.start)) && /^\s*(?:\n|$)/.test(text.slice(sent.end, sent.end + 2)) && line.split(/\s+/).length <= 8;
}

// ("This was stated by the Head of the Regional Military Administration X on Telegram.", as BTA and Ukrinform
// write it: the words are the sentence before)
const STATED_BY_THIS = /^\s*(?:This|That) was (?:stated|said|announced|reported|noted|confirmed|written) by\s+([^,]{3,150}?)(?:,\s+(?:who|which)\b[^.!?]{0,120}|\s+(?:on|in|at|during|via|to|while|when)\s+[^.!?]{0,100})?[.!]?\s*$/su;
// ("Roman Demydenko, Head of the Zaporizhzhia Regional Military Administration, said this on Telegram.")
const SAID_THIS = /^\s*\p{Lu}[^.!?“”"]{2,160}?\s((?:said|stated|announced|reported|wrote|noted|posted|confirmed))\s+(?:this|that)(?:\s+(?:on|in|at|to|during|via|while|when|after|before|yesterday|today|late|earlier)\b[^.!?“”"]{0,100})?[.!]?\s*$/u;

// (a cheap test first: most sentences hold a "that", few say who said the one before)
const BY_THIS_HINT = /\b(?:(?:said|stated|announced|reported|wrote|noted|posted|confirmed) (?:this|that)\b|was (?:stated|said|announced|reported|noted|confirmed|written) by\b)/;

/** A sentence that says only who said the sentence before it: that one's words, as a paraphrase. */
function reportedByThis(text: string, sentences: Sentence[], quotes: Quotation[]): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (let k = 1; k < sentences.length; k++) {
    const sent = sentences[k];
    const words = text.slice(sent.start, sent.end);
    if (!BY_THIS_HINT.test(words)) continue;
    const prev = sentences[k - 1];
    // (the sentence before in the same paragraph, with no quotation of its own)
    // (nor one that reports speech itself: "The minister said this was wrong. He said that.")
    if (/\n/.test(text.slice(prev.end, sent.start)) || quotes.some((q) => q.start < prev.end && q.end > prev.start) || SAYS_BEFORE.test(text.slice(prev.start, prev.end))) continue;
    const byThis = STATED_BY_THIS.exec(words);
    const saidThis = byThis ? null : SAID_THIS.exec(words);
    let speaker: Span | undefined;
    if (byThis) speaker = { start: sent.start + words.indexOf(byThis[1], byThis[0].indexOf(' by ')), end: sent.start + words.indexOf(byThis[1], byThis[0].indexOf(' by ')) + byThis[1].length };
    else if (saidThis) speaker = subjectBefore(text, sent.start, sent.start + saidThis.index + saidThis[0].lastIndexOf(saidThis[1]));
    const clause = speaker ? trimClause(text, prev.start, prev.end) : undefined;
    if (speaker && clause) out.push({ clause, speaker, confidence: 0.6 });
  }
  return out;
}
