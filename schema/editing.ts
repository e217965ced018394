/**
 * Editors correct what the machine got wrong: rename, set aliases and descriptions, and merge two
 * records that are the same person or body. Every change names the version it was made against;
 * a stale version is a CONFLICT, never a lost update.
 */
import * as z from 'zod/mini';
import { builder } from './builder.js';
import { clientError } from './errors.js';
import { idOfType } from './globalId.js';
import { EntityRef, OfficialRef } from './refs.js';

const CONTROL = /[\u0000-\u001F\u007F]/;
const name = z.string().check(
  z.trim(),
  z.minLength(1, { message: 'name must not be empty' }),
  z.maxLength(200, { message: 'name must be at most 200 characters' }),
  z.refine((v) => !CONTROL.test(v), { message: 'name must not contain control characters' }),
);
const aliases = z.array(name).check(z.maxLength(100, { message: 'at most 100 aliases' }));

const recordId = (value: string, argument: string, type: 'Entity' | 'Official') => {
  const id = idOfType(value, argument, type);
  if (!id) throw clientError(`${argument} "${value.slice(0, 60)}" is not an ${type} id.`);
  return id;
};

const UpdateEntityInput = builder.inputType('UpdateEntityInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version you read; the change applies only to it.' }),
    name: t.string({ validate: name }),
    aliases: t.stringList({ validate: aliases }),
    description: t.string({ validate: z.string().check(z.maxLength(2000, { message: 'description must be at most 2,000 characters' })) }),
  }),
});

const UpdateOfficialInput = builder.inputType('UpdateOfficialInput', {
  fields: (t) => ({
    id: t.id({ required: true }),
    version: t.int({ required: true, description: 'The version you read; the change applies only to it.' }),
    name: t.string({ validate: name }),
    aliases: t.stringList({ validate: aliases }),
  }),
});

const MergeInput = builder.inputType('MergeInput', {
  description: 'Fold `remove` into `keep`: its statements, roles and names move to `keep`, and it is deleted.',
  fields: (t) => ({
    keep: t.id({ required: true }),
    keepVersion: t.int({ required: true }),
    remove: t.id({ required: true }),
    removeVersion: t.int({ required: true }),
  }),
});

builder.objectFields(EntityRef, (t) => ({ version: t.exposeInt('version', { description: 'Changes must name the version they were made against.' }) }));
builder.objectFields(OfficialRef, (t) => ({ version: t.exposeInt('version', { description: 'Changes must name the version they were made against.' }) }));

builder.mutationFields((t) => ({
  updateEntity: t.field({
    type: EntityRef,
    authScopes: { editor: true },
    args: { input: t.arg({ type: UpdateEntityInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.store.entities.update(recordId(input.id, 'id', 'Entity'), input.version, {
        ...(input.name ? { name: input.name } : {}),
        ...(input.aliases ? { aliases: input.aliases } : {}),
        ...(input.description != null ? { description: input.description } : {}),
      }),
  }),
  updateOfficial: t.field({
    type: OfficialRef,
    authScopes: { editor: true },
    args: { input: t.arg({ type: UpdateOfficialInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.store.officials.update(recordId(input.id, 'id', 'Official'), input.version, {
        ...(input.name ? { name: input.name } : {}),
        ...(input.aliases ? { aliases: input.aliases } : {}),
      }),
  }),
  mergeEntities: t.field({
    type: EntityRef,
    authScopes: { editor: true },
    args: { input: t.arg({ type: MergeInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.store.mergeEntities({
        keepId: recordId(input.keep, 'keep', 'Entity'), keepVersion: input.keepVersion,
        removeId: recordId(input.remove, 'remove', 'Entity'), removeVersion: input.removeVersion,
      }),
  }),
  mergeOfficials: t.field({
    type: OfficialRef,
    authScopes: { editor: true },
    args: { input: t.arg({ type: MergeInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.store.mergeOfficials({
        keepId: recordId(input.keep, 'keep', 'Official'), keepVersion: input.keepVersion,
        removeId: recordId(input.remove, 'remove', 'Official'), removeVersion: input.removeVersion,
      }),
  }),
}));
