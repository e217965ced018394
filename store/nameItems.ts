/**
 * Name and search items shared by the Entities and Officials tables. A name item claims a
 * normalized alias for one record (a conditional put, so two concurrent writers cannot give one
 * name to two records); search items list every alias and every word suffix of the name
 * ("trading corporation" finds "Korea Namgang Trading Corporation") for prefix search.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from './batchGet.js';
import { nameKey, searchKey } from './keys.js';
import { normalizeName } from './normalizeName.js';
import type { TransactItem } from './transactWrite.js';

export function normalizedNames(name: string, aliases: readonly string[]): string[] {
  return [...new Set([name, ...aliases].map(normalizeName).filter(Boolean))];
}

export function searchForms(name: string, aliases: readonly string[]): string[] {
  const forms = new Set(normalizedNames(name, aliases));
  const words = normalizeName(name).split(' ');
  for (let i = 1; i < words.length; i++) if (words[i].length >= 3) forms.add(words.slice(i).join(' '));
  return [...forms];
}

/** Which record (if any) holds each normalized name. */
export async function nameHolders(doc: DynamoDBDocumentClient, table: string, names: readonly string[]): Promise<Map<string, string>> {
  const items = await batchGetItems(doc, names.map((name) => ({ table, key: nameKey(name) })));
  const holders = new Map<string, string>();
  items.forEach((item, i) => item && holders.set(names[i], String(item.targetId)));
  return holders;
}

export function claimNames(table: string, id: string, names: readonly string[], display: string): TransactItem[] {
  return names.map((name) => ({
    Put: {
      TableName: table,
      Item: { ...nameKey(name), itemType: 'NAME', targetId: id, display },
      ConditionExpression: 'attribute_not_exists(pk) OR targetId = :id',
      ExpressionAttributeValues: { ':id': id },
    },
  }));
}

export function releaseNames(table: string, id: string, names: readonly string[]): TransactItem[] {
  return names.map((name) => ({
    Delete: {
      TableName: table,
      Key: nameKey(name),
      ConditionExpression: 'attribute_not_exists(pk) OR targetId = :id',
      ExpressionAttributeValues: { ':id': id },
    },
  }));
}

export function putSearchItems(table: string, id: string, forms: readonly string[]): TransactItem[] {
  return forms.map((form) => ({ Put: { TableName: table, Item: { ...searchKey(form, id), itemType: 'SEARCH', targetId: id } } }));
}

export function deleteSearchItems(table: string, id: string, forms: readonly string[]): TransactItem[] {
  return forms.map((form) => ({ Delete: { TableName: table, Key: searchKey(form, id) } }));
}
