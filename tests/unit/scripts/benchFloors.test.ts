// The benchmark's floors for the Indicator and Targets pages: plain static pages of the same
// figures as the sample data gives the app, read back here against the data folder itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorFloorPage, targetsFloorPage } from '../../../scripts/bench/floor';

const DATA = join(import.meta.dirname, '../../../data');
const latest = JSON.parse(readFileSync(join(DATA, 'snapshots/2019-03.json'), 'utf8')) as { month: string; values: Record<string, unknown> };
const catalogue = JSON.parse(readFileSync(join(DATA, 'indicators.json'), 'utf8')) as { indicators: { id: string; name: string }[] };
const rowsOf = (html: string) => html.match(/<tbody>([\s\S]*?)<\/tbody>/)![1]!.split('\n').filter(Boolean);

describe('indicatorFloorPage', () => {
  const floor = indicatorFloorPage(DATA, 'CP5');
  it('has a row for every month of the sample, the latest last, and no script', () => {
    const rows = rowsOf(floor.html);
    expect(rows).toHaveLength(floor.rows);
    expect(floor.rows).toBeGreaterThanOrEqual(12);
    expect(rows.at(-1)).toContain('Mar 2019');
    expect(floor.html).not.toContain('<script');
  });
  it('shows the figure of the latest file, with a line of every month', () => {
    const raw = latest.values.CP5;
    const value = typeof raw === 'object' && raw !== null ? (raw as { value: number }).value : (raw as number);
    expect(floor.html).toMatch(new RegExp(`<strong>${String(value).replace('.', '\\.')}[^<]*</strong> in Mar 2019`));
    expect(floor.html).toMatch(/<svg class="floor-chart"[^>]*><path d="M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+"/);
  });
  it('refuses an indicator the folder does not have', () => {
    expect(() => indicatorFloorPage(DATA, 'NOPE')).toThrow(/no indicator NOPE/);
  });
});

describe('targetsFloorPage', () => {
  it('has a row for every indicator of the catalogue, each with a RAG word or "No RAG"', () => {
    const floor = targetsFloorPage(DATA);
    const rows = rowsOf(floor.html);
    expect(rows).toHaveLength(catalogue.indicators.length);
    expect(floor.rows).toBe(catalogue.indicators.length);
    for (const row of rows) expect(row).toMatch(/>(Red|Amber|Green|No RAG)</);
  });
});
