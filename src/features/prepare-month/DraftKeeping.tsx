// What the form says at once about keeping the draft in this browser: that it cannot (storage
// blocked or full), or that another tab changed it, with the two choices. Words from the page model.
import type { PrepareMonthModel } from '../../domain/present/pages/prepareMonth';

export function DraftKeeping({ model, onUseOther, onKeepThis }: { model: Pick<PrepareMonthModel, 'storageAlert' | 'otherTab'>; onUseOther: () => void; onKeepThis: () => void }) {
  return (
    <>
      {model.storageAlert && (
        <p className="notice notice-error" role="alert">
          {model.storageAlert}
        </p>
      )}
      {model.otherTab && (
        <div className="notice notice-warning other-tab" role="alert">
          <p>{model.otherTab.text}</p>
          <p className="draft-actions">
            <button type="button" className="button button-secondary" onClick={onUseOther}>
              {model.otherTab.useOther}
            </button>
            <button type="button" className="button button-secondary" onClick={onKeepThis}>
              {model.otherTab.keepThis}
            </button>
          </p>
        </div>
      )}
    </>
  );
}
