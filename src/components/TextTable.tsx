import type { AnnexATable } from '../domain/present/annexAPage';
import { TableScroll } from './TableScroll';

/**
 * A table of words, as a page model gives it: a caption, column headers, and rows whose first cell
 * heads the row; a cell given as several lines is a list. It scrolls sideways on a narrow screen.
 */
export function TextTable({ table, label }: { table: AnnexATable; label: string }) {
  return (
    <TableScroll label={label}>
      <table className="table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => {
                const content =
                  typeof cell === 'string' ? (
                    cell
                  ) : cell.length === 0 ? (
                    ''
                  ) : (
                    <ul className="cell-lines">
                      {cell.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  );
                return column === 0 ? (
                  <th key={column} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={column}>{content}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
