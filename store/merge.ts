/**
 * Merging two records that are the same person or body: the statements and roles that point at
 * the removed record move to the kept one, and the removed record's names become the kept one's,
 * all in one transaction that applies only at the versions the editor saw (else CONFLICT).
 */
import type { EntityRepository } from './entityRepository.js';
import { StoreError } from './errors.js';
import type { OfficialRepository } from './officialRepository.js';
import { normalizeName } from './normalizeName.js';
import type { EntityRecord, OfficialRecord, RoleRecord, StatementRecord } from './records.js';
import type { StatementRepository } from './statementRepository.js';
import { MAX_TRANSACTION_ITEMS, type TransactItem, transactWrite } from './transactWrite.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

interface Repositories {
  doc: DynamoDBDocumentClient;
  entities: EntityRepository;
  officials: OfficialRepository;
  statements: StatementRepository;
}

export interface MergeRequest {
  keepId: string;
  keepVersion: number;
  removeId: string;
  removeVersion: number;
}

async function readPair<T extends { id: string; name: string; version: number }>(
  label: string,
  getMany: (ids: string[]) => Promise<(T | undefined)[]>,
  request: MergeRequest,
): Promise<[T, T]> {
  if (request.keepId === request.removeId) throw new StoreError('INVALID', `Cannot merge the ${label} "${request.keepId}" into itself.`);
  const [keep, remove] = await getMany([request.keepId, request.removeId]);
  for (const [record, id, version] of [[keep, request.keepId, request.keepVersion], [remove, request.removeId, request.removeVersion]] as const) {
    if (!record) throw new StoreError('NOT_FOUND', `No ${label} has the id "${id}".`);
    if (record.version !== version) {
      throw new StoreError('CONFLICT', `The ${label} "${record.name}" is at version ${record.version}, not ${version}; read it again and retry.`);
    }
  }
  return [keep!, remove!];
}

const mergedAliases = (keep: { name: string; aliases: string[] }, remove: { name: string; aliases: string[] }) => {
  const seen = new Set([normalizeName(keep.name)]);
  return [...keep.aliases, remove.name, ...remove.aliases].filter((alias) => {
    const key = normalizeName(alias);
    return key && !seen.has(key) && seen.add(key);
  });
};

const bumped = (statement: StatementRecord, changes: Partial<StatementRecord>, now: string): StatementRecord => ({
  ...statement, ...changes, updatedAt: now, version: statement.version + 1,
});

async function commit(doc: DynamoDBDocumentClient, items: TransactItem[], label: string) {
  if (items.length > MAX_TRANSACTION_ITEMS) {
    throw new StoreError('INVALID', `Merging these ${label}s touches ${items.length} items, more than one transaction holds (${MAX_TRANSACTION_ITEMS}).`);
  }
  await transactWrite(doc, items, `One of the ${label}s or their statements changed meanwhile; read them again and retry.`);
}

export async function mergeOfficials(repositories: Repositories, request: MergeRequest, now = new Date().toISOString()): Promise<OfficialRecord> {
  const { officials, statements } = repositories;
  const [keep, remove] = await readPair<OfficialRecord>('official', (ids) => officials.getMany(ids), request);
  const sameRole = (a: RoleRecord, b: RoleRecord) => normalizeName(a.title) === normalizeName(b.title) && a.organizationId === b.organizationId && a.countryId === b.countryId;
  const merged: OfficialRecord = {
    ...keep,
    aliases: mergedAliases(keep, remove),
    roles: [...keep.roles, ...remove.roles.filter((role) => !keep.roles.some((have) => sameRole(have, role)))],
    updatedAt: now,
    version: keep.version + 1,
  };
  const spoken = await statements.listAll({ speaker: { type: 'OFFICIAL', id: remove.id } });
  const pairs = spoken.map((s) => [s, bumped(s, { speaker: { type: 'OFFICIAL', id: keep.id } }, now)] as const);
  await commit(repositories.doc, [...officials.mergeItems(keep, remove, merged), ...(await statements.replacementItems(pairs))], 'official');
  return merged;
}

export async function mergeEntities(repositories: Repositories, request: MergeRequest, now = new Date().toISOString()): Promise<EntityRecord> {
  const { entities, officials, statements } = repositories;
  const [keep, remove] = await readPair<EntityRecord>('entity', (ids) => entities.getMany(ids), request);
  const merged: EntityRecord = {
    ...keep,
    aliases: mergedAliases(keep, remove),
    ...(!keep.countryId && remove.countryId && remove.countryId !== keep.id ? { countryId: remove.countryId } : {}),
    updatedAt: now,
    version: keep.version + 1,
  };
  // Statements about or by the removed entity, each once.
  const touched = new Map<string, StatementRecord>();
  for (const statement of [
    ...(await statements.listAll({ aboutId: remove.id })),
    ...(await statements.listAll({ speaker: { type: 'ENTITY', id: remove.id } })),
  ]) touched.set(statement.id, statement);
  const swap = (id: string) => (id === remove.id ? keep.id : id);
  const pairs = [...touched.values()].map((s) => [s, bumped(s, {
    aboutIds: [...new Set(s.aboutIds.map(swap))],
    ...(s.speaker?.type === 'ENTITY' && s.speaker.id === remove.id ? { speaker: { type: 'ENTITY' as const, id: keep.id } } : {}),
  }, now)] as const);
  // Officials whose roles name the removed entity.
  const members = new Map<string, OfficialRecord>();
  for (const filter of [{ organizationId: remove.id }, { countryId: remove.id }]) {
    for (let after: string | undefined; ; ) {
      const page = await officials.list(filter, { first: 100, after });
      const records = await officials.getMany(page.items.map(({ item }) => item.id));
      for (const record of records) if (record) members.set(record.id, record);
      if (!page.hasNextPage) break;
      after = page.items.at(-1)!.cursor;
    }
  }
  const officialItems = [...members.values()].flatMap((official) =>
    officials.replacementItems(official, {
      ...official,
      roles: official.roles.map((role) => ({
        ...role,
        ...(role.organizationId === remove.id ? { organizationId: keep.id } : {}),
        ...(role.countryId === remove.id ? { countryId: keep.id } : {}),
      })),
      updatedAt: now,
      version: official.version + 1,
    }),
  );
  await commit(repositories.doc, [...entities.mergeItems(keep, remove, merged), ...(await statements.replacementItems(pairs)), ...officialItems], 'entity');
  return merged;
}
