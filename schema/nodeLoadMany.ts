/**
 * The `loadMany` of a node type: its records from the request's loader, each branded with the type
 * as it loads. Pothos's relay plugin brands loaded nodes itself only after its request cache has
 * handed them out, so a second `node(id:)` of the same id in one request got its record unbranded
 * and failed ("Abstract type \"Node\" must resolve to an Object type", @pothos/plugin-relay 4.8.1).
 */
import { brandWithType } from '@pothos/core';
import type DataLoader from 'dataloader';
import type { Context } from './context.js';
import type { NodeType } from './globalId.js';

export function nodeLoadMany<T>(type: NodeType, loader: (context: Context) => DataLoader<string, T | undefined>) {
  return (ids: string[], context: Context) =>
    Promise.all(ids.map(async (id) => {
      const record = await loader(context).load(id);
      // By name, as the plugin brands it afterwards: a brand is defined once and cannot change.
      brandWithType(record, type as never);
      return record;
    }));
}
