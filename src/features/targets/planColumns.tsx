// The Targets table's columns for the plan's own fields: trajectory status, year to date and
// quality. They show only when the folder uses the plan's fields (MonthView.planInUse), so a
// folder without them shows the table as before.
import { createColumnHelper } from '@tanstack/react-table';
import type { IndicatorStatus } from '../../domain/board/status';
import type { Indicator } from '../../domain/schema';
import { qualityWords, trajectoryWords, yearToDateCell } from '../../domain/present/planWords';

const column = createColumnHelper<IndicatorStatus>();

export const planColumns = [
  column.accessor((row) => trajectoryWords(row.plan.trajectory), {
    id: 'trajectory',
    header: 'Trajectory',
    cell: (info) => {
      const { trajectory } = info.row.original.plan;
      return trajectory?.status === 'behind' ? <strong>{info.getValue()}</strong> : info.getValue();
    },
  }),
  column.accessor((row) => (row.plan.yearToDate?.kind === 'figure' ? row.plan.yearToDate.value : undefined), {
    id: 'yearToDate',
    header: 'Year to date',
    sortUndefined: 'last',
    cell: (info) => yearToDateCell(info.row.original.plan.yearToDate, info.row.original.indicator),
  }),
  column.accessor((row) => qualityWords(row.plan.quality), {
    id: 'quality',
    header: 'Quality',
  }),
];

export const PLAN_COLUMNS_HIDDEN = { trajectory: false, yearToDate: false, quality: false };

export const PLAN_CSV_HEADER = ['Owner', 'Trajectory (planned)', 'Trajectory', 'Year to date', 'Year to date period', 'Year to date months', 'Quality'];

export function planCsvCells(status: IndicatorStatus): (string | number)[] {
  const { plan } = status;
  const ytd = plan.yearToDate?.kind === 'figure' ? plan.yearToDate : undefined;
  return [
    plan.owner ?? '',
    plan.trajectory?.planned ?? '',
    plan.trajectory ? trajectoryWords(plan.trajectory) : '',
    ytd?.value ?? '',
    plan.yearToDate?.period ?? '',
    ytd?.months ?? '',
    plan.quality ? qualityWords(plan.quality) : '',
  ];
}

/** Every owner named in the catalogue, in alphabetical order, for the owner filter. */
export function ownersOf(indicators: readonly Indicator[]): string[] {
  return [...new Set(indicators.flatMap((indicator) => (indicator.owner ? [indicator.owner] : [])))].sort();
}
