/** search: entities and officials whose name or alias starts with the text, best matches first. */
import * as z from 'zod/mini';
import { compareHits, normalizeName } from '../store/index.js';
import { builder } from './builder.js';
import { SearchResultUnion } from './refs.js';

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchResultUnion],
    description: 'Entities and officials whose name, an alias, or a later word of the name starts with text ("mnuch", "treasury", "korea").',
    args: {
      text: t.arg.string({
        required: true,
        validate: z.string().check(z.trim(), z.minLength(1, { message: 'text must not be empty' }), z.maxLength(200, { message: 'text must be at most 200 characters' })),
      }),
      first: t.arg.int({ defaultValue: 10, validate: z.number().check(z.int(), z.gte(1, { message: 'first must be 1 or more' }), z.lte(50, { message: 'first must be at most 50' })) }),
    },
    resolve: async (_root, args, context) => {
      const limit = args.first ?? 10;
      const [entities, officials] = await Promise.all([
        context.store.entities.search(args.text, limit),
        context.store.officials.search(args.text, limit),
      ]);
      const prefix = normalizeName(args.text);
      const hits = [
        ...entities.map((hit) => ({ ...hit, type: 'entity' as const })),
        ...officials.map((hit) => ({ ...hit, type: 'official' as const })),
      ].sort((a, b) => compareHits(a, b, prefix)).slice(0, limit);
      const records = await Promise.all(
        hits.map((hit) => (hit.type === 'entity' ? context.loaders.entity.load(hit.id) : context.loaders.official.load(hit.id))),
      );
      return records.filter((record) => record !== undefined);
    },
  }),
}));
