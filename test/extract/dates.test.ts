import { describe, it, expect } from 'vitest';
import { statementDate } from '../../extract/dates.js';

describe('statementDate', () => {
  it('uses an explicit month and day with the publication year', () => {
    expect(statementDate('The United States on Tuesday (Jan 14) imposed sanctions.', '2020-01-15')).toBe('2020-01-14');
  });
  it('puts a late-December date in the previous year', () => {
    expect(statementDate('Countries had until Dec 22 to send workers back.', '2020-01-15')).toBe('2019-12-22');
  });
  it('counts a weekday back from the publication date', () => {
    expect(statementDate('Ebrard said Tuesday that it was illogical.', '2025-02-12')).toBe('2025-02-11');
    expect(statementDate('Last Monday, Trump agreed to pause tariffs.', '2025-02-11')).toBe('2025-02-03');
  });
  it('falls back to the publication date, or nothing without one', () => {
    expect(statementDate('He said it was over.', '2015-03-18T10:00:00Z')).toBe('2015-03-18');
    expect(statementDate('He said it was over.', undefined)).toBeUndefined();
  });
});
