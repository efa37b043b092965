#!/usr/bin/env node
/**
 * `npm test`: every layer in one command, as a pipeline that keeps both cores busy:
 *   - from the start: ESLint and Prettier (zero warnings) and the vitest projects unit and dom,
 *     which read the sources only; beside them the builds, one after the other (both write
 *     .astro/ and Astro's cache): dist/ at `/` without SITE_URL, then dist-eis/ under
 *     BASE_PATH=/eis/ with SITE_URL=https://eis.example.org (tests/build/site-url.test.ts checks
 *     both);
 *   - as soon as dist/ exists: Playwright over it (projects root and old-chromium, served at `/`
 *     only), beside the build of dist-eis/;
 *   - once dist-eis/ exists: astro check (it writes .astro/ too, so only after both builds), the
 *     vitest project build (reads both builds) and Playwright's eis and deploy projects (dist-eis/
 *     served at `/eis/`; the nginx configs over both builds).
 *
 * `npm test -- <layer> [<layer> …]` runs those layers only, without the quality gates: unit, dom,
 * build (vitest), browser (alias e2e: Playwright's root and eis projects), deploy (Playwright's
 * deploy project; `npm run test:deploy`). The build, browser and deploy layers need dist/ and
 * dist-eis/: each is built only when it is missing or older than the sources (src/, public/,
 * astro.config.mjs, package.json, package-lock.json, tsconfig.json), and the run says which.
 *
 * A skipped test fails the run, except a Playwright test skipped for a stated reason (test.skip
 * with a condition: nginx not installed, say); those are listed with their reason. With
 * EIS_NO_SKIP=1 (.ci/run) any skip fails the run.
 *
 * Prints how long each step took (wall clock) and its CPU time (user + system of every process it
 * started, Chromium's included: harness/cpu-meter.mjs), then one summary line over all layers:
 * `N passed, N failed`. With EIS_TEST_TIMINGS=<file> it also writes the durations there as JSON
 * (`npm run bench`).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CpuMeter } from '../harness/cpu-meter.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const LAYERS = ['unit', 'dom', 'build', 'browser', 'deploy'];
const ALIASES = { e2e: 'browser' };
const VITEST_LAYERS = new Set(['unit', 'dom', 'build']);
/** Playwright projects per layer (playwright.config.ts). */
const PLAYWRIGHT_PROJECTS = { browser: ['root', 'eis', 'old-chromium'], deploy: ['deploy'] };
/** The projects that read only dist/ (served at `/`): they start as soon as it is built. */
const ROOT_ONLY = new Set(['root', 'old-chromium']);
/** The layers that read the built site. */
const NEEDS_BUILD = new Set(['build', 'browser', 'deploy']);
const BUILDS = [
  { label: 'build (base /)', dir: 'dist', args: ['build'], env: { BASE_PATH: '/', SITE_URL: '' } },
  {
    label: 'build (base /eis/)',
    dir: 'dist-eis',
    args: ['build', '--outDir', 'dist-eis'],
    env: { BASE_PATH: '/eis/', SITE_URL: 'https://eis.example.org' },
  },
];
const SOURCES = [
  'src',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/**
 * The first lines of a failure's message, indented under its title in the closing summary: a CI
 * log may keep only the tail, and a failure seen once (under load, say) must say what it saw.
 */
function excerpt(message, lines = 12) {
  if (!message) return '';
  const plain = String(message).replace(/\u001b\[[0-9;]*m/g, '');
  const kept = plain
    .split('\n')
    .filter((l) => l.trim() && !/^\s*at /.test(l))
    .slice(0, lines);
  return kept.map((l) => `\n      ${l}`).join('');
}

let passed = 0;
let failed = 0;
const failures = [];
/** @type {{ label: string, seconds: number, cpu?: number }[]} */
const timings = [];
const meter = new CpuMeter();
const started = Date.now();
const seconds = (ms) => Math.round(ms / 100) / 10;

/**
 * Runs one command. Output goes straight through when it runs alone; when several run side by
 * side (`buffered`), each one's output is printed whole when it ends, so nothing interleaves.
 */
function run(label, cmd, args, { env = {}, buffered = false, count = true } = {}) {
  if (!buffered) console.log(`\n▶ ${label}`);
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      // As `npm test` runs it: node_modules/.bin first, so `node` is the project's Node (24,
      // which runs harness/serve.ts for Playwright's webServer) however this script was started.
      env: {
        ...process.env,
        PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env['PATH'] ?? ''}`,
        ...env,
      },
    });
    meter.track(child.pid, label);
    /** @type {Buffer[]} */
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code) => {
      const ok = code === 0;
      const took = seconds(Date.now() - t0);
      const cpu = meter.seconds(label);
      timings.push({ label, seconds: took, cpu });
      if (buffered) {
        console.log(`\n▶ ${label}`);
        process.stdout.write(Buffer.concat(out));
      }
      if (count) {
        if (ok) passed += 1;
        else {
          failed += 1;
          failures.push(label);
        }
      }
      console.log(
        `${ok ? '✓' : '✗'} ${label} (${took} s${cpu === undefined ? '' : `, CPU ${cpu} s`})`,
      );
      resolve(ok);
    });
  });
}

/** Newest modification time among the files the build reads. */
function newestSource() {
  let newest = 0;
  const visit = (file) => {
    const st = statSync(file);
    if (st.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  for (const name of SOURCES) {
    const file = path.join(root, name);
    if (existsSync(file)) visit(file);
  }
  return newest;
}

/** 'missing', 'stale' (older than a source) or 'fresh'. */
function buildState(dir, newest) {
  const index = path.join(root, dir, 'index.html');
  if (!existsSync(index)) return 'missing';
  return statSync(index).mtimeMs >= newest ? 'fresh' : 'stale';
}

const only = process.argv.slice(2).map((layer) => ALIASES[layer] ?? layer);
const unknown = only.filter((layer) => !LAYERS.includes(layer));
if (unknown.length) {
  console.error(
    `Unknown layer: ${unknown.join(', ')}. Layers: ${LAYERS.join(', ')} (e2e = browser) ` +
      '(e.g. `npm test -- unit dom`); `npm test` alone runs everything.',
  );
  process.exit(2);
}
const full = only.length === 0;
const wanted = full ? LAYERS : only;
const strictSkips = process.env['EIS_NO_SKIP'] === '1';
/** Sum of test or file durations per layer (they run side by side, so these overlap). */
const layerSeconds = {};
/** Playwright tests skipped for a stated reason. */
const skippedWithReason = [];
const work = mkdtempSync(path.join(tmpdir(), 'eis-test-'));

/**
 * Runs vitest on `projects` and counts its results. `workers`: how many files run at once (vitest
 * leaves one core free by default: one file at a time on two cores).
 */
async function vitest(projects, label = `vitest (${projects.join(', ')})`, workers = undefined) {
  if (!projects.length) return;
  const json = path.join(work, `vitest-${projects.join('-')}.json`);
  await run(
    label,
    bin('vitest'),
    [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${json}`,
      // In the pipeline the vitest layers share both cores with the builds and Chromium: a test
      // that takes 2 s alone can take 10 s there. A timeout is no assertion; 30 s keeps a hung
      // test from passing without failing a slow one (a file's own timeouts still apply).
      '--testTimeout=30000',
      ...(workers ? [`--maxWorkers=${workers}`] : []),
      ...projects.flatMap((p) => ['--project', p]),
    ],
    { count: false, buffered: full },
  );
  try {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (!report.success && report.numFailedTests === 0) {
      // A file that fails to load fails no single test; count it so the run cannot pass.
      failed += 1;
      failures.push(`${label}: a test file failed to load`);
    }
    if (report.numPendingTests || report.numTodoTests) {
      failed += report.numPendingTests + report.numTodoTests;
      failures.push('skipped or todo vitest tests are not allowed');
    }
    for (const file of report.testResults ?? []) {
      const rel = path.relative(root, file.name);
      // Named at the end of the run: a CI log may keep only its tail.
      for (const t of file.assertionResults ?? []) {
        if (t.status === 'failed') {
          failures.push(`${rel} › ${t.fullName ?? t.title}${excerpt(t.failureMessages?.[0])}`);
        }
      }
      const layer =
        /^tests\/(unit|dom|build)\//.exec(rel)?.[1] ??
        (rel.endsWith('.dom.test.ts') ? 'dom' : 'unit');
      layerSeconds[layer] = (layerSeconds[layer] ?? 0) + (file.endTime - file.startTime) / 1000;
    }
  } catch (err) {
    failed += 1;
    failures.push(`${label} produced no report (${err.message})`);
  }
}

