/**
 * Reads an article file as editors have them: plain text (the whole file is the body), or JSON
 * in the fixtures' format ({ text, source: { url, title, publisher, publishedAt } }) or the
 * mutation's input format ({ text, url, title, publisher, publishedAt }).
 */
import { toDateTime } from './dateTime.js';

export interface ArticleFields {
  text: string;
  url?: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
}

export function articleFromFile(content: string, fileName: string): ArticleFields {
  if (!/\.json$/i.test(fileName)) return { text: content };
  let json: any;
  try {
    json = JSON.parse(content);
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof json?.text !== 'string') throw new Error(`${fileName}: JSON articles need a "text" string`);
  const meta = json.source && typeof json.source === 'object' ? json.source : json;
  const pick = (key: string) => (typeof meta[key] === 'string' && meta[key] ? { [key]: meta[key] as string } : {});
  return {
    text: json.text,
    ...pick('url'),
    ...pick('title'),
    ...pick('publisher'),
    ...(typeof meta.publishedAt === 'string' && /^\d{4}-\d{2}-\d{2}/.test(meta.publishedAt) ? { publishedAt: toDateTime(meta.publishedAt) } : pick('publishedAt')),
  };
}
