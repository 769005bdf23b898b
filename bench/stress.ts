/**
 * npm run bench:stress — how the engine and the providers hold under load and faults:
 *   1. the engine over STRESS_PAIRS (10,000) pairs from the property tests' own generators
 *      (test/src/regressions/generators.ts), each checked against the same invariants: failures must be 0;
 *   2. the slowest call against the popup's deadline;
 *   3. memory of one comparison of a 1 MB pair (needs --expose-gc, which the npm script passes);
 *   4. the provider fault table: every fault of the fake server through every real adapter, in Node, with
 *      the sentence the popup would show.
 * Prints it all and writes it into docs/reliability.md ("## Stress figures").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { providerMessage } from '../extension/background/pipeline';
import { COMPARE_DEADLINE_MS } from '../extension/background/router';
import { createProviders } from '../extension/discovery/index';
import type { Clock, Provider } from '../extension/discovery/types';
import { compareArticles } from '../src/compare';
import { startFakeProviders, type Fault, type FakeItem, type FakeProvider } from '../test/fixtures/fake-providers';
import { memoryStore, QUERY } from '../test/extension/discovery/helpers';
import { paragraph, paragraphs } from '../test/src/regressions/generators';
import { article, checkIdentity, checkOffsets, checkRebuild, checkSwap } from '../test/src/regressions/invariants';
import { machineLine, replaceSection, table } from './lib/machine';

const ROOT = join(import.meta.dirname, '..');
const PAIRS = Number(process.env.STRESS_PAIRS ?? 10_000);
const SEED = Number(process.env.STRESS_SEED ?? 20_260_322);
/** Swap and identity cost two more comparisons each: checked on every SWAP_EVERY-th pair. */
const SWAP_EVERY = 10;
const MB = 1024 * 1024;

// ---- 1–2. fuzzing -----------------------------------------------------------------------------------

interface FuzzResult {
  pairs: number;
  failures: { index: number; message: string }[];
  slowestMs: number;
  slowestWords: number;
  partial: number;
  seconds: number;
}

function fuzz(): FuzzResult {
  const samples = fc.sample(fc.tuple(paragraphs, paragraphs), { numRuns: PAIRS, seed: SEED });
  const failures: FuzzResult['failures'] = [];
  let slowestMs = 0;
  let slowestWords = 0;
  let partial = 0;
  // A few calls first, so the slowest call is the engine's and not the JIT's first compile.
  for (const [pa, pb] of samples.slice(0, 20)) compareArticles(article(pa), article(pb));
  const started = performance.now();
  samples.forEach(([pa, pb], index) => {
    const a = article(pa);
    const b = article(pb);
    try {
      const t = performance.now();
      const c = compareArticles(a, b, { deadlineMs: COMPARE_DEADLINE_MS });
      const ms = performance.now() - t;
      if (c.partial) partial++;
      if (ms > slowestMs) {
        slowestMs = ms;
        slowestWords = [...pa, ...pb].join(' ').split(/\s+/).length;
      }
      checkOffsets(c, a, b);
      checkRebuild(a, b);
      if (index % SWAP_EVERY === 0) {
        checkSwap(a, b);
        checkIdentity(a);
      }
    } catch (error) {
      failures.push({ index, message: (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160) });
    }
    if ((index + 1) % 1000 === 0) process.stdout.write(`  ${index + 1} pairs…\r`);
  });
  return { pairs: samples.length, failures, slowestMs, slowestWords, partial, seconds: (performance.now() - started) / 1000 };
}

// ---- 3. memory on a 1 MB pair -----------------------------------------------------------------------

interface MemoryResult {
  bytesA: number;
  bytesB: number;
  ms: number;
  partial: boolean;
  heapAfterCallMb: number;
  retainedMb: number;
  peakRssMb: number;
  gc: boolean;
}

function megabytePair(): { a: string[]; b: string[] } {
  // Generated paragraphs until 1 MB of UTF-8; B edits every 7th paragraph and drops every 23rd.
  const pool = fc.sample(paragraph, { numRuns: 4000, seed: SEED });
  const a: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < MB; i++) {
    const p = pool[i % pool.length];
    a.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  const b = a.filter((_, i) => i % 23 !== 5).map((p, i) => (i % 7 === 3 ? pool[(i * 31) % pool.length] : p));
  return { a, b };
}

