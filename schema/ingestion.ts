/** ingestArticle: editors give an article; the service reads it and stores who said what. */
import { ingestArticle } from '../ingest/ingestArticle.js';
import { builder } from './builder.js';
import { EntityRef, OfficialRef, SourceRef } from './refs.js';

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  description: 'An article to read. Only text is required; the same article (same url, or same text without one) is stored once.',
  fields: (t) => ({
    text: t.string({ required: true, description: 'The article body, at most 200,000 characters.' }),
    url: t.string({ description: 'Where it was published (http or https); it identifies the article.' }),
    title: t.string(),
    publisher: t.string(),
    publishedAt: t.field({ type: 'DateTime', description: 'Dates relative to it ("on Tuesday") are resolved against it.' }),
  }),
});

const IngestArticlePayload = builder
  .objectRef<{ source: import('../store/index.js').SourceRecord; entities: import('../store/index.js').EntityRecord[]; officials: import('../store/index.js').OfficialRecord[]; created: boolean }>('IngestArticlePayload')
  .implement({
    fields: (t) => ({
      source: t.field({ type: SourceRef, resolve: (payload) => payload.source }),
      entities: t.field({ type: [EntityRef], description: 'The entities the article mentions.', resolve: (payload) => payload.entities }),
      officials: t.field({ type: [OfficialRef], description: 'The officials the article names.', resolve: (payload) => payload.officials }),
      created: t.boolean({ description: 'False when the article was already stored (nothing changed).', resolve: (payload) => payload.created }),
    }),
  });

builder.mutationType({ description: 'Changes, for editors only (Authorization: Bearer <editor key>).' });

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    authScopes: { editor: true },
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: (_root, args, context) => ingestArticle(context.store, args.input),
  }),
}));
