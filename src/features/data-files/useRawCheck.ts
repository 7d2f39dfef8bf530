// The raw files' check for the Data page: their list, then every file checked in a worker,
// with progress as it goes. One checker per page visit, shared with the preview form. On the
// public site, which serves no raw file, the preview is checked against what is published.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { PublishedDataset, PublishedFile } from '../../domain/contract/publication';
import { filesOfDataset } from '../../domain/contract/publishedFiles';
import type { RawCheckResult } from '../../data/rawCheck';
import { createRawChecker, dataFolderUrl, rawManifestQueryOptions, type RawChecker } from '../../data/rawFiles';
import { FetchFailure, fetchSettings } from '../../data/published';
import { describeProblem, type Problem } from '../../domain/contract/problems';
import type { RawCheckInput } from '../../domain/present/pages/dataFiles';

export type RawCheckState =
  | { status: 'not-served' }
  | { status: 'listing' }
  | { status: 'list-failed'; reason: string; retry: () => void }
  | { status: 'checking'; checked: number; total: number }
  | { status: 'checked'; result: RawCheckResult }
  | { status: 'check-failed'; reason: string };

/** The public site's Data page: no raw file to check; previews are checked against the publication. */
export function usePublishedCheck(dataset: PublishedDataset): { state: RawCheckState; checker: RawChecker } {
  const checker = useMemo(() => createRawChecker(), []);
  useEffect(() => () => checker.close(), [checker]);
  useEffect(() => void checker.checkAgainstPublished(filesOfDataset(dataset)), [checker, dataset]);
  return { state: { status: 'not-served' }, checker };
}

export function useRawCheck(published: PublishedFile[]): { state: RawCheckState; checker: RawChecker } {
  const manifest = useQuery(rawManifestQueryOptions());
  const checker = useMemo(() => createRawChecker(), []);
  useEffect(() => () => checker.close(), [checker]);
  const [state, setState] = useState<RawCheckState>({ status: 'listing' });

  useEffect(() => {
    if (!manifest.data) return;
    let current = true;
    setState({ status: 'checking', checked: 0, total: manifest.data.files.length });
    checker
      .check({ dataBase: dataFolderUrl(), files: manifest.data.files, published, timeoutMs: fetchSettings.rawTimeoutMs, folderProblems: manifest.data.problems ?? [] }, (checked, total) => {
        if (current) setState({ status: 'checking', checked, total });
      })
      .then(
        (result) => current && setState({ status: 'checked', result }),
        (error: Error) => current && setState({ status: 'check-failed', reason: error.message }),
      );
    return () => {
      current = false;
    };
  }, [manifest.data, checker, published]);

  if (manifest.error) {
    return {
      state: { status: 'list-failed', reason: manifest.error instanceof FetchFailure ? manifest.error.message : String(manifest.error), retry: () => void manifest.refetch() },
      checker,
    };
  }
  return { state: manifest.data ? state : { status: 'listing' }, checker };
}

/** The check as far as it has got, its problems in words (contract/problems.ts), for the page's model. */
export function rawCheckInput(state: RawCheckState): RawCheckInput {
  if (state.status !== 'checked') return state;
  const { result } = state;
  const described = (problem: Problem) => ({ severity: problem.severity, file: problem.file, line: problem.line, column: problem.column, text: describeProblem(problem) });
  return {
    status: 'checked',
    files: result.files.map((file) => ({ file: file.file, month: file.month, status: file.status, publishing: file.publishing, problems: file.problems.map(described) })),
    folderProblems: result.folderProblems.map(described),
    missingMonths: result.missingMonths,
    errors: result.errors,
    warnings: result.warnings,
  };
}
