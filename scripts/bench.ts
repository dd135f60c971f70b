/**
 * `npm run bench [-- --sizes 10,100,1000 --runs 3 --keep DIR]`
 *
 * Builds the site with synthetic content at each size (measures per language),
 * `runs` times, beside the baseline (bench/baseline: Astro + MDX + Pagefind and
 * nothing else) over the same MDX files; reports median wall time, peak memory,
 * pages, output size, a measure page's size and the ratio to the baseline;
 * then runs Lighthouse (mobile, median of `runs`) on the real site, measures
 * what the first search fetches, and the time from navigation to the first
 * rendered result of a search address under Lighthouse's mobile throttling,
 * and the search's recall@3 on its test set (tests/fixtures/search-queries.json).
 * Writes bench/results.md and bench/results.json. `--sizes 0` skips the
 * synthetic builds; `--recall-only` builds the real site, prints recall@3 per
 * language and kind and writes nothing. Also the preview's edit-to-visible
 * latency (bench/editLatency.ts).
 * Figures, not tests: timings vary with the machine.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { generateContent } from '../bench/generate.ts';
import { editLatency } from '../bench/editLatency.ts';
import { chromiumArgs, chromiumPath } from '../tests/helpers/chromium.ts';
import { recallAt3, runSearch, searchCases, type SearchOutcome } from '../tests/helpers/searchRecall.ts';
import { cleanEnv, projectCopy } from '../tests/helpers/projectCopy.ts';
import { phaseTimes } from '#src/lib/server/phaseTimes.ts';

const root = process.cwd();
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    'recall-only': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const runs = Math.max(1, Number(values.runs));
const work = values.keep ? path.resolve(values.keep) : await mkdtemp(path.join(tmpdir(), 'programme-bench-'));
await mkdir(work, { recursive: true });
const say = (line: string) => console.log(`[bench] ${line}`);

/** Resident memory of a process and all its descendants, in bytes, from /proc. */
async function treeRss(pid: number): Promise<number> {
  const stats = await Promise.all(
    (await readdir('/proc'))
      .filter((name) => /^\d+$/.test(name))
      .map((name) => readFile(`/proc/${name}/stat`, 'utf8').catch(() => '')),
  );
  const procs = stats
    .map((line) => line.slice(line.lastIndexOf(')') + 2).split(' '))
    .map((fields, i) => ({ fields, line: stats[i] ?? '' }))
    .filter(({ line }) => line)
    .map(({ fields, line }) => ({
      pid: Number(line.split(' ')[0]),
      ppid: Number(fields[1]),
      rss: Number(fields[21]) * 4096,
    }));
  const children = Map.groupBy(procs, (p) => p.ppid);
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop() as number;
    total += procs.find((p) => p.pid === current)?.rss ?? 0;
    for (const child of children.get(current) ?? []) queue.push(child.pid);
  }
  return total;
}

/**
 * CPU time (user + system, ms) used so far by this process's finished children and theirs, from /proc/self/stat
 * (cutime, cstime): a build's processes are all waited for, so the difference over one build is its CPU time.
 */
async function childrenCpuMs(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5), counted from 1 at the pid; `fields` starts at field 3. Clock ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

interface Measured {
  ms: number;
  peakMb: number;
  cpuMs: number;
  /** Each build phase's duration (src/integrations/buildPhases.ts), when the build reports them. */
  phases: Record<string, number>;
}

