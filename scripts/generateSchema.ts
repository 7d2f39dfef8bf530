// npm run schema: write the JSON Schema for officers' editors into data/schema/, from the zod
// schema in src/domain/schema.ts. tests/unit/jsonSchema.test.ts fails when the two drift apart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSchemas, jsonSchemaFileNames, toJsonSchema, type FileKind } from '../src/domain/schema.ts';

const folder = process.argv[2] ?? 'data/schema';
mkdirSync(folder, { recursive: true });
for (const kind of Object.keys(fileSchemas) as FileKind[]) {
  const path = join(folder, jsonSchemaFileNames[kind]);
  writeFileSync(path, `${JSON.stringify(toJsonSchema(kind), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
