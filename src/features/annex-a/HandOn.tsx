// What the counted month goes on to: the dashboard previewed with it (as the Data page's preview
// does), and Prepare a month, where the officer adds the commentary and workstream reports and
// downloads the file. Only the month's file (aggregates) goes on; the records stay on this page.
import { useState } from 'react';
import { useNavigate } from '../../routing/routing';
import { MonthPreviewLinks } from '../../components/MonthPreviewLinks';
import { usePreview } from '../../data/preview';
import { useReadyDataset } from '../../data/datasetContext';
import { formatMonthLong } from '../../domain/months';
import type { Snapshot } from '../../domain/schema';
import { draftInStorage, storeAsDraft } from './draftHandOff';

export function HandOn({ snapshot }: { snapshot: Snapshot }) {
  const { preview, setPreview } = usePreview();
  const { dataset } = useReadyDataset();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState<string | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const month = snapshot.month;
  const showPreview = () => setPreview({ snapshot, file: `snapshots/${month}.json`, originalName: `the Annex A extract (${formatMonthLong(month)})` });
  const showing = preview !== undefined && JSON.stringify(preview.snapshot) === JSON.stringify(snapshot);

  const toPrepare = () => {
    const stored = draftInStorage();
    if (stored && !confirming) {
      setConfirming(stored);
      return;
    }
    if (storeAsDraft(snapshot, dataset)) navigate('/prepare-month/');
    else setFailed(true);
  };

  return (
    <section aria-labelledby="annex-a-next">
      <h2 id="annex-a-next">Next</h2>
      <p>
        {showing ? (
          'The dashboard is showing this month now, marked “Preview – not published”.'
        ) : (
          <button type="button" className="button" onClick={showPreview}>
            View the dashboard with this month
          </button>
        )}
      </p>
      <MonthPreviewLinks month={month} onFollow={showPreview} />
      <p>
        <button type="button" className="button button-secondary" onClick={toPrepare}>
          {confirming ? `Replace your draft of ${confirming} and finish this month` : 'Finish the month in Prepare a month'}
        </button>{' '}
        <span className="hint">Add the commentary and workstream reports there, then download the file for the data folder’s snapshots/.</span>
      </p>
      {confirming && (
        <p className="notice notice-warning" role="alert">
          Prepare a month holds a draft of {confirming} that you have not downloaded. Choosing the button again replaces it with this month.
        </p>
      )}
      {failed && (
        <p className="notice notice-error" role="alert">
          This browser does not let the dashboard keep a draft (private window, or storage full), so Prepare a month cannot start from this month.
        </p>
      )}
    </section>
  );
}
