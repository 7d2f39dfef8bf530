// A snapshot as it is written to snapshots/M.json: `$schema` first, then month, status, produced,
// commentary, values, the rest; two-space indents and a final newline. Shared by npm run import and
// npm run build-month, so a month file reads the same whichever wrote it.
import type { Snapshot } from '../../src/domain/schema.ts';

/** The snapshot as written: `$schema` first, then month, status, produced, commentary, values, the rest. */
export function snapshotText(snapshot: Snapshot): string {
  const { $schema, month, status, produced, commentary, values, ...rest } = snapshot;
  const ordered = {
    $schema: $schema ?? '../schema/snapshot.schema.json',
    month,
    status: status ?? 'final',
    ...(produced === undefined ? {} : { produced }),
    ...(commentary === undefined ? {} : { commentary }),
    values,
    ...rest,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
