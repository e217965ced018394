/** Entity: a country, government body, company, organization or region, with its officials and the statements about it. */
import { builder } from './builder.js';
import { nodeLoadMany } from './nodeLoadMany.js';
import { recordByIdQuery } from './recordById.js';
import type { PageArgs } from '../store/index.js';
import type { Context } from './context.js';
import { acceptablePageArgs, connectionArgs, pageArgs, pageKey, same, toConnection } from './pagination.js';
import { selectedFieldArgs, startEarly, takeOrStart } from './prefetch.js';
import { EntityConnection, EntityKindEnum, EntityRef, OfficialConnection, StatementConnection } from './refs.js';
import { loadOfficials } from './official.js';

/** Statements about an entity, newest first: one page, started early when entity(id:) selected it. */
const statementsAbout = (context: Context, entityId: string, page: PageArgs) =>
  takeOrStart(context, pageKey('about', entityId, page), () => context.store.statements.list({ aboutId: entityId }, page));

/** Officials serving an entity (any relation), by name: one page, started early when entity(id:) selected it. */
const officialsServing = (context: Context, entityId: string, page: PageArgs) =>
  takeOrStart(context, pageKey('members', entityId, page), () => context.store.officials.list({ memberOfId: entityId }, page));

builder.node(EntityRef, {
  description: 'A country, government body, company, international organization, other organization or region.',
  id: { resolve: (entity) => entity.id },
  loadMany: nodeLoadMany('Entity', (context) => context.loaders.entity),
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: EntityKindEnum }),
    aliases: t.exposeStringList('aliases', { description: 'Every surface form that resolves to this entity ("US", "American", "Washington").' }),
    description: t.exposeString('description', { nullable: true }),
    country: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The country a government body or region belongs to.',
      resolve: (entity, _args, context) => (entity.countryId ? context.loaders.entity.load(entity.countryId) : null),
    }),
    officials: t.field({
      type: OfficialConnection,
      description: 'Officials who serve this organization or this country, by name.',
      args: connectionArgs(t.arg),
      resolve: async (entity, args, context) => {
        const page = await officialsServing(context, entity.id, pageArgs(args));
        return toConnection(page, args.after ?? undefined, (items) => loadOfficials(items, context));
      },
    }),
    statements: t.field({
      type: StatementConnection,
      description: 'Statements about this entity, newest first.',
      args: connectionArgs(t.arg),
      resolve: async (entity, args, context) =>
        toConnection(await statementsAbout(context, entity.id, pageArgs(args)), args.after ?? undefined, same),
    }),
  }),
});

builder.queryFields((t) => ({
  entities: t.field({
    type: EntityConnection,
    description: 'Entities sorted by name, of one kind or of every kind.',
    args: { kind: t.arg({ type: EntityKindEnum }), ...connectionArgs(t.arg) },
    resolve: async (_root, args, context) =>
      toConnection(await context.store.entities.list(args.kind ?? undefined, pageArgs(args)), args.after ?? undefined, same),
  }),
}));

recordByIdQuery('entity', EntityRef, 'Entity', (context) => context.loaders.entity, (id, context, info) => {
  const statements = acceptablePageArgs(selectedFieldArgs(info, 'statements'));
  if (statements) startEarly(context, pageKey('about', id, statements), () => statementsAbout(context, id, statements));
  const officials = acceptablePageArgs(selectedFieldArgs(info, 'officials'));
  if (officials) startEarly(context, pageKey('members', id, officials), () => officialsServing(context, id, officials));
  return undefined;
});
