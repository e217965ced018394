// Country gazetteer derived from the `world-countries` data package (not a hand-typed list):
// common and official names, usable alternative spellings, demonyms (and their plurals) and
// capitals, which news uses for governments ("Pyongyang said"). The package's fields used here are
// generated into countryData.ts (`npm run countries`), so bundles carry kilobytes, not 688 KiB.
import { COUNTRY_DATA } from './countryData.js';
import type { EntityKind } from './types.js';

export interface CountryRecord {
  name: string;
  /** ISO 3166-1 alpha-2. */
  code: string;
  official: string;
  kind: EntityKind;
  /** Names and adjectives that always mean the country. */
  forms: string[];
  /** Capital cities; a mention counts only when the text uses it for the government. */
  capitals: string[];
}

// The data package lacks a few everyday short forms that wire copy uses constantly.
const SHORT_FORMS: Record<string, string[]> = {
  US: ['America'],
  GB: ['Britain', 'Briton', 'Britons'],
  NL: ['Holland'],
  CZ: ['Czech Republic'],
  CI: ['Ivory Coast'],
  MM: ['Burma'],
  TR: ['Turkey'],
  // ("Taiwan, Korea and the U.S.": business news calls the South so; the North is always named in full)
  KR: ['Korea'],
  // Adjectives that differ from the demonym the package lists ("Filipino", "Saudi Arabian").
  PH: ['Philippine', 'Filipina', 'Filipinas'],
  // (Central Asia's adjectives as news writes them: the package has "Kazakhstani", "Kirghiz", "Tadzhik")
  KZ: ['Kazakh'],
  KG: ['Kyrgyz'],
  UZ: ['Uzbek'],
  TJ: ['Tajik'],
  SA: ['Saudi'],
  // (the initials its own papers and the region's use: "PNG")
  PG: ['PNG', 'P.N.G.'],
};

// The name English-language news (and the annotations) use where the data package's common name differs.
const NEWS_NAMES: Record<string, string> = {
  TR: 'Turkey',
};

/** Initials shared with a U.S. state (N.C., N.Y., S.D., R.I. …), which U.S. datelines use far more. */
const US_STATE_INITIALS = /^(?:N[CDHJMY]|S[CD]|RI|WV|DC)$/;

const ASCIIISH = /^[\p{Script=Latin}\s.'’\-]+$/u;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function dotted(code: string): string {
  return code.split('').join('.') + '.';
}

function buildCountries(): CountryRecord[] {
  const out: CountryRecord[] = [];
  for (const c of COUNTRY_DATA) {
    const common = NEWS_NAMES[c.cca2] ?? c.common;
    const official = c.official;
    const sovereign =
      c.independent === true || c.unMember || (/\b(Republic|State|Kingdom)\b/.test(official) && !/Administrative Region/.test(official));
    const forms = new Set<string>([common, c.common, official]);
    for (const alt of c.altSpellings) {
      if (alt.includes(',')) continue; // inverted index forms ("Korea, Republic of")
      if (/^[A-Z]{2,3}$/.test(alt)) {
        // Codes: keep the ones news writes ("USA", "UAE", "UK", "US"), i.e. those that are not the
        // bare ISO code or are the initials of the name; the bare ISO codes collide with words ("IN", "IT").
        if (alt === c.cca2 && initials(common) !== alt) continue;
        if (alt.length === 2 && alt !== c.cca2 && alt !== initials(common) && !/^UK$/.test(alt)) continue;
        // (not a U.S. state's initials: "Swannanoa, N.C." is North Carolina, not New Caledonia)
        if (US_STATE_INITIALS.test(alt)) continue;
        // (nor a territory's two letters, which are initials of people and things far more often:
        // "Justice A.S. Raghavan" is no American Samoa, "PR" no Puerto Rico)
        if (!sovereign && alt.length === 2) continue;
        forms.add(alt);
        if (alt.length <= 3) forms.add(dotted(alt));
        continue;
      }
      if (ASCIIISH.test(alt) && /\p{Lu}/u.test(alt[0])) forms.add(alt);
    }
    for (const extra of SHORT_FORMS[c.cca2] ?? []) forms.add(extra);
    for (const d of c.demonyms) {
      forms.add(d);
      if (!/(?:ese|ish|ch|ss|s)$/.test(d)) forms.add(d + 's');
    }
    const capitals: string[] = [];
    if (sovereign) {
      for (const cap of c.capital) {
        // "Washington D.C." is "Washington" when it stands for the government.
        const short = cap.replace(/,?\s*D\.?C\.?$/, '').trim();
        for (const form of new Set([cap, short])) {
          if (form && form !== common && ASCIIISH.test(form) && !/^City of /.test(form)) capitals.push(form);
        }
      }
    }
    out.push({ name: common, code: c.cca2, official, kind: sovereign ? 'COUNTRY' : 'REGION', forms: [...forms].filter((f) => f.length > 1), capitals });
  }
  return out;
}

export const COUNTRIES: CountryRecord[] = buildCountries();