/** Every test of a Playwright JSON report, with its file and project. */
function* playwrightTests(suite, file = suite.file) {
  for (const spec of suite.specs ?? []) {
    for (const t of spec.tests ?? []) yield { file: spec.file ?? file, title: spec.title, test: t };
  }
  for (const child of suite.suites ?? []) yield* playwrightTests(child, child.file ?? file);
}

/**
 * Runs Playwright on `projects` and counts its results from its JSON reporter. `serve`: which
 * builds its web servers serve (EIS_SERVE in playwright.config.ts), by default both.
 */
async function playwright(projects, serve = 'root,eis') {
  if (!projects.length) return;
  const json = path.join(work, `playwright-${projects.join('-')}.json`);
  const label = `playwright (${projects.join(', ')})`;
  await run(
    label,
    bin('playwright'),
    ['test', '--reporter=list,json', ...projects.map((p) => `--project=${p}`)],
    {
      count: false,
      buffered: full,
      env: { PLAYWRIGHT_JSON_OUTPUT_FILE: json, EIS_SERVE: serve },
    },
  );
  try {
    const report = JSON.parse(readFileSync(json, 'utf8'));
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
    passed += expected;
    failed += unexpected + flaky;
    if (flaky) failures.push(`${flaky} flaky Playwright tests`);
    if (report.errors?.length) {
      // A file that fails to load, a web server that does not start: no test fails, the run must.
      failed += report.errors.length;
      failures.push(`${label}: ${report.errors.map((e) => e.message?.split('\n')[0]).join('; ')}`);
    }
    for (const suite of report.suites ?? []) {
      for (const { file, title, test } of playwrightTests(suite)) {
        const layer = test.projectName === 'deploy' ? 'deploy' : 'browser';
        for (const result of test.results ?? []) {
          layerSeconds[layer] = (layerSeconds[layer] ?? 0) + (result.duration ?? 0) / 1000;
        }
        if (test.status === 'unexpected' || test.status === 'flaky') {
          const error = test.results?.findLast((r) => r.error)?.error;
          failures.push(
            `${file} › ${title} [${test.projectName}]${excerpt(error?.message ?? error?.value)}`,
          );
        }
        if (test.status !== 'skipped') continue;
        const reason = (test.annotations ?? []).find((a) => a.type === 'skip')?.description;
        if (reason && !strictSkips) skippedWithReason.push(`${file} › ${title}: ${reason}`);
        else {
          failed += 1;
          failures.push(`skipped: ${file} › ${title}${reason ? ` (${reason})` : ''}`);
        }
      }
    }
  } catch (err) {
    failed += 1;
    failures.push(`${label} produced no report (${err.message})`);
  }
}

