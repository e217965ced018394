/**
 * Each country's first-level subdivisions (regionData.ts, generated from the country-region-data
 * package by `npm run regions`): "Jujuy", "Uusimaa", "Mashonaland East" are regions of a country
 * the story names, though no word beside them says so.
 */
import { COUNTRIES } from './countries.js';
import { REGION_DATA } from './regionData.js';

/** Accents and case aside ("Canakkale" in the data is "Çanakkale" in the text). */
export function regionKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = /^[A-Za-z' -]*$/.test(name) ? name.toLowerCase() : name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
    // (every capitalized word of every article asks: remembered, within bounds)
    if (keys.size > 50_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}
const keys = new Map<string, string>();

const CODE_BY_COUNTRY = new Map(COUNTRIES.map((c) => [c.name, c.code]));

/** One country's subdivisions' keys, and the keys' first words (where a lookup can start). */
interface CountryTable {
  country: string;
  keys: Set<string>;
  firstWords: Set<string>;
}
const tables = new Map<string, CountryTable | undefined>();

const firstWordKey = (key: string) => (key.includes(' ') || key.includes('-') ? key.split(/[\s-]/, 1)[0] : key);

/** A country's table, built on first use. */
function tableOf(country: string): CountryTable | undefined {
  if (!tables.has(country)) {
    const code = CODE_BY_COUNTRY.get(country);
    const keys = new Set((code ? REGION_DATA[code] ?? [] : []).map(regionKey));
    tables.set(country, keys.size ? { country, keys, firstWords: new Set([...keys].map(firstWordKey)) } : undefined);
  }
  return tables.get(country);
}

/** The subdivisions of some countries. */
export class Subdivisions {
  private readonly tables: CountryTable[];

  constructor(countries: Iterable<string>) {
    this.tables = [...new Set(countries)].map(tableOf).filter((t): t is CountryTable => t !== undefined);
  }

  get empty(): boolean {
    return this.tables.length === 0;
  }

  /** Whether some subdivision's name starts with this word's key. */
  mayStart(wordKey: string): boolean {
    const first = firstWordKey(wordKey);
    for (const t of this.tables) if (t.firstWords.has(first)) return true;
    return false;
  }

  /** The country whose subdivision this key names, when exactly one of the countries has it. */
  countryOf(key: string): string | undefined {
    let found: string | undefined;
    for (const t of this.tables) {
      if (!t.keys.has(key)) continue;
      // (a name two of the countries share is neither's for sure)
      if (found) return undefined;
      found = t.country;
    }
    return found;
  }
}
