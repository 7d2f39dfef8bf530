// The published dataset, loaded once by the layout and read by every page; or, on a page whose
// model was written at publication (the Overview), that model instead, with no dataset.
import { createContext, useContext } from 'react';
import type { PageModelFile } from '../domain/contract/pageModelFile';
import type { PublishedDataset } from '../domain/contract/publication';
import type { PublicationInfo } from './useDataset';

export interface ReadyDataset {
  dataset: PublishedDataset;
  /** Which publication the figures come from. */
  publication: PublicationInfo;
  previewing: boolean;
}

export const DatasetContext = createContext<ReadyDataset | undefined>(undefined);

/** The page's model as written at publication, when the layout loaded it in place of the dataset. */
export const PublishedModelContext = createContext<PageModelFile | undefined>(undefined);

export function useReadyDataset(): ReadyDataset {
  const value = useContext(DatasetContext);
  if (!value) throw new Error('useReadyDataset outside the layout');
  return value;
}
