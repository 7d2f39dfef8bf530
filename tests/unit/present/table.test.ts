// The table model: one spec a column, the CSV from the same cells, and the sort the address asks for.
import { describe, expect, it } from 'vitest';
import { cellWords, csvValue, figureCell, nextSort, parseSort, sortRows, tableCsvRows, tableOf, textCell, type ColumnSpec } from '../../../src/domain/present/table';

interface Item {
  id: string;
  name: string;
  value: number | null;
}

const items: Item[] = [
  { id: 'b', name: 'Beta', value: 3 },
  { id: 'a', name: 'alpha', value: null },
  { id: 'c', name: 'Gamma 10', value: 1 },
  { id: 'd', name: 'Gamma 9', value: 3 },
];

const columns: ColumnSpec<Item>[] = [
  { key: 'name', label: 'Name', rowHeader: true, sortable: true, csv: 'Name', cell: (item) => textCell(item.name, { sort: item.name }) },
  { key: 'value', label: 'Value', numeric: true, sortable: true, csv: 'Value (number)', cell: (item) => figureCell(item.value === null ? 'Not available' : `${item.value}`, item.value) },
  { key: 'id', label: 'Id', hidden: true, csv: 'Id', cell: (item) => textCell(item.id) },
  { key: 'shown', label: 'Shown only', cell: () => textCell('x') },
];

describe('tableOf', () => {
  it('draws the columns that are not the CSV’s alone, and fills every cell of every row once', () => {
    const table = tableOf({ caption: 'Things', columns, key: (item) => item.id }, items);
    expect(table.columns.map((column) => column.key)).toEqual(['name', 'value', 'shown']);
    expect(table.columns[0]).toEqual({ key: 'name', label: 'Name', rowHeader: true, sortable: true });
    expect(table.rows.map((row) => row.key)).toEqual(['b', 'a', 'c', 'd']);
    expect(table.rows[1]!.cells.value).toEqual({ text: 'Not available', sort: null, csv: '' });
    expect(table.csv).toBeUndefined();
  });

  it('writes the CSV’s columns in the order asked for, by their CSV headers', () => {
    const table = tableOf({ caption: 'Things', columns, key: (item) => item.id, csv: { fileName: 'things.csv', label: 'Download', order: ['id', 'name', 'value'] } }, items);
    expect(table.csv!.columns).toEqual([
      { key: 'id', header: 'Id' },
      { key: 'name', header: 'Name' },
      { key: 'value', header: 'Value (number)' },
    ]);
    const csv = tableCsvRows(table);
    expect(csv.header).toEqual(['Id', 'Name', 'Value (number)']);
    // Figures as in the data; a figure not available is empty, never 0 or its words.
    expect(csv.rows).toEqual([
      ['b', 'Beta', 3],
      ['a', 'alpha', ''],
      ['c', 'Gamma 10', 1],
      ['d', 'Gamma 9', 3],
    ]);
  });

  it('refuses a CSV order naming a column with no CSV header', () => {
    expect(() => tableOf({ caption: 'Things', columns, key: (item) => item.id, csv: { fileName: 'x.csv', label: 'x', order: ['shown'] } }, items)).toThrow(/no CSV header: shown/);
  });

  it('gives a row its note and flag, words across it in place of its cells, and footer rows that the CSV writes last', () => {
    const table = tableOf(
      {
        caption: 'Things',
        columns,
        key: (item) => item.id,
        note: (item) => (item.value === null ? { kind: 'note', text: 'Not reported', spoken: `Note for ${item.name}:` } : undefined),
        flag: (item) => (item.id === 'c' ? 'overdue' : undefined),
        across: (item) => (item.id === 'd' ? 'No figures for 2016-17' : undefined),
        csv: { fileName: 'x.csv', label: 'x' },
      },
      items,
      [{ id: 'mean', name: 'Mean', value: 2 }],
    );
    expect(table.rows[1]!.note).toEqual({ kind: 'note', text: 'Not reported', spoken: 'Note for alpha:' });
    expect(table.rows[2]!.flag).toBe('overdue');
    expect(table.rows[3]!.across).toBe('No figures for 2016-17');
    expect(Object.keys(table.rows[3]!.cells)).toEqual(['name']);
    expect(tableCsvRows(table).rows.at(-1)).toEqual(['Mean', 2, 'mean']);
    expect(tableCsvRows(table).rows[3]).toEqual(['Gamma 9', '', '']);
  });
});

