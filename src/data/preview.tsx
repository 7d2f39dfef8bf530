// Preview before publishing: an officer's chosen snapshot, checked in the browser and shown in
// place of (or beside) the published months until they leave preview. Nothing leaves the browser.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ReadFile } from '../domain/contract/readFile';

export interface PreviewFile {
  /** The file as read and checked, under the name it would be published as. */
  read: ReadFile;
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