/** Runs a build and measures its wall time, CPU time, peak memory and phases. */
async function measured(cwd: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const phasesFile = path.join(work, `phases-${process.pid}-${Date.now()}.jsonl`);
  const cpuBefore = await childrenCpuMs();
  const run = await new Promise<{ ms: number; peakMb: number }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...env, BUILD_PHASES_FILE: phasesFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      void treeRss(child.pid ?? 0).then((rss) => (peak = Math.max(peak, rss)));
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${args.join(' ')} failed in ${cwd}:\n${errors}`));
      else resolve({ ms: performance.now() - started, peakMb: peak / 2 ** 20 });
    });
  });
  const cpuMs = (await childrenCpuMs()) - cpuBefore;
  const phases = phaseTimes(await readFile(phasesFile, 'utf8').catch(() => ''));
  await rm(phasesFile, { force: true });
  return { ...run, cpuMs, phases };
}

async function treeSize(dir: string): Promise<{ bytes: number; pages: number }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  const sizes = await Promise.all(files.map((f) => stat(path.join(f.parentPath, f.name)).then((s) => s.size)));
  return { bytes: sizes.reduce((a, b) => a + b, 0), pages: files.filter((f) => f.name.endsWith('.html')).length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const gzipSize = async (file: string) => gzipSync(await readFile(file)).length;

interface BuildSummary {
  medianMs: number;
  peakMb: number;
  pages: number;
  outputMb: number;
  runsMs: number[];
  /** Median CPU time, user + system, ms. */
  cpuMs: number;
  /** Median duration of each phase, ms. */
  phases: Record<string, number>;
}

interface SizeResult {
  measures: number;
  years: number;
  project: BuildSummary;
  baseline: BuildSummary;
  ratio: number;
  /** Project CPU time over the baseline's: less disturbed by a busy file system than wall time. */
  cpuRatio: number;
  measurePageGzipBytes: number;
  measurePageHtmlBytes: number;
}

async function benchSize(total: number): Promise<SizeResult> {
  const project = path.join(work, `project-${total}`);
  await rm(project, { recursive: true, force: true });
  await cp(await projectCopy(), project, { recursive: true, verbatimSymlinks: true });
  const generated = await generateContent(root, project, total);
  say(`${total} measures per language in ${generated.years.length} programme years: content written`);

  const baseline = path.join(work, `baseline-${total}`);
  await rm(baseline, { recursive: true, force: true });
  await cp(path.join(root, 'bench/baseline'), baseline, { recursive: true });
  // The same precompression step as the project's build: bench/baseline/precompress.ts re-exports it by a
  // relative path, which this copy outside the project replaces with the real file's address.
  await writeFile(
    path.join(baseline, 'precompress.ts'),
    `export { precompress } from ${JSON.stringify(pathToFileURL(path.join(root, 'src/integrations/precompress.ts')).href)};\n`,
  );
  await writeFile(
    path.join(baseline, 'buildPhases.ts'),
    `export { buildPhases, phaseEnd, recordPhase } from ${JSON.stringify(pathToFileURL(path.join(root, 'src/integrations/buildPhases.ts')).href)};\n`,
  );
  await symlink(path.join(root, 'node_modules'), path.join(baseline, 'node_modules'), 'dir');

  const env = cleanEnv();
  const projectRuns: Measured[] = [];
  const baselineRuns: Measured[] = [];
  for (let run = 1; run <= runs; run++) {
    // Alternate, so that a slower moment of the machine hits both alike.
    projectRuns.push(await measured(project, ['scripts/build.ts'], env));
    baselineRuns.push(
      await measured(baseline, ['build.ts'], {
        ...env,
        BENCH_CONTENT: path.join(project, 'src/content/measures'),
        ASTRO_OUT_DIR: path.join(baseline, 'dist'),
      }),
    );
    say(
      `${total}: run ${run}/${runs}: project ${(projectRuns.at(-1)?.ms ?? 0).toFixed(0)} ms, baseline ${(baselineRuns.at(-1)?.ms ?? 0).toFixed(0)} ms`,
    );
  }
  const projectOut = await treeSize(path.join(project, 'dist'));
  const baselineOut = await treeSize(path.join(baseline, 'dist'));
  const sample = path.join(project, 'dist', generated.sampleMeasurePage);
  const summary = (list: Measured[], out: { bytes: number; pages: number }): BuildSummary => ({
    medianMs: Math.round(median(list.map((r) => r.ms))),
    peakMb: Math.round(Math.max(...list.map((r) => r.peakMb))),
    pages: out.pages,
    outputMb: Math.round((out.bytes / 2 ** 20) * 10) / 10,
    runsMs: list.map((r) => Math.round(r.ms)),
    cpuMs: Math.round(median(list.map((r) => r.cpuMs))),
    phases: Object.fromEntries(
      [...new Set(list.flatMap((r) => Object.keys(r.phases)))].map((phase) => [
        phase,
        Math.round(median(list.map((r) => r.phases[phase] ?? 0))),
      ]),
    ),
  });
  const result = {
    measures: total,
    years: generated.years.length,
    project: summary(projectRuns, projectOut),
    baseline: summary(baselineRuns, baselineOut),
    ratio: 0,
    cpuRatio: 0,
    measurePageGzipBytes: await gzipSize(sample),
    measurePageHtmlBytes: (await stat(sample)).size,
  };
  result.ratio = Math.round((result.project.medianMs / result.baseline.medianMs) * 100) / 100;
  result.cpuRatio = Math.round((result.project.cpuMs / result.baseline.cpuMs) * 100) / 100;
  if (!values.keep) await Promise.all([rm(project, { recursive: true }), rm(baseline, { recursive: true })]);
  return result;
}

/** Serves a built site on a port while `body` runs. */
async function serving<T>(dist: string, port: number, body: (origin: string) => Promise<T>): Promise<T> {
  const server = spawn(process.execPath, [path.join(root, 'tests/e2e/serve.ts')], {
    cwd: path.dirname(dist),
    env: { ...cleanEnv(), SERVE_DIST: dist, SERVE_PORT: String(port) },
    stdio: 'ignore',
  });
  await new Promise((resolve) => setTimeout(resolve, 800));
  try {
    return await body(`http://127.0.0.1:${port}`);
  } finally {
    server.kill();
  }
}

