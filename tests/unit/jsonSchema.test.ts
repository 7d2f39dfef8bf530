import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSchemas, jsonSchemaFileNames, toJsonSchema, type FileKind } from '../../src/domain/schema';

const kinds = Object.keys(fileSchemas) as FileKind[];

describe('the JSON Schema for editors', () => {
  it.each(kinds)('data/schema for %s matches the zod schema (run npm run schema if not)', (kind) => {
    const committed = JSON.parse(readFileSync(join('data/schema', jsonSchemaFileNames[kind]), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(toJsonSchema(kind))));
  });

  it('every sample file points at its schema with $schema', () => {
    const expected: [string, string][] = [
      ['data/site.json', './schema/site.schema.json'],
      ['data/indicators.json', './schema/indicators.schema.json'],
      ['data/workstreams.json', './schema/workstreams.schema.json'],
      ['data/events.json', './schema/events.schema.json'],
      ['data/comparators.json', './schema/comparators.schema.json'],
      ['data/calendar.json', './schema/calendar.schema.json'],
      ...readdirSync('data/snapshots').map((name): [string, string] => [`data/snapshots/${name}`, '../schema/snapshot.schema.json']),
    ];
    for (const [file, schema] of expected) {
      expect(JSON.parse(readFileSync(file, 'utf8')).$schema, file).toBe(schema);
    }
  });

  it('rejects in the JSON Schema the unknown keys that the checks reject', () => {
    const snapshot = toJsonSchema('snapshot') as { additionalProperties?: boolean };
    expect(snapshot.additionalProperties).toBe(false);
  });
});
