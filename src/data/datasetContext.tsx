// The checked dataset, computed once by the layout and read by every page.
import { createContext, useContext } from 'react';
import type { Dataset } from '../domain/contract/dataset';
import type { ReadFile } from '../domain/contract/readFile';
import type { FailedFile } from './useDataset';

export interface ReadyDataset {
  dataset: Dataset;
  failed: FailedFile[];
  previewing: boolean;
  /** The published files as read, for checking a preview file against them. */
  published: ReadFile[];
}

export const DatasetContext = createContext<ReadyDataset | undefined>(undefined);

export function useReadyDataset(): ReadyDataset {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useReadyDataset outside the layout');
  return value;
}