/** Bytes (gzip) of Pagefind's files a browser fetches for the first search on the search page, and each index's size. */
async function searchCost(dist: string, origin: string) {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  const page = await browser.newPage();
  // From the navigation on: the search page preloads Pagefind's files while it loads.
  const all: string[] = [];
  page.on('requestfinished', (request) => all.push(new URL(request.url()).pathname));
  await page.goto(`${origin}/en/search/`);
  await page.waitForLoadState('networkidle');
  await page.locator('#search-page-query').fill('helpline');
  await page.locator('.result-list li').first().waitFor();
  await page.waitForLoadState('networkidle');
  await browser.close();
  const fetched = all.filter((pathname) => pathname.includes('/pagefind/'));
  let bytes = 0;
  for (const pathname of fetched) {
    const file = path.join(dist, decodeURIComponent(pathname));
    // Pagefind's index files are already compressed; everything else is counted as a server would gzip it.
    bytes += /\.pf_|\.pagefind$/.test(file) ? (await stat(file)).size : await gzipSize(file);
  }
  const indexFiles = (await readdir(path.join(dist, 'pagefind'), { recursive: true })).map(String);
  const perLanguage: Record<string, number> = {};
  for (const lang of ['lv', 'en']) {
    // The language's own index, fragments, filters and metadata; the WebAssembly is counted in the first query.
    const own = indexFiles.filter((f) => path.basename(f).includes(`${lang}_`));
    perLanguage[lang] = (
      await Promise.all(own.map((f) => stat(path.join(dist, 'pagefind', f)).then((s) => s.size)))
    ).reduce((a, b) => a + b, 0);
  }
  return { firstQueryRequests: fetched.length, firstQueryGzipBytes: bytes, indexBytes: perLanguage };
}

/**
 * Milliseconds from navigation to the first rendered result of a search
 * address, and the page's layout shift by then, under Lighthouse's mobile
 * throttling (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower),
 * in a fresh browser context each run so nothing is cached.
 */
async function firstResult(origin: string, pathname: string) {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  const times: number[] = [];
  const shifts: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(`${origin}${pathname}`, { waitUntil: 'commit' });
      const shown = await page.waitForFunction(
        () => (document.querySelector('.result-list li') ? performance.now() : 0),
        undefined,
        { polling: 'raf', timeout: 60_000 },
      );
      times.push(Math.round(Number(await shown.jsonValue())));
      shifts.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let total = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 500);
            }),
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const result = { pathname, medianMs: median(times), runsMs: times, cls: Math.max(...shifts) };
  say(`first result of ${pathname}: ${JSON.stringify(result)}`);
  return result;
}

/** The search's recall@3 on its test set, per language, overall and per kind of query, through the search page. */
async function searchRecall(origin: string) {
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  const page = await browser.newPage();
  const recall: Record<string, { queries: number; recallAt3: number; byKind: Record<string, number> }> = {};
  try {
    for (const [lang, cases] of Object.entries(searchCases)) {
      const outcomes: SearchOutcome[] = [];
      for (const search of cases)
        outcomes.push(await runSearch(page, `${origin}/${lang}/search/?q=${encodeURIComponent(search.query)}`, search));
      const kinds = [...new Set(cases.map((c) => c.kind))];
      recall[lang] = {
        queries: outcomes.length,
        recallAt3: recallAt3(outcomes),
        byKind: Object.fromEntries(
          kinds.map((kind) => [kind, recallAt3(outcomes.filter((o) => o.case.kind === kind))]),
        ),
      };
      say(`search recall@3, ${lang}: ${JSON.stringify(recall[lang])}`);
    }
  } finally {
    await browser.close();
  }
  return recall;
}
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

