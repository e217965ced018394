/** The `entity(id:)`-style queries: a global id of the right type loads the record; anything else of that shape answers null. */
import type DataLoader from 'dataloader';
import type { ObjectRef } from '@pothos/core';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { type NodeType, idOfType } from './globalId.js';

export function recordByIdQuery<T extends object>(
  name: string,
  ref: ObjectRef<any, T>,
  type: NodeType,
  loader: (context: Context) => DataLoader<string, T | undefined>,
) {
  builder.queryField(name, (t) =>
    t.field({
      type: ref,
      nullable: true,
      args: { id: t.arg.id({ required: true }) },
      // Pothos cannot relate a generic T to the ref's shape; the ref and loader types tie them.
      resolve: ((_root: unknown, args: { id: string }, context: Context) => {
        const id = idOfType(args.id, 'id', type);
        return id ? loader(context).load(id) : null;
      }) as never,
    }),
  );
}
