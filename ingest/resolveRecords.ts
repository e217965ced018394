/**
 * Resolution of named entities and officials against the store: a name or alias already known
 * resolves to that record (new aliases and roles are added to it); an unknown one becomes a new
 * record whose id derives from its name, so concurrent ingestions create it once. A shortened name
 * ("Carter" of "John Carter", "Health Ministry" of "Health Ministry of Uganda") names a record inside
 * one article only: across articles, "Mary Carter" would otherwise become John Carter, with his
 * statements, and Russia's health ministry Uganda's.
 */
import {
  type EntityRecord, type OfficialRecord, type RoleRecord, type Store, StoreError, normalizeName, slugFromName,
} from '../store/index.js';
import type { NamedEntity, NamedOfficial } from './facts.js';

export interface Resolved<T> {
  /** Records by the normalized form of every name and alias given for them. */
  byName: Map<string, T>;
  records: T[];
}

type Names = { name: string; aliases: string[] };

/** "Carter", "Ortiz Castellanos", "Health Ministry" of "Health Ministry of Uganda": words of the name itself, fewer of them. */
function isPartOfName(alias: string, name: string): boolean {
  const words = new Set(normalizeName(name).split(' '));
  const part = normalizeName(alias).split(' ');
  return part.length < words.size && part.every((word) => words.has(word));
}

/** The name and the aliases that are not a part of it (an acronym, another spelling, a nickname), normalized. */
const fullNames = (named: Names) =>
  [named.name, ...named.aliases.filter((alias) => !isPartOfName(alias, named.name))].map(normalizeName);

/**
 * Whether a stored record is this item: the name of one is a full name of the other. Two aliases
 * alike do not make one record ("ABC" is a broadcaster and a party in Lesotho, "Bunge" the
 * parliament of Kenya and of Tanzania), and a shortened name never does ("Carter", "Parliament").
 */
function sameRecord(record: Names, item: Names): boolean {
  const name = normalizeName(item.name);
  return fullNames(record).includes(name) || fullNames(item).includes(normalizeName(record.name));
}

/** Finds or creates each record; `merge` says what to add to an existing one (undefined: nothing). */
async function resolveNamed<T extends EntityRecord | OfficialRecord, N extends Names>(
  repository: NamedRepo<T>,
  named: readonly N[],
  create: (item: N) => Omit<T, 'createdAt' | 'updatedAt' | 'version'>,
  merge: (record: T, item: N) => Partial<T> | undefined,
  writable: boolean,
): Promise<Resolved<T>> {
  const known = await repository.idsByName(named.flatMap(fullNames));
  const existing = await repository.getMany([...new Set(known.values())]);
  const byId = new Map(existing.filter((r): r is T => Boolean(r)).map((r) => [r.id, r]));
  const ids = named.map((item) => fullNames(item).map((name) => known.get(name)).find((id) => id && byId.has(id) && sameRecord(byId.get(id)!, item)));
  const byName = new Map<string, T>();
  const records: T[] = [];
  for (const [i, item] of named.entries()) {
    let record = ids[i] ? byId.get(ids[i]!) : undefined;
    if (!record && writable) {
      record = (await repository.create(create(item))).record;
    }
    if (record && writable) {
      const changes = merge(record, item);
      if (changes) record = await updateTolerantly(repository as NamedRepo<T>, record, changes);
    }
    if (!record) continue;
    byId.set(record.id, record);
    if (!records.some((r) => r.id === record!.id)) records.push(record);
    for (const name of [item.name, ...item.aliases]) byName.set(normalizeName(name), record);
  }
  return { byName, records: records.map((r) => byId.get(r.id)!) };
}

interface NamedRepo<T> {
  idsByName(names: readonly string[]): Promise<Map<string, string>>;
  getMany(ids: readonly string[]): Promise<(T | undefined)[]>;
  create(input: Omit<T, 'createdAt' | 'updatedAt' | 'version'>): Promise<{ record: T; created: boolean }>;
  update(id: string, version: number, changes: Partial<T>): Promise<T>;
  get(id: string): Promise<T | undefined>;
}

