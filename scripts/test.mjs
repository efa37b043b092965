#!/usr/bin/env node
/**
 * `npm test`: every layer in one command.
 *   1. quality gates, side by side: astro check, ESLint, Prettier (zero warnings);
 *   2. builds: dist/ at `/` without SITE_URL, then dist-eis/ under BASE_PATH=/eis/ with
 *      SITE_URL=https://eis.example.org (tests/build/site-url.test.ts checks both). Sequential:
 *      both builds write .astro/ and Astro's cache;
 *   3. vitest projects unit, dom, build (over dist/), browser (Chromium over the served builds),
 *      in one run on two workers.
 *
 * `npm test -- <layer> [<layer> …]` (unit, dom, build, browser) runs those vitest projects only,
 * without the quality gates. The build and browser layers need dist/ and dist-eis/: each is
 * built only when it is missing or older than the sources (src/, public/, astro.config.mjs,
 * package.json, package-lock.json, tsconfig.json), and the run says which.
 *
 * Prints how long each step took, then one summary line over all layers: `N passed, N failed`.
 * With EIS_TEST_TIMINGS=<file> it also writes the durations there as JSON (`npm run bench`).
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
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const LAYERS = ['unit', 'dom', 'build', 'browser'];
/** The layers that read the built site. */
const NEEDS_BUILD = new Set(['build', 'browser']);
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

let passed = 0;
let failed = 0;
const failures = [];
/** @type {{ label: string, seconds: number }[]} */
const timings = [];
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
      env: { ...process.env, ...env },
    });
    /** @type {Buffer[]} */
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('error', (err) => out.push(Buffer.from(`${err.message}\n`)));
    child.on('close', (code) => {
      const ok = code === 0;
      const took = seconds(Date.now() - t0);
      timings.push({ label, seconds: took });
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
      console.log(`${ok ? '✓' : '✗'} ${label} (${took} s)`);
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

const only = process.argv.slice(2);
const unknown = only.filter((layer) => !LAYERS.includes(layer));
if (unknown.length) {
  console.error(
    `Unknown layer: ${unknown.join(', ')}. Layers: ${LAYERS.join(', ')} ` +
      '(e.g. `npm test -- unit dom`); `npm test` alone runs everything.',
  );
  process.exit(2);
}
const full = only.length === 0;

// 1. Quality gates, side by side (they only read the sources).
if (full) {
  await Promise.all([
    run('astro check', bin('astro'), ['check', '--minimumFailingSeverity', 'warning'], {
      buffered: true,
    }),
    run('eslint', bin('eslint'), ['.', '--max-warnings', '0'], { buffered: true }),
    run('prettier', bin('prettier'), ['--check', '.', '--log-level', 'warn'], { buffered: true }),
  ]);
}

// 2. Builds: always on a full run; for single layers only when missing or out of date.
let built = true;
if (full || only.some((layer) => NEEDS_BUILD.has(layer))) {
  const newest = full ? Infinity : newestSource();
  for (const build of BUILDS) {
    const state = buildState(build.dir, newest);
    if (state === 'fresh') {
      console.log(`\n• ${build.dir}/ is newer than the sources: not rebuilding (${build.label})`);
      continue;
    }
    if (!full) {
      console.log(
        `\n• ${build.dir}/ is ${state === 'missing' ? 'missing' : 'older than the sources'}: building it`,
      );
    }
    built = (await run(build.label, bin('astro'), build.args, { env: build.env })) && built;
    if (!built) break;
  }
}

// 3. Vitest. A failed build leaves only the layers that do not read it.
const projects = (full ? LAYERS : only).filter((layer) => built || !NEEDS_BUILD.has(layer));
const skipped = (full ? LAYERS : only).filter((layer) => !projects.includes(layer));
if (skipped.length) failures.push(`not run after the failed build: ${skipped.join(', ')}`);
const out = mkdtempSync(path.join(tmpdir(), 'vitest-'));
const json = path.join(out, 'results.json');
await run(
  `vitest (${projects.join(', ')})`,
  bin('vitest'),
  [
    'run',
    '--maxWorkers=2',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
    ...projects.flatMap((p) => ['--project', p]),
  ],
  { count: false },
);
/** Sum of file durations per layer (files run side by side, so these overlap). */
const layerSeconds = {};
try {
  const report = JSON.parse(readFileSync(json, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (!report.success && report.numFailedTests === 0) {
    // A file that fails to load fails no single test; count it so the run cannot pass.
    failed += 1;
    failures.push('a test file failed to load');
  }
  if (report.numPendingTests || report.numTodoTests) {
    failed += report.numPendingTests + report.numTodoTests;
    failures.push('skipped or todo tests are not allowed');
  }
  for (const file of report.testResults ?? []) {
    const rel = path.relative(root, file.name);
    const layer =
      /^tests\/(unit|dom|build|browser)\//.exec(rel)?.[1] ??
      (rel.endsWith('.dom.test.ts') ? 'dom' : 'unit');
    layerSeconds[layer] = (layerSeconds[layer] ?? 0) + (file.endTime - file.startTime) / 1000;
  }
} catch (err) {
  failed += 1;
  failures.push(`vitest produced no report (${err.message})`);
}
rmSync(out, { recursive: true, force: true });
if (skipped.length) failed += 1;

const total = seconds(Date.now() - started);
console.log('\nDurations (wall clock; the three quality gates run side by side):');
for (const { label, seconds: s } of timings) console.log(`  ${label.padEnd(28)} ${s} s`);
for (const [layer, s] of Object.entries(layerSeconds)) {
  console.log(`  ${`  ${layer}: sum of its files`.padEnd(28)} ${seconds(s * 1000)} s`);
}
console.log(`  ${'total'.padEnd(28)} ${total} s`);
if (process.env['EIS_TEST_TIMINGS']) {
  writeFileSync(
    process.env['EIS_TEST_TIMINGS'],
    JSON.stringify({ layers: full ? 'all' : only, total, steps: timings, files: layerSeconds }),
  );
}

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
