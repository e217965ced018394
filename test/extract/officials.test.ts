import { describe, it, expect } from 'vitest';
import { findEntities } from '../../extract/entities.js';
import { findPersons } from '../../extract/officials.js';
import { extractArticle } from '../../extract/index.js';
import { titleWords } from '../../extract/names.js';

/** Every official of a whole article with all of their titles. */
const allTitles = (text: string) => extractArticle(text).officials.map((o) => [o.name, o.roles.map((r) => r.title)]);

function officials(text: string) {
  const body = [{ start: 0, end: text.length }];
  return findPersons(text, body, findEntities(text, body)).officials();
}

describe('findPersons', () => {
  it('reads a title before the name', () => {
    const os = officials('The Treasury Department acted. Treasury Secretary Steven Mnuchin said in a statement that the move was overdue.');
    expect(os.map((o) => o.name)).toEqual(['Steven Mnuchin']);
    expect(os[0].roles[0]).toMatchObject({ title: 'Treasury Secretary', organization: 'United States Department of the Treasury' });
    expect(os[0].aliases).toContain('Mnuchin');
  });

  it('keeps a caretaker in the title, and reads an apposition past the periods of "U.N."', () => {
    const titles = (text: string) => officials(text).map((o) => [o.name, o.roles[0]?.title, o.roles[0]?.organization]);
    expect(titles("Lebanon's caretaker Prime Minister Walid Haddad told reporters that talks went on.")).toEqual([['Walid Haddad', 'caretaker Prime Minister', undefined]]);
    expect(titles('Andrea Vitale, a spokesperson for the U.N. peacekeeping force, said the fire was intense.')).toEqual([['Andrea Vitale', 'spokesperson', 'United Nations']]);
  });

  it("an envoy's title runs to the place they are sent to, before the name or in apposition", () => {
    const titles = (text: string) => officials(text).map((o) => [o.name, o.roles[0]?.title, o.roles[0]?.country]);
    expect(titles('U.S. Ambassador to Japan Daniel Whitford said in a statement that the alliance held.')).toEqual([['Daniel Whitford', 'U.S. Ambassador to Japan', 'United States']]);
    expect(titles("China's ambassador to the U.S., Wen Jiahong, said the talks went well.")).toEqual([['Wen Jiahong', 'ambassador to the U.S.', 'China']]);
    expect(titles('He went to Japan. Daniel Whitford said nothing.')).toEqual([]);
  });

  it('reads a demonym title and keeps the country', () => {
    const [o] = officials('North Korean leader Kim Jong Un threatened to launch a new weapon.');
    expect(o).toMatchObject({ name: 'Kim Jong Un', roles: [{ title: 'North Korean leader', country: 'North Korea' }] });
    expect(o.aliases).toContain('Kim');
  });

  it('reads a title then a comma', () => {
    const [o] = officials('Esper spoke at the Pentagon with his Japanese counterpart, Taro Kono.');
    expect(o).toMatchObject({ name: 'Taro Kono', roles: [{ title: 'Japanese counterpart', country: 'Japan' }] });
  });

  it('reads an appositive after the name and separates the organization', () => {
    const [o] = officials('"It is a threat," said Lotfi Azzouz, Tunisia country director for Amnesty International, a rights group.');
    expect(o.name).toBe('Lotfi Azzouz');
    expect(o.roles[0]).toMatchObject({ title: 'Tunisia country director', organization: 'Amnesty International' });
  });

  it('merges "President X" with the full name seen elsewhere', () => {
    const os = officials('Speaking at President Claudia Sheinbaum’s press conference, he spoke. Later President Sheinbaum left.');
    expect(os.map((o) => o.name)).toEqual(['Claudia Sheinbaum']);
  });

  it('does not make a quoted private person an official', () => {
    expect(officials('"It was loud," said John Carter, a 45-year-old teacher.')).toEqual([]);
  });

  it("takes the country of a possessive before the title: \"Israel's Prime Minister X\"", () => {
    const os = officials("Israel's Prime Minister Benjamin Netanyahu said the plan would be studied. Germany's Chancellor Friedrich Merz agreed.");
    expect(os.map((o) => [o.name, o.roles[0].title, o.roles[0].country])).toEqual([
      ['Benjamin Netanyahu', 'Prime Minister', 'Israel'],
      ['Friedrich Merz', 'Chancellor', 'Germany'],
    ]);
  });

  it('keeps Korean hyphenated given names whole and knows the family name comes first', () => {
    const text =
      'South Korean Finance Minister Kim Dong-hyun met Chinese Foreign Ministry spokesperson Liu Wen. Kim said the talks went well. Liu added that more were planned.';
    const os = officials(text);
    expect(os.map((o) => o.name)).toEqual(['Kim Dong-hyun', 'Liu Wen']);
    expect(os[0].aliases).toContain('Kim');
    expect(os[1].aliases).toContain('Liu');
    // A Western name whose first word is also a Korean family name keeps only its surname.
    const [lee] = officials('Lee Anderson, a Reform UK lawmaker, said the plan would fail.');
    expect(lee.aliases).toEqual(['Anderson']);
  });

  it('takes no office from "chief economist at" a bank', () => {
    const text = '"Investors will see this as a relief," said Sarah Chen, chief economist at Hana Securities in Seoul.';
    expect(officials(text)).toEqual([]);
    expect(officials('"We will invest more," said Jane Doe, chief executive of Hana Securities.').map((o) => o.name)).toEqual(['Jane Doe']);
  });

  it('reads Spanish and Portuguese compound surnames and answers to them alone', () => {
    const os = officials('Brazilian Foreign Minister Ana Paula Ribeiro da Costa met Argentine Economy Minister Javier Ortiz Castellanos.');
    expect(os.map((o) => o.name)).toEqual(['Ana Paula Ribeiro da Costa', 'Javier Ortiz Castellanos']);
    expect(os[0].aliases).toContain('Ribeiro da Costa');
    expect(os[1].aliases).toContain('Ortiz Castellanos');
    expect(os[1].aliases).not.toContain('Javier');
  });

  it('reads Arabic names with the article, a double title and the honorific "Sheikh"', () => {
    const os = officials(
      "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdullah Al Thani met Hamas official Khalil al-Masri.",
    );
    expect(os.map((o) => [o.name, o.roles[0]?.title])).toEqual([
      ['Mohammed bin Abdullah Al Thani', 'Prime Minister and Foreign Minister'],
      ['Khalil al-Masri', 'Hamas official'],
    ]);
    expect(os[0].aliases).toContain('Al Thani');
    expect(os[1].aliases).toContain('al-Masri');
  });

  it('reads abbreviated titles and court titles', () => {
    const os = officials('Sen. Thomas Reed, D-Vt., spoke. U.S. District Judge Helen Park ruled.');
    expect(os.map((o) => [o.name, o.roles[0]?.title])).toEqual([
      ['Thomas Reed', 'Sen.'],
      ['Helen Park', 'U.S. District Judge'],
    ]);
  });

  it('leaves a rank after the office out of the title and keeps "commission" in it', () => {
    const os = officials('It was read by junta spokesman Col. Idrissa Maiga. ECOWAS commission president Kwame Mensah-Boateng spoke.');
    expect(os.map((o) => [o.name, o.roles[0]?.title])).toEqual([
      ['Idrissa Maiga', 'junta spokesman'],
      ['Kwame Mensah-Boateng', 'ECOWAS commission president'],
    ]);
  });

  it('reads C-suite titles whole', () => {
    expect(officials('Chief Financial Officer Laura Kessler spoke.').map((o) => [o.name, o.roles[0].title])).toEqual([['Laura Kessler', 'Chief Financial Officer']]);
  });

  it('separates the body that ends an "of" title, and only then', () => {
    const [founder] = officials('Feargal O\'Neill, the founder of the campaign group River Action, spoke.');
    expect(founder.roles[0]).toMatchObject({ title: 'founder', organization: 'River Action' });
  });

  it('reads portfolio words in a title', () => {
    expect(officials('Resources Minister Karen O\'Brien spoke.').map((o) => o.roles[0].title)).toEqual(['Resources Minister']);
  });

  it('counts a speaker named with no description at all as a public figure; described private people stay out', () => {
    const r = extractArticle('The EU will respond to Donald Trump’s tariffs. Trump threatened to impose 200% duties on European wine and spirits.');
    expect(r.officials.map((o) => [o.name, o.roles])).toEqual([['Donald Trump', []]]);
    expect(r.statements[0]).toMatchObject({ speaker: { type: 'OFFICIAL', name: 'Donald Trump' } });
    for (const privateSpeaker of [
      '“The whole street shook for a minute,” said Maria Lopez, a shop owner.',
      'Daniela Vogt, 47, said she feared for her job at the plant.',
      'Local economist Marta Villalba said prices would rise again this year.',
      'A trader in the market, Hassan Ali, said prices had doubled since January.',
    ]) expect(extractArticle(privateSpeaker).officials).toEqual([]);
  });

  it('leaves a written-out rank after the office out of name and title; reads "Philippine President"', () => {
    expect(officials('Coast guard spokesperson Commodore Jose Bautista spoke. Philippine President Ramon Villanueva spoke.').map((o) => [o.name, o.roles[0]?.title])).toEqual([
      ['Jose Bautista', 'Coast guard spokesperson'],
      ['Ramon Villanueva', 'Philippine President'],
    ]);
  });

  it('reads a title before "Dr." and the name, and a hyphenated title before a comma', () => {
    expect(officials('WHO chief Dr. Amara Nkemelu spoke.').map((o) => [o.name, o.roles[0]?.title])).toEqual([['Amara Nkemelu', 'WHO chief']]);
    expect(officials("The WHO's emergencies director, Dr. Kenji Morita, said so.").map((o) => [o.name, o.roles[0]?.title])).toEqual([['Kenji Morita', 'emergencies director']]);
    expect(officials('Africa CDC spoke. Its director-general, Helen Adeyemi, told AFP so.').map((o) => [o.name, o.roles[0]?.title])).toEqual([['Helen Adeyemi', 'director-general']]);
  });

  it('keeps "General" in "Director General" and leaves a place after the head out of the title', () => {
    expect(officials('IAEA Director General Lars Eriksen said so.').map((o) => o.roles[0]?.title)).toEqual(['IAEA Director General']);
    expect(officials("Russia's envoy to the agency in Vienna, Mikhail Sorokin, wrote so.").map((o) => [o.name, o.roles[0]?.title])).toEqual([['Mikhail Sorokin', 'envoy']]);
  });

  it('reads a party leader whose party is named with its country ("Reform UK leader")', () => {
    expect(officials('Reform UK leader Colin Baxter said so.').map((o) => o.roles[0])).toEqual([{ title: 'Reform UK leader', organization: 'Reform UK', country: 'United Kingdom' }]);
  });

  it('reads "a spokesman for President X, Y," as two people, and an appositive title before an acronym', () => {
    expect(officials('A spokesman for President Ibrahim Adeyemi, Musa Danladi, said so.').map((o) => [o.name, o.roles[0]?.title])).toEqual([
      ['Ibrahim Adeyemi', 'President'],
      ['Musa Danladi', 'spokesman'],
    ]);
    expect(officials('Emmanuel Okafor, president of the Nigeria Labour Congress (NLC), spoke.').map((o) => [o.name, o.roles[0]])).toEqual([
      ['Emmanuel Okafor', { title: 'president', organization: 'Nigeria Labour Congress' }],
    ]);
  });

  it('reads "\"…,\" Kenya\'s lead negotiator, X, told reporters" after the quotation it attributes', () => {
    expect(officials('"This is a joke," Kenya\'s lead negotiator, Abdi Wanjiru, told reporters.').map((o) => [o.name, o.roles[0]?.title])).toEqual([['Abdi Wanjiru', 'lead negotiator']]);
  });

  it('reads an EU portfolio in a title', () => {
    expect(officials('EU crisis management commissioner Janez Novak spoke.').map((o) => o.roles[0]?.title)).toEqual(['EU crisis management commissioner']);
  });

  it('reads "the union\'s president, Captain X," as the office, and a title before the name after a paragraph\'s quotation', () => {
    expect(officials("The SNPL union spoke. The union's president, Captain Julien Marchand, said so.").map((o) => [o.name, o.roles[0]?.title])).toEqual([['Julien Marchand', 'president']]);
    expect(officials('"It is over."\n\nAir France-KLM\'s chief executive, Isabelle Renaud, told employees so.').map((o) => [o.name, o.roles[0]?.title])).toEqual([['Isabelle Renaud', 'chief executive']]);
  });

  it('leaves a royal rank after an office out of the title, keeps "Crown Prince", and makes no person of "Analysts at X"', () => {
    expect(officials('Saudi Energy Minister Prince Faisal bin Nasser spoke. Crown Prince Khalid bin Saud arrived.').map((o) => [o.name, o.roles[0]?.title])).toEqual([
      ['Faisal bin Nasser', 'Saudi Energy Minister'],
      ['Khalid bin Saud', 'Crown Prince'],
    ]);
    expect(extractArticle('Analysts at Goldman Sachs said in a note that the deal was modestly bullish.').officials).toEqual([]);
  });

  it('reads "co-founder" as a title', () => {
    expect(officials('Thomas Whitby, co-founder of the price comparison site Foundem, said so.').map((o) => [o.name, o.roles[0]])).toEqual([
      ['Thomas Whitby', { title: 'co-founder', organization: 'Foundem' }],
    ]);
  });

  it('reads "main opposition … leader" whole', () => {
    expect(officials('Main opposition Democratic Party leader Lee Jae-hoon spoke.').map((o) => o.roles[0]?.title)).toEqual(['Main opposition Democratic Party leader']);
  });

  it('reads a title across the possessive inside a party\'s name', () => {
    expect(officials("Pakistan People's Party leader Ali Khan said the vote was rigged.").map((o) => [o.name, o.roles[0]?.title, o.roles[0]?.organization])).toEqual([
      ['Ali Khan', "Pakistan People's Party leader", "Pakistan People's Party"],
    ]);
  });

  it('reads an office with lower-case words after a possessive, also first after the dateline', () => {
    const titles = (text: string) => officials(text).map((o) => [o.name, o.roles[0]?.title, o.roles[0]?.organization]);
    expect(titles("LONDON (AP) - Oxfam's policy director, Caroline Abrahams, warned that pensioners would suffer.")).toEqual([['Caroline Abrahams', 'policy director', 'Oxfam']]);
    expect(titles("Oxfam said it would sue. Its campaigns director, Ben Cole, said the cut was wrong.")).toEqual([['Ben Cole', 'campaigns director', undefined]]);
    expect(titles("The charity's director, Mary Jones, said the cut was cruel.")).toEqual([['Mary Jones', 'director', undefined]]);
  });

  it('reads an apposition\'s title past "the body\'s", and ends it before a body the lists do not know', () => {
    const titles = (text: string) => officials(text).map((o) => [o.name, o.roles[0]?.title]);
    expect(titles('"Risks have eased," Lucia Herrera Campos, the bank\'s governor, told reporters.')).toEqual([['Lucia Herrera Campos', 'governor']]);
    expect(titles('Zbigniew Kaczmarczyk, head of the Solidarity of Individual Farmers union, said the blockade would go on.')).toEqual([['Zbigniew Kaczmarczyk', 'head']]);
    expect(titles('Kevin Harlow, a spokesman for the Nevada Gaming Control Board, said the plan was sound.')).toEqual([['Kevin Harlow', 'spokesman']]);
    // (a part of a body named by its possessive stays in the title)
    expect(titles("Dr Hannah Pryce, the chair of the BMA's resident doctors committee, said so.")).toEqual([['Hannah Pryce', "chair of the BMA's resident doctors committee"]]);
  });

  it('reads two portfolios joined by "and" inside one title', () => {
    expect(officials('Energy and Mineral Resources Minister Arief Wicaksono said on Tuesday that quotas would fall.').map((o) => o.roles[0]?.title)).toEqual(['Energy and Mineral Resources Minister']);
  });

  it('reads an MEP, and ends a title before "from the <described> <Body>"', () => {
    expect(officials('Marta Kostrzewa, a Polish MEP from the opposition Law and Justice party, said the deal was bad.').map((o) => [o.name, o.roles[0]?.title])).toEqual([['Marta Kostrzewa', 'Polish MEP']]);
  });

  it('reads an apposition after where the person is from, past a two-word possessor, with "principal" in the title', () => {
    const titles = (text: string) => officials(text).map((o) => [o.name, o.roles[0]?.title]);
    expect(titles('"We have seen that film before," said Thandiwe Mokoena of South Africa, the Africa Group\'s chief negotiator.')).toEqual([['Thandiwe Mokoena', 'chief negotiator']]);
    expect(titles('"The risk remains low," Dr. Naomi Castellano, the CDC\'s principal deputy director, told reporters.')).toEqual([['Naomi Castellano', 'principal deputy director']]);
  });

  it('makes a job at a government or international body an official, not one at a company', () => {
    const titles = (text: string) => officials(text).map((o) => [o.name, o.roles[0]?.title, o.roles[0]?.organization]);
    expect(titles('Alysha Tremaine, a meteorologist with Environment and Climate Change Canada, said a front was coming.')).toEqual([
      ['Alysha Tremaine', 'meteorologist', 'Environment and Climate Change Canada'],
    ]);
    expect(titles('Hannah Lim, a principal analyst at CRU Group, said supply would fall.')).toEqual([]);
    expect(titles('Emergency Preparedness Minister Ravi Sandhu said troops would help.').map((t) => t[1])).toEqual(['Emergency Preparedness Minister']);
  });

  it('takes a job named after the name without an article as a description (a private speaker)', () => {
    const os = extractArticle('"The guidance is vague," said Gene Munster, managing partner at Deepwater Asset Management.').officials;
    expect(os.map((o) => o.name)).toEqual([]);
  });

  it('keeps two particles in a name, and knows its surname capitalized at a sentence\'s start', () => {
    const r = extractArticle('Commission President Ursula von der Leyen said the bloc had decided. Von der Leyen added that talks would start.');
    expect(r.officials.map((o) => [o.name, o.roles[0]?.title])).toEqual([['Ursula von der Leyen', 'Commission President']]);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Ursula von der Leyen', 'Ursula von der Leyen']);
  });

  it('takes "X, Iran project director at the International Crisis Group" for a described, private speaker', () => {
    expect(extractArticle('"The door is closing," said Ali Vaez, Iran project director at the International Crisis Group.').officials).toEqual([]);
  });

  it('reads general counsels, commissioners-general and independent MPs, and ends a title before "for the retailer"', () => {
    const titles = (text: string) => officials(text).map((o) => [o.name, o.roles[0]?.title]);
    expect(titles("Howard Pell, Carterfield's general counsel, said the suit was wrong.")).toEqual([['Howard Pell', 'general counsel']]);
    expect(titles('UNRWA Commissioner-General Matteo Bellandi said shelters were full.')).toEqual([['Matteo Bellandi', 'UNRWA Commissioner-General']]);
    expect(titles('"We make it simple," said Tamsin Reyes, a spokeswoman for the retailer.')).toEqual([['Tamsin Reyes', 'spokeswoman']]);
    expect(titles('Dr Helen Marchbank, the independent MP for Mackellar, said voters had spoken.').map((t) => t[1])).toEqual(['independent MP for Mackellar']);
  });

  it('reads "Presiding Judge"', () => {
    expect(officials('Presiding Judge Annegret Wolters said the law was void.').map((o) => o.roles[0]?.title)).toEqual(['Presiding Judge']);
  });

  it('reads floor leaders, and ends a title before "for the coalition"', () => {
    const titles = (text: string) => officials(text).map((o) => [o.name, o.roles[0]?.title]);
    expect(titles('PPP floor leader Song Jae-hyuk accused the counsel of bias.')).toEqual([['Song Jae-hyuk', 'floor leader']]);
    expect(titles('"We will not accept it," said Ismael Kanoute, a spokesman for the coalition.')).toEqual([['Ismael Kanoute', 'spokesman']]);
  });

  it('reads an office after a possessor that opens the sentence, and undersecretaries', () => {
    const titles = (text: string) => officials(text).map((o) => [o.name, o.roles[0]?.title]);
    expect(titles('The roads are closed. Puno’s regional governor, Héctor Mamani Condori, accused the government of neglect.')).toEqual([['Héctor Mamani Condori', 'regional governor']]);
    expect(titles("Osman Abdelrahim, undersecretary at Sudan's Federal Ministry of Health, told reporters that cases had fallen.").map((t) => t[1])).toEqual(['undersecretary']);
  });

  it('reads sheriffs and a top currency diplomat', () => {
    expect(officials('Pinellas County Sheriff Ray Santangelo said 200 calls had come in.').map((o) => o.roles[0]?.title)).toEqual(['Pinellas County Sheriff']);
    expect(officials("Japan's top currency diplomat, Ryo Kawabata, warned of action.").map((o) => [o.name, o.roles[0]?.title])).toEqual([['Ryo Kawabata', 'top currency diplomat']]);
  });

  it('knows state and city legislators’ titles (Assemblymember, Councilmember, Alderwoman)', () => {
    const r = extractArticle('“We voted for this bill because it was right,” said Assemblymember Travis Boyle, R-Visalia.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Travis Boyle', ['Assemblymember']]]);
  });

  it('reads "<Bank of Country> Governor X": a central bank, its governor’s title and the person who speaks', () => {
    const r = extractArticle('Bank of Thailand Governor Pornthip Chaiyasit said rate cuts alone could not fix structural problems.');
    expect(r.entities.map((e) => [e.name, e.kind])).toContainEqual(['Bank of Thailand', 'GOVERNMENT_BODY']);
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => [x.title, x.organization, x.country])])).toEqual([['Pornthip Chaiyasit', [['Governor', 'Bank of Thailand', 'Thailand']]]]);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Pornthip Chaiyasit']);
    // (a commercial bank keeps its kind)
    expect(extractArticle('Bank of America said profits rose.').entities.map((e) => e.kind)).toEqual(['COMPANY']);
  });

  it('reads a rank and a field before an office in apposition ("a senior credit officer at Moody\'s")', () => {
    const r = extractArticle('"The execution risk is significant," said Analía Benavente, a senior credit officer at Moody\'s.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => [x.title, x.organization])])).toEqual([['Analía Benavente', [['senior credit officer', "Moody's Ratings"]]]]);
  });

  it('reads British and Indian lower-case offices: "the work and pensions secretary, X", "The Liberal Democrats’ … spokesperson, X", "an associate director at", "the backbencher X", "Rural Development Minister X"', () => {
    expect(allTitles('The work and pensions secretary, Lorna Pickering, told MPs on Monday that the government had listened.')).toEqual([['Lorna Pickering', ['work and pensions secretary']]]);
    expect(allTitles('The Liberal Democrats’ work and pensions spokesperson, Owen Pritchard, called for a review.')).toEqual([['Owen Pritchard', ['work and pensions spokesperson']]]);
    expect(allTitles('Ciaran Moyles, an associate director at the IFS, said the choice was forced.')).toEqual([['Ciaran Moyles', ['associate director']]]);
    expect(allTitles('The letter was organised by the backbencher Jess Tolland, who worked for a charity.')).toEqual([['Jess Tolland', ['backbencher']]]);
    expect(allTitles('Rural Development Minister Dinesh Baraik was defeated.')).toEqual([['Dinesh Baraik', ['Rural Development Minister']]]);
  });

  it('takes no law for a person ("Under the Municipal Structures Act, …")', () => {
    expect(extractArticle("Under the Municipal Structures Act, Gauteng's MEC for cooperative governance, Jacob Mokgosi, can dissolve the council.").officials.map((o) => o.name)).not.toContain('Municipal Structures Act');
  });
  it('reads "The mayor of Lviv, X" and "The premier of Gauteng province, X": a place no list knows after "<office> of"', () => {
    expect(allTitles('The mayor of Lviv, Andriy Sadovyi, said power was back.')).toEqual([['Andriy Sadovyi', ['mayor of Lviv']]]);
    expect(allTitles('The governor of Gauteng province, Tebogo Mashaba, said aid would come.')).toEqual([['Tebogo Mashaba', ['governor of Gauteng province']]]);
    expect(allTitles('Residents of Lviv, Ivan Petrenko among them, said power was back.')).toEqual([]);
  });
  it('reads "the military’s Arabic-language spokesman, Lt. Col. X," and "Army spokesman Lt. Col. X": ranks are no part of the office, however many', () => {
    expect(allTitles('In a post on X, the military’s Arabic-language spokesman, Lt. Col. Eitan Shafir, warned residents of 23 villages not to return.')).toEqual([['Eitan Shafir', ['Arabic-language spokesman']]]);
    expect(allTitles('Army spokesman Lt. Col. Omar Haddad said the roads were closed.')).toEqual([['Omar Haddad', ['Army spokesman']]]);
  });
  it('reads "Minister of Climate Change and Environment" as a portfolio: no person called "Change"', () => {
    expect(allTitles('Dr Hind Saeed Al Marzouqi, Minister of Climate Change and Environment, said the project was on time.')).toEqual([['Hind Saeed Al Marzouqi', ['Minister of Climate Change and Environment']]]);
  });

  it('reads "Officer-in-Charge (OC) X" as an office with its initials, and "the OC said" as X; no body called "Charge"', () => {
    const r = extractArticle('Tejgaon police station Officer-in-Charge (OC) Md Mosharraf Hossain said the arrests continued. "A gang has been collecting money from every shop," the OC said.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Md Mosharraf Hossain', ['Officer-in-Charge (OC)']]]);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Md Mosharraf Hossain', 'Md Mosharraf Hossain']);
    expect(r.entities.map((e) => e.name)).not.toContain('Charge');
    // (and "The CDO said" opening a sentence)
    const cdo = extractArticle('Chief District Officer (CDO) Gopal Prasad Ojha informed that nine of the deceased were from Khalanga. The CDO said the road was open.');
    expect(cdo.statements.map((s) => s.speakerName)).toEqual(['Gopal Prasad Ojha', 'Gopal Prasad Ojha']);
  });

  it('reads a retired officer\'s rank ("Home Affairs Adviser Lt Gen (retd) X") as no part of the office after it, and "the adviser" as X', () => {
    const r = extractArticle('Home Affairs Adviser Lt Gen (retd) Mahbubur Rahman Talukder said the government had acted. "Whoever they are, they will not be spared," the adviser told reporters.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Mahbubur Rahman Talukder', ['Home Affairs Adviser']]]);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Mahbubur Rahman Talukder', 'Mahbubur Rahman Talukder']);
  });

  it('reads a portfolio in parentheses between the office and the name ("Additional Commissioner (Crime and Operations) X") as part of the title', () => {
    expect(allTitles('DMP Additional Commissioner (Crime and Operations) Faruk Ahmed Sikder said police would not look at political identity.')).toEqual([['Faruk Ahmed Sikder', ['Additional Commissioner (Crime and Operations)']]]);
  });

  it('reads "In George Town, Chief Minister Datuk Seri X said" as X\'s office, no apposition making a person of the place', () => {
    expect(allTitles('In George Town, Chief Minister Datuk Seri Lim Boon Keat said Penang would not pay.')).toEqual([['Lim Boon Keat', ['Chief Minister']]]);
  });

  it('reads Nigeria\'s weekday given names after an apposition\'s comma or a style ("…, Hon. Friday Ochala-Eneji,", "Governor Monday Okpebholo"), not a day before a name ("said on Wednesday Ruto would")', () => {
    expect(allTitles('Also, the Chairman of Ibaji Local Government Area, Hon. Friday Ochala-Eneji, said 40 communities were cut off.')).toEqual([['Friday Ochala-Eneji', ['Chairman of Ibaji Local Government Area']]]);
    expect(allTitles('Governor Monday Okpebholo said the state would help.')).toEqual([['Monday Okpebholo', ['Governor']]]);
    expect(allTitles('Kenya said on Wednesday Ruto would travel.')).toEqual([]);
  });

  it('reads two styles between an office and its holder ("Shura Council member HE Dr. X, who …, told QNA")', () => {
    expect(allTitles('Shura Council member HE Dr. Hessa Mohammed Al Sulaiti, who raised the issue in February, told QNA that the extension was welcome.')).toEqual([['Hessa Mohammed Al Sulaiti', ['Shura Council member']]]);
  });

  it('reads Filipino names: "Jose Ma. “Pepe” Lacuesta" (Maria abbreviated, a nickname), "Rep. Miguel dela Paz"; "Jack Ma." still ends a sentence', () => {
    const r = extractArticle('Senate Minority Leader Jose Ma. “Pepe” Lacuesta, for his part, questioned the delay.\n\n“This happens every rainy season, and the medicines arrive only after the funerals,” he lamented.\n\nKabataan Party-list Rep. Miguel dela Paz said the outbreak showed the cost.');
    expect(r.officials.map((o) => o.name)).toEqual(['Jose Ma. Lacuesta', 'Miguel dela Paz']);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Jose Ma. Lacuesta', 'Miguel dela Paz']);
    expect(extractArticle('The fund was set up by Alibaba founder Jack Ma. The company said it would grow.').statements.map((s) => s.speakerName)).toEqual(['Alibaba']);
  });

  it('reads Uganda\'s local offices in apposition: "The Nwoya LC5 chairperson, X,", "The Nwoya district chairperson, X,", "The Nwoya Resident District Commissioner (RDC), X,"', () => {
    expect(allTitles('The Nwoya LC5 chairperson, Emmanuel Ojara Lutino, said that 1,143 households were hit.')).toEqual([['Emmanuel Ojara Lutino', ['Nwoya LC5 chairperson']]]);
    expect(allTitles('The Nwoya district chairperson, Emmanuel Ojara Lutino, said that 1,143 households were hit.')).toEqual([['Emmanuel Ojara Lutino', ['Nwoya district chairperson']]]);
    expect(allTitles('The Nwoya Resident District Commissioner (RDC), Rose Lamwaka Atim, said that the committee had written to UWA.')).toEqual([['Rose Lamwaka Atim', ['Nwoya Resident District Commissioner']]]);
  });

  it('reads "Minister of Government Communication X" as a portfolio, no person called "Communication X"', () => {
    expect(allTitles('Government Spokesperson and Minister of Government Communication Laith Hiyasat said the tariff would stay.')).toEqual([['Laith Hiyasat', ['Government Spokesperson and Minister of Government Communication']]]);
  });

  it('reads an office whose portfolios are listed with commas before the name ("Minister of Food, Agriculture and Light Industry B.Erdenebileg"), not a place\'s comma before "and" ("Deputy Ruler of Fujairah, and Kazakh Deputy Prime Minister X")', () => {
    expect(allTitles('Minister of Food, Agriculture and Light Industry B.Erdenebileg said the funding will be used to buy hay.')).toEqual([['B.Erdenebileg', ['Minister of Food, Agriculture and Light Industry']]]);
    expect(allTitles('The deal was signed by Sheikh Saif, Deputy Ruler of Fujairah, and Kazakh Deputy Prime Minister Yerzhan Temirbekov.').find((o) => o[0] === 'Yerzhan Temirbekov')?.[1]).toEqual(['Kazakh Deputy Prime Minister']);
  });

  it('reads Saudi Gazette styles: "Minister of Environment, Water and Agriculture Eng. X" (an engineer\'s style before the name), "Deputy Emir of Al-Jouf Region HRH Prince X"', () => {
    expect(allTitles('Minister of Environment, Water and Agriculture Eng. Abdulmohsen Al-Ghamdi said the program would start in January.')).toEqual([['Abdulmohsen Al-Ghamdi', ['Minister of Environment, Water and Agriculture']]]);
    expect(allTitles('Deputy Emir of Al-Jouf Region HRH Prince Mansour bin Khalid bin Turki said the region would comply.')).toEqual([['Mansour bin Khalid bin Turki', ['Deputy Emir of Al-Jouf Region']]]);
  });

  it('reads a judge\'s style and a police rank after an office as no part of it ("High Court judge Justice X", "police spokesperson Assistant Commissioner X"), and "Chief Justice X" whole', () => {
    expect(allTitles('High Court judge Justice Loice Mudzengi ruled against the council. National police spokesperson Assistant Commissioner Tapiwa Moyo said officers would patrol. Chief Justice Martha Koome said the court would sit.')).toEqual([
      ['Loice Mudzengi', ['High Court judge']], ['Tapiwa Moyo', ['National police spokesperson']], ['Martha Koome', ['Chief Justice']],
    ]);
  });

  it('reads Thailand\'s police ranks ("Pol Gen X", "Pol Lt Gen X") whole, and "Pol Pot" as no rank', () => {
    expect(allTitles('Deputy national police chief Pol Gen Surapong Kaewkhao said the case was closed. Pol Lt Gen Worawit Saengthong agreed.')).toEqual([
      ['Surapong Kaewkhao', ['Deputy national police chief']], ['Worawit Saengthong', ['Pol Lt Gen']],
    ]);
    expect(allTitles('The Khmer Rouge under Pol Pot emptied the cities.')).toEqual([]);
  });

  it('reads two offices joined by "and" in apposition ("X, president and chief executive of Y,"), not a second person ("X, a trader, and Y")', () => {
    const roles = (text: string) => extractArticle(text).officials.map((o) => [o.name, o.roles.map((r) => [r.title, r.organization])]);
    expect(roles('Janet Okafor, president and chief executive of Marlowe Therapeutics, said the company had spent $18 billion.')).toEqual([['Janet Okafor', [['president and chief executive', 'Marlowe Therapeutics']]]]);
  });
  it('reads "<possessor> <office>, X," after a sentence\'s opening place or time ("In Cairo, Egypt’s foreign minister, X,")', () => {
    expect(allTitles('In Cairo, Egypt’s foreign minister, Sameh Shoukry, said the deal was illegal.')).toEqual([['Sameh Shoukry', ['foreign minister']]]);
    expect(allTitles('In Hargeisa, Somaliland’s information minister, Khadar Ismail Jama, said the deal was sovereign.')).toEqual([['Khadar Ismail Jama', ['information minister']]]);
    expect(allTitles('Meanwhile, the company’s chief executive, Ann Lee, said sales rose.')).toEqual([['Ann Lee', ['chief executive']]]);
  });
  it('keeps a demonym before a portfolio title ("Dutch Economic Affairs Minister X")', () => {
    const roles = (text: string) => extractArticle(text).officials.map((o) => [o.name, o.roles.map((r) => [r.title, r.country])]);
    expect(roles('Dutch Economic Affairs Minister Sanne Hofstra said the government would examine the takeover.')).toEqual([['Sanne Hofstra', [['Dutch Economic Affairs Minister', 'Netherlands']]]]);
  });

  it('gives each name after a plural title the singular, and no title to a name after a word an object has of its own ("constructor")', () => {
    expect(allTitles('A bench of Justices Asha Raghavan and Nilima Deshmukh heard the petition on Friday.')).toEqual([['Asha Raghavan', ['Justice']], ['Nilima Deshmukh', ['Justice']]]);
    // (the plural titles were looked up in a plain object, whose "constructor" is a function: a title of {})
    expect(allTitles('The road was built by the constructor Adewale Okafor, who said the work was done.')).toEqual([]);
  });

  it("spells out a title's abbreviations and leaves every other word as it is, 'constructor' too", () => {
    expect(titleWords('Gov. of the state')).toEqual(['governor', 'of', 'the', 'state']);
    // (the abbreviations were a plain object, so 'constructor' became the function Object)
    expect(titleWords('Chief Constructor')).toEqual(['chief', 'constructor']);
  });
  it('keeps a portfolio\'s own "of" in a title before the name ("Domestic Trade and Cost of Living Minister X", "Ministry of Economy and Finance spokesman X")', () => {
    expect(allTitles('Domestic Trade and Cost of Living Minister Datuk Seri Khairul Anuar Jaafar said the supply would rise.')).toEqual([['Khairul Anuar Jaafar', ['Domestic Trade and Cost of Living Minister']]]);
    expect(allTitles('A spokesman for President Ali Bongo said the talks went well.')).toEqual([['Ali Bongo', ['President']]]);
  });
  it('reads Kuensel style: "Industry, Commerce and Employment Minister Lyonpo X" (portfolios listed before the head; Lyonpo, a minister\'s word, used as a style), "Katsho Gup X" and "The Haa Dzongdag, Dasho X," (local offices with their place; Dasho, a style)', () => {
    expect(allTitles('Industry, Commerce and Employment Minister Lyonpo Sherab Gyeltshen said that the rule would stay. Katsho Gup Namgay Tshering said that owners were worried. The Haa Dzongdag, Dasho Ugyen Namgyel, said that the dzongkhag had written to the ministry.')).toEqual([
      ['Sherab Gyeltshen', ['Industry, Commerce and Employment Minister']],
      ['Namgay Tshering', ['Katsho Gup']],
      ['Ugyen Namgyel', ['Haa Dzongdag']],
    ]);
  });
  it('reads Fiji\'s chiefly "Ratu" as a style, Botswana\'s "Kgosi" as a chief\'s title, and "Minister of Agriculture and Land Reclamation X" whole (an abstract noun in "-tion" is no first name)', () => {
    expect(allTitles('Opposition MP Ratu Josaia Naivalu said it was rushed. Kgosi Moemedi Seitshiro said the town would suffer. Minister of Agriculture and Land Reclamation Hisham Gaber said that the harvest was good.')).toEqual([
      ['Josaia Naivalu', ['Opposition MP']],
      ['Moemedi Seitshiro', ['Kgosi']],
      ['Hisham Gaber', ['Minister of Agriculture and Land Reclamation']],
    ]);
  });
  it('reads Afghanistan\'s clerical styles ("Mawlawi X", "Qari X") as styles, not first names', () => {
    expect(allTitles('The deputy minister of economy, Mawlawi Abdul Qadir Hamkar, said the township would include schools.')).toEqual([['Abdul Qadir Hamkar', ['deputy minister of economy']]]);
  });
  it('reads a committee\'s convener as an office ("Economics Committee convener X (周廷謙) of the KMT"), but no think tank\'s fellow', () => {
    expect(allTitles('Economics Committee convener Chou Ting-chien (周廷謙) of the KMT said the bill would pass. "It will not pass this session," said Lin Yu-hsuan, a research fellow at the Chung-Hua Institution for Economic Research.')).toEqual([['Chou Ting-chien', ['Economics Committee convener']]]);
  });
  it('keeps a name word that is also a region\'s name inside a name ("Nawfal Sabah Al-Dulaimi", not the Malaysian state)', () => {
    expect(allTitles('Nawfal Sabah Al-Dulaimi, a member of the Parliamentary Finance Committee, said taxes would rise.')).toEqual([['Nawfal Sabah Al-Dulaimi', ['member']]]);
  });
  it('reads an office of a body named whole after its "of", before a styled name ("Governor of the Bank of the Lao PDR Ms X", "member of the Mazhilis X"), and the holder as no part of the body', () => {
    const r = extractArticle('The kip had weakened, Governor of the Bank of the Lao PDR Ms Vilayvanh Phommachak told the National Assembly.');
    expect(r.officials.map((o) => [o.name, o.roles[0]?.title])).toEqual([['Vilayvanh Phommachak', 'Governor of the Bank of the Lao PDR']]);
    expect(r.entities.map((e) => e.name)).toContain('Bank of the Lao PDR');
  });
  it('reads the Gulf\'s "bint" inside a name, "His Excellency" as a style, and "Commissioner of Forests X" whole', () => {
    expect(allTitles('His Excellency Hamad bin Saif Al Maqbali, a Shura Council member, said the rule was fair. Commissioner of Forests Rex Kaboke told the Solomon Star that a notice had been served.').map((o) => o[0])).toEqual(['Hamad bin Saif Al Maqbali', 'Rex Kaboke']);
    expect(allTitles('Commissioner of Forests Rex Kaboke said a notice had been served.')).toEqual([['Rex Kaboke', ['Commissioner of Forests']]]);
    expect(extractArticle('“Every time I apply, the job goes to someone else,” said Maryam bint Said Al Mashani, a graduate.').statements.map((s) => s.speakerName)).toEqual(['Maryam bint Said Al Mashani']);
  });
  it('reads a manager as an office ("LHDA Public Relations Manager X", "X, the NWC’s corporate communications manager,"), as ten golds have it', () => {
    expect(allTitles('LHDA Public Relations Manager Rethabile Nkoebe said the authority had paid.')).toEqual([['Rethabile Nkoebe', ['Public Relations Manager']]]);
    expect(allTitles('Annika Treadway, the team’s general manager, said talks would resume.')).toEqual([['Annika Treadway', ['general manager']]]);
    // (a job at an unnamed business is a private person's)
    expect(allTitles('"We had to send 800 workers home," said Nguyen Thi Hoa, a manager at a garment factory in Bac Ninh.')).toEqual([]);
  });
  it('reads "Member of Parliament for South Choiseul Constituency, X," as the office in full, its seat\'s noun too', () => {
    expect(allTitles('Member of Parliament for South Choiseul Constituency, Harold Kuve, who visited the camp, told this paper he supported the suspension.')).toEqual([['Harold Kuve', ['Member of Parliament for South Choiseul Constituency']]]);
  });
  it('reads Trend style: "Croatia\'s State Secretary at the Ministry of Economy X said" (an office at a ministry; the holder after the ministry\'s portfolio is no part of it)', () => {
    const r = extractArticle("Zagreb views Azerbaijan as a partner, Croatia's State Secretary at the Ministry of Economy Ivana Kovacevic said.");
    expect(r.officials.map((o) => [o.name, o.roles[0]?.title])).toEqual([['Ivana Kovacevic', 'State Secretary at the Ministry of Economy']]);
    expect(r.entities.map((e) => e.name)).toContain('Ministry of Economy');
  });
  it('reads "Tandahimba MP Mr X (CCM) said" (Daily News style: a constituency before "MP", a style, and the party after the name, which made the whole an organization)', () => {
    expect(allTitles('Tandahimba MP Mr Selemani Mkwachu (CCM) said four factories had stopped.')).toEqual([['Selemani Mkwachu', ['Tandahimba MP']]]);
    // (whatever the initials' letters: "SNS" shares Slobodan's S)
    expect(allTitles('Valjevo Mayor Slobodan Ristanović (SNS) told the Beta news agency that the city had no say.')).toEqual([['Slobodan Ristanović', ['Valjevo Mayor']]]);
  });

  it('reads Sarawak\'s "Datuk Amar" as one honorific of two words, as "Datuk Seri" ("Sarawak Deputy Premier Datuk Amar Richard Nyanggau Jelani")', () => {
    const r = extractArticle('KUCHING: Haze thickened. Sarawak Deputy Premier Datuk Amar Richard Nyanggau Jelani said the state government was prepared to declare a haze emergency.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Richard Nyanggau Jelani', ['Sarawak Deputy Premier']]]);
  });

  it('reads an office in apposition whose portfolios are joined by "and" before its head ("X, the Natural Resources and Environmental Sustainability Minister, said")', () => {
    const r = extractArticle('KUALA LUMPUR: Haze rose. Meanwhile, Datuk Seri Nik Azman Nik Mahmud, the Natural Resources and Environmental Sustainability Minister, said Malaysia had asked Jakarta to act.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Nik Azman Nik Mahmud', ['Natural Resources and Environmental Sustainability Minister']]]);
  });

  it('reads "The Honourable Minister of X, Dr. Y," as Y\'s office (the style Nigerian papers give the office)', () => {
    const r = extractArticle('ABUJA: Mines closed. The Honourable Minister of Solid Minerals Development, Dr. Bashir Dauda-Wase, disclosed this on Tuesday. He said the plant was sealed.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Bashir Dauda-Wase', ['Minister of Solid Minerals Development']]]);
  });

  it('makes no official of a single word after an office when its "of the" goes on into a body ("the Commander of the Mining Marshals of the Nigeria Security and Civil Defence Corps")', () => {
    const r = extractArticle('LAFIA: Mines closed. Dauda-Wase, who was accompanied by the Commander of the Mining Marshals of the Nigeria Security and Civil Defence Corps (NSCDC), Assistant Commandant General Yakubu Tanko-Ango, announced that the ministry had acted.');
    expect(r.officials.map((o) => o.name)).toEqual(['Yakubu Tanko-Ango']);
  });

  it('reads "Christian" as a surname after a given name, and "the Chief of Staff in the Office of the Prime Minister, X," as X\'s office', () => {
    const r = extractArticle('ST JOHN’S: Mining stopped. The suspension was announced at the briefing by the Chief of Staff in the Office of the Prime Minister, Maurice Christian, who said a coastal assessment found that the dunes were lower. “This is not about punishing Barbuda,” Christian told reporters.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Maurice Christian', ['Chief of Staff']]]);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Maurice Christian', 'Maurice Christian']);
    expect(extractArticle('BERLIN: Votes fell. The Christian Democrats said no.').officials).toEqual([]);
  });

  it('reads "Mayor of <a town of two words> <a name of two>" ("Mayor of Dolna Mitropolia Stefka Gancheva told BNR")', () => {
    const r = extractArticle('SOFIA: Water ran out. Mayor of Dolna Mitropolia Stefka Gancheva, whose municipality has nine villages, told BNR that people have started buying water.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Stefka Gancheva', ['Mayor of Dolna Mitropolia']]]);
  });

  it('makes no official of one capitalized word after a lower-case office "of" a body ("Petar Grigorov, manager of ViK Pleven, told")', () => {
    const r = extractArticle('SOFIA: Water ran out. Petar Grigorov, manager of ViK Pleven, told BTA that the company has 14 repair crews. According to him, the crews work in shifts.');
    expect(r.officials.map((o) => o.name)).toEqual(['Petar Grigorov']);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Petar Grigorov', 'Petar Grigorov']);
  });

  it('gives names back with the marks the article writes inside words (Hawaiian\'s ʻokina in "Alapaʻi", Uzbek\'s turned comma in "Ulug‘bek"), though it reads them as apostrophes', () => {
    const r = extractArticle('WAILUKU, Hawaiʻi: Power was cut. Department of Land and Natural Resources Chair Kawika Alapaʻi said crews had cleared 38 acres. Alapaʻi said more was needed.');
    expect(r.officials.map((o) => o.name)).toEqual(['Kawika Alapaʻi']);
    expect(r.officials[0].aliases).toContain('Alapaʻi');
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Kawika Alapaʻi', 'Kawika Alapaʻi']);
    expect(extractArticle('TASHKENT: Minister Ulug‘bek Yo‘ldoshev said prices would rise.').officials.map((o) => o.name)).toEqual(['Ulug‘bek Yo‘ldoshev']);
  });

  it('reads "Federal Minister for Energy (Power Division) X" (a portfolio\'s division in parentheses) and "Minister of State for Older People X" as offices before names, and makes no official "West" of "the Regional Executive Officer for HSE West and North West"', () => {
    expect(extractArticle('ISLAMABAD: Power dues rose. Federal Minister for Energy (Power Division) Awais Zafar Bhutta, who joined the proceedings midway, assured the committee that the share was not in dispute.').officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Awais Zafar Bhutta', ['Federal Minister for Energy (Power Division)']]]);
    expect(extractArticle('DUBLIN: Beds closed. Minister of State for Older People Niamh Carolan told The Journal that she had asked the HSE for a timeline.').officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Niamh Carolan', ['Minister of State for Older People']]]);
    expect(extractArticle('DUBLIN: Beds closed. Declan Hynes, the Regional Executive Officer for HSE West and North West, said the decision had been taken with reluctance.').officials.map((o) => o.name)).toEqual(['Declan Hynes']);
  });

  it('reads a lawmaker\'s seat "for" a place no list knows, then the name ("Sinn Féin TD for Sligo-Leitrim Fergal Duignan")', () => {
    const r = extractArticle('DUBLIN: Beds closed. The issue was raised in the Dáil yesterday by Sinn Féin TD for Sligo-Leitrim Fergal Duignan, who said people had been left in the dark.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Fergal Duignan', ['TD for Sligo-Leitrim']]]);
  });

  it('ends a name on a Turkic patronymic\'s word ("Bakyt Tursunbek uulu", "Aizada Kubanychbek kyzy"), which is no surname, and reads the parliaments the press names bare ("the Jogorku Kenesh")', () => {
    const r = extractArticle('BISHKEK: Coal prices rose. Minister of Energy Bakyt Tursunbek uulu reported that Kyrgyzkomur had shipped 1.38 million tons. Tursunbek said wagons were scarce. Deputy of the Jogorku Kenesh Aizada Kubanychbek kyzy criticized the ministry. She said: "Every year we hear the same explanations from the ministry."');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Bakyt Tursunbek uulu', ['Minister of Energy']], ['Aizada Kubanychbek kyzy', ['Deputy of the Jogorku Kenesh']]]);
    expect(r.officials[0].aliases).toContain('Tursunbek');
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Bakyt Tursunbek uulu', 'Bakyt Tursunbek uulu', 'Aizada Kubanychbek kyzy']);
    expect(r.entities).toContainEqual(expect.objectContaining({ name: 'Jogorku Kenesh', kind: 'GOVERNMENT_BODY' }));
  });

  it('reads a Mongolian name with the father\'s initial glued on ("N.Ariunaa", "Ts.Nyamsuren") as a whole name, in apposition too, and an aimag\'s governor as an office', () => {
    const r = extractArticle('ULAANBAATAR: Trucks queued at the border. N.Ariunaa, Executive Director of the Mongolian Coal Association, told reporters that exporters were losing money. Governor of Umnugovi aimag Ts.Nyamsuren said that the aimag had set up four heated tents. D.Bat-Ochir, a 46-year-old driver, said drivers shared their food.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['N.Ariunaa', ['Executive Director']], ['Ts.Nyamsuren', ['Governor of Umnugovi aimag']]]);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['N.Ariunaa', 'Ts.Nyamsuren', 'D.Bat-Ochir']);
  });

  it('reads the Ethiopian styles "Ato" and "W/ro" before a two-word name as styles, not as the name\'s, and keeps Ghana\'s given name "Ato"', () => {
    const r = extractArticle('ADDIS ABABA: Oil prices rose. The Minister of Trade and Regional Integration, Ato Birhanu Tessema said that the government had made preparations. The ETBC Chief Executive Officer, W/ro Meaza Gebrehiwot, told ENA that the corporation had distributed 28 million liters.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Birhanu Tessema', ['Minister of Trade and Regional Integration']], ['Meaza Gebrehiwot', ['ETBC Chief Executive Officer']]]);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Birhanu Tessema', 'Meaza Gebrehiwot']);
    expect(extractArticle('ACCRA: Finance Minister Dr Ato Nyarko said the budget was ready.').officials.map((o) => o.name)).toEqual(['Ato Nyarko']);
  });

  it('keeps a capitalized compound adjective\'s noun in the office ("Minister of Solidarity-Based Future Tjaša Vrhovnik"), the compound being no name\'s word', () => {
    const r = extractArticle('LJUBLJANA: Rents rose. Minister of Solidarity-Based Future Tjaša Vrhovnik said she was disappointed but confident that the coalition would win.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Tjaša Vrhovnik', ['Minister of Solidarity-Based Future']]]);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Tjaša Vrhovnik']);
  });

  it('reads "Member of Parliament for <seat with a compass word>, X," as X\'s office ("Westmoreland Central")', () => {
    const r = extractArticle('SAVANNA-LA-MAR, Jamaica: Goats were stolen. But Member of Parliament for Westmoreland Central, Patrick Kerr-Bailey, said the announcement was late.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Patrick Kerr-Bailey', ['Member of Parliament for Westmoreland Central']]]);
  });

  it('reads an office "at the Ministry of …" before "Dr." and the holder\'s name: the body ends before the style, the long subject is the holder; and "MP Al Aradi" is the MP named in full before', () => {
    const r = extractArticle('MANAMA, Bahrain: The law passed. MP Mohammed Hasan Al Aradi said the committee had studied the draft. Assistant Undersecretary for Domestic Trade at the Ministry of Industry and Commerce Dr. Nouf Jameel Al Sayed explained that the Ministry had signed supply agreements with Australian exporters of wheat. "Food is national security and we have made sure of it," MP Al Aradi said.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Mohammed Hasan Al Aradi', ['MP']], ['Nouf Jameel Al Sayed', ['Assistant Undersecretary for Domestic Trade at the Ministry of Industry and Commerce']]]);
    expect(r.statements.map((s) => s.speakerName)).toEqual(['Mohammed Hasan Al Aradi', 'Nouf Jameel Al Sayed', 'Mohammed Hasan Al Aradi']);
    expect(r.entities.map((e) => e.name)).toContain('Ministry of Industry and Commerce');
    expect(r.entities.map((e) => e.name)).not.toContain('Ministry of Industry and Commerce Dr');
  });

  it('reads "Barrister" before a name as a style ("Barrister Kamran Yousaf Jadoon")', () => {
    const r = extractArticle('PESHAWAR: Wheat was stopped. Adviser to the Chief Minister on Information Barrister Kamran Yousaf Jadoon said the curbs were illegal and would be challenged.');
    expect(r.officials.map((o) => o.name)).toEqual(['Kamran Yousaf Jadoon']);
  });

  it('reads an office with an "of" field and then a "for" field before the name ("Deputy Minister of Hajj and Umrah for Umrah Affairs Dr. X"), and makes no official of the broadcaster interviewed before it', () => {
    const r = extractArticle('RIYADH: Permits were capped. In an interview with Al Arabiya English, Deputy Minister of Hajj and Umrah for Umrah Affairs Dr. Abdulrahman Al-Shehri said the cap was a temporary measure.');
    expect(r.officials.map((o) => [o.name, o.roles.map((x) => x.title)])).toEqual([['Abdulrahman Al-Shehri', ['Deputy Minister of Hajj and Umrah for Umrah Affairs']]]);
    expect(r.entities).toContainEqual(expect.objectContaining({ name: 'Al Arabiya', kind: 'ORGANIZATION' }));
  });
});
