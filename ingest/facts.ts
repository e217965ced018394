/**
 * Facts about one article, named rather than identified: what extraction produces and what a
 * curated fact file holds. `storeFacts` resolves the names against the store and writes them.
 */
import type { EntityKind, ReviewStatus, StatementKind } from '../store/index.js';

export interface ArticleInput {
  text: string;
  url?: string;
  title?: string;
  publisher?: string;
  /** RFC 3339 date-time. */
  publishedAt?: string;
}

export interface NamedEntity {
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** Name of the country entity it belongs to. */
  country?: string;
  description?: string;
}

export interface NamedRole {
  title: string;
  organization?: string;
  country?: string;
}

export interface NamedOfficial {
  name: string;
  aliases: string[];
  roles: NamedRole[];
}

export interface NamedStatement {
  kind: StatementKind;
  text: string;
  speakerName: string;
  speaker?: { type: 'OFFICIAL' | 'ENTITY'; name: string };
  /** Names of the entities it concerns. */
  about: string[];
  statedAt?: string;
  offsets: { start: number; end: number };
  status: ReviewStatus;
  confidence: number;
}

export interface ArticleFacts {
  article: ArticleInput;
  entities: NamedEntity[];
  officials: NamedOfficial[];
  statements: NamedStatement[];
}