function memory(): MemoryResult {
  const gc = (globalThis as { gc?: () => void }).gc;
  const { a, b } = megabytePair();
  const A = article(a);
  const B = article(b);
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const rss0 = process.resourceUsage().maxRSS * 1024;
  const t = performance.now();
  const c = compareArticles(A, B, { deadlineMs: COMPARE_DEADLINE_MS });
  const ms = performance.now() - t;
  const heapAfter = process.memoryUsage().heapUsed;
  const rss1 = process.resourceUsage().maxRSS * 1024;
  gc?.();
  const retained = process.memoryUsage().heapUsed;
  void c.differences.length; // keep the result alive until measured
  return {
    bytesA: Buffer.byteLength(a.join('\n')),
    bytesB: Buffer.byteLength(b.join('\n')),
    ms,
    partial: !!c.partial,
    heapAfterCallMb: (heapAfter - heap0) / MB,
    retainedMb: (retained - heap0) / MB,
    peakRssMb: Math.max(0, rss1 - rss0) / MB,
    gc: !!gc,
  };
}

// ---- 4. provider faults ------------------------------------------------------------------------------

const FAULTS: Fault[] = ['timeout', 'reset', 'rate-limit', 'rate-limit-date', 'rate-limit-bare', 'unavailable', 'server-error', 'text-error', 'html-error', 'malformed', 'empty', 'redirect-loop', 'consent'];
const PROVIDERS: FakeProvider[] = ['bing', 'google-news', 'gdelt', 'guardian'];

const ITEMS: FakeItem[] = [
  { title: 'Port Aldwin ferry strike strands passengers as Harbour Union walks out', url: 'https://www.northgateledger.example/news/port-aldwin-ferry-strike', outlet: 'Northgate Ledger', published: '2026-03-12T09:00:00Z', description: 'Mara Velden said the Harbour Union strike would go on.', bodyText: 'Ferries at Port Aldwin stayed in port. Mara Velden of the Harbour Union said the strike would go on.' },
  { title: 'Harbour Union ferry strike at Port Aldwin enters second day', url: 'https://www.coastalpost.example/port-aldwin/ferry-strike-day-two', outlet: 'Coastal Post', published: '2026-03-13T07:30:00Z', description: 'Mara Velden met ministers.', bodyText: 'The ferry strike at Port Aldwin entered a second day. Mara Velden met ministers.' },
];

interface FaultRow {
  provider: string;
  fault: Fault;
  sees: string;
  requests: number;
  ms: number;
}

async function oneFault(providerId: FakeProvider, fault: Fault): Promise<FaultRow> {
  const server = await startFakeProviders();
  try {
    for (const p of PROVIDERS) server.setItems(p, ITEMS);
    server.fault(providerId, fault, { retryAfterSeconds: 2 });
    // Real sockets, real per-request timeouts and the real time (Retry-After dates are read against it);
    // retry and GDELT-slot sleeps return at once, so the table takes seconds, not minutes.
    const clock: Clock = {
      now: () => Date.now(),
      sleep: async (_ms, signal) => {
        if (signal?.aborted) throw signal.reason;
      },
    };
    const providers = createProviders(
      { fetch: (url, init) => fetch(url, init), store: memoryStore(), clock },
      { settings: { ...server.settings, guardianApiKey: 'bench-key' } },
    );
    const provider = providers.find((p): p is Provider => p.id === providerId)!;
    const t = performance.now();
    let sees: string;
    try {
      const found = await provider.search(QUERY, new AbortController().signal);
      sees = found.length === 0 ? 'no results (not an error)' : `${found.length} results (recovered)`;
    } catch (error) {
      sees = providerMessage(error, provider.label);
    }
    const requests = server.log.filter((r) => r.provider === providerId).length;
    return { provider: provider.label, fault, sees, requests, ms: performance.now() - t };
  } finally {
    await server.close();
  }
}

