/**
 * The form in which names and aliases are keyed: "Kim Jong-Un", "KIM JONG UN" and "Kim Jong Un"
 * are one key. Accents are dropped so "Andrés" resolves from "Andres".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\./g, '') // "U.S." is "US", "D.C." is "DC"
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A readable id derived from a name, so that re-importing the same name finds the same record. */
export function slugFromName(name: string): string {
  return normalizeName(name).replace(/ /g, '-').slice(0, 80) || 'unnamed';
}
