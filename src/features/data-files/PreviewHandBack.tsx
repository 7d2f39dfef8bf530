// What the preview gives back once a file passes: the converted JSON, ready to put in
// snapshots/, and the previewed month's Overview and meeting pack (with the file in place).
import { snapshotFileText } from '../../domain/contract/monthDraft';
import { MonthPreviewLinks } from '../../components/MonthPreviewLinks';
import { downloadBlob } from '../../components/chartExport';


/** `content`: the snapshot as checked; `showPreview` puts it in place (before a link is followed). */
export function PreviewHandBack({ month, content, showPreview }: { month: string; content: object; showPreview: () => void }) {
  const name = `${month}.json`;
  const text = snapshotFileText({ $schema: '../schema/snapshot.schema.json', ...content });
  return (
    <div className="preview-hand-back">
      <p>
        <button type="button" className="button button-secondary" onClick={() => downloadBlob(new Blob([text], { type: 'application/json' }), name)}>
          Download the converted JSON ({name})
        </button>{' '}
        <span className="hint">Put it in the data folder’s snapshots/ folder, then publish.</span>
      </p>
      <MonthPreviewLinks month={month} onFollow={showPreview} />
    </div>
  );
}
