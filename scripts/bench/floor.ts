// The floor: the Overview as a plain static HTML page, made at build time from the same data
// folder with the same domain functions the app runs (the same checks, series, RAG, change,
// targets and summary sentences), with the priority indicators as a table, the same sparklines
// pre-drawn as inline SVG, and no JavaScript at all. Nothing can draw the Overview faster in a
// browser; `npm run bench` reports the dashboard's time as a multiple of this page's. The
// Indicator and Targets pages have floors of their own, made the same way.
//
//   npx tsx scripts/bench/floor.ts <data folder> <out.html>
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatValue } from '../../src/domain/format.ts';
import { formatMonth } from '../../src/domain/months.ts';
import { breakdownKeys, type SeriesPoint } from '../../src/domain/board/series.ts';
import { allSeries, indicatorStatus } from '../../src/domain/board/status.ts';
import { summariseMonth } from '../../src/domain/board/summary.ts';
import { displayName } from '../../src/domain/names.ts';
import type { Dataset } from '../../src/domain/contract/dataset.ts';
import { checkFolder } from '../lib/dataFolder.ts';
import { SPARKLINE, sparklineGeometry } from '../../src/domain/present/sparkline.ts';
import { ragWord } from '../../src/domain/present/words.ts';
import { directionWord } from '../../src/domain/present/changeWords.ts';
import { comparisonWord } from '../../src/domain/present/comparisonWords.ts';
import { targetWords } from '../../src/domain/present/targetWords.ts';
import type { Threshold } from '../../src/domain/board/targets.ts';
import type { Indicator } from '../../src/domain/schema.ts';
import { ASSURANCE_WORDS, VARIATION_WORDS } from '../../src/domain/present/spcWords.ts';

