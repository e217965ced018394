/**
 * A synthetic corpus made deterministically from a seed: entities, officials with roles, and
 * articles (sources) with their statements, with the skew of real news (a few officials and
 * entities account for most statements). Records only; `writeCorpus.ts` turns them into items.
 */
import type { EntityKind, EntityRecord, OfficialRecord, RoleRecord, SourceRecord, StatementRecord } from '../store/index.js';
import { Random, Zipf } from './random.js';

export interface CorpusSize {
  entities: number;
  officials: number;
  statements: number;
  sources: number;
}

export const defaultSize: CorpusSize = { entities: 2_000, officials: 5_000, statements: 100_000, sources: 10_000 };

export function scaledSize(size: CorpusSize, factor: number): CorpusSize {
  const scale = (n: number, min: number) => Math.max(min, Math.round(n * factor));
  return { entities: scale(size.entities, 20), officials: scale(size.officials, 30), statements: scale(size.statements, 100), sources: scale(size.sources, 10) };
}

export interface Corpus {
  size: CorpusSize;
  seed: number;
  entities: EntityRecord[];
  officials: OfficialRecord[];
  sources: SourceRecord[];
  /** Statements grouped by source, in the order of `sources`. */
  statementsBySource: StatementRecord[][];
}

/** Speaker skew: the top official of the default corpus says ~13,000 things, the tenth ~1,000. */
const OFFICIAL_SKEW = 1.1;
const ENTITY_SKEW = 1.0;
const CREATED = '2024-06-01T00:00:00.000Z';

const SYLLABLES = ['an', 'bel', 'cor', 'dan', 'el', 'fen', 'gar', 'hol', 'is', 'jun', 'kar', 'lo', 'mir', 'nor', 'ol', 'pra', 'qu', 'ros', 'sel', 'tan', 'ul', 'ven', 'wes', 'xan', 'yor', 'zan', 'ba', 'di', 'ko', 'ma', 'ni', 'ru', 'sa', 'te', 'vi'];
const WORDS = ['the', 'government', 'will', 'not', 'accept', 'any', 'sanctions', 'on', 'our', 'trade', 'we', 'are', 'ready', 'to', 'talk', 'with', 'all', 'parties', 'about', 'security', 'and', 'the', 'economy', 'this', 'agreement', 'protects', 'workers', 'jobs', 'prices', 'border', 'election', 'results', 'must', 'be', 'respected', 'by', 'everyone', 'in', 'region', 'today', 'tomorrow', 'vote', 'peace', 'talks', 'ministry', 'budget', 'deal', 'law', 'court', 'rights'];
const TITLES = ['Foreign Minister', 'Defence Minister', 'Finance Minister', 'President', 'Prime Minister', 'Spokesperson', 'Chief Executive', 'Secretary-General', 'Governor', 'Ambassador', 'Director', 'Treasury Secretary'];
const PUBLISHERS = ['Example Wire', 'Daily Ledger', 'Global Times Review', 'Morning Post', 'Channel Asia'];
const KINDS: { kind: EntityKind; share: number; suffixes: string[] }[] = [
  { kind: 'COUNTRY', share: 0.1, suffixes: ['ia', 'land', 'stan', 'ora'] },
  { kind: 'GOVERNMENT_BODY', share: 0.3, suffixes: ['Ministry of Trade', 'Treasury', 'Parliament', 'Central Bank', 'Defence Ministry'] },
  { kind: 'COMPANY', share: 0.3, suffixes: ['Trading Corporation', 'Holdings', 'Energy', 'Motors', 'Bank'] },
  { kind: 'INTERNATIONAL_ORGANIZATION', share: 0.1, suffixes: ['Union', 'Council', 'Organization'] },
  { kind: 'ORGANIZATION', share: 0.1, suffixes: ['Party', 'Foundation', 'Institute'] },
  { kind: 'REGION', share: 0.1, suffixes: ['Province', 'Valley', 'Coast'] },
];

const capital = (word: string) => word[0].toUpperCase() + word.slice(1);
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function word(random: Random, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += random.pick(SYLLABLES);
  return out;
}

