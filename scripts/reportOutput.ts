// Where npm run report writes its JSON. `npm run report > month.json` must be clean JSON, but npm
// writes its banner ("> name@1.0 report") to standard output before the script starts. When that
// output is a file holding nothing but the banner, it is taken back to empty and the JSON written
// from its start; anywhere else (a pipe) standard error says how to get clean JSON: --out FILE, or
// npm run --silent report.
import { fstatSync, ftruncateSync, writeSync } from 'node:fs';

/**
 * npm's banner for this run as it reaches standard output, when run by npm without --silent: the
 * banner @npmcli/run-script makes, and the line end npm's output adds to it.
 */
export function npmBanner(env: NodeJS.ProcessEnv, args: readonly string[]): string | undefined {
  const { npm_lifecycle_event: event, npm_lifecycle_script: script, npm_package_name: name, npm_package_version: version } = env;
  if (!event || !script || !name || env.npm_config_loglevel === 'silent') return undefined;
  return `\n> ${name}${version ? `@${version}` : ''} ${event}\n> ${script.trim()}${args.length ? ` ${args.join(' ')}` : ''}\n\n`;
}

export function writeStandardOutput(text: string): void {
  const banner = npmBanner(process.env, process.argv.slice(2));
  if (banner !== undefined) {
    const stats = fstatSync(1);
    if (stats.isFile() && stats.size === Buffer.byteLength(banner)) {
      // A file (`> month.json`) holding only npm's banner: empty it and write the JSON from its start.
      ftruncateSync(1, 0);
      const bytes = Buffer.from(text);
      for (let written = 0; written < bytes.length; ) written += writeSync(1, bytes, written, bytes.length - written, written);
      return;
    }
    if (!process.stdout.isTTY) process.stderr.write('report: npm printed its own lines before the JSON; for clean JSON use npm run report -- --out month.json, or npm run --silent report\n');
  }
  process.stdout.write(text);
}