describe('csvValue and cellWords', () => {
  it('writes a list cell joined, a cell’s own CSV value where it has one, and its words otherwise', () => {
    expect(csvValue({ text: '–', items: ['One', 'Two'] })).toBe('One; Two');
    expect(csvValue({ text: 'Red', csv: '' })).toBe('');
    expect(csvValue({ text: 'Green' })).toBe('Green');
    expect(csvValue(undefined)).toBe('');
  });

  it('lists every word a reader sees in a cell, in order', () => {
    expect(cellWords({ text: 'A1: Recruit', above: 'Overdue' })).toEqual(['Overdue', 'A1: Recruit']);
    expect(cellWords({ text: '16.5%', detail: '2017-18' })).toEqual(['16.5%', '2017-18']);
    expect(cellWords({ text: 'Practice', below: 'SRO: Jo' })).toEqual(['Practice', 'SRO: Jo']);
    expect(cellWords({ text: 'x; y', items: ['x', 'y'] })).toEqual(['x', 'y']);
    expect(cellWords({ text: '–', items: [] })).toEqual(['–']);
    expect(cellWords({ text: 'CP5, WF1', links: [{ text: 'CP5', href: '/a' }, { text: 'WF1', href: '/b' }] })).toEqual(['CP5', 'WF1']);
    expect(cellWords({ text: 'ICPC timeliness', lead: 'CP5', mark: { symbol: '★', spoken: ', priority' } })).toEqual(['CP5', ', priority', 'ICPC timeliness']);
    expect(cellWords({ text: '' })).toEqual([]);
  });
});

describe('sorting', () => {
  const table = tableOf({ caption: 'Things', columns, key: (item) => item.id }, items);
  const order = (param: string) => sortRows(table, parseSort(param)).map((row) => row.key);

  it('reads the address: a key up, or with a minus down', () => {
    expect(parseSort('value')).toEqual({ key: 'value', descending: false });
    expect(parseSort('-value')).toEqual({ key: 'value', descending: true });
    expect(parseSort('')).toBeUndefined();
    expect(parseSort(null)).toBeUndefined();
    expect(parseSort('-')).toBeUndefined();
  });

  it('goes up, then down, then back to the model’s order, and starts up on another column', () => {
    expect(nextSort(undefined, 'value')).toBe('value');
    expect(nextSort({ key: 'value', descending: false }, 'value')).toBe('-value');
    expect(nextSort({ key: 'value', descending: true }, 'value')).toBe('');
    expect(nextSort({ key: 'value', descending: true }, 'name')).toBe('name');
  });

  it('sorts figures by size with no figure last either way, and equal figures in the model’s order', () => {
    expect(order('value')).toEqual(['c', 'b', 'd', 'a']);
    expect(order('-value')).toEqual(['b', 'd', 'c', 'a']);
  });

  it('sorts words alphabetically, ignoring case and reading numbers as numbers', () => {
    expect(order('name')).toEqual(['a', 'b', 'd', 'c']);
    expect(order('-name')).toEqual(['c', 'd', 'b', 'a']);
  });

  it('leaves the order alone for a column that does not sort or does not exist', () => {
    expect(order('shown')).toEqual(['b', 'a', 'c', 'd']);
    expect(order('nothing')).toEqual(['b', 'a', 'c', 'd']);
  });
});
