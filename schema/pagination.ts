/** Relay connection arguments (`first` 0–100, default 20; `after` an opaque cursor) and results. */
import * as z from 'zod/mini';
import type { Page, PageArgs } from '../store/index.js';
import { builder } from './builder.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

type ArgBuilder = Parameters<Parameters<typeof builder.queryFields>[0]>[0]['arg'];

// The rules of the two arguments, used by the fields and by the look-ahead alike.
const firstRule = z.number().check(
  z.int(),
  z.gte(0, { message: `first must be 0 or more` }),
  z.lte(MAX_PAGE_SIZE, { message: `first must be at most ${MAX_PAGE_SIZE}; page through longer lists with after: pageInfo.endCursor` }),
);
const afterRule = z.string().check(z.maxLength(2048, { message: 'after is not a cursor of this service' }));

export function connectionArgs(arg: ArgBuilder, defaultFirst = DEFAULT_PAGE_SIZE) {
  return {
    first: arg.int({
      defaultValue: defaultFirst,
      description: `How many items to return, from 0 to ${MAX_PAGE_SIZE}.`,
      validate: firstRule,
    }),
    after: arg.string({
      description: 'Return the items after this cursor (pageInfo.endCursor of the previous page).',
      validate: afterRule,
    }),
  };
}

export function pageArgs(args: { first?: number | null; after?: string | null }): PageArgs {
  return { first: args.first ?? DEFAULT_PAGE_SIZE, after: args.after ?? undefined };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A Relay connection from a store page, with nodes mapped (or loaded) as the field needs. */
export async function toConnection<S, T>(page: Page<S>, after: string | undefined, map: (items: S[]) => Promise<(T | undefined)[]> | (T | undefined)[]): Promise<Connection<T>> {
  const nodes = await map(page.items.map(({ item }) => item));
  const edges = page.items.flatMap(({ cursor }, i) => (nodes[i] ? [{ cursor, node: nodes[i] as T }] : []));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: Boolean(after),
      startCursor: page.items[0]?.cursor ?? null,
      endCursor: page.items.at(-1)?.cursor ?? null,
    },
  };
}

export const same = <T>(items: T[]) => items;

/** Page arguments looked ahead at (see prefetch.ts), when they are ones the field will accept. */
export function acceptablePageArgs(args: Record<string, unknown> | undefined): PageArgs | undefined {
  if (!args) return undefined;
  const first = firstRule.safeParse(args.first ?? DEFAULT_PAGE_SIZE);
  const after = z.optional(afterRule).safeParse(args.after ?? undefined);
  return first.success && after.success ? { first: first.data, after: after.data } : undefined;
}

/** What identifies one page of one connection in a request. */
export const pageKey = (connection: string, id: string, page: PageArgs) => `${connection}\u0000${id}\u0000${page.first}\u0000${page.after ?? ''}`;
