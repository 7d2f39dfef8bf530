// The Data page, for performance officers: what is published, every publication the log keeps,
// and every raw file of the data folder checked in the browser (RawFiles.tsx), laid out from the
// page's model (present/pages/dataFiles.ts).
import { useQuery } from '@tanstack/react-query';
import { Link } from '../../routing/routing';
import { Page } from '../../components/Page';
import { useReadyDataset } from '../../data/datasetContext';
import { logQueryOptions } from '../../data/publicationLog';
import { SERVES_RAW_FILES } from '../../data/servesRawFiles';
import { RELEASE_PUBLICATION } from '../../data/useDataset';
import type { PublishedDataset } from '../../domain/contract/publication';
import { publicationsInLog } from '../../domain/contract/publicationLog';
import { publicationItems, publishedPart } from '../../domain/present/pages/dataFiles';
import { PreviewForm } from './PreviewForm';
import { RawFiles } from './RawFiles';
import { usePublishedCheck, useRawCheck } from './useRawCheck';
import './dataFiles.css';

/** The officers' raw files checked where the site serves them; on the public site, only previews, against the publication. */
const useFolderCheck = SERVES_RAW_FILES ? (dataset: PublishedDataset) => useRawCheck(dataset.files) : usePublishedCheck;

export function DataFilesPage() {
  const { dataset, publication } = useReadyDataset();
  const { state, checker } = useFolderCheck(dataset);
  const published = publishedPart(dataset, publication);
  return (
    <Page title="Data files and checks">
      <p className="lead">
        For performance officers: what the dashboard shows now, and every file in the data folder checked against the
        data contract (the same checks as <code>npm run check-data</code>, the build and <code>npm run publish-data</code>).
        A file only reaches the dashboard when it is published with no errors.
      </p>

      <h2>What is published</h2>
      <ul className="stat-row" aria-label="What is published">
        <li>
          <span className="stat">{published.months.count}</span> months
          {published.months.range}
        </li>
        <li>
          <span className="stat">{published.files}</span> files
        </li>
      </ul>
      <p>
        Publication <code>{published.publication.id}</code>, published {published.publication.published}. Every page of the
        dashboard shows these figures until the next publication.
      </p>

      <PublicationList current={publication.current ? publication.id : publication.currentId} shown={publication.id} />

      <RawFiles state={state} />

      <PreviewForm checker={checker} ready={state.status === 'checked' || state.status === 'not-served'} />
      <p className="preview-alternative">
        Counting the month from the case records? <Link to="/build-from-annex-a/">Build a month from Annex A</Link>: the month’s figures
        from the Annex A extract, counted in your browser, then previewed here.
      </p>

      <h2>How to add a month</h2>
      <p>
        Without Node: <Link to="/prepare-month/">prepare a month in the browser</Link>, or read the step-by-step guide, <Link to="/help/add-month/">how to add a month</Link>.
      </p>
      <ol>
        <li>
          Save the month’s figures as <code>snapshots/YYYY-MM.json</code> in the data folder (for example{' '}
          <code>snapshots/2019-04.json</code>), or turn a spreadsheet export into one with <code>npm run import</code>.
        </li>
        <li>
          Run <code>npm run check-data</code>, or preview the file above. Fix every error: a folder with errors is not
          published.
        </li>
        <li>
          Publish: rebuild the site, or run <code>npm run publish-data</code> on the deployed data folder. Until then the
          dashboard keeps showing the last publication.
        </li>
      </ol>
    </Page>
  );
}

/**
 * Every publication the log records, newest first, each a link that opens the dashboard as it was
 * then (a permalink for a committee's papers).
 */
function PublicationList({ current, shown }: { current: string | undefined; shown: string }) {
  const log = useQuery(logQueryOptions());
  if (log.error) return <p>The list of earlier publications did not load ({(log.error as Error).message}).</p>;
  if (!log.data) return null;
  const entries = publicationsInLog(log.data).map((entry, index) => ({ ...log.data.publications[index]!, ...entry }));
  return (
    <>
      <h3>Every publication</h3>
      <p>
        Each opens the dashboard as it was then, for a paper or a minute to link to. The site keeps every one of them,
        copied from the <code>published/</code> folder beside the data folder’s <code>snapshots/</code>: that folder is
        the record of what was published, so back it up with the data. To hear of each new publication, subscribe to{' '}
        <a href="feed.xml" type="application/atom+xml">the publications feed</a> in Outlook or any feed reader.
      </p>
      <ul className="publication-list">
        {publicationItems(entries, current, shown).map((item) => (
          <li key={item.key}>
            <Link to={{ pathname: '/', search: item.search }} state={item.current ? RELEASE_PUBLICATION : undefined}>
              {item.when}
            </Link>
            {item.after}
            <code>{item.id}</code>
            {item.mark}
          </li>
        ))}
      </ul>
    </>
  );
}
