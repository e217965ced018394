/** Ids derived from content, so that ingesting the same article again finds the same records. */
import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const contentHash = (text: string) => sha256(text);

/** From the URL when there is one (a corrected article keeps its id), else from the text. */
export const sourceIdFor = (article: { url?: string; text: string }) => `s${sha256(article.url ?? article.text).slice(0, 16)}`;

/** A statement's id within its article: where it starts, and what it is. */
export const localStatementId = (statement: { offsets: { start: number }; kind: string; text: string; speakerName: string }) =>
  `${String(statement.offsets.start).padStart(6, '0')}-${sha256(`${statement.kind}\u0000${statement.text}\u0000${statement.speakerName}`).slice(0, 8)}`;
