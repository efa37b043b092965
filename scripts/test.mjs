#!/usr/bin/env node
/**
 * `npm test`: every layer in one command.
 *   1. quality gates: astro check, ESLint, Prettier (zero warnings)
 *   2. builds: dist/ at `/` without SITE_URL, and dist-eis/ under BASE_PATH=/eis/ with
 *      SITE_URL=https://eis.example.org (tests/build/site-url.test.ts checks both)
 *   3. vitest projects: unit, dom, build (over dist/), browser (Chromium over the served builds)
 * Ends with one summary line over all layers: `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
let passed = 0;
let failed = 0;
const failures = [];

function step(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const res = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  const ok = res.status === 0;
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
  console.log(`${ok ? '✓' : '✗'} ${label}`);
  return ok;
}

const only = process.argv.slice(2); // e.g. `npm test -- browser` runs those vitest projects only
const full = only.length === 0;

if (full) {
  step('astro check', bin('astro'), ['check', '--minimumFailingSeverity', 'warning']);
  step('eslint', bin('eslint'), ['.', '--max-warnings', '0']);
  step('prettier', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
}
const built =
  step('build (base /)', bin('astro'), ['build'], { BASE_PATH: '/', SITE_URL: '' }) &&
  step('build (base /eis/)', bin('astro'), ['build', '--outDir', 'dist-eis'], {
    BASE_PATH: '/eis/',
    SITE_URL: 'https://eis.example.org',
  });

const projects = full ? (built ? [] : ['unit', 'dom']) : only;
const out = mkdtempSync(path.join(tmpdir(), 'vitest-'));
const json = path.join(out, 'results.json');
console.log(`\n▶ vitest${projects.length ? ` (${projects.join(', ')})` : ''}`);
spawnSync(
  bin('vitest'),
  [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${json}`,
    ...projects.flatMap((p) => ['--project', p]),
  ],
  { cwd: root, stdio: 'inherit' },
);
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
} catch (err) {
  failed += 1;
  failures.push(`vitest produced no report (${err.message})`);
}
rmSync(out, { recursive: true, force: true });

if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
