// The public shapes of extraction results. Offsets index into the text given to extractArticle.

export type EntityKind =
  | 'COUNTRY'
  | 'GOVERNMENT_BODY'
  | 'COMPANY'
  | 'INTERNATIONAL_ORGANIZATION'
  | 'ORGANIZATION'
  | 'REGION';

/** Offsets into the input text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractedEntity {
  name: string;
  kind: EntityKind;
  /** Every surface form seen in the text plus known aliases (common/official names, demonyms, capital). */
  aliases: string[];
  /** Canonical name of the country a government body belongs to. */
  country?: string;
  mentions: Span[];
}

export interface ExtractedRole {
  title: string;
  /** Canonical entity name. */
  organization?: string;
  /** Canonical entity name. */
  country?: string;
}

export interface ExtractedOfficial {
  /** Full name. */
  name: string;
  /** Other forms that refer to the person, e.g. the surname. */
  aliases: string[];
  roles: ExtractedRole[];
  mentions: Span[];
}

export interface ExtractedStatement {
  kind: 'QUOTE' | 'PARAPHRASE';
  /** QUOTE: verbatim words inside the marks; PARAPHRASE: the reported clause. */
  text: string;
  /** The speaker as the article names it, resolved to the full name when known; unnamed speakers kept as written. */
  speakerName: string;
  speaker?: { type: 'OFFICIAL' | 'ENTITY'; name: string };
  /** Canonical names of extracted entities mentioned in the statement or its sentence. */
  about: string[];
  /** ISO date (YYYY-MM-DD) when derivable. */
  statedAt?: string;
  span: Span;
  confidence: number;
}

export interface ExtractedArticle {
  entities: ExtractedEntity[];
  officials: ExtractedOfficial[];
  statements: ExtractedStatement[];
}

export interface ExtractOptions {
  /** ISO date or date-time of publication; anchors relative dates. */
  publishedAt?: string;
}
