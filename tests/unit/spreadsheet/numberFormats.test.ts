import { describe, expect, it } from 'vitest';
import { meaningOfCode, meaningOfFormat } from '../../../src/domain/spreadsheet/numberFormats';

const none = new Map<number, string>();

describe('meaningOfFormat', () => {
  it('knows the built-in percentages and dates', () => {
    expect(meaningOfFormat(9, none)).toEqual({ isDate: false, format: 'percent', code: '0%' });
    expect(meaningOfFormat(10, none)).toEqual({ isDate: false, format: 'percent', code: '0.00%' });
    for (const id of [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 55, 58]) expect(meaningOfFormat(id, none).isDate, `id ${id}`).toBe(true);
    for (const id of [0, 1, 2, 3, 4, 11, 12, 13, 23, 26, 37, 40, 48, 49, 59]) expect(meaningOfFormat(id, none).isDate, `id ${id}`).toBe(false);
    expect(meaningOfFormat(0, none)).toEqual({ isDate: false, format: 'general', code: 'General' });
    expect(meaningOfFormat(3, none)).toEqual({ isDate: false, format: 'other', code: '#,##0' });
  });

  it('lets a custom code given for an id win over the built-in one', () => {
    expect(meaningOfFormat(164, new Map([[164, '0.0%']]))).toEqual({ isDate: false, format: 'percent', code: '0.0%' });
    expect(meaningOfFormat(14, new Map([[14, '0.00']]))).toMatchObject({ isDate: false, format: 'other' });
  });
});

describe('meaningOfCode', () => {
  it('reads day, month and year tokens as a date, whatever their case, and not inside quotes or brackets or after an escape', () => {
    for (const code of ['dd/mm/yyyy', 'DD/MM/YYYY', 'd mmmm yyyy', 'mmm-yy', '[$-809]dd mmmm yyyy;@', 'yyyy-mm-dd hh:mm:ss', 'h:mm', '[h]:mm:ss']) expect(meaningOfCode(code).isDate, code).toBe(true);
    for (const code of ['0.00', '"day "0', '0\\d', '[Red]0.0', '#,##0_);(#,##0)', '0.00E+00', '@', 'General', '* #,##0']) expect(meaningOfCode(code).isDate, code).toBe(false);
  });

  it('reads an unquoted % as a percentage', () => {
    expect(meaningOfCode('0.0%').format).toBe('percent');
    expect(meaningOfCode('#,##0.0"%"').format).toBe('other');
    expect(meaningOfCode('0.0\\%').format).toBe('other');
    expect(meaningOfCode('general').format).toBe('general');
  });
});
