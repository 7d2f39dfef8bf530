// The built site's bytes: what the Overview loads before it is usable (from Vite's manifest), the
// whole build, and which packages and folders the initial JavaScript is made of.
import { join } from 'node:path';
import { allAssets, initialAssets, OVERVIEW_MODULE, readManifest } from './bundle.ts';
import { chunkComposition } from './composition.ts';

export function builtBytes(buildDir: string) {
  const manifest = readManifest(buildDir);
  const initial = initialAssets(buildDir, manifest, OVERVIEW_MODULE);
  const everything = allAssets(buildDir);
  const compositionByGroup = new Map<string, { raw: number; gzip: number }>();
  for (const file of initial.js) {
    for (const row of chunkComposition(join(buildDir, file))) {
      const sum = compositionByGroup.get(row.group) ?? { raw: 0, gzip: 0 };
      compositionByGroup.set(row.group, { raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip });
    }
  }
  const composition = [...compositionByGroup].map(([group, sizes]) => ({ group, ...sizes })).sort((a, b) => b.gzip - a.gzip);
  return { initial, everything, composition };
}
