/**
 * Node ids answered synchronously. Pothos's relay plugin (4.8.1) gives every node an async `id`
 * resolver (`t.globalID` awaits the id before encoding it), so every node of a page is a promise
 * and graphql-js completes the whole page on its promise path (an object per node assembled from
 * promises, lists through Promise.all): measured ~35 µs of CPU on a page of 20 entities, a fifth
 * of what GraphQL adds to the store call. Our nodes' ids are plain record fields, so the same
 * global id is encoded on the spot, and a page with no other async field completes synchronously.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';

type IdResolver = GraphQLFieldResolver<unknown, unknown>;

/**
 * Replaces the `id` resolver of each Node type whose resolver no other plugin wrapped (scope auth,
 * for one, must keep its check), leaving anything but a plain string or number id (a promise,
 * a null) to the plugin's own. `encode` is the builder's `relay.encodeGlobalID` when it sets one.
 */
export function withSynchronousNodeIds<Context>(
  schema: GraphQLSchema,
  encode: (typename: string, id: string, context: Context) => string = (typename, id) => encodeGlobalID(typename, id),
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.getInterfaces().some((i) => i.name === 'Node')) continue;
    const field = type.getFields().id;
    const rawId = (type.extensions.pothosOptions as { id?: { resolve?: IdResolver } } | undefined)?.id?.resolve;
    const pluginResolve = field?.resolve;
    if (!field || !rawId || !pluginResolve || field.extensions.pothosResolveWrapped !== false) continue;
    const typename = type.name;
    field.resolve = (parent, args, context, info) => {
      const id = rawId(parent, args, context, info);
      return typeof id === 'string' || typeof id === 'number' ? encode(typename, String(id), context as Context) : pluginResolve(parent, args, context, info);
    };
  }
  return schema;
}