// ---- report ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  console.log(`bench:stress on ${machineLine()}`);
  // Memory first: the process's peak RSS is a high-water mark, and the fuzzing's samples would raise it.
  console.log('Comparing a 1 MB pair…');
  const m = memory();
  if (!m.gc) console.log('  (no --expose-gc: heap figures include garbage)');
  console.log(`  ${(m.bytesA / MB).toFixed(2)} MB vs ${(m.bytesB / MB).toFixed(2)} MB in ${m.ms.toFixed(0)} ms${m.partial ? ' (partial: cut at the deadline)' : ''}`);
  console.log(`  heap right after the call +${m.heapAfterCallMb.toFixed(1)} MB, retained (result) +${m.retainedMb.toFixed(1)} MB, peak RSS +${m.peakRssMb.toFixed(1)} MB`);

  console.log(`Fuzzing ${PAIRS} generated pairs (seed ${SEED})…`);
  const f = fuzz();
  console.log(`  ${f.pairs} pairs in ${f.seconds.toFixed(1)} s, failures: ${f.failures.length}`);
  for (const x of f.failures.slice(0, 10)) console.log(`  pair ${x.index}: ${x.message}`);
  console.log(`  slowest call ${f.slowestMs.toFixed(1)} ms (${f.slowestWords} words) vs deadline ${COMPARE_DEADLINE_MS} ms; ${f.partial} cut at the deadline`);

  console.log(`Provider faults (${PROVIDERS.length} × ${FAULTS.length}, each on its own fake server)…`);
  const rows = await Promise.all(PROVIDERS.flatMap((p) => FAULTS.map((fault) => oneFault(p, fault))));
  const faultTable = table(
    ['Provider', 'Fault', 'What the reader sees', 'Requests', 'Time'],
    rows.map((r) => [r.provider, r.fault, r.sees, r.requests, `${(r.ms / 1000).toFixed(1)} s`]),
  );
  console.log(faultTable);

  const failuresNote = f.failures.length === 0 ? '0' : `**${f.failures.length}** (first: pair ${f.failures[0].index}, ${f.failures[0].message})`;
  const body = [
    `Machine: ${machineLine()}; ${new Date().toISOString().slice(0, 10)}. Regenerate with \`npm run bench:stress\` (STRESS_PAIRS, STRESS_SEED).`,
    '',
    table(
      ['Figure', 'Value'],
      [
        ['Pairs fuzzed (property-test generators, seed ' + SEED + ')', f.pairs],
        ['Invariant failures (offsets, rebuild; swap and identity on every 10th)', failuresNote],
        ['Slowest call vs deadline', `${f.slowestMs.toFixed(1)} ms vs ${COMPARE_DEADLINE_MS} ms (${f.slowestWords} words)`],
        ['Calls cut at the deadline', f.partial],
        ['Fuzzing time', `${f.seconds.toFixed(1)} s`],
        [`1 MB pair (${(m.bytesA / MB).toFixed(2)} MB vs ${(m.bytesB / MB).toFixed(2)} MB)`, `${m.ms.toFixed(0)} ms${m.partial ? ', partial (cut at the 60,000-token cap per side, compared within the deadline)' : ''}`],
        ['Heap right after the call / retained by the result', `+${m.heapAfterCallMb.toFixed(1)} MB / +${m.retainedMb.toFixed(1)} MB${m.gc ? '' : ' (no --expose-gc)'}`],
        ['Peak RSS growth during the call', `+${m.peakRssMb.toFixed(1)} MB`],
      ],
    ),
    '',
    '### Provider fault table',
    '',
    'Each fault of test/fixtures/fake-providers.ts (Retry-After 2 s where it applies) through the real adapter in Node (real sockets, timeouts and clock; retry sleeps return at once, so "Time" excludes them). "Requests" counts what the server received, retries included. The sentence is what the popup prints under the provider.',
    '',
    faultTable,
  ].join('\n');
  const path = join(ROOT, 'docs', 'reliability.md');
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Reliability\n';
  writeFileSync(path, replaceSection(current, '## Stress figures', body));
  console.log('Wrote docs/reliability.md (## Stress figures).');
  if (f.failures.length > 0) process.exitCode = 1;
}

await main();
