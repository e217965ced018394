/**
 * Writes an article's facts once: resolves its entities and officials against the store
 * (creating the new ones), then writes the source with its statements in one idempotent write.
 * The same article stored again changes nothing and answers with what is stored.
 */
import type { EntityRecord, OfficialRecord, SourceRecord, StatementRecord, Store } from '../store/index.js';
import { normalizeName } from '../store/index.js';
import type { ArticleFacts } from './facts.js';
import { resolveEntities, resolveOfficials } from './resolveRecords.js';
import { contentHash, localStatementId, sourceIdFor } from './sourceId.js';

export interface StoredArticle {
  source: SourceRecord;
  entities: EntityRecord[];
  officials: OfficialRecord[];
  /** False when the article was already stored. */
  created: boolean;
}

export async function storeFacts(store: Store, facts: ArticleFacts, now = new Date().toISOString()): Promise<StoredArticle> {
  const { article } = facts;
  const sourceId = sourceIdFor(article);
  const [existing] = await store.statements.getSources([sourceId]);
  // An article already stored is only looked up, never written again.
  const writable = !existing;
  const entities = await resolveEntities(store, facts.entities, writable);
  const officials = await resolveOfficials(store, facts.officials, entities, writable);
  if (existing) return { source: existing, entities: entities.records, officials: officials.records, created: false };

  const statements = dedupeStatements(facts.statements.map((statement): StatementRecord => {
    const speaker = statement.speaker
      ? statement.speaker.type === 'OFFICIAL'
        ? officials.byName.get(normalizeName(statement.speaker.name))
        : entities.byName.get(normalizeName(statement.speaker.name))
      : undefined;
    const aboutIds = [...new Set(statement.about.map((name) => entities.byName.get(normalizeName(name))?.id).filter((id): id is string => Boolean(id)))];
    return {
      id: `${sourceId}.${localStatementId(statement)}`,
      sourceId,
      kind: statement.kind,
      text: statement.text,
      speakerName: statement.speakerName,
      ...(speaker && statement.speaker ? { speaker: { type: statement.speaker.type, id: speaker.id } } : {}),
      aboutIds,
      ...(statement.statedAt ? { statedAt: statement.statedAt } : {}),
      offsets: statement.offsets,
      status: statement.status,
      confidence: statement.confidence,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
  }));
  const source: SourceRecord = {
    id: sourceId,
    ...(article.url ? { url: article.url } : {}),
    ...(article.title ? { title: article.title } : {}),
    ...(article.publisher ? { publisher: article.publisher } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    contentHash: contentHash(article.text),
    ingestedAt: now,
    statementCount: statements.length,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  const written = await store.statements.writeArticle(source, statements);
  return { source: written.source, entities: entities.records, officials: officials.records, created: written.created };
}

/** One statement per id: the same words at the same place are one statement. */
function dedupeStatements(statements: StatementRecord[]): StatementRecord[] {
  return [...new Map(statements.map((s) => [s.id, s])).values()];
}
