// The page's counting: a worker started when the page opens (so that reading makes no request), the
// data folder's calendar.json fetched then too (the publication's, on the public site), and the
// state of the count the officer asked for.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { annexACalendarQueryOptions, createAnnexACounter, type AnnexACounter } from '../../data/annexACount';
import { useReadyDataset } from '../../data/datasetContext';
import type { CalendarUsed } from '../../data/annexACountJob';
import type { MonthCount } from '../../domain/records/countMonth';
import type { NamedBytes } from '../../domain/records/extractFiles';

export type CountState =
  | { phase: 'idle' }
  | { phase: 'reading'; fraction: number }
  | { phase: 'counted'; count: MonthCount; calendar?: CalendarUsed }
  | { phase: 'failed'; message: string };

const named = async (file: File): Promise<NamedBytes> => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });

export function useAnnexACount() {
  const counter = useRef<AnnexACounter | undefined>(undefined);
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<CountState>({ phase: 'idle' });
  const calendar = useQuery(annexACalendarQueryOptions(useReadyDataset().dataset.calendar));

  useEffect(() => {
    const created = createAnnexACounter();
    counter.current = created;
    let live = true;
    void created.ready.then(() => live && setReady(true));
    return () => {
      live = false;
      created.close();
    };
  }, []);

  const start = useCallback(
    async (extract: readonly File[], staff: File | undefined, month: string) => {
      if (!counter.current) return;
      setState({ phase: 'reading', fraction: 0 });
      try {
        const request = {
          month,
          extract: await Promise.all(extract.map(named)),
          staff: staff ? await named(staff) : undefined,
          calendar: calendar.data ?? undefined,
        };
        const result = await counter.current.count(request, (fraction) => setState({ phase: 'reading', fraction }));
        setState(result.kind === 'counted' ? { phase: 'counted', count: result.count, calendar: result.calendar } : { phase: 'failed', message: `${result.file} cannot be read: ${result.detail}.` });
      } catch (error) {
        setState({ phase: 'failed', message: `The counting stopped: ${(error as Error).message}.` });
      }
    },
    [calendar.data],
  );

  return { ready: ready && !calendar.isPending, calendar: calendar.data, state, start };
}