/** Runs one build (in a full run, buffered: other steps print beside it). */
async function runBuild(build) {
  return run(build.label, bin('astro'), build.args, { env: build.env, buffered: full });
}

if (full) {
  // The whole pipeline (see the head of this file): every step starts once what it reads exists.
  const [rootBuild, eisBuild] = BUILDS;
  const afterRoot = runBuild(rootBuild);
  const afterEis = afterRoot.then((ok) => ok && runBuild(eisBuild));
  const notRun = (what) => {
    failed += 1;
    failures.push(`not run after the failed build: ${what}`);
  };
  const browser = PLAYWRIGHT_PROJECTS.browser;
  await Promise.all([
    run('eslint', bin('eslint'), ['.', '--max-warnings', '0'], { buffered: true }),
    run('prettier', bin('prettier'), ['--check', '.', '--log-level', 'warn'], { buffered: true }),
    vitest(['unit', 'dom']),
    afterRoot.then((ok) =>
      ok
        ? playwright(
            browser.filter((p) => ROOT_ONLY.has(p)),
            'root',
          )
        : notRun('Playwright over dist/'),
    ),
    afterEis.then((ok) =>
      ok
        ? Promise.all([
            run('astro check', bin('astro'), ['check', '--minimumFailingSeverity', 'warning'], {
              buffered: true,
            }),
            // Every core: the build layer is the pipeline's last step, and its two search-quality
            // files (the tuning and the held-out sets) are its longest; one at a time, the second
            // core sat idle once Playwright was done.
            vitest(['build'], undefined, availableParallelism()),
            playwright(
              [...browser.filter((p) => !ROOT_ONLY.has(p)), ...PLAYWRIGHT_PROJECTS.deploy],
              'eis',
            ),
          ])
        : notRun('astro check, vitest build, Playwright over dist-eis/'),
    ),
  ]);
} else {
  await vitest(wanted.filter((layer) => layer === 'unit' || layer === 'dom'));

  // Builds for single layers: only when missing or out of date.
  let built = true;
  if (wanted.some((layer) => NEEDS_BUILD.has(layer))) {
    const newest = newestSource();
    for (const build of BUILDS) {
      const state = buildState(build.dir, newest);
      if (state === 'fresh') {
        console.log(`\n• ${build.dir}/ is newer than the sources: not rebuilding (${build.label})`);
        continue;
      }
      console.log(
        `\n• ${build.dir}/ is ${state === 'missing' ? 'missing' : 'older than the sources'}: building it`,
      );
      built = (await run(build.label, bin('astro'), build.args, { env: build.env })) && built;
      if (!built) break;
    }
  }

  // Over the builds: vitest's build layer and Playwright, side by side. A failed build leaves
  // only the layers that do not read it.
  const overBuild = wanted.filter((layer) => NEEDS_BUILD.has(layer));
  if (!built && overBuild.length) {
    failed += 1;
    failures.push(`not run after the failed build: ${overBuild.join(', ')}`);
  } else {
    await Promise.all([
      vitest(overBuild.filter((layer) => VITEST_LAYERS.has(layer))),
      playwright(overBuild.flatMap((layer) => PLAYWRIGHT_PROJECTS[layer] ?? [])),
    ]);
  }
}
rmSync(work, { recursive: true, force: true });

