/** Source: an article the facts come from, with its statements in reading order. */
import { builder } from './builder.js';
import { nodeLoadMany } from './nodeLoadMany.js';
import { recordByIdQuery } from './recordById.js';
import { acceptablePageArgs, connectionArgs, pageArgs, pageKey, same, toConnection } from './pagination.js';
import { selectedFieldArgs, startEarly, takeOrStart } from './prefetch.js';
import { SourceConnection, SourceRef, StatementConnection } from './refs.js';

builder.node(SourceRef, {
  description: 'A news article that statements come from.',
  id: { resolve: (source) => source.id },
  loadMany: nodeLoadMany('Source', (context) => context.loaders.source),
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    publishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (source) => source.publishedAt ?? null }),
    ingestedAt: t.field({ type: 'DateTime', resolve: (source) => source.ingestedAt }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 of the text: the same text is the same source.' }),
    statements: t.field({
      type: StatementConnection,
      description: 'The statements of this article, in the order they appear.',
      args: connectionArgs(t.arg),
      resolve: async (source, args, context) => {
        const page = pageArgs(args);
        const statements = await takeOrStart(context, pageKey('source', source.id, page), () => context.store.statements.listBySource(source.id, page));
        return toConnection(statements, args.after ?? undefined, same);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  sources: t.field({
    type: SourceConnection,
    description: 'Articles, newest first.',
    args: connectionArgs(t.arg),
    resolve: async (_root, args, context) =>
      toConnection(await context.store.statements.listSources(pageArgs(args)), args.after ?? undefined, same),
  }),
}));

// source(id:) with its first page of statements is one Query of the article's partition.
recordByIdQuery('source', SourceRef, 'Source', (context) => context.loaders.source, (id, context, info) => {
  const page = acceptablePageArgs(selectedFieldArgs(info, 'statements'));
  if (!page || page.after) return undefined;
  const read = context.store.statements.getSourceWithStatements(id, page.first);
  startEarly(context, pageKey('source', id, page), async () => (await read).statements);
  return read.then(({ source }) => {
    if (source) context.loaders.source.prime(id, source);
    return source;
  });
});
