// Preview before publishing: an officer's chosen snapshot, checked on the Data page and shown in
// place of (or beside) the published months until they leave preview. Nothing leaves the browser.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Snapshot } from '../domain/schema';

export interface PreviewFile {
  /** The snapshot as checked, with no errors. */
  snapshot: Snapshot;
  /** The name it would be published as, e.g. snapshots/2019-04.json. */
  file: string;
  /** The name of the file the officer chose. */
  originalName: string;
}

interface PreviewContextValue {
  preview?: PreviewFile;
  setPreview: (preview: PreviewFile | undefined) => void;
}

const PreviewContext = createContext<PreviewContextValue>({ setPreview: () => {} });

export function PreviewProvider({ children }: { children: ReactNode }) {
  const [preview, setPreview] = useState<PreviewFile | undefined>(undefined);
  const value = useMemo(() => ({ preview, setPreview }), [preview]);
  return <PreviewContext.Provider value={value}>{children}</PreviewContext.Provider>;
}

export function usePreview(): PreviewContextValue {
  return useContext(PreviewContext);
}
