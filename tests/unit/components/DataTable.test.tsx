/** @vitest-environment jsdom */
// The one table component: any table model drawn with its caption, header scopes, row headers,
// key columns, notes, tags and links, sorted as the address asks, with its download.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { DataTable } from '../../../src/components/DataTable';
import { figureCell, tableOf, textCell } from '../../../src/domain/present/table';

interface Item {
  id: string;
  name: string;
  value: number | null;
}
const items: Item[] = [
  { id: 'b', name: 'Beta', value: 3 },
  { id: 'a', name: 'Alpha', value: null },
  { id: 'c', name: 'Gamma', value: 1 },
];

const table = tableOf(
  {
    caption: 'Things by value',
    columns: [
      { key: 'name', label: 'Name', rowHeader: true, sortable: true, cell: (item: Item) => textCell(item.name, { sort: item.name, href: `/thing/${item.id}/` }) },
      { key: 'value', label: 'Value', numeric: true, keyColumn: true, sortable: true, csv: 'Value', cell: (item: Item) => figureCell(item.value === null ? 'Not available' : String(item.value), item.value) },
      { key: 'status', label: 'Status', cell: (item: Item) => (item.value === null ? { text: 'No RAG', tag: 'none' as const } : { text: 'Green', tag: 'green' as const }) },
    ],
    key: (item) => item.id,
    note: (item) => (item.value === null ? { kind: 'note', text: 'Not reported this month', label: 'Note:', spoken: `Note for ${item.name}:` } : undefined),
    csv: { fileName: 'things.csv', label: 'Download the things (CSV)' },
  },
  items,
);

const draw = () =>
  render(
    <Router>
      <DataTable table={table} className="things" />
    </Router>,
  );

const rowHeaders = () => within(screen.getByRole('table', { name: 'Things by value' })).getAllByRole('rowheader').map((cell) => cell.textContent);

beforeEach(() => history.replaceState(null, '', '/things/'));

describe('DataTable', () => {
  it('draws the caption, the column headers with their scope, a row header a row and the key columns', () => {
    draw();
    const element = screen.getByRole('table', { name: 'Things by value' });
    expect(element).toHaveClass('table', 'things');
    const headers = within(element).getAllByRole('columnheader');
    expect(headers.map((header) => header.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(headers[1]).toHaveAttribute('data-key-column');
    expect(headers[1]).toHaveClass('numeric');
    expect(rowHeaders()).toEqual(['Beta', 'Alpha', 'Gamma']);
    expect(within(element).getByRole('link', { name: 'Beta' })).toHaveAttribute('href', '/thing/b/');
    expect(within(element).getAllByText('Green')[0]).toHaveClass('tag', 'tag-green');
    // The region that scrolls sideways is named by the caption, and can be reached by keyboard.
    expect(screen.getByRole('region', { name: 'Things by value' })).toHaveAttribute('tabindex', '0');
  });

  it('puts a row’s note on a line of its own under it, named for screen readers', () => {
    draw();
    const note = screen.getByText('Not reported this month').closest('tr')!;
    expect(note).toHaveClass('note-row');
    expect(note.previousElementSibling).toHaveClass('has-note');
    expect(note.firstElementChild).toHaveAttribute('colspan', '3');
    expect(note).toHaveTextContent('Note for Alpha: Not reported this month');
  });

  it('sorts by a column when its heading is chosen: up, then down (no figure last both ways), then as given, in the address', () => {
    draw();
    const value = () => screen.getByRole('columnheader', { name: /Value/ });
    expect(value()).toHaveAttribute('aria-sort', 'none');
    fireEvent.click(screen.getByRole('button', { name: /^Value/ }));
    expect(location.search).toBe('?sort=value');
    expect(value()).toHaveAttribute('aria-sort', 'ascending');
    expect(rowHeaders()).toEqual(['Gamma', 'Beta', 'Alpha']);
    fireEvent.click(screen.getByRole('button', { name: /^Value/ }));
    expect(location.search).toBe('?sort=-value');
    expect(rowHeaders()).toEqual(['Beta', 'Gamma', 'Alpha']);
    fireEvent.click(screen.getByRole('button', { name: /^Value/ }));
    expect(location.search).toBe('');
    expect(rowHeaders()).toEqual(['Beta', 'Alpha', 'Gamma']);
  });

  it('draws a sort the address already asks for, and has no sort buttons where no column sorts', () => {
    history.replaceState(null, '', '/things/?sort=-name');
    draw();
    expect(rowHeaders()).toEqual(['Gamma', 'Beta', 'Alpha']);
    const plain = { ...table, columns: table.columns.map((column) => ({ ...column, sortable: false })) };
    render(
      <Router>
        <DataTable table={{ ...plain, caption: 'Plain' }} />
      </Router>,
    );
    expect(within(screen.getByRole('table', { name: 'Plain' })).queryAllByRole('button')).toEqual([]);
  });

  it('offers the table’s CSV with its words', () => {
    draw();
    expect(screen.getByRole('button', { name: 'Download the things (CSV)' })).toBeInTheDocument();
  });
});
