/**
 * A log of the DynamoDB commands a client sent, filled by SDK middleware, so tests and the
 * benchmark can count the calls a request made (and prove there is no Scan).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface CommandLogEntry {
  command: string; // e.g. "Query", "BatchGetItem"
  table?: string;
  index?: string;
}

export class CommandLog {
  private entries: CommandLogEntry[] = [];

  record(entry: CommandLogEntry): void {
    this.entries.push(entry);
  }

  /** Everything recorded since the last `clear()`. */
  list(): readonly CommandLogEntry[] {
    return this.entries;
  }

  /** Counts by command name, e.g. { Query: 1, BatchGetItem: 2 }. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { command } of this.entries) counts[command] = (counts[command] ?? 0) + 1;
    return counts;
  }

  clear(): void {
    this.entries = [];
  }
}

/** Records every command sent through `client` (and so through a document client made from it). */
export function attachCommandLog(client: DynamoDBClient, log: CommandLog): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TableName?: string; IndexName?: string; RequestItems?: Record<string, unknown> };
      log.record({
        command: String(context.commandName ?? 'Unknown').replace(/Command$/, ''),
        table: input.TableName ?? (input.RequestItems ? Object.keys(input.RequestItems).join(',') : undefined),
        index: input.IndexName,
      });
      return next(args);
    },
    { step: 'initialize', name: 'factsCommandLog', override: true },
  );
}
