/** Editor authentication: the bearer key compared in constant time; the key itself is never logged. */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

export type EditorKeySource = string | (() => Promise<string>);

/** True when the request's `Authorization: Bearer …` equals the editor key. */
export async function isEditorRequest(request: Request, editorKey: EditorKeySource): Promise<boolean> {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) return false;
  const expected = typeof editorKey === 'string' ? editorKey : await editorKey();
  if (!expected) return false;
  // Comparing digests keeps the comparison constant-time whatever the lengths.
  return timingSafeEqual(digest(match[1]), digest(expected));
}
