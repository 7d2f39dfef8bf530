// The "since the last meeting" grid: every indicator, and its figure and RAG in words for each
// reporting month from `from` to `to`; plus the RAG changes and target changes in sentences.
import type { MonthChanges, RagChange } from '../board/changes';
import type { RagStatus } from '../board/rag';
import type { SeriesPoint } from '../board/series';
import { displayName } from '../names';
import { formatValue } from '../format';
import { formatMonth } from '../months';
import type { Indicator } from '../schema';
import { monthRagLabel, NO_TARGET, NOT_AVAILABLE } from './words';
import type { RevisedFigure } from '../board/revisedFigures';

export interface ChangeCell {
  month: string;
  value: string;
  rag: RagStatus | undefined;
  ragText: string;
}

export interface ChangeRow {
  id: string;
  name: string;
  cells: ChangeCell[];
  /** "Red to Amber", or undefined when the RAG is the same at both ends. */
  change: string | undefined;
}

const RAG_NAME: Record<RagStatus, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/**
 * A RAG change in words. Between two RAGs, "Red to Amber". When one end has none, "Green to No RAG"
 * reads as a fall, though no RAG is no judgement at all: say which end had none and why ("no RAG
 * set in Mar 2019: not available; Green in Dec 2018").
 */
function ragChangeWords(change: RagChange, ends: { from: ChangeCell; to: ChangeCell }): string {
  if (change.from && change.to) return `${RAG_NAME[change.from]} to ${RAG_NAME[change.to]}`;
  const none = (cell: ChangeCell) => `no RAG set in ${formatMonth(cell.month)}: ${cell.ragText.toLowerCase()}`;
  const rag = (rag: RagStatus, cell: ChangeCell) => `${RAG_NAME[rag]} in ${formatMonth(cell.month)}`;
  const text = change.from ? `${none(ends.to)}; ${rag(change.from, ends.from)}` : `${rag(change.to!, ends.to)}; ${none(ends.from)}`;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export function changeRows(indicators: readonly Indicator[], series: ReadonlyMap<string, readonly SeriesPoint[]>, changes: MonthChanges): ChangeRow[] {
  const changed = new Map(changes.rag.map((change) => [change.indicator, change]));
  return indicators.map((indicator) => {
    const points = new Map((series.get(indicator.id) ?? []).map((point) => [point.month, point]));
    const change = changed.get(indicator.id);
    const cells = changes.months.map((month) => {
      const point = points.get(month) ?? { month, value: undefined, noSnapshot: true };
      return { month, value: formatValue(point.value, indicator), rag: point.rag, ragText: monthRagLabel(indicator.polarity, point) };
    });
    return {
      id: indicator.id,
      name: displayName(indicator),
      cells,
      change: change ? ragChangeWords(change, { from: cells[0]!, to: cells[cells.length - 1]! }) : undefined,
    };
  });
}

/** "Vacancy rate's target changed from 25% to 20% in Apr 2018." */
export function targetChangeSentences(indicators: readonly Indicator[], changes: MonthChanges): string[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  return changes.targets.map((change) => {
    const indicator = byId.get(change.indicator)!;
    const to = formatValue(change.target, indicator);
    const from = change.previous ? formatValue(change.previous.target, indicator) : NO_TARGET.toLowerCase();
    return `${displayName(indicator)}: target changed from ${from} to ${to} in ${formatMonth(change.from)}.`;
  });
}

export interface RevisionRow {
  key: string;
  month: string;
  id: string;
  name: string;
  /** The figure as published then, and now: "32%" (numerator and denominator when they changed: "32% (16 of 50)"); "Not published" when absent. */
  before: string;
  after: string;
}

const NOT_PUBLISHED = 'Not published';

/** What a revised figure reads as, before and after; counts beside it when they are what changed. */
export function revisionRows(indicators: readonly Indicator[], revised: readonly RevisedFigure[]): RevisionRow[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  return revised.map((figure) => {
    const indicator = byId.get(figure.indicator);
    const sameValue = figure.before?.value === figure.after?.value;
    const words = (value: RevisedFigure['before']) => {
      if (!value) return NOT_PUBLISHED;
      const shown = indicator ? formatValue(value.value, indicator) : value.value === null ? NOT_AVAILABLE : String(value.value);
      return sameValue && value.numerator !== undefined && value.denominator !== undefined ? `${shown} (${value.numerator} of ${value.denominator})` : shown;
    };
    return {
      key: `${figure.month}-${figure.indicator}`,
      month: figure.month,
      id: figure.indicator,
      name: indicator ? displayName(indicator) : figure.indicator,
      before: words(figure.before),
      after: words(figure.after),
    };
  });
}

