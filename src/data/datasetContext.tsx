// The published dataset, loaded once by the layout and read by every page.
import { createContext, useContext } from 'react';
import type { PublishedDataset } from '../domain/contract/publication';
import type { PublicationInfo } from './useDataset';

export interface ReadyDataset {
  dataset: PublishedDataset;
  /** Which publication the figures come from. */
  publication: PublicationInfo;
  previewing: boolean;
}

export const DatasetContext = createContext<ReadyDataset | undefined>(undefined);

export function useReadyDataset(): ReadyDataset {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useReadyDataset outside the layout');
  return value;
}
