/**
 * The items one statement is stored as: the statement item (indexed by speaker, status, kind and
 * recency) and one "about" edge per entity it concerns (indexed by entity). Edges carry a copy of
 * the statement so `entity.statements` is one Query; they lack the other index keys so each
 * statement appears once per index.
 */
import {
  FEED_STATEMENTS, aboutEdgeKey, aboutKey, kindKey, speakerKey, splitStatementId, statementKey, statusKey,
} from './keys.js';
import type { StatementRecord } from './records.js';

/** Newest-first sort key: the statement's date, made unique by its id. */
export const statementTimeKey = (record: StatementRecord, fallbackDate: string) => `${record.statedAt ?? fallbackDate}#${record.id}`;

export function statementItem(record: StatementRecord, timeKey: string): Record<string, unknown> {
  const { sourceId, localId } = splitStatementId(record.id)!;
  return {
    ...record,
    ...statementKey(sourceId, localId),
    itemType: 'STATEMENT',
    timeKey,
    ...(record.speaker ? { speakerKey: speakerKey(record.speaker) } : {}),
    statusKey: statusKey(record.status),
    kindKey: kindKey(record.kind),
    feedKey: FEED_STATEMENTS,
  };
}

export function aboutEdgeItems(record: StatementRecord, timeKey: string): Record<string, unknown>[] {
  const { sourceId, localId } = splitStatementId(record.id)!;
  return record.aboutIds.map((entityId) => ({
    ...record,
    ...aboutEdgeKey(sourceId, localId, entityId),
    itemType: 'ABOUT',
    timeKey,
    aboutKey: aboutKey(entityId),
  }));
}