function uniqueName(random: Random, taken: Set<string>, make: () => string): string {
  for (;;) {
    const name = make();
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

const iso = (epochDays: number) => new Date(epochDays * 86_400_000).toISOString();

export function generateCorpus(size: CorpusSize, seed = 1): Corpus {
  const random = new Random(seed);
  const taken = new Set<string>();

  // Entities: countries first, so bodies and regions can belong to one.
  const entities: EntityRecord[] = [];
  const countries: EntityRecord[] = [];
  let kindIndex = 0;
  let kindLimit = Math.max(1, Math.round(size.entities * KINDS[0].share));
  for (let i = 0; i < size.entities; i++) {
    while (i >= kindLimit && kindIndex < KINDS.length - 1) kindLimit += Math.max(1, Math.round(size.entities * KINDS[++kindIndex].share));
    const { kind, suffixes } = KINDS[kindIndex];
    const country = kind === 'GOVERNMENT_BODY' || kind === 'REGION' ? random.pick(countries) : undefined;
    const name = uniqueName(random, taken, () =>
      kind === 'COUNTRY' ? capital(word(random, 2)) + random.pick(suffixes)
        : kind === 'GOVERNMENT_BODY' ? `${country!.name} ${random.pick(suffixes)}${random.chance(0.5) ? ` ${capital(word(random, 1))}` : ''}`
          : `${capital(word(random, 2))} ${random.pick(suffixes)}`);
    const aliases = kind === 'COUNTRY' ? [`${name}n`, capital(word(random, 1)) + ' ' + name] : random.chance(0.5) ? [name.split(' ').map((w) => w[0]).join('') + String(i)] : [];
    const entity: EntityRecord = {
      id: `${slug(name)}-${i}`,
      name,
      kind,
      aliases,
      ...(country ? { countryId: country.id } : {}),
      ...(random.chance(0.4) ? { description: `A ${kind.toLowerCase().replace('_', ' ')} in the synthetic corpus.` } : {}),
      createdAt: CREATED,
      updatedAt: CREATED,
      version: 1,
    };
    entities.push(entity);
    if (kind === 'COUNTRY') countries.push(entity);
  }
  const organizations = entities.filter((e) => e.kind !== 'COUNTRY' && e.kind !== 'REGION');

  const officials: OfficialRecord[] = [];
  for (let i = 0; i < size.officials; i++) {
    const name = uniqueName(random, taken, () => `${capital(word(random, 2))} ${capital(word(random, 2))}`);
    const roles: RoleRecord[] = [];
    const roleCount = random.int(1, 3);
    for (let r = 0; r < roleCount; r++) {
      const organization = random.chance(0.8) ? random.pick(organizations) : undefined;
      const countryId = organization?.countryId ?? (random.chance(0.7) ? random.pick(countries).id : undefined);
      roles.push({
        title: random.pick(TITLES),
        ...(organization ? { organizationId: organization.id } : {}),
        ...(countryId ? { countryId } : {}),
        since: iso(16_000 + r * 700 + random.int(0, 600)),
      });
    }
    officials.push({
      id: `${slug(name)}-${i}`,
      name,
      aliases: [name.split(' ')[1]],
      roles,
      createdAt: CREATED,
      updatedAt: CREATED,
      version: 1,
    });
  }

  // Sources, each with a share of the statements (uneven: some articles quote many people).
  const officialRank = new Zipf(officials.length, OFFICIAL_SKEW);
  const entityRank = new Zipf(entities.length, ENTITY_SKEW);
  const sources: SourceRecord[] = [];
  const statementsBySource: StatementRecord[][] = [];
  const weights = Array.from({ length: size.sources }, () => 0.2 + random.next() * random.next() * 4);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let assigned = 0;
  for (let s = 0; s < size.sources; s++) {
    const count = s === size.sources - 1 ? size.statements - assigned : Math.min(size.statements - assigned, Math.min(100, Math.round((weights[s] / totalWeight) * size.statements)));
    assigned += count;
    const id = `s${random.hex(16)}`;
    const publishedAt = iso(16_500 + random.int(0, 3_300));
    const source: SourceRecord = {
      id,
      url: `https://news.example/${s}/${word(random, 3)}`,
      title: capital(Array.from({ length: random.int(5, 10) }, () => random.pick(WORDS)).join(' ')),
      publisher: random.pick(PUBLISHERS),
      publishedAt,
      contentHash: random.hex(64),
      ingestedAt: CREATED,
      statementCount: count,
      createdAt: CREATED,
      updatedAt: CREATED,
      version: 1,
    };
    const statements: StatementRecord[] = [];
    let offset = random.int(0, 200);
    for (let k = 0; k < count; k++) {
      const roll = random.next();
      const speaker = roll < 0.85 ? { type: 'OFFICIAL' as const, record: officials[officialRank.sample(random)] }
        : roll < 0.92 ? { type: 'ENTITY' as const, record: entities[entityRank.sample(random)] } : undefined;
      const about = [...new Set(Array.from({ length: random.int(0, 3) }, () => entities[entityRank.sample(random)].id))];
      const length = random.int(8, 40);
      const text = capital(Array.from({ length }, () => random.pick(WORDS)).join(' ')) + '.';
      const localId = `${String(offset).padStart(6, '0')}-${random.hex(8)}`;
      statements.push({
        id: `${id}.${localId}`,
        sourceId: id,
        kind: random.chance(0.7) ? 'QUOTE' : 'PARAPHRASE',
        text,
        speakerName: speaker ? speaker.record.name : 'officials',
        ...(speaker ? { speaker: { type: speaker.type, id: speaker.record.id } } : {}),
        aboutIds: about,
        ...(random.chance(0.9) ? { statedAt: publishedAt } : {}),
        offsets: { start: offset, end: offset + text.length },
        status: random.chance(0.6) ? 'UNREVIEWED' : 'VERIFIED',
        confidence: Math.round(random.next() * 100) / 100,
        createdAt: CREATED,
        updatedAt: CREATED,
        version: 1,
      });
      offset += text.length + random.int(20, 300);
    }
    sources.push(source);
    statementsBySource.push(statements);
  }
  return { size, seed, entities, officials, sources, statementsBySource };
}

/** The most quoted official, the most mentioned entity, and other handles the queries need. */
export function corpusHandles(corpus: Corpus) {
  const bySpeaker = new Map<string, number>();
  const byAbout = new Map<string, number>();
  for (const statements of corpus.statementsBySource) {
    for (const s of statements) {
      if (s.speaker?.type === 'OFFICIAL') bySpeaker.set(s.speaker.id, (bySpeaker.get(s.speaker.id) ?? 0) + 1);
      for (const id of s.aboutIds) byAbout.set(id, (byAbout.get(id) ?? 0) + 1);
    }
  }
  const ranked = (counts: Map<string, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { officialsByStatements: ranked(bySpeaker), entitiesByStatements: ranked(byAbout) };
}
