// Records stay with the officer (annex-a.md, "Privacy first"): build-month counts the sample extract
// into a copy of the data folder, the site is built from it, and no child ID, date of birth,
// postcode or worker's name from the extract is in any file written: the data folder, the built
// site (its publication, drawn pages and scripts), the problems never put there.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/buildMonth';
import { readChildId, readName } from '../../src/domain/records/cellValues';
import { normaliseHeader } from '../../src/domain/records/headers';
import { openWorkbook } from '../../src/domain/spreadsheet/xlsx';

const SAMPLE = 'docs/annex-a-sample/annex-a-2019-04.xlsx';
const STAFF = 'docs/annex-a-sample/staff-2019-04.csv';
const work = mkdtempSync(join(tmpdir(), 'annex-a-privacy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every child ID, date of birth (as the extract's day and in UK order), postcode and worker in the extract. */
function personalData(): string[] {
  const opened = openWorkbook(new Uint8Array(readFileSync(SAMPLE)));
  if (!opened.ok) throw new Error(opened.detail);
  const found = new Set<string>();
  const wanted = new Set(['child unique id', 'date of birth', 'placement postcode', 'allocated worker'].map(normaliseHeader));
  for (const sheet of opened.workbook.sheets) {
    let columns: number[] | undefined;
    opened.workbook.readSheet(sheet.name, (row) => {
      if (!columns) {
        columns = row.cells.flatMap((cell, column) => (cell.kind === 'text' && wanted.has(normaliseHeader(cell.text)) ? [column] : []));
        return;
      }
      for (const column of columns) {
        const cell = row.cells[column];
        if (cell?.kind === 'date') {
          const [year, month, day] = cell.date.split('-');
          found.add(cell.date).add(`${Number(day)}/${Number(month)}/${year}`).add(`${day}/${month}/${year}`);
        } else {
          const id = readChildId(cell);
          const name = readName(cell);
          if (id && id.length >= 6) found.add(id);
          if (name && name.length >= 6) found.add(name);
        }
      }
    });
  }
  return [...found];
}

/** Every file under `folder`, as text (a binary file's bytes read as Latin-1, so any text in it shows). */
function filesUnder(folder: string): { file: string; text: string }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isFile())
    .map((file) => ({ file, text: readFileSync(file).toString(/\.(png|woff2?|ico)$/.test(file) ? 'latin1' : 'utf8') }));
}

function leaks(files: readonly { file: string; text: string }[], secrets: readonly string[]): string[] {
  return files.flatMap(({ file, text }) => secrets.filter((secret) => text.includes(secret)).map((secret) => `${secret} in ${file}`));
}

/**
 * The extract's personal data, less what the dashboard's own source and sample data hold anyway: a
 * date of birth that is also a bank holiday (2016-12-26) is in the bank holidays' list, not a leak.
 */
function notInTheSource(found: readonly string[]): { secrets: string[]; common: string[] } {
  const source = [...filesUnder('src'), ...filesUnder('data')].map((entry) => entry.text).join('\n');
  const common = found.filter((secret) => source.includes(secret));
  return { secrets: found.filter((secret) => !common.includes(secret)), common };
}

describe('nothing personal from the extract reaches the data folder or the built site', () => {
  const { secrets, common } = notInTheSource(personalData());

  it('finds the extract’s personal data to look for, and would see it written', () => {
    expect(secrets.length).toBeGreaterThan(500);
    expect(common.length, common.join(', ')).toBeLessThan(10);
    const planted = join(work, 'planted');
    cpSync('data/README.md', join(planted, 'README.md'), { recursive: true });
    writeFileSync(join(planted, 'leak.json'), JSON.stringify({ note: `child ${secrets[0]}` }));
    expect(leaks(filesUnder(planted), secrets)).toEqual([`${secrets[0]} in ${join(planted, 'leak.json')}`]);
  });

  it('build-month writes the month, and the site built from the folder holds none of it', () => {
    const data = join(work, 'data');
    cpSync('data', data, { recursive: true });
    const before = new Set(filesUnder(data).map((entry) => entry.file));
    const lines: string[] = [];
    const status = run(['--annex-a', SAMPLE, '--staff', STAFF, '--month', '2019-04', '--data', data], { cwd: process.cwd(), env: {}, out: (line) => lines.push(line), err: (line) => lines.push(line) });
    expect(status, lines.join('\n')).toBe(0);
    // The command showed problems naming children (on the screen: allowed) and wrote one new file.
    expect(lines.some((line) => secrets.some((secret) => line.includes(secret)))).toBe(true);
    expect(filesUnder(data).map((entry) => entry.file).filter((file) => !before.has(file))).toEqual([join(data, 'snapshots/2019-04.json')]);

    const site = join(work, 'site');
    const built = spawnSync('npx', ['vite', 'build', '--outDir', site], { env: { ...process.env, DASHBOARD_DATA_DIR: data }, encoding: 'utf8' });
    expect(built.status, built.stdout + built.stderr).toBe(0);
    const written = [...filesUnder(data), ...filesUnder(site)];
    expect(written.some((entry) => entry.text.includes('"2019-04"'))).toBe(true);
    expect(leaks(written, secrets)).toEqual([]);
  }, 240_000);
});
