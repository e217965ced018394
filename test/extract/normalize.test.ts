import { describe, it, expect } from 'vitest';
import { normalizeName } from '../../extract/index.js';

describe('normalizeName', () => {
  it('strips accents, case and punctuation', () => {
    expect(normalizeName('  Étienne  Tshisekedi ')).toBe('etienne tshisekedi');
    expect(normalizeName('U.S.')).toBe('u s');
    expect(normalizeName('Jean-Yves Le Drian')).toBe('jean yves le drian');
  });
});