export interface Floor {
  html: string;
  month: string;
  /** Priority indicators shown. */
  rows: number;
  /** Sparklines drawn (an indicator with no figure in the last 12 months has none, as in the app). */
  sparklines: number;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same line as src/components/Sparkline.tsx draws (src/domain/present/sparkline.ts), as an SVG string. */

/** The target line as the pages give it (present/targetWords.ts), its rule in brackets. */
function targetText(indicator: Indicator, threshold: Threshold | undefined): string {
  const words = targetWords(indicator, threshold);
  return words.rule ? `${words.target} (${words.rule})` : words.target;
}
export function sparklineSvg(points: readonly SeriesPoint[], label: string, target?: number): string {
  const geometry = sparklineGeometry(points.map((point) => point.value), target);
  if (!geometry) return '';
  const { width, height, pad } = SPARKLINE;
  return [
    `<svg class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escape(label)}">`,
    geometry.targetY === undefined ? '' : `<line x1="${pad}" x2="${width - pad}" y1="${geometry.targetY}" y2="${geometry.targetY}" stroke="#505a5f" stroke-dasharray="3 2"/>`,
    ...geometry.segments.map((path) => `<path d="${path}" fill="none" stroke="#0b0c0c" stroke-width="2"/>`),
    geometry.last ? `<circle cx="${geometry.last.x}" cy="${geometry.last.y}" r="3.5"/>` : '',
    '</svg>',
  ].join('');
}

const STYLE = `
body{font-family:system-ui,sans-serif;margin:0;color:#0b0c0c;line-height:1.4}
header{background:#0b0c0c;color:#fff;padding:.75rem 1rem}main{max-width:75rem;margin:0 auto;padding:1rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #b1b4b6;padding:.4rem;text-align:left;vertical-align:top}
.rag-red{color:#a51d1d}.rag-amber{color:#7a4a00}.rag-green{color:#00703c}.summary{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
`;

/** The Overview of the latest month of `folder`, as a static page. */
export function floorPage(folder: string, dataset: Dataset = checkFolder(folder).dataset): Floor {
  const month = dataset.snapshots.at(-1)?.month;
  if (!month) throw new Error(`${folder} has no usable snapshot`);
  const snapshot = dataset.snapshots.at(-1)!;
  const seriesById = allSeries(dataset.indicators, dataset.snapshots);
  const statuses = dataset.indicators
    .filter((indicator) => indicator.priority)
    .map((indicator) => indicatorStatus(indicator, seriesById.get(indicator.id) ?? [], month));
  const summary = summariseMonth(statuses.map((status) => ({ indicator: status.indicator, series: status.series })), month);
  const counts = { red: 0, amber: 0, green: 0 };
  for (const status of statuses) if (status.rag) counts[status.rag]++;

  let sparklines = 0;
  const rows = statuses.map((status) => {
    const { indicator, value, rag, travel, threshold } = status;
    const last12 = status.series.filter((point) => point.month <= month).slice(-12);
    const valued = last12.filter((point) => typeof point.value === 'number');
    const label = valued.length
      ? `Last ${last12.length} months: from ${formatValue(valued[0]!.value, indicator)} in ${formatMonth(valued[0]!.month)} to ${formatValue(valued.at(-1)!.value, indicator)} in ${formatMonth(valued.at(-1)!.month)}.`
      : 'No figures in the last 12 months.';
    const svg = sparklineSvg(last12, label, threshold?.target);
    if (svg) sparklines++;
    const change = travel ? `${directionWord(travel.direction)} from ${formatValue(travel.previousValue, indicator)} in ${formatMonth(travel.previousMonth)}` : 'No earlier figure';
    const target = targetText(indicator, threshold);
    return (
      `<tr><th scope="row">${escape(displayName(indicator))}</th><td>${escape(formatValue(value, indicator))}</td>` +
      `<td class="rag-${rag ?? 'none'}">${escape(rag ? ragWord(rag) : 'No RAG')}</td><td>${escape(change)}</td><td>${escape(target)}</td><td>${svg}</td></tr>`
    );
  });
  const list = (items: readonly { text: string }[], none: string) =>
    items.length ? `<ul>${items.map((item) => `<li>${escape(item.text)}</li>`).join('')}</ul>` : `<p>${none}</p>`;
  const commentary = (snapshot.commentary ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escape(paragraph)}</p>`)
    .join('');
  const workstreams = dataset.workstreams
    .map((workstream) => {
      const report = snapshot.workstreams?.[workstream.id];
      return `<tr><th scope="row">${escape(workstream.name)}</th><td>${report ? ragWord(report.rag) : 'Not reported'}</td><td>${escape(report?.status ?? '')}</td></tr>`;
    })
    .join('');
  const title = `Overview – ${formatMonth(month)} – ${dataset.site?.title ?? 'Dashboard'}`;
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><header>${escape(dataset.site?.title ?? '')} · ${escape(dataset.site?.organisation ?? '')}</header><main>
<h1>Overview <span>${formatMonth(month)}</span></h1>
<p>Of ${statuses.length} priority indicators in ${formatMonth(month)}: <strong>${counts.green} green</strong>, <strong>${counts.amber} amber</strong>, <strong>${counts.red} red</strong>.</p>
<section class="summary"><div><h2>Strengths and improvement</h2>${list(summary.strengths, 'No indicator improved or turned green this month.')}</div>
<div><h2>Underperformance</h2>${list(summary.underperformance, 'No indicator is red or worsened this month.')}</div></section>
<h2>Priority indicators</h2>
<table><caption>Priority indicators, ${formatMonth(month)}</caption>
<thead><tr><th scope="col">Indicator</th><th scope="col">Value</th><th scope="col">RAG</th><th scope="col">Change</th><th scope="col">Target</th><th scope="col">Last 12 months</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${commentary ? `<h2>Commentary</h2>${commentary}` : ''}
<h2>Improvement plan workstreams</h2><table><tbody>${workstreams}</tbody></table>
</main></body></html>
`;
  return { html, month, rows: rows.length, sparklines };
}

/** A plain line chart of every month of a series, as an SVG string: the least a chart can be. */
function lineChartSvg(points: readonly SeriesPoint[], label: string): string {
  const valued = points.flatMap((point, index) => (typeof point.value === 'number' ? [{ index, value: point.value }] : []));
  if (valued.length === 0) return '';
  const width = 720;
  const height = 240;
  const low = Math.min(...valued.map((point) => point.value));
  const high = Math.max(...valued.map((point) => point.value));
  const x = (index: number) => (points.length <= 1 ? width / 2 : 8 + (index * (width - 16)) / (points.length - 1));
  const y = (value: number) => (high === low ? height / 2 : height - 8 - ((value - low) * (height - 16)) / (high - low));
  const path = valued.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.index).toFixed(1)},${y(point.value).toFixed(1)}`).join('');
  return `<svg class="floor-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escape(label)}"><path d="${path}" fill="none" stroke="#0b0c0c" stroke-width="2"/></svg>`;
}

const page = (title: string, dataset: { site?: { title?: string; organisation?: string } }, main: string) => `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body><header>${escape(dataset.site?.title ?? '')} · ${escape(dataset.site?.organisation ?? '')}</header><main>
${main}
</main></body></html>
`;

/**
 * The Indicator page of `id` for the latest month of `folder`, as a static page with the same
 * figures: its figure, RAG and target, a line of every month, every month in a table (value,
 * numerator, denominator, target, RAG, change) and, when it has them, every team's figure by month.
 */
export function indicatorFloorPage(folder: string, id: string, dataset: Dataset = checkFolder(folder).dataset): { html: string; rows: number } {
  const month = dataset.snapshots.at(-1)?.month;
  const indicator = dataset.indicators.find((candidate) => candidate.id === id);
  if (!month || !indicator) throw new Error(`${folder} has no snapshot or no indicator ${id}`);
  const series = (allSeries(dataset.indicators, dataset.snapshots).get(id) ?? []).filter((point) => point.month <= month);
  const status = indicatorStatus(indicator, series, month);
  const cell = (value: number | null | undefined) => `<td>${typeof value === 'number' ? escape(formatValue(value, indicator)) : ''}</td>`;
  const rows = series.map((point) => {
    const then = indicatorStatus(indicator, series, point.month);
    const change = then.travel ? directionWord(then.travel.direction) : '';
    return (
      `<tr><th scope="row">${formatMonth(point.month)}</th>${cell(point.value)}<td>${point.numerator ?? ''}</td><td>${point.denominator ?? ''}</td>` +
      `${cell(then.threshold?.target)}<td class="rag-${point.rag ?? 'none'}">${escape(point.rag ? ragWord(point.rag) : 'No RAG')}</td><td>${escape(change)}</td></tr>`
    );
  });
  const teams = breakdownKeys(series);
  const byTeam = teams.length
    ? `<h2>By team</h2><table><caption>${escape(displayName(indicator))} by team, every month</caption><thead><tr><th scope="col">Month</th>${teams.map((team) => `<th scope="col">${escape(team)}</th>`).join('')}</tr></thead>