/** Adds to a record, retrying on a concurrent change; a name held by another record is dropped, not fatal. */
async function updateTolerantly<T extends { id: string; version: number; aliases: string[] }>(repository: NamedRepo<T>, record: T, changes: Partial<T>): Promise<T> {
  let current = record;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await repository.update(current.id, current.version, changes);
    } catch (error) {
      if (!(error instanceof StoreError && error.code === 'CONFLICT')) throw error;
      const fresh = await repository.get(current.id);
      if (!fresh) return current;
      if (fresh.version === current.version) {
        // The conflict is a name that another record holds: keep the record as it is.
        return fresh;
      }
      current = fresh;
    }
  }
  return current;
}

const newAliases = (record: { name: string; aliases: string[] }, given: readonly string[]) => {
  const have = new Set([record.name, ...record.aliases].map(normalizeName));
  const added = [...new Set(given)].filter((alias) => alias.trim() && !have.has(normalizeName(alias)) && have.add(normalizeName(alias)));
  return added.length ? [...record.aliases, ...added] : undefined;
};

export async function resolveEntities(store: Store, entities: readonly NamedEntity[], writable: boolean): Promise<Resolved<EntityRecord>> {
  // Countries first, so the bodies that belong to them can point at them.
  const countries = entities.filter((e) => !e.country);
  const resolved = await resolveNamed<EntityRecord, NamedEntity>(
    store.entities, countries,
    (e) => ({ id: slugFromName(e.name), name: e.name, kind: e.kind, aliases: e.aliases.filter((a) => a !== e.name), ...(e.description ? { description: e.description } : {}) }),
    (record, e) => {
      const aliases = newAliases(record, [e.name, ...e.aliases]);
      return aliases ? { aliases } : undefined;
    },
    writable,
  );
  const countryId = (name?: string) => (name ? (resolved.byName.get(normalizeName(name)) ?? undefined)?.id : undefined);
  const belonging = await resolveNamed<EntityRecord, NamedEntity>(
    store.entities, entities.filter((e) => e.country),
    (e) => ({
      id: slugFromName(e.name), name: e.name, kind: e.kind, aliases: e.aliases.filter((a) => a !== e.name),
      ...(countryId(e.country) ? { countryId: countryId(e.country) } : {}),
      ...(e.description ? { description: e.description } : {}),
    }),
    (record, e) => {
      const aliases = newAliases(record, [e.name, ...e.aliases]);
      const country = !record.countryId && countryId(e.country) ? { countryId: countryId(e.country) } : {};
      return aliases || country.countryId ? { ...(aliases ? { aliases } : {}), ...country } : undefined;
    },
    writable,
  );
  return { byName: new Map([...resolved.byName, ...belonging.byName]), records: [...resolved.records, ...belonging.records] };
}

export async function resolveOfficials(
  store: Store,
  officials: readonly NamedOfficial[],
  entities: Resolved<EntityRecord>,
  writable: boolean,
): Promise<Resolved<OfficialRecord>> {
  const entityId = (name?: string) => (name ? entities.byName.get(normalizeName(name))?.id : undefined);
  const roles = (official: NamedOfficial): RoleRecord[] =>
    official.roles.map((role) => ({
      title: role.title,
      ...(entityId(role.organization) ? { organizationId: entityId(role.organization) } : {}),
      ...(entityId(role.country) ? { countryId: entityId(role.country) } : {}),
    }));
  const sameRole = (a: RoleRecord, b: RoleRecord) =>
    normalizeName(a.title) === normalizeName(b.title) && a.organizationId === b.organizationId && a.countryId === b.countryId;
  return resolveNamed<OfficialRecord, NamedOfficial>(
    store.officials, officials,
    (o) => ({ id: slugFromName(o.name), name: o.name, aliases: o.aliases.filter((a) => a !== o.name), roles: roles(o) }),
    (record, o) => {
      const aliases = newAliases(record, [o.name, ...o.aliases]);
      const added = roles(o).filter((role) => !record.roles.some((have) => sameRole(have, role)));
      return aliases || added.length ? { ...(aliases ? { aliases } : {}), ...(added.length ? { roles: [...record.roles, ...added] } : {}) } : undefined;
    },
    writable,
  );
}
