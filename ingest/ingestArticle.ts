/**
 * The pipeline from an article to stored facts, shared by the GraphQL mutation and the bulk
 * ingest function: check the input, extract (pure), resolve names against the store, write once.
 */
import type { ExtractedArticle } from '../extract/index.js';
import type { Store } from '../store/index.js';
import { parseArticleInput } from './articleInput.js';
import { toDateTime } from './dateTime.js';
import type { ArticleFacts, ArticleInput } from './facts.js';
import { type StoredArticle, storeFacts } from './storeFacts.js';

// Extraction and its gazetteers load on the first ingestion, not in every cold start of the
// GraphQL function, most of whose requests only read. That function ships them as a file of its own
// (infra/lazyModules.ts), which its bundler names here; run from source, the constant is unset.
const loadExtractor = (): Promise<typeof import('../extract/index.js')> =>
  process.env.FACT_SERVICE_EXTRACTOR_FILE
    ? import(/* @vite-ignore */ process.env.FACT_SERVICE_EXTRACTOR_FILE)
    : import('../extract/index.js');


/** Extraction's findings as facts to store: machine-made statements await review. */
export function factsFromExtraction(article: ArticleInput, extracted: ExtractedArticle): ArticleFacts {
  return {
    article,
    entities: extracted.entities.map((entity) => ({
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases.filter((alias) => alias !== entity.name),
      ...(entity.country && entity.country !== entity.name ? { country: entity.country } : {}),
    })),
    officials: extracted.officials.map((official) => ({
      name: official.name,
      aliases: official.aliases.filter((alias) => alias !== official.name),
      roles: official.roles.map((role) => ({
        title: role.title,
        ...(role.organization ? { organization: role.organization } : {}),
        ...(role.country ? { country: role.country } : {}),
      })),
    })),
    statements: extracted.statements.map((statement) => ({
      kind: statement.kind,
      text: statement.text,
      speakerName: statement.speakerName,
      ...(statement.speaker ? { speaker: statement.speaker } : {}),
      about: statement.about,
      ...(statement.statedAt ? { statedAt: toDateTime(statement.statedAt) } : {}),
      offsets: statement.span,
      status: 'UNREVIEWED' as const,
      confidence: statement.confidence,
    })),
  };
}

/** Ingests one article; throws InvalidArticleError (nothing written) when the input is not acceptable. */
export async function ingestArticle(store: Store, input: unknown, now?: string): Promise<StoredArticle> {
  const article = parseArticleInput(input);
  const { extractArticle } = await loadExtractor();
  const extracted = extractArticle(article.text, { publishedAt: article.publishedAt });
  return storeFacts(store, factsFromExtraction(article, extracted), now);
}
