import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryDataFile, renderCountryData } from '../../dev/countryData.js';
import { COUNTRIES } from '../../extract/countries.js';

describe('the generated country data (extract/countryData.ts)', () => {
  it('is what `npm run countries` makes from the installed world-countries package', () => {
    // A package upgrade or a hand edit shows here; run `npm run countries` and commit the file.
    expect(readFileSync(countryDataFile, 'utf8')).toBe(renderCountryData());
  });

  it('gives the gazetteer every country with its demonyms and capital', () => {
    const france = COUNTRIES.find((c) => c.name === 'France');
    expect(france).toMatchObject({ kind: 'COUNTRY', capitals: ['Paris'] });
    expect(france?.forms).toEqual(expect.arrayContaining(['French Republic', 'French']));
    expect(COUNTRIES.filter((c) => c.kind === 'COUNTRY').length).toBeGreaterThan(190);
  });
});
