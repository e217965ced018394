/**
 * Opaque Relay cursors that carry a DynamoDB key. A cursor is bound to the list that issued it
 * (a hash of its scope), so a cursor from another list, or a forged one, is refused as BAD_CURSOR
 * instead of reaching DynamoDB.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { StoreError } from './errors.js';

export type Key = Record<string, string>;

const cursorShape = z.object({
  v: z.literal(1),
  s: z.string().check(z.length(12)),
  k: z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(1024))),
});

// Every cursor of a page shares its scope: the hash is kept for recent scopes, not made per edge.
const MAX_KEPT_SCOPES = 1_000;
const scopeHashes = new Map<string, string>();
function scopeHash(scope: string): string {
  let hash = scopeHashes.get(scope);
  if (hash === undefined) {
    hash = createHash('sha256').update(scope).digest('base64url').slice(0, 12);
    if (scopeHashes.size >= MAX_KEPT_SCOPES) scopeHashes.clear();
    scopeHashes.set(scope, hash);
  }
  return hash;
}

export function encodeCursor(scope: string, key: Key): string {
  return Buffer.from(JSON.stringify({ v: 1, s: scopeHash(scope), k: key })).toString('base64url');
}

/** The key in `cursor`, which must come from the list `scope` and name exactly `keyNames`. */
export function decodeCursor(scope: string, cursor: string, keyNames: readonly string[]): Key {
  const refuse = (why: string) => new StoreError('BAD_CURSOR', `The cursor "${cursor.slice(0, 40)}" ${why}; pass an endCursor or cursor that this same list returned.`);
  if (cursor.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw refuse('is not a cursor of this service');
  let parsed: z.infer<typeof cursorShape>;
  try {
    parsed = cursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw refuse('is not a cursor of this service');
  }
  if (parsed.s !== scopeHash(scope)) throw refuse('belongs to another list or other arguments');
  const names = Object.keys(parsed.k).sort();
  if (names.length !== keyNames.length || names.some((n, i) => n !== [...keyNames].sort()[i])) {
    throw refuse('does not hold a key of this list');
  }
  return parsed.k;
}