async function lighthouseScores(origin: string) {
  const chromePath = chromiumPath();
  const chrome = await chromeLauncher.launch({
    ...(chromePath ? { chromePath } : {}),
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const pages = {
    overview: '/lv/2023/',
    measure: '/lv/2023/2-2-2/',
    search: '/en/search/?q=helpline',
    'search lv': '/lv/search/?q=vardarbība',
  };
  const scores: Record<string, Record<string, number>> = {};
  try {
    for (const [name, pathname] of Object.entries(pages)) {
      // Median of `runs` for each figure: one Lighthouse run varies by several points on a busy machine.
      const samples: Record<string, number>[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${pathname}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = result?.lhr;
        samples.push({
          ...Object.fromEntries(
            Object.entries(lhr?.categories ?? {}).map(([id, c]) => [id, Math.round((c.score ?? 0) * 100)]),
          ),
          lcpMs: Math.round(lhr?.audits['largest-contentful-paint']?.numericValue ?? 0),
          tbtMs: Math.round(lhr?.audits['total-blocking-time']?.numericValue ?? 0),
          cls: lhr?.audits['cumulative-layout-shift']?.numericValue ?? 0,
        });
      }
      const keys = Object.keys(samples[0] ?? {});
      scores[name] = Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => s[key] ?? 0))]));
      say(`Lighthouse ${name}: ${JSON.stringify(scores[name])}`);
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

if (values['recall-only']) {
  const site = await projectCopy();
  await measured(site, ['scripts/build.ts'], cleanEnv());
  await serving(path.join(site, 'dist'), 4370, searchRecall);
  await rm(site, { recursive: true, force: true });
  if (!values.keep) await rm(work, { recursive: true, force: true });
  process.exit(0);
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));
const [smallest, largest] = [results[0], results.at(-1)];
const slope = (pick: (r: SizeResult) => number) =>
  smallest && largest && largest.measures !== smallest.measures
    ? Math.round(((pick(largest) - pick(smallest)) / (largest.measures - smallest.measures)) * 10) / 10
    : 0;

// The real site, for Lighthouse and the search's cost.
const real = await projectCopy();
await measured(real, ['scripts/build.ts'], cleanEnv());
// `npm run check` on the real content: every schema and rule in one pass, no build (goal: at most 3 s).
const checkRuns: Measured[] = [];
for (let run = 1; run <= runs; run++) checkRuns.push(await measured(real, ['scripts/check.ts'], cleanEnv()));
const check = {
  medianMs: Math.round(median(checkRuns.map((r) => r.ms))),
  peakMb: Math.round(Math.max(...checkRuns.map((r) => r.peakMb))),
};
const realDist = path.join(real, 'dist');
const { search, recall, firstResults, scores } = await serving(realDist, 4370, async (origin) => ({
  search: await searchCost(realDist, origin),
  recall: await searchRecall(origin),
  firstResults: [
    await firstResult(origin, '/lv/search/?q=vardarbība'),
    await firstResult(origin, '/en/search/?q=children'),
  ],
  scores: values['no-lighthouse'] ? {} : await lighthouseScores(origin),
}));
// Save → changed text visible in the preview's open page (goal ≤ 500 ms).
const editToPreviewMs = await editLatency(real, 5);
await rm(real, { recursive: true, force: true });

