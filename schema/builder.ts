/** The one typed SchemaBuilder; each type file registers itself on it. */
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from './context.js';
import { clientError } from './errors.js';

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { editor: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
    ID: { Input: string; Output: string };
  };
}>({
  plugins: [ScopeAuthPlugin, RelayPlugin, ValidationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // node(id:) and nodes(ids:) answer null for ids that name nothing.
    nodeQueryOptions: { nullable: true },
    nodesQueryOptions: { nullable: { list: false, items: true } },
  },
  scopeAuth: {
    authScopes: (context) => ({ editor: context.isEditor }),
    unauthorizedError: () =>
      clientError('This operation needs an editor key: send the header "Authorization: Bearer <editor key>".', 'UNAUTHENTICATED'),
  },
  validation: {
    validationError: (result) =>
      clientError(result.issues.map((issue) => `${issue.path?.map((p) => (typeof p === 'object' ? p.key : p)).join('.') || 'input'}: ${issue.message}`).join('; ')),
  },
});

builder.addScalarType('DateTime', DateTimeResolver);

builder.queryType({ description: 'Facts drawn from the news: entities, officials and what they said.' });
