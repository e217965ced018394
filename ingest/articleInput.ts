/**
 * What an article submitted for ingestion must be, checked before anything is read or written:
 * the GraphQL input and the bulk-ingest function share these rules and their messages.
 */
import * as z from 'zod/mini';
import './zodMessages.js';
import { parseDateTime } from './dateTime.js';
import type { ArticleInput } from './facts.js';

export const MAX_ARTICLE_CHARACTERS = 200_000;

// Tabs and line breaks are text; other control characters are corruption or an attack.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const printable = (field: string) => (value: string) => !CONTROL_CHARACTERS.test(value) || `${field} must not contain control characters`;

const text = (field: string, max: number) =>
  z.string().check(
    z.superRefine((value, context) => {
      const problem = value.length > max ? `${field} must be at most ${max.toLocaleString('en-US')} characters (it has ${value.length.toLocaleString('en-US')})` : printable(field)(value);
      if (typeof problem === 'string') context.addIssue({ code: 'custom', message: problem });
    }),
  );

export const articleFields = {
  text: text('text', MAX_ARTICLE_CHARACTERS).check(z.refine((value) => value.trim().length > 0, { message: 'text must not be empty' })),
  url: z.string().check(
    z.maxLength(2048, { message: 'url must be at most 2,048 characters' }),
    z.refine((value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value) && URL.canParse(value), { message: 'url must be an absolute http or https URL, such as https://example.com/news/1' }),
  ),
  title: text('title', 500),
  publisher: text('publisher', 200),
  publishedAt: z.pipe(
    z.union([z.date(), z.string()]),
    z.transform((value: Date | string, context) => {
      const date = value instanceof Date ? value : parseDateTime(value);
      if (Number.isNaN(date.getTime()) || (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(value))) {
        // A zod/mini transform has no addIssue: the issue goes on the payload, as addIssue would put it.
        context.issues.push({ code: 'custom', message: 'publishedAt must be an RFC 3339 date-time such as 2020-01-15T00:00:00Z', input: value });
        return z.NEVER;
      }
      return date.toISOString();
    }),
  ),
};

export const articleInputSchema = z.object({
  text: articleFields.text,
  url: z.nullish(articleFields.url),
  title: z.nullish(articleFields.title),
  publisher: z.nullish(articleFields.publisher),
  publishedAt: z.nullish(articleFields.publishedAt),
});

export class InvalidArticleError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'InvalidArticleError';
  }
}

/** The article, cleaned of nulls, or an InvalidArticleError that lists every problem. */
export function parseArticleInput(input: unknown): ArticleInput {
  const result = articleInputSchema.safeParse(input);
  if (!result.success) {
    throw new InvalidArticleError(result.error.issues.map((issue) => (issue.path.length && !issue.message.startsWith(String(issue.path[0])) ? `${issue.path.join('.')}: ${issue.message}` : issue.message)));
  }
  const { text, url, title, publisher, publishedAt } = result.data;
  return { text, ...(url ? { url } : {}), ...(title ? { title } : {}), ...(publisher ? { publisher } : {}), ...(publishedAt ? { publishedAt } : {}) };
}
