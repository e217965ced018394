/** Relay global ids ("Entity:united-states", base64-encoded) decoded with a clear error when malformed. */
import { decodeGlobalID } from '@pothos/plugin-relay';
import { clientError } from './errors.js';

export type NodeType = 'Entity' | 'Official' | 'Statement' | 'Source';

export function parseGlobalId(value: string, argument: string): { typename: string; id: string } {
  try {
    if (value.length > 512) throw new Error('too long');
    const decoded = decodeGlobalID(value);
    if (!decoded.typename || !decoded.id) throw new Error('empty');
    return decoded;
  } catch {
    throw clientError(`${argument} "${value.slice(0, 60)}" is not an id of this service; use an id returned by a query.`);
  }
}

/** The record id inside a global id of one of `types`, or undefined for an id of another type. */
export function idOfType(value: string, argument: string, ...types: NodeType[]): string | undefined {
  const { typename, id } = parseGlobalId(value, argument);
  return (types as string[]).includes(typename) ? id : undefined;
}
