// Building the extract's sheets in a test, as the readers would fill them (src/domain/spreadsheet/
// cells.ts): a string is a text cell, a number a number cell, date('2021-03-02') an Excel date cell,
// null an empty cell, error('#N/A') an error cell. Row 1 is the header row.
import type { Cell, SheetRow } from '../../../src/domain/spreadsheet/cells';
import type { ExtractSheet } from '../../../src/domain/records/lists';

export type Given = string | number | boolean | null | Cell;

export const date = (iso: string): Cell => ({ kind: 'date', date: iso });
export const error = (text: string): Cell => ({ kind: 'error', error: text });

export function cell(given: Given): Cell {
  if (given === null) return { kind: 'empty' };
  if (typeof given === 'string') return { kind: 'text', text: given };
  if (typeof given === 'number') return { kind: 'number', value: given, format: 'general', numFmt: 'General' };
  if (typeof given === 'boolean') return { kind: 'boolean', value: given };
  return given;
}

/** Rows numbered from `first` (1: the header row is row 1). */
export function rows(table: readonly (readonly Given[])[], first = 1): SheetRow[] {
  return table.map((values, index) => ({ row: first + index, cells: values.map(cell) }));
}

/** A sheet named `name`: a header row, then records given as objects by header (other columns empty). */
export function sheet(name: string, headers: readonly string[], records: readonly Record<string, Given>[] = []): ExtractSheet {
  return { name, rows: rows([headers, ...records.map((record) => headers.map((header) => record[header] ?? null))]) };
}

export const LIST_1_HEADERS = ['Child Unique ID', 'Gender', 'Date of Contact', 'Contact Source'];
export const LIST_3_HEADERS = ['Child Unique ID', 'Date of Referral', 'Referral NFA?', 'Number of Referrals in Last 12 Months', 'Allocated Team', 'Allocated Worker'];
export const LIST_4_HEADERS = ['Child Unique ID', 'Continuous Assessment Start Date', 'Continuous Assessment Date of Authorisation', 'Allocated Team', 'Allocated Worker'];
export const LIST_5_HEADERS = [
  'Child Unique ID',
  'Strategy discussion initiating Section 47 Enquiry Start Date',
  'Was an Initial Child Protection Conference deemed unnecessary?',
  'Date of Initial Child Protection Conference',
  'Allocated Team',
  'Allocated Worker',
];
export const LIST_6_HEADERS = ['Child Unique ID', 'CIN Start Date', 'CIN Closure Date', 'Allocated Team', 'Allocated Worker'];
export const LIST_7_HEADERS = [
  'Child Unique ID',
  'Child Protection Plan Start Date',
  'Date of the Last Statutory Visit',
  'Child Protection Plan End Date',
  'Number of Previous Child Protection Plans',
  'Allocated Team',
  'Allocated Worker',
];
export const LIST_8_HEADERS = [
  'Child Unique ID',
  'Date Started to be Looked After',
  'Date of Last Social Work Visit',
  'Date Ceased to be Looked After',
  "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
  'Was the child offered a Return Interview after their last missing episode (Y/N)?',
  'Allocated Team',
  'Allocated Worker',
];
