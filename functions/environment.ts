/** What the stack tells a function through its environment; on AWS nothing falls back to local defaults. */
import { type TableNames, tableNameEnv } from '../store/tables.js';

export function requiredEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set; the stack sets it on the function`);
  return value;
}

/** The deployed table names (`ENTITIES_TABLE`, ...), where `tableNamesFromEnv` would fall back to local ones. */
export function deployedTableNames(env: NodeJS.ProcessEnv = process.env): TableNames {
  return Object.fromEntries(Object.entries(tableNameEnv).map(([id, name]) => [id, requiredEnv(name, env)])) as TableNames;
}
