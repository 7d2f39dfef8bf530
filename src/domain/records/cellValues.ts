// One cell of an Annex A list read as the counting needs it: a date, a yes or no, a child ID, a
// whole number, a name. Each rule is shared annex-a.md's "The input"; a cell that cannot be read is
// said so (`unreadable`, with what was found), never guessed at and never silently empty.
import type { Cell } from '../spreadsheet/cells';
import { dayNumberOf, isCalendarDay } from './days';

export type Read<T> = { kind: 'value'; value: T } | { kind: 'empty' } | { kind: 'unreadable'; found: string };

const EMPTY: { kind: 'empty' } = { kind: 'empty' };
const value = <T>(found: T): Read<T> => ({ kind: 'value', value: found });
const unreadable = (found: string): { kind: 'unreadable'; found: string } => ({ kind: 'unreadable', found });

// Every kind of white space, the non-breaking space (U+00A0) of real extracts included: \s covers them.
const SPACES = /\s+/g;

/** annex-a.md: "blank, spaces, #N/A, N/A, NULL, - are empty" (case-insensitive). */
const EMPTY_WORDS = new Set(['', '#n/a', 'n/a', 'null', '-']);

/** Whether a cell is empty-looking: blank, spaces, `#N/A` (as text or as Excel's error), `N/A`, `NULL`, `-`. */
export function isEmptyLooking(cell: Cell | undefined): boolean {
  if (cell === undefined || cell.kind === 'empty') return true;
  if (cell.kind === 'text') return EMPTY_WORDS.has(cell.text.replace(SPACES, '').toLowerCase());
  if (cell.kind === 'error') return cell.error.toUpperCase() === '#N/A';
  return false;
}

/** What a cell holds, in words, for a problem's "found". */
export function describeCell(cell: Cell | undefined): string {
  if (cell === undefined || cell.kind === 'empty') return 'an empty cell';
  switch (cell.kind) {
    case 'text':
      return cell.text.trim() === '' ? 'an empty cell' : JSON.stringify(cell.text);
    case 'number':
      return `the number ${cell.value}`;
    case 'date':
      return cell.date;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return `the error ${cell.error}`;
    case 'formula':
      return `a formula never calculated (=${cell.formula})`;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * A date, as a day number (days.ts). annex-a.md: "Excel date cells, or text as YYYY-MM-DD or
 * D/M/YYYY (UK order; one or two digits for day and month)". Text in those forms that is not a real
 * day (`31/09/2022`, `03/15/2021`: no 15th month) and any other form (`15.03.21`, a number cell
 * without a date format) are unreadable.
 */
export function readDate(cell: Cell | undefined): Read<number> {
  if (isEmptyLooking(cell)) return EMPTY;
  if (cell!.kind === 'date') return dayOfIso(cell!.date) ?? unreadable(describeCell(cell));
  if (cell!.kind !== 'text') return unreadable(describeCell(cell));
  const text = cell!.text.trim();
  const iso = ISO_DATE.exec(text);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? unreadable(describeCell(cell));
  const uk = UK_DATE.exec(text);
  if (uk) return dayOf(Number(uk[3]), Number(uk[2]), Number(uk[1])) ?? unreadable(describeCell(cell));
  return unreadable(describeCell(cell));
}

function dayOf(year: number, month: number, day: number): Read<number> | undefined {
  return isCalendarDay(year, month, day) ? value(dayNumberOf(year, month, day)) : undefined;
}

function dayOfIso(iso: string): Read<number> | undefined {
  const match = ISO_DATE.exec(iso);
  return match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** annex-a.md: "Yes, Y, a) Yes, 1, true are yes; No, N, b) No, 0, false are no (case-insensitive, spaces ignored)". */
const YES_WORDS = new Set(['yes', 'y', 'a)yes', '1', 'true']);
const NO_WORDS = new Set(['no', 'n', 'b)no', '0', 'false']);

export function readYesNo(cell: Cell | undefined): Read<boolean> {
  if (isEmptyLooking(cell)) return EMPTY;
  const word = cell!.kind === 'text' ? cell!.text : cell!.kind === 'number' ? String(cell!.value) : cell!.kind === 'boolean' ? String(cell!.value) : undefined;
  const key = word?.replace(SPACES, '').toLowerCase();
  if (key !== undefined && YES_WORDS.has(key)) return value(true);
  if (key !== undefined && NO_WORDS.has(key)) return value(false);
  return unreadable(describeCell(cell));
}

/**
 * A child ID: annex-a.md, "compared as text with all spaces removed (a number cell 123 is `123`;
 * `00123` and `123` are different children)". Empty-looking: no ID.
 */
export function readChildId(cell: Cell | undefined): string | undefined {
  if (isEmptyLooking(cell)) return undefined;
  if (cell!.kind === 'number') return String(cell!.value);
  if (cell!.kind === 'text') return cell!.text.replace(SPACES, '');
  if (cell!.kind === 'date') return cell!.date;
  if (cell!.kind === 'boolean') return String(cell!.value);
  return undefined;
}

/**
 * A worker's name as a key: annex-a.md, "compared as child IDs are (all spaces, non-breaking ones
 * too, removed), case-insensitively". Empty-looking (blank, `#N/A`): no worker.
 */
export function readWorkerKey(cell: Cell | undefined): string | undefined {
  return readChildId(cell)?.toLowerCase();
}

/**
 * A whole number of 0 or more (a count of earlier referrals, previous plans, missing episodes):
 * a number cell, or text of digits. A fraction, a negative number or words are unreadable.
 */
export function readCount(cell: Cell | undefined): Read<number> {
  if (isEmptyLooking(cell)) return EMPTY;
  const number = cell!.kind === 'number' ? cell!.value : cell!.kind === 'text' && /^\d+$/.test(cell!.text.trim()) ? Number(cell!.text.trim()) : NaN;
  return Number.isInteger(number) && number >= 0 ? value(number) : unreadable(describeCell(cell));
}

/**
 * A number such as an FTE: a number cell, or text written as a decimal number (`0.5`, `.8`, `1`).
 * Kept as written, so that an FTE of 0.1 is the tenth it says and not the nearest binary fraction.
 */
export function readDecimal(cell: Cell | undefined): Read<string> {
  if (isEmptyLooking(cell)) return EMPTY;
  if (cell!.kind === 'number' && Number.isFinite(cell!.value)) return value(String(cell!.value));
  if (cell!.kind === 'text' && /^\d*\.?\d+$/.test(cell!.text.trim())) return value(cell!.text.trim());
  return unreadable(describeCell(cell));
}

/** A name as written (a team), with its spaces trimmed and runs of spaces made one; undefined when empty-looking. */
export function readName(cell: Cell | undefined): string | undefined {
  if (isEmptyLooking(cell)) return undefined;
  const text = cell!.kind === 'text' ? cell!.text : cell!.kind === 'number' ? String(cell!.value) : undefined;
  const name = text?.replace(SPACES, ' ').trim();
  return name === '' ? undefined : name;
}
