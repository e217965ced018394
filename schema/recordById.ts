/** The `entity(id:)`-style queries: a global id of the right type loads the record; anything else of that shape answers null. */
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { ObjectRef } from '@pothos/core';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { type NodeType, idOfType } from './globalId.js';

export function recordByIdQuery<T extends object>(
  name: string,
  ref: ObjectRef<any, T>,
  type: NodeType,
  loader: (context: Context) => DataLoader<string, T | undefined>,
  /** Reads the record another way (e.g. with its first page of statements), or undefined for the loader. */
  load?: (id: string, context: Context, info: GraphQLResolveInfo) => Promise<T | undefined> | undefined,
) {
  builder.queryField(name, (t) =>
    t.field({
      type: ref,
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      // Pothos cannot relate a generic T to the ref's shape; the ref and loader types tie them.
      resolve: ((_root: unknown, args: { id: string }, context: Context, info: GraphQLResolveInfo) => {
        const id = idOfType(args.id, 'id', type);
        if (!id) return null;
        return load?.(id, context, info) ?? loader(context).load(id);
      }) as never,
    }),
  );
}