<tbody>${series.map((point) => `<tr><th scope="row">${formatMonth(point.month)}</th>${teams.map((team) => cell(point.breakdown?.[team])).join('')}</tr>`).join('\n')}</tbody></table>`
    : '';
  const main = `<h1>${escape(displayName(indicator))}</h1>
<p><strong>${escape(formatValue(status.value, indicator))}</strong> in ${formatMonth(month)}: ${escape(status.rag ? ragWord(status.rag) : 'No RAG')}. Target: ${escape(targetWords(indicator, status.threshold).target)}.</p>
${lineChartSvg(series, `${displayName(indicator)}, every month to ${formatMonth(month)}`)}
<table><caption>${escape(displayName(indicator))}: every month's figure</caption><thead><tr><th scope="col">Month</th><th scope="col">Value</th><th scope="col">Numerator</th><th scope="col">Denominator</th><th scope="col">Target</th><th scope="col">RAG</th><th scope="col">Change</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
${byTeam}`;
  return { html: page(`${displayName(indicator)} – ${formatMonth(month)}`, dataset, main), rows: rows.length };
}

/**
 * The Targets page for the latest month of `folder`, as a static page with the same figures:
 * every indicator's figure, RAG, target, change, area, variation, assurance, England's figure and
 * the comparison with it, in a table.
 */
export function targetsFloorPage(folder: string, dataset: Dataset = checkFolder(folder).dataset): { html: string; rows: number } {
  const month = dataset.snapshots.at(-1)?.month;
  if (!month) throw new Error(`${folder} has no usable snapshot`);
  const seriesById = allSeries(dataset.indicators, dataset.snapshots);
  const rows = dataset.indicators.map((indicator) => {
    const status = indicatorStatus(indicator, seriesById.get(indicator.id) ?? [], month);
    const target = targetText(indicator, status.threshold);
    const cells = [
      formatValue(status.value, indicator),
      status.rag ? ragWord(status.rag) : 'No RAG',
      target,
      status.travel ? directionWord(status.travel.direction) : '',
      indicator.area,
      status.variation ? VARIATION_WORDS[status.variation].short : '',
      status.assurance === 'none' ? '' : ASSURANCE_WORDS[status.assurance].short,
      status.england ? `${formatValue(status.england.value, indicator)} (${status.england.period})` : '',
      status.vsEngland ? comparisonWord(status.vsEngland) : '',
    ];
    return `<tr><th scope="row">${escape(displayName(indicator))}</th>${cells.map((text, index) => `<td${index === 1 ? ` class="rag-${status.rag ?? 'none'}"` : ''}>${escape(text)}</td>`).join('')}</tr>`;
  });
  const heads = ['Indicator', 'Value', 'RAG', 'Target', 'Change', 'Area', 'Variation', 'Assurance', 'England', 'vs England'];
  const main = `<h1>Targets <span>${formatMonth(month)}</span></h1>
<table><caption>Every indicator against its target, ${formatMonth(month)}</caption><thead><tr>${heads.map((head) => `<th scope="col">${head}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
  return { html: page(`Targets – ${formatMonth(month)}`, dataset, main), rows: rows.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [folder, out] = process.argv.slice(2);
  if (!folder || !out) {
    console.error('Usage: npx tsx scripts/bench/floor.ts <data folder> <out.html>');
    process.exitCode = 2;
  } else {
    const floor = floorPage(folder);
    writeFileSync(out, floor.html);
    console.log(`Wrote ${out}: Overview of ${floor.month}, ${floor.rows} priority indicators, ${floor.sparklines} sparklines, ${floor.html.length} bytes.`);
  }
}
