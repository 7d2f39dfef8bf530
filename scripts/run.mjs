// node scripts/run.mjs <command line> [arguments]: run one of the command lines (checkData,
// publishData, ...) from its compiled JavaScript in .build/, compiling first when .build/ is
// missing or any of its sources is newer (see scripts/lib/compileScripts.mjs). Checking is a
// stat of each source file: a few milliseconds.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const name = process.argv[2];
const output = join(ROOT, '.build', `${name}.mjs`);

function upToDate() {
  try {
    const built = statSync(output).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(ROOT, '.build', 'inputs.json'), 'utf8'));
    return inputs.every((input) => statSync(join(ROOT, input)).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (!name || !/^[A-Za-z]+$/.test(name)) {
  console.error('Usage: node scripts/run.mjs <command line> [arguments]');
  process.exit(1);
}
if (!upToDate()) {
  const { compileScripts, ENTRIES } = await import('./lib/compileScripts.mjs');
  if (!(name in ENTRIES)) {
    console.error(`run: no command line called ${name} (there are ${Object.keys(ENTRIES).join(', ')})`);
    process.exit(1);
  }
  await compileScripts();
}
// The script sees itself as run directly: argv[1] is its file, its arguments follow.
process.argv.splice(1, 2, output);
await import(pathToFileURL(output).href);
