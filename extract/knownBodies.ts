// Small curated gazetteers for names that no pattern can recognise: well-known international
// organizations, news agencies, armed groups, US-style government bodies that go by a nickname
// ("the Pentagon"), former states and regions. Each entry: canonical name, kind, other forms.
import type { EntityKind } from './types.js';

export interface KnownBody {
  name: string;
  kind: EntityKind;
  forms: string[];
  country?: string;
}

const IO = 'INTERNATIONAL_ORGANIZATION' as const;
const ORG = 'ORGANIZATION' as const;
const GOV = 'GOVERNMENT_BODY' as const;
const REGION = 'REGION' as const;

export const KNOWN_BODIES: KnownBody[] = [
  { name: 'United Nations', kind: IO, forms: ['UN', 'U.N.', 'United Nations'] },
  { name: 'United Nations Security Council', kind: IO, forms: ['UN Security Council', 'U.N. Security Council', 'Security Council', 'UNSC'] },
  { name: 'United Nations General Assembly', kind: IO, forms: ['UN General Assembly', 'U.N. General Assembly', 'General Assembly'] },
  { name: 'European Union', kind: IO, forms: ['EU', 'E.U.', 'European Union'] },
  { name: 'European Commission', kind: IO, forms: ['European Commission', 'EU Commission'] },
  { name: 'European Parliament', kind: IO, forms: ['European Parliament'] },
  { name: 'European Central Bank', kind: IO, forms: ['ECB', 'European Central Bank'] },
  { name: 'NATO', kind: IO, forms: ['NATO', 'Nato', 'North Atlantic Treaty Organization'] },
  { name: 'World Trade Organization', kind: IO, forms: ['WTO', 'World Trade Organization', 'World Trade Organisation'] },
  { name: 'International Monetary Fund', kind: IO, forms: ['IMF', 'International Monetary Fund'] },
  { name: 'World Bank', kind: IO, forms: ['World Bank'] },
  { name: 'World Health Organization', kind: IO, forms: ['WHO', 'World Health Organization', 'World Health Organisation'] },
  { name: 'International Atomic Energy Agency', kind: IO, forms: ['IAEA', 'International Atomic Energy Agency'] },
  { name: 'International Criminal Court', kind: IO, forms: ['ICC', 'International Criminal Court'] },
  { name: 'African Union', kind: IO, forms: ['AU', 'African Union'] },
  { name: 'Association of Southeast Asian Nations', kind: IO, forms: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations'] },
  { name: 'Mercosur', kind: IO, forms: ['Mercosur', 'MERCOSUR', 'Southern Common Market'] },
  { name: 'OPEC', kind: IO, forms: ['OPEC', 'Opec', 'Organization of the Petroleum Exporting Countries'] },
  { name: 'Organisation for Economic Co-operation and Development', kind: IO, forms: ['OECD'] },
  { name: 'Organization for Security and Co-operation in Europe', kind: IO, forms: ['OSCE'] },
  { name: 'Arab League', kind: IO, forms: ['Arab League'] },
  { name: 'Group of Seven', kind: IO, forms: ['G7', 'G-7', 'Group of Seven'] },
  { name: 'Group of 20', kind: IO, forms: ['G20', 'G-20', 'Group of 20'] },
  { name: 'ECOWAS', kind: IO, forms: ['ECOWAS', 'Economic Community of West African States'] },
  { name: 'Gulf Cooperation Council', kind: IO, forms: ['GCC', 'Gulf Cooperation Council'] },
  { name: 'Interpol', kind: IO, forms: ['Interpol'] },
  // News agencies (datelines and "told AFP").
  { name: 'The Associated Press', kind: ORG, forms: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'Agence France-Presse', kind: ORG, forms: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'Reuters', kind: ORG, forms: ['Reuters'] },
  { name: 'Xinhua', kind: ORG, forms: ['Xinhua'] },
  { name: 'Kyodo News', kind: ORG, forms: ['Kyodo'] },
  { name: 'Yonhap', kind: ORG, forms: ['Yonhap'] },
  { name: 'TASS', kind: ORG, forms: ['TASS', 'Tass'] },
  { name: 'Interfax', kind: ORG, forms: ['Interfax'] },
  { name: 'Bloomberg', kind: ORG, forms: ['Bloomberg'] },
  { name: 'Al Jazeera', kind: ORG, forms: ['Al Jazeera'] },
  { name: 'BBC', kind: ORG, forms: ['BBC', 'British Broadcasting Corporation'] },
  { name: 'CNN', kind: ORG, forms: ['CNN'] },
  { name: 'The New York Times', kind: ORG, forms: ['New York Times', 'The New York Times'] },
  { name: 'The Washington Post', kind: ORG, forms: ['Washington Post', 'The Washington Post'] },
  { name: 'The Wall Street Journal', kind: ORG, forms: ['Wall Street Journal', 'The Wall Street Journal'] },
  { name: 'Financial Times', kind: ORG, forms: ['Financial Times'] },
  { name: 'Korean Central News Agency', kind: GOV, forms: ['KCNA', 'Korean Central News Agency'] },
  // Armed and political groups known by a bare name.
  { name: 'Islamic State', kind: ORG, forms: ['Islamic State', 'ISIS', 'ISIL'] },
  { name: 'al-Qaeda', kind: ORG, forms: ['al-Qaeda', 'al-Qaida', 'Al-Qaeda', 'Al Qaeda', 'al Qaeda'] },
  { name: 'Taliban', kind: ORG, forms: ['Taliban'] },
  { name: 'Hamas', kind: ORG, forms: ['Hamas'] },
  { name: 'Hezbollah', kind: ORG, forms: ['Hezbollah'] },
  { name: 'Boko Haram', kind: ORG, forms: ['Boko Haram'] },
  // US bodies that go by a nickname or a bare department word.
  { name: 'White House', kind: GOV, forms: ['White House'], country: 'United States' },
  { name: 'United States Department of Defense', kind: GOV, forms: ['Pentagon', 'Defense Department', 'Department of Defense'], country: 'United States' },
  { name: 'United States Department of the Treasury', kind: GOV, forms: ['Treasury Department', 'Department of the Treasury', 'US Treasury', 'U.S. Treasury'], country: 'United States' },
  { name: 'United States Department of State', kind: GOV, forms: ['State Department', 'Department of State'], country: 'United States' },
  { name: 'United States Department of Commerce', kind: GOV, forms: ['Commerce Department', 'Department of Commerce'], country: 'United States' },
  { name: 'United States Department of Justice', kind: GOV, forms: ['Justice Department', 'Department of Justice'], country: 'United States' },
  { name: 'United States Department of Homeland Security', kind: GOV, forms: ['Department of Homeland Security', 'Homeland Security Department'], country: 'United States' },
  { name: 'United States Congress', kind: GOV, forms: ['Congress', 'U.S. Congress', 'US Congress'], country: 'United States' },
  { name: 'Kremlin', kind: GOV, forms: ['Kremlin'], country: 'Russia' },
  { name: 'Soviet Union', kind: 'COUNTRY', forms: ['Soviet Union', 'Soviet', 'USSR', 'Soviets'] },
  { name: 'Yugoslavia', kind: 'COUNTRY', forms: ['Yugoslavia', 'Yugoslav'] },
  // Regions that are not in the country data.
  { name: 'Middle East', kind: REGION, forms: ['Middle East', 'Mideast'] },
  { name: 'Palestinian territories', kind: REGION, forms: ['Palestinian territories', 'Palestinian Territories', 'occupied Palestinian territories'] },
  { name: 'North Africa', kind: REGION, forms: ['North Africa', 'North African'] },
  { name: 'Sub-Saharan Africa', kind: REGION, forms: ['sub-Saharan Africa', 'Sub-Saharan Africa'] },
  { name: 'Latin America', kind: REGION, forms: ['Latin America', 'Latin American'] },
  { name: 'Southeast Asia', kind: REGION, forms: ['Southeast Asia', 'South-East Asia', 'Southeast Asian'] },
  { name: 'East Asia', kind: REGION, forms: ['East Asia', 'East Asian'] },
  { name: 'Central Asia', kind: REGION, forms: ['Central Asia', 'Central Asian'] },
  { name: 'Eastern Europe', kind: REGION, forms: ['Eastern Europe', 'Eastern European'] },
  { name: 'Western Europe', kind: REGION, forms: ['Western Europe'] },
  { name: 'Europe', kind: REGION, forms: ['Europe'] },
  { name: 'Asia', kind: REGION, forms: ['Asia', 'Asian'] },
  { name: 'Africa', kind: REGION, forms: ['Africa', 'African'] },
  { name: 'Balkans', kind: REGION, forms: ['Balkans'] },
  { name: 'Caribbean', kind: REGION, forms: ['Caribbean'] },
  { name: 'Mediterranean', kind: REGION, forms: ['Mediterranean'] },
  { name: 'Persian Gulf', kind: REGION, forms: ['Persian Gulf', 'Gulf region'] },
  { name: 'Korean Peninsula', kind: REGION, forms: ['Korean Peninsula', 'Korean peninsula'] },
  { name: 'Indo-Pacific', kind: REGION, forms: ['Indo-Pacific'] },
  { name: 'Arctic', kind: REGION, forms: ['Arctic'] },
  { name: 'Sahel', kind: REGION, forms: ['Sahel'] },
  { name: 'Gaza Strip', kind: REGION, forms: ['Gaza', 'Gaza Strip'] },
  { name: 'West Bank', kind: REGION, forms: ['West Bank'] },
  { name: 'Crimea', kind: REGION, forms: ['Crimea'] },
  { name: 'Kashmir', kind: REGION, forms: ['Kashmir'] },
  { name: 'South China Sea', kind: REGION, forms: ['South China Sea'] },
];

/** Metonyms that stand for an organization rather than a country ("Brussels" for the EU executive). */
export const SEAT_METONYMS: Record<string, string> = {
  Brussels: 'European Commission',
};
