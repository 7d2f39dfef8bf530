import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { DataTable } from '../../components/DataTable';
import { helpMeasuresTable, problemAdviceTable } from '../../domain/present/annexAHelp';

export function AnnexAHelpPage() {
  return (
    <Page title="How a month is built from Annex A">
      <p className="lead">
        How the dashboard counts a month’s figures from the council’s Annex A extract (Ofsted’s child-level lists), what it
        reads, and what it never does with the records. The page <Link to="/build-from-annex-a/">Build a month from Annex A</Link>{' '}
        does it in your browser; <code>npm run build-month</code> does the same on the command line, with the same code and
        the same figures.
      </p>

      <h2>What it never does with the records</h2>
      <ul>
        <li>The extract and the staff list are read only on your computer, in your browser (or by the command). The page makes no request while it reads them: nothing is uploaded, and it works offline.</li>
        <li>Only the month’s figures leave the counting: for each measure a value, a numerator and a denominator, and the same for each team. No child ID, date of birth, postcode or name is ever written into the data folder, a publication, the published site or your browser’s storage.</li>
        <li>The records that could not be counted name children by ID, so they are shown on the page, or downloaded as a CSV file for your own use. Keep that file with the extract.</li>
      </ul>

      <h2>What you give it</h2>
      <ul>
        <li>The extract: an Excel workbook (.xlsx) with one sheet per list, or CSV files, one per list. Sheets and files are found by the list number at the start of their name (“List 5”, “list5”, “List 5 - Section 47”, “L5”, “list-5.csv”). Lists 1, 3, 4, 5, 6, 7 and 8 are read; a missing list stops only the measures that need it.</li>
        <li>Columns are found by their headers, in any order, whatever their case, spaces or quote marks, with ?, brackets and colons ignored. A missing column stops only the measures that need it, and the message names the closest header found.</li>
        <li>Dates as Excel dates, or written YYYY-MM-DD or day/month/year (15/3/2021). Blank, spaces, #N/A, N/A, NULL and - are empty. Yes is Yes, Y, a) Yes, 1 or true; no is No, N, b) No, 0 or false.</li>
        <li>The staff list, for caseloads: a CSV or workbook with the columns Worker, Team and FTE (over 0 and at most 1), one row per social worker. Without it, the caseload is not counted.</li>
        <li>The month. Measures “in the month” count events dated in it; measures “at the month’s end” count children open on its last day.</li>
      </ul>

      <h2>What it counts</h2>
      <DataTable table={helpMeasuresTable()} />

      <h2>Working days and the council’s calendar</h2>
      <p>
        A working day is Monday to Friday that is not a bank holiday in England and Wales (every year from 2010 to 2030, the
        one-off days included, such as 8 May 2020 and 19 September 2022) and not a closure day the council lists in the
        data folder’s <code>calendar.json</code>. The working days from one date to another are those after the first, up to
        and including the second: from a Friday to the next Monday is one. <code>calendar.json</code> also holds the council’s
        visit standards: <code>cpVisitWorkingDays</code> (default 10) and <code>claVisitDays</code> (default 42).
      </p>

      <h2>What goes into the month</h2>
      <p>
        Each indicator whose catalogue entry says which measure counts it (<code>"source": {'{'} "annexA": "icpcIn15" {'}'}</code>{' '}
        in <code>indicators.json</code>) gets the measure’s figures. A figure already in the month’s file that the extract
        would change is shown beside the new one and kept, unless you choose to replace it. You then preview the dashboard
        with the month, and finish it (commentary, workstream reports) on Prepare a month.
      </p>

      <h2>The problems, and what to do</h2>
      <p>
        A record that cannot be counted as it stands is named with its list, its row as Excel numbers it, the child’s ID, the
        column, what was found and what was expected, and whether it was left out of a measure (out of both its numerator and
        its denominator) or counted with an assumption.
      </p>
      <DataTable table={problemAdviceTable()} />
    </Page>
  );
}