const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  runs,
  sizes: results,
  slopeMsPerMeasure: { project: slope((r) => r.project.medianMs), baseline: slope((r) => r.baseline.medianMs) },
  search,
  recall,
  check,
  firstResults,
  lighthouse: scores,
  editToPreviewMs: { runs: editToPreviewMs, median: median(editToPreviewMs) },
};
await writeFile(path.join(root, 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);

const rows = results.map(
  (r) =>
    `| ${r.measures} | ${r.years} | ${r.project.pages} | ${(r.project.medianMs / 1000).toFixed(1)} s | ${(r.baseline.medianMs / 1000).toFixed(1)} s | **${r.ratio.toFixed(2)}×** | ${(r.project.cpuMs / 1000).toFixed(1)} / ${(r.baseline.cpuMs / 1000).toFixed(1)} s = **${r.cpuRatio.toFixed(2)}×** | ${r.project.peakMb} MB | ${r.project.outputMb} MB | ${(r.measurePageGzipBytes / 1024).toFixed(1)} KB (${(r.measurePageHtmlBytes / 1024).toFixed(1)} KB raw) |`,
);
/** Each phase's median time, project and baseline, at every size. */
const phaseNames = [
  ...new Set(results.flatMap((r) => [...Object.keys(r.project.phases), ...Object.keys(r.baseline.phases)])),
];
const seconds = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const phaseRows = phaseNames.map(
  (phase) =>
    `| ${phase} | ${results.map((r) => `${seconds(r.project.phases[phase])} | ${seconds(r.baseline.phases[phase])}`).join(' | ')} |`,
);
const phaseHeader = `| phase | ${results.map((r) => `project ${r.measures} | baseline ${r.measures}`).join(' | ')} |\n| --- | ${results.map(() => '---: | ---:').join(' | ')} |`;
const lighthouseRows = Object.entries(scores).map(
  ([name, s]) =>
    `| ${name} | ${s['performance'] ?? '–'} | ${s['accessibility'] ?? '–'} | ${s['best-practices'] ?? '–'} | ${s['seo'] ?? '–'} | ${s['lcpMs'] ?? '–'} ms | ${s['tbtMs'] ?? '–'} ms | ${(s['cls'] ?? 0).toFixed(3)} |`,
);
const firstResultRows = firstResults.map(
  (r) =>
    `| \`${r.pathname}\` | ${(r.medianMs / 1000).toFixed(2)} s | ${r.runsMs.join(', ')} ms | ${r.cls.toFixed(3)} |`,
);
const markdown = `# Benchmark results

${report.date.slice(0, 10)}, ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGb} GiB, Node ${report.machine.node}; median of ${runs} runs of the full production build (pages, data files, search index).

| measures per language | years | pages | build | baseline | ratio | CPU (user + system) | peak memory | output | a measure page (gzip) |
| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Build phases (median; each from the end of the one before; the project's checks are the content check before Astro starts, the baseline's only its configuration; the baseline indexes its pages after Astro has exited):

${phaseHeader}
${phaseRows.join('\n')}

Slope: ${report.slopeMsPerMeasure.project} ms per measure (baseline ${report.slopeMsPerMeasure.baseline} ms).

\`npm run check\` on the real content: ${(check.medianMs / 1000).toFixed(1)} s, ${check.peakMb} MB.

Edit to preview (\`npm run dev\`, save → changed text visible in the open page): median ${report.editToPreviewMs.median} ms of ${editToPreviewMs.join(', ')} ms (goal ≤ 500 ms).

Pagefind's files for the first search (“helpline”, preloads included): ${search.firstQueryRequests} requests, ${(search.firstQueryGzipBytes / 1024).toFixed(1)} KB gzip. Search index files (index, fragments, filters, metadata): lv ${((search.indexBytes['lv'] ?? 0) / 1024).toFixed(1)} KB, en ${((search.indexBytes['en'] ?? 0) / 1024).toFixed(1)} KB.

Search recall@3 on its test set (tests/fixtures/search-queries.json; goal at least 95% per language, plain queries 100%): ${Object.entries(
  recall,
)
  .map(
    ([lang, r]) =>
      `${lang} ${percent(r.recallAt3)} of ${r.queries} (${Object.entries(r.byKind)
        .map(([kind, share]) => `${kind} ${percent(share)}`)
        .join(', ')})`,
  )
  .join('; ')}.

Time to the first rendered result, from navigation, with Lighthouse's mobile throttling (median of ${runs}, fresh cache each run):

| search | first result | runs | CLS |
| --- | ---: | --- | ---: |
${firstResultRows.join('\n')}

${lighthouseRows.length ? `Lighthouse (mobile, median of ${runs}):\n\n| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n${lighthouseRows.join('\n')}\n` : ''}`;
await writeFile(path.join(root, 'bench/results.md'), markdown);
say('wrote bench/results.md and bench/results.json');
console.log(`\n${markdown}`);
if (!values.keep) await rm(work, { recursive: true, force: true });
