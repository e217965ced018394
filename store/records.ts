/** The records the store keeps, as the rest of the service sees them (no key attributes). */

export const entityKinds = ['COUNTRY', 'GOVERNMENT_BODY', 'COMPANY', 'INTERNATIONAL_ORGANIZATION', 'ORGANIZATION', 'REGION'] as const;
export type EntityKind = (typeof entityKinds)[number];

export const statementKinds = ['QUOTE', 'PARAPHRASE'] as const;
export type StatementKind = (typeof statementKinds)[number];

export const reviewStatuses = ['UNREVIEWED', 'VERIFIED', 'DISPUTED', 'REJECTED'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** Every record: timestamps, and a version that each change must name (optimistic locking). */
export interface Versioned {
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface EntityRecord extends Versioned {
  id: string;
  name: string;
  kind: EntityKind;
  /** Every surface form that resolves to this entity ("US", "American", "Washington"). */
  aliases: string[];
  /** For a government body or a region: the id of its country entity. */
  countryId?: string;
  description?: string;
}

export interface RoleRecord {
  title: string;
  organizationId?: string;
  countryId?: string;
  since?: string;
  until?: string;
}

export interface OfficialRecord extends Versioned {
  id: string;
  name: string;
  aliases: string[];
  /** Oldest first; the last one is the current role. */
  roles: RoleRecord[];
}

export interface SourceRecord extends Versioned {
  id: string;
  url?: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
  /** sha256 of the article text: the same text ingested twice is the same source. */
  contentHash: string;
  ingestedAt: string;
  statementCount: number;
}

export interface SpeakerRef {
  type: 'OFFICIAL' | 'ENTITY';
  id: string;
}

/**
 * What someone said, as an article reports it.
 *
 * Example: in "'The exportation of North Korean workers raises illicit revenue…,' Treasury
 * Secretary Steven Mnuchin said", the statement is { kind: QUOTE, text: "The exportation of North
 * Korean workers raises illicit revenue…", speakerName: "Steven Mnuchin", speaker: { type:
 * OFFICIAL, id: "steven-mnuchin" }, aboutIds: ["north-korea", "united-nations"], offsets of the
 * quoted words in the article }. Its id is `${sourceId}.${localId}`, derived from the article and
 * the statement's place in it, so ingesting the article again writes the same ids.
 */
export interface StatementRecord extends Versioned {
  id: string;
  sourceId: string;
  kind: StatementKind;
  text: string;
  /** The speaker as the article names it, kept even when no record matches ("US officials"). */
  speakerName: string;
  speaker?: SpeakerRef;
  aboutIds: string[];
  statedAt?: string;
  offsets: { start: number; end: number };
  status: ReviewStatus;
  confidence: number;
}
