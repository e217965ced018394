/** Official: a named person with roles, and what they said. */
import type { OfficialRecord } from '../store/index.js';
import { builder } from './builder.js';
import { nodeLoadMany } from './nodeLoadMany.js';
import { recordByIdQuery } from './recordById.js';
import type { Context } from './context.js';
import { idOfType } from './globalId.js';
import type { PageArgs } from '../store/index.js';
import { acceptablePageArgs, connectionArgs, pageArgs, pageKey, same, toConnection } from './pagination.js';
import { selectedFieldArgs, startEarly, takeOrStart } from './prefetch.js';
import { EntityRef, OfficialConnection, OfficialRef, RoleRef, StatementConnection } from './refs.js';

/** Officials of a membership page: records already read, or loaded in one batch. */
export async function loadOfficials(items: { id: string; record?: OfficialRecord }[], context: Context) {
  return Promise.all(items.map((item) => item.record ?? context.loaders.official.load(item.id)));
}

const currentRole = (official: OfficialRecord) => official.roles.at(-1);

/** An official's statements, newest first: one page, started early when official(id:) selected it. */
const statementsBy = (context: Context, officialId: string, page: PageArgs) =>
  takeOrStart(context, pageKey('spoken', officialId, page), () =>
    context.store.statements.list({ speaker: { type: 'OFFICIAL', id: officialId } }, page));

builder.objectType(RoleRef, {
  description: 'A position an official holds or held.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'As the source wrote it: "Treasury Secretary", "defence minister".' }),
    organization: t.field({
      type: EntityRef,
      nullable: true,
      resolve: (role, _args, context) => (role.organizationId ? context.loaders.entity.load(role.organizationId) : null),
    }),
    country: t.field({
      type: EntityRef,
      nullable: true,
      resolve: (role, _args, context) => (role.countryId ? context.loaders.entity.load(role.countryId) : null),
    }),
    since: t.field({ type: 'DateTime', nullable: true, resolve: (role) => role.since ?? null }),
    until: t.field({ type: 'DateTime', nullable: true, resolve: (role) => role.until ?? null }),
  }),
});

builder.node(OfficialRef, {
  description: 'A named person who holds a public office or speaks for an organization.',
  id: { resolve: (official) => official.id },
  loadMany: nodeLoadMany('Official', (context) => context.loaders.official),
  fields: (t) => ({
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases'),
    title: t.string({ nullable: true, description: 'The title of the latest role.', resolve: (official) => currentRole(official)?.title ?? null }),
    country: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The country of the latest role that names one.',
      resolve: (official, _args, context) => {
        const countryId = official.roles.findLast((role) => role.countryId)?.countryId;
        return countryId ? context.loaders.entity.load(countryId) : null;
      },
    }),
    roles: t.field({ type: [RoleRef], description: 'Oldest first; the last is the current role.', resolve: (official) => official.roles }),
    statements: t.field({
      type: StatementConnection,
      description: 'What this official said, newest first.',
      args: connectionArgs(t.arg),
      resolve: async (official, args, context) =>
        toConnection(await statementsBy(context, official.id, pageArgs(args)), args.after ?? undefined, same),
    }),
  }),
});

builder.queryFields((t) => ({
  officials: t.field({
    type: OfficialConnection,
    description: 'Officials sorted by name: all, or those of an organization and/or a country (entity ids).',
    args: { organization: t.arg.id(), country: t.arg.id(), ...connectionArgs(t.arg) },
    resolve: async (_root, args, context) => {
      const organizationId = args.organization ? idOfType(args.organization, 'organization', 'Entity') : undefined;
      const countryId = args.country ? idOfType(args.country, 'country', 'Entity') : undefined;
      // An id of another type names no organization: no officials.
      if ((args.organization && !organizationId) || (args.country && !countryId)) {
        return toConnection<{ id: string }, never>({ items: [], hasNextPage: false }, undefined, () => []);
      }
      const page = await context.store.officials.list({ organizationId, countryId }, pageArgs(args));
      return toConnection(page, args.after ?? undefined, (items) => loadOfficials(items, context));
    },
  }),
}));

recordByIdQuery('official', OfficialRef, 'Official', (context) => context.loaders.official, (id, context, info) => {
  const page = acceptablePageArgs(selectedFieldArgs(info, 'statements'));
  if (page) startEarly(context, pageKey('spoken', id, page), () => statementsBy(context, id, page));
  return undefined;
});
