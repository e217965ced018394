/** `npm run schema`: prints the SDL to schema/schema.graphql (committed; a test fails on drift). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { schema } from './index.js';

export const schemaPath = fileURLToPath(new URL('./schema.graphql', import.meta.url));
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(schemaPath, printedSchema());
  console.log(`wrote ${schemaPath}`);
}
