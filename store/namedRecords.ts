/**
 * What entities and officials share: a record item per id plus the name and search items that
 * make it resolvable and searchable, created and changed together in one transaction, with
 * optimistic locking on the record's version.
 */
import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batchGet.js';
import { StoreError } from './errors.js';
import { type ItemKey, nameKey, searchPartition, withoutKeys } from './keys.js';
import { claimNames, deleteSearchItems, nameHolders, normalizedNames, putSearchItems, releaseNames, searchForms } from './nameItems.js';
import { normalizeName } from './normalizeName.js';
import { send } from './send.js';
import { type TransactItem, transactWrite } from './transactWrite.js';

export interface NamedRecord {
  id: string;
  name: string;
  aliases: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface SearchHit {
  id: string;
  /** The normalized form that matched. */
  form: string;
}

/** Exact forms first, then the shortest (closest) forms. */
export function compareHits(a: SearchHit, b: SearchHit, prefix: string): number {
  return Number(b.form === prefix) - Number(a.form === prefix) || a.form.length - b.form.length || a.form.localeCompare(b.form);
}

export type NewRecord<T extends NamedRecord> = Omit<T, 'createdAt' | 'updatedAt' | 'version'>;

export abstract class NamedRecords<T extends NamedRecord> {
  constructor(
    protected readonly doc: DynamoDBDocumentClient,
    readonly table: string,
    private readonly label: string,
  ) {}

  protected abstract recordKey(id: string): ItemKey;
  /** Index attributes of the record item (list and sort keys). */
  protected abstract indexAttributes(record: T): Record<string, string>;
  /** Further items that belong to the record (e.g. role memberships), written with it. */
  protected companionItems(_record: T): Record<string, unknown>[] {
    return [];
  }

  async getMany(ids: readonly string[]): Promise<(T | undefined)[]> {
    const items = await batchGetItems(this.doc, ids.map((id) => ({ table: this.table, key: this.recordKey(id) })));
    return items.map((item) => (item ? withoutKeys<T>(item) : undefined));
  }

  async get(id: string): Promise<T | undefined> {
    return (await this.getMany([id]))[0];
  }

  /** The ids that hold these names or aliases, keyed by normalized name. */
  async idsByName(names: readonly string[]): Promise<Map<string, string>> {
    const normalized = [...new Set(names.map(normalizeName).filter(Boolean))];
    return normalized.length ? nameHolders(this.doc, this.table, normalized) : new Map();
  }

  /** Records whose name, alias or a word suffix of the name starts with `text`, best first, with the form that matched. */
  async search(text: string, limit: number): Promise<SearchHit[]> {
    const prefix = normalizeName(text);
    if (!prefix) return [];
    const output = await send<QueryCommandOutput>(this.doc, new QueryCommand({
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': searchPartition(prefix), ':prefix': prefix },
      ProjectionExpression: 'sk, targetId',
      Limit: Math.min(limit * 5, 500),
    }));
    const hits = (output.Items ?? []).map((item) => ({ form: String(item.sk).slice(0, String(item.sk).lastIndexOf('#')), id: String(item.targetId) }));
    hits.sort((a, b) => compareHits(a, b, prefix));
    const seen = new Set<string>();
    return hits.filter((hit) => !seen.has(hit.id) && seen.add(hit.id)).slice(0, limit);
  }

