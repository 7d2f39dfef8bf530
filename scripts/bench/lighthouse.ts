// Lighthouse (programmatic API) on the Overview, mobile and desktop presets, in Debian's Chromium
// started here with a DevTools port (CHROME_PATH, default /usr/bin/chromium). Mobile is
// Lighthouse's default: a mid-range phone, simulated slow 4G and 4× CPU slowdown.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';

export interface LighthouseResult {
  /** The route measured, when not the Overview. */
  page?: string;
  /** When several runs were made: each one's performance score (the result shown is the median run). */
  runs?: number[];
  formFactor: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  cls: number;
  /** Lighthouse's measure of this machine's speed (higher is faster; a desktop is about 1500–2500). */
  benchmarkIndex: number;
  /** Served gzipped (a typical web host) or as is (scripts/lib/staticServer.ts). */
  compressed: boolean;
  /** What Lighthouse blames: the LCP element, layout shifts, main-thread work, unused JavaScript. */
  diagnostics: string[];
  warnings: string[];
}

interface AuditDetails {
  items?: { node?: { selector?: string; nodeLabel?: string }; score?: number; groupLabel?: string; duration?: number; url?: string; total?: number; items?: unknown[] }[];
}

function diagnose(audits: Record<string, { displayValue?: string; details?: unknown } | undefined>): string[] {
  const lines: string[] = [];
  const details = (id: string) => (audits[id]?.details ?? {}) as AuditDetails;
  const lcpTable = details('largest-contentful-paint-element').items?.[0] as AuditDetails | undefined;
  const lcpNode = lcpTable?.items?.[0]?.node;
  if (lcpNode) lines.push(`LCP element: ${lcpNode.selector ?? ''} ("${(lcpNode.nodeLabel ?? '').slice(0, 60)}")`);
  const shifts = details('layout-shifts').items ?? [];
  if (shifts.length) {
    lines.push(`layout shifts: ${shifts.slice(0, 3).map((item) => `${item.node?.selector ?? '?'} ${item.score?.toFixed(3) ?? ''}`).join('; ')}`);
  }
  const work = details('mainthread-work-breakdown').items ?? [];
  if (work.length) lines.push(`main thread: ${work.slice(0, 3).map((item) => `${item.groupLabel} ${Math.round(item.duration ?? 0)} ms`).join(', ')}`);
  // What blocks the main thread (TBT counts each task's time past 50 ms), longest first.
  const long = ((details('long-tasks').items ?? []) as { url?: string; duration?: number }[]).slice().sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0));
  if (long.length) lines.push(`long tasks: ${long.slice(0, 4).map((item) => `${(item.url ?? '?').split('/').at(-1) || item.url} ${Math.round(item.duration ?? 0)} ms`).join(', ')}`);
  const unused = audits['unused-javascript']?.displayValue;
  if (unused) lines.push(`unused JavaScript: ${unused}`);
  return lines;
}

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

interface Chrome {
  port: number;
  close: () => Promise<void>;
}

/** Start Chromium with a DevTools port and wait for it to say which. */
async function startChrome(): Promise<Chrome> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  // Its own process group, so that closing it ends its helper processes too.
  const child: ChildProcess = spawn(path, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const port = await new Promise<number>((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start: ${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}): ${output}`)));
  });
  return {
    port,
    close: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function runLighthouse(url: string, formFactor: 'mobile' | 'desktop', compressed: boolean): Promise<LighthouseResult> {
  const chrome = await startChrome();
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned nothing');
    const { lhr } = result;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      formFactor,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      fcpMs: numeric('first-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      compressed,
      diagnostics: diagnose(lhr.audits),
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.close();
  }
}
