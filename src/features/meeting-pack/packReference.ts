// The pack's page references: "CP5 · Nov 2017", "Summary · Nov 2017". Printed at the top of each
// section so a councillor can say "page CP5" in a meeting and everyone finds it.
import { formatMonth } from '../../domain/months';

export function packReference(label: string, month: string): string {
  return `${label} · ${formatMonth(month)}`;
}

/** A CSS string literal for `content:` in the print stylesheet (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}
