/** Every node's id is encoded without a promise, as the relay plugin's own resolver encodes it. */
import { encodeGlobalID } from '@pothos/plugin-relay';
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import { type GraphQLFieldResolver, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { builder } from '../../schema/builder.js';
import { schema } from '../../schema/index.js';
import { withSynchronousNodeIds } from '../../schema/synchronousNodeIds.js';

const nodeTypes = Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'));
const info = {} as GraphQLResolveInfo;

describe('node ids', () => {
  it('are resolved synchronously for every node type, to the id the relay plugin gives', async () => {
    expect(nodeTypes.map((type) => type.name).sort()).toEqual(['Entity', 'Official', 'Source', 'Statement']);
    for (const type of nodeTypes) {
      const field = (type as { getFields(): Record<string, { resolve?: GraphQLFieldResolver<unknown, unknown>; extensions: Record<string, any> }> }).getFields().id;
      const parent = { id: 'united-states' };
      const id = field.resolve!(parent, {}, {}, info);
      expect(typeof id, type.name).toBe('string');
      expect(id).toBe(encodeGlobalID(type.name, 'united-states'));
      await expect(field.extensions.pothosConfig.resolve(parent, {}, {}, info)).resolves.toBe(id);
    }
  });

  it("use the given encoder, and leave an id that is not a plain value to the plugin's resolver", async () => {
    const local = new SchemaBuilder<{ Context: { prefix: string } }>({ plugins: [ScopeAuthPlugin, RelayPlugin], relay: {}, scopeAuth: { authScopes: () => ({}) } });
    const Plain = local.node(local.objectRef<{ key: string }>('Plain'), { id: { resolve: (item) => item.key }, fields: (t) => ({ key: t.exposeString('key') }) });
    const Later = local.node(local.objectRef<{ key: string }>('Later'), { id: { resolve: async (item) => item.key }, fields: (t) => ({ key: t.exposeString('key') }) });
    local.queryType({ fields: (t) => ({ plain: t.field({ type: Plain, resolve: () => ({ key: 'a' }) }), later: t.field({ type: Later, resolve: () => ({ key: 'b' }) }) }) });
    const built = withSynchronousNodeIds(local.toSchema(), (typename, id, context: { prefix: string }) => `${context.prefix}${typename}/${id}`);
    const idOf = (name: string) => (built.getType(name) as { getFields(): Record<string, { resolve?: GraphQLFieldResolver<unknown, unknown> }> }).getFields().id.resolve!;
    expect(idOf('Plain')({ key: 'a' }, {}, { prefix: '>' }, info)).toBe('>Plain/a');
    const later = idOf('Later')({ key: 'b' }, {}, { prefix: '>' }, info);
    expect(later).toBeInstanceOf(Promise);
    await expect(later).resolves.toBe(encodeGlobalID('Later', 'b'));
    expect(builder.options.relay?.encodeGlobalID, 'schema/index.ts passes the encoder on; this test assumes the default').toBeUndefined();
  });
});