  /**
   * Creates the record with its names. Names already held by another record are left to it
   * (not an error: "Washington" may already mean the US government). Creating a record whose id
   * exists returns the existing one, so concurrent creators of one new name agree on one record.
   */
  async create(input: NewRecord<T>, now = new Date().toISOString()): Promise<{ record: T; created: boolean }> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const existing = await this.get(input.id);
      if (existing) return { record: existing, created: false };
      const holders = await nameHolders(this.doc, this.table, normalizedNames(input.name, input.aliases));
      const free = normalizedNames(input.name, input.aliases).filter((name) => (holders.get(name) ?? input.id) === input.id);
      const record = { ...input, createdAt: now, updatedAt: now, version: 1 } as T;
      try {
        await transactWrite(this.doc, [
          { Put: { TableName: this.table, Item: this.recordItem(record), ConditionExpression: 'attribute_not_exists(pk)' } },
          ...this.companionItems(record).map((Item): TransactItem => ({ Put: { TableName: this.table, Item } })),
          ...claimNames(this.table, record.id, free, record.name),
          ...putSearchItems(this.table, record.id, searchForms(record.name, record.aliases)),
        ]);
        return { record, created: true };
      } catch (error) {
        // Lost a race for the id or a name: read again and retry.
        if (!(error instanceof StoreError && error.code === 'CONFLICT')) throw error;
      }
    }
    throw new StoreError('UNAVAILABLE', `Could not create ${this.label} "${input.name}" under concurrent writes; try again.`);
  }

  /**
   * Replaces fields of a record at `expectedVersion` (CONFLICT when it has moved on), moving its
   * name and search items along. Names now held by another record are refused as CONFLICT.
   */
  async update(id: string, expectedVersion: number, changes: Partial<NewRecord<T>>, now = new Date().toISOString()): Promise<T> {
    const current = await this.get(id);
    if (!current) throw new StoreError('NOT_FOUND', `No ${this.label} has the id "${id}".`);
    if (current.version !== expectedVersion) {
      throw new StoreError('CONFLICT', `The ${this.label} "${current.name}" is at version ${current.version}, not ${expectedVersion}; read it again and retry.`);
    }
    const next = { ...current, ...changes, id, createdAt: current.createdAt, updatedAt: now, version: current.version + 1 } as T;
    const oldNames = normalizedNames(current.name, current.aliases);
    const newNames = normalizedNames(next.name, next.aliases);
    const oldForms = searchForms(current.name, current.aliases);
    const newForms = searchForms(next.name, next.aliases);
    const holders = await nameHolders(this.doc, this.table, newNames.filter((n) => !oldNames.includes(n)));
    const taken = [...holders.entries()].filter(([, holder]) => holder !== id).map(([name]) => name);
    if (taken.length) {
      throw new StoreError('CONFLICT', `The name "${taken[0]}" already belongs to another ${this.label}; merge the two instead.`);
    }
    await transactWrite(this.doc, [
      ...this.replacementItems(current, next),
      ...releaseNames(this.table, id, oldNames.filter((n) => !newNames.includes(n))),
      ...claimNames(this.table, id, newNames.filter((n) => !oldNames.includes(n)), next.name),
      ...deleteSearchItems(this.table, id, oldForms.filter((f) => !newForms.includes(f))),
      ...putSearchItems(this.table, id, newForms.filter((f) => !oldForms.includes(f))),
    ], `The ${this.label} "${current.name}" was changed by someone else; read it again and retry.`);
    return next;
  }

  /**
   * The items that fold `remove` into `keep`, which becomes `merged`: keep rewritten and remove
   * deleted, each only at the version read (else the transaction fails as CONFLICT), and remove's
   * names handed over to keep (one conditional put each: an item cannot be deleted and written in
   * one transaction).
   */
  mergeItems(keep: T, remove: T, merged: T): TransactItem[] {
    const keepForms = searchForms(keep.name, keep.aliases);
    const mergedNames = normalizedNames(merged.name, merged.aliases);
    const removeNames = normalizedNames(remove.name, remove.aliases);
    return [
      ...this.replacementItems(keep, merged),
      {
        Delete: {
          TableName: this.table,
          Key: this.recordKey(remove.id),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': remove.version },
        },
      },
      ...this.companionItems(remove)
        .filter((item) => !this.companionItems(merged).some((kept) => kept.sk === item.sk && kept.pk === item.pk))
        .map((item): TransactItem => ({ Delete: { TableName: this.table, Key: { pk: item.pk, sk: item.sk } } })),
      ...removeNames.filter((name) => mergedNames.includes(name)).map((name): TransactItem => ({
        Put: {
          TableName: this.table,
          Item: { ...nameKey(name), itemType: 'NAME', targetId: merged.id, display: merged.name },
          ConditionExpression: 'targetId = :removed',
          ExpressionAttributeValues: { ':removed': remove.id },
        },
      })),
      ...releaseNames(this.table, remove.id, removeNames.filter((name) => !mergedNames.includes(name))),
      ...deleteSearchItems(this.table, remove.id, searchForms(remove.name, remove.aliases)),
      ...putSearchItems(this.table, merged.id, searchForms(merged.name, merged.aliases).filter((form) => !keepForms.includes(form))),
    ];
  }

  /** The items that replace a record (same names) with its next version, at the version read. */
  replacementItems(current: T, next: T): TransactItem[] {
    return [
      {
        Put: {
          TableName: this.table,
          Item: this.recordItem(next),
          ConditionExpression: 'version = :version',
          ExpressionAttributeValues: { ':version': current.version },
        },
      },
      ...this.companionChanges(current, next),
    ];
  }

  /** Deletes companion items the record no longer has and writes the ones it has now. */
  private companionChanges(current: T, next: T): TransactItem[] {
    const identity = (item: Record<string, unknown>) => `${item.pk}\u0000${item.sk}`;
    const next_ = this.companionItems(next);
    const kept = new Set(next_.map(identity));
    return [
      ...this.companionItems(current)
        .filter((item) => !kept.has(identity(item)))
        .map((item): TransactItem => ({ Delete: { TableName: this.table, Key: { pk: item.pk, sk: item.sk } } })),
      ...next_.map((Item): TransactItem => ({ Put: { TableName: this.table, Item } })),
    ];
  }

  protected recordItem(record: T): Record<string, unknown> {
    return { ...(record as Record<string, unknown>), ...this.recordKey(record.id), itemType: 'RECORD', ...this.indexAttributes(record) };
  }
}
