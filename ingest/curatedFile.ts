/**
 * Curated fact files (the format of fixtures/articles/*.json): an article with hand-made
 * entities, officials and statements. Curated statements are VERIFIED; each is linked to the
 * entities mentioned in its sentence, and placed in the text by its words.
 */
import * as z from 'zod/mini';
import './zodMessages.js';
import { entityKinds, statementKinds } from '../store/index.js';
import { toDateTime } from './dateTime.js';
import type { ArticleFacts, NamedEntity } from './facts.js';

const nullable = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.nullish(schema), z.transform((v: z.output<T> | null | undefined) => v ?? undefined));

export const curatedFileSchema = z.object({
  id: z.optional(z.string()),
  source: z.object({
    url: nullable(z.url({ protocol: /^https?$/ })),
    title: nullable(z.string()),
    publisher: nullable(z.string()),
    publishedAt: nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/, 'publishedAt must be a date such as 2020-01-15'))),
  }),
  text: z.string().check(z.minLength(1, 'text must not be empty')),
  entities: z.array(z.object({ name: z.string().check(z.minLength(1)), kind: z.enum(entityKinds), mentions: z._default(z.array(z.string()), []) })),
  officials: z.array(z.object({
    name: z.string().check(z.minLength(1)),
    titles: z._default(z.array(z.string()), []),
    organization: nullable(z.string()),
    country: nullable(z.string()),
  })),
  statements: z.array(z.object({
    kind: z.enum(statementKinds),
    speaker: z.string().check(z.minLength(1)),
    speakerNamed: z.optional(z.boolean()),
    text: z.string().check(z.minLength(1)),
  })),
});

export type CuratedFile = z.infer<typeof curatedFileSchema>;


const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentence (or paragraph, at worst) around a span of the text. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["”’]?\s+[^.!?]*$/)) + 1;
  const after = text.slice(end).search(/\n|[.!?]["”’]?\s/);
  return text.slice(from, after < 0 ? text.length : end + after + 1);
}

export function curatedFacts(file: CuratedFile): ArticleFacts {
  const statedAt = file.source.publishedAt ? toDateTime(file.source.publishedAt) : undefined;
  // A government body's country, from the officials that serve it.
  const countryOf = new Map<string, string>();
  for (const official of file.officials) {
    if (official.organization && official.country) countryOf.set(official.organization, official.country);
  }
  const entities: NamedEntity[] = file.entities.map((entity) => ({
    name: entity.name,
    kind: entity.kind,
    aliases: [...new Set(entity.mentions.filter((m) => m !== entity.name))],
    ...(entity.kind !== 'COUNTRY' && countryOf.get(entity.name) ? { country: countryOf.get(entity.name) } : {}),
  }));
  const mentionPatterns = file.entities.map((entity) => ({
    name: entity.name,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[entity.name, ...entity.mentions].map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u'),
  }));
  const officialNames = new Set(file.officials.map((o) => o.name));
  const entityNames = new Set(file.entities.map((e) => e.name));

  return {
    article: {
      text: file.text,
      ...(file.source.url ? { url: file.source.url } : {}),
      ...(file.source.title ? { title: file.source.title } : {}),
      ...(file.source.publisher ? { publisher: file.source.publisher } : {}),
      ...(file.source.publishedAt ? { publishedAt: toDateTime(file.source.publishedAt) } : {}),
    },
    entities,
    officials: file.officials.map((official) => ({
      name: official.name,
      aliases: [official.name.split(' ').at(-1)!].filter((surname) => surname !== official.name),
      roles: (official.titles.length ? official.titles : ['']).filter(Boolean).map((title) => ({
        title,
        ...(official.organization ? { organization: official.organization } : {}),
        ...(official.country ? { country: official.country } : {}),
      })),
    })),
    statements: file.statements.map((statement) => {
      const start = file.text.indexOf(statement.text);
      const offsets = start >= 0 ? { start, end: start + statement.text.length } : { start: 0, end: 0 };
      const context = start >= 0 ? sentenceAround(file.text, offsets.start, offsets.end) : statement.text;
      return {
        kind: statement.kind,
        text: statement.text,
        speakerName: statement.speaker,
        ...(officialNames.has(statement.speaker)
          ? { speaker: { type: 'OFFICIAL' as const, name: statement.speaker } }
          : entityNames.has(statement.speaker)
            ? { speaker: { type: 'ENTITY' as const, name: statement.speaker } }
            : {}),
        about: mentionPatterns.filter(({ pattern }) => pattern.test(context)).map(({ name }) => name),
        ...(statedAt ? { statedAt } : {}),
        offsets,
        status: 'VERIFIED' as const,
        confidence: 1,
      };
    }),
  };
}

/** Parses a curated file, with a message that names the file and the fields to fix. */
export function parseCuratedFile(json: unknown, fileName: string): ArticleFacts {
  const result = curatedFileSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new Error(`${fileName} is not a curated fact file:\n  ${problems.join('\n  ')}`);
  }
  return curatedFacts(result.data);
}
