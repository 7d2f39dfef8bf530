import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';

// The officers' guide to a new month, step by step. README.md's "Add a month" says the same:
// change both together.
export function AddMonthPage() {
  return (
    <Page title="How to add a month">
      <p className="lead">
        Each month’s figures are one file, named after the month (such as <code>2019-04.json</code>), in the data folder’s{' '}
        <code>snapshots/</code> folder. You do not need Node or a terminal to make it.
      </p>

      <h2>1. Make the month’s file</h2>
      <p>Either way works; both check the file with the same checks the dashboard uses when it is published.</p>
      <h3>In the browser: Prepare a month</h3>
      <ol>
        <li>
          Open <Link to="/prepare-month/">Prepare a month</Link>. The form is for the month after the latest; choose another
          month under “Which month” to correct it instead.
        </li>
        <li>
          Give each indicator’s value (and numerator and denominator for a percentage), its note and the quality of the figure:
          last month’s are shown beside the fields, and a figure left empty is published as not available. Check the month’s
          commentary on it: what it shows, why, what we are doing and who owns it.
        </li>
        <li>
          Last month’s words (the commentary, each indicator’s commentary, each workstream’s report and the questions) are carried
          over, each marked “Carried over” until you change it or tick <strong>Keep it as it is</strong>. The file is downloaded
          once none is left unconfirmed.
        </li>
        <li>Give each workstream its RAG, status, highlights, risks and action plan; write the month’s commentary and any questions for the committee.</li>
        <li>
          Mistakes are shown as you type, beside the field. When you choose <strong>Download</strong>, any that are left are listed at the top with
          links to each field.
        </li>
        <li>
          <strong>Download YYYY-MM.json</strong> saves the file. Until then your draft is kept in this browser, even if you close
          the page; <strong>Discard draft</strong> removes it. Nothing is sent anywhere.
        </li>
      </ol>
      <h3>In Excel: the template workbook</h3>
      <ol>
        <li>
          Take a copy of <code>data/templates/monthly-figures.xlsx</code> and name it after the month, such as{' '}
          <code>figures-2019-04.xlsx</code>.
        </li>
        <li>
          On the <strong>Figures</strong> sheet, type each indicator’s value (percentages as 86.3, never 0.863), numerator,
          denominator and note. Leave a value empty if it is not available, and say why in the note.
        </li>
        <li>
          On the <strong>Workstreams</strong> sheet, give each workstream its RAG (Red, Amber, Green or Blue), status, highlights and
          risks, one a line in the cell (Alt+Enter).
        </li>
        <li>
          Save it as an Excel workbook. A CSV export of the Figures sheet works too, in any of Excel’s CSV formats.
        </li>
        <li>
          On the <Link to="/data-files/">Data</Link> page, under “Preview a new month”, choose the workbook. Each problem is shown at its cell
          (such as <code>Figures!C7</code>). When it passes, choose <strong>Download the converted JSON</strong>.
        </li>
      </ol>

      <h2>2. Check it with the rest of the months</h2>
      <p>
        On the <Link to="/data-files/">Data</Link> page, choose the downloaded file under “Preview a new month”. Fix every <strong>error</strong>: a
        file with an error is not published. <strong>Warnings</strong> are worth a look, but the file can be used. Use the links to
        see the month’s Overview and meeting pack with the file in place, marked “Preview – not published”.
      </p>

      <h2>3. Put it in the data folder</h2>
      <p>
        Copy the file into the data folder’s <code>snapshots/</code> folder, keeping its name (<code>2019-04.json</code>). No other
        file is changed: no index, no list of months.
      </p>

      <h2>4. Publish</h2>
      <p>
        Whoever looks after the dashboard publishes the folder (<code>npm run publish-data</code>, or a new build). Publishing runs the
        same checks again and refuses a folder with errors, so the site keeps the last good figures until they are fixed. Once
        published, the month shows on the <Link to="/">Overview</Link>.
      </p>

      <p>
        <Link to="/prepare-month/">Prepare a month now</Link>
      </p>
    </Page>
  );
}
