// One rule for comparing names, shared with the store so that keys and lookups agree.

/** NFKD, strip diacritics, lower-case, non-alphanumerics to single spaces, trimmed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