const total = seconds(Date.now() - started);
meter.stop();
/**
 * CPU seconds of every step (user + system, every process each step started, Chromium included):
 * on a shared machine a fairer measure than the wall clock; on an idle two-core machine the run
 * takes at least half of it. Linux only (/proc), else undefined.
 */
const cpu = timings.every((t) => t.cpu !== undefined)
  ? seconds(timings.reduce((sum, t) => sum + (t.cpu ?? 0), 0) * 1000)
  : undefined;
console.log('\nDurations (wall clock, CPU time; steps ran side by side):');
for (const { label, seconds: s, cpu: c } of timings) {
  console.log(
    `  ${label.padEnd(40)} ${`${s} s`.padEnd(10)}${c === undefined ? '' : ` CPU ${c} s`}`,
  );
}
for (const [layer, s] of Object.entries(layerSeconds)) {
  console.log(`  ${`  ${layer}: sum of its tests/files`.padEnd(40)} ${seconds(s * 1000)} s`);
}
console.log(`  ${'total'.padEnd(40)} ${total} s`);
if (cpu !== undefined) console.log(`  ${'CPU time of all steps'.padEnd(40)} ${cpu} s`);
if (process.env['EIS_TEST_TIMINGS']) {
  writeFileSync(
    process.env['EIS_TEST_TIMINGS'],
    JSON.stringify({
      layers: full ? 'all' : only,
      total,
      cpu,
      steps: timings,
      files: layerSeconds,
    }),
  );
}

if (skippedWithReason.length) {
  console.log(`\nSkipped, with the reason:\n  ${skippedWithReason.join('\n  ')}`);
}
if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
