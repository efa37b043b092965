/**
 * The browser layer (@playwright/test): the built site served locally, driven in Chromium.
 *   - `root`: dist/ served at `/` — every file in tests/browser/ but the sub-path ones;
 *   - `eis`:  dist-eis/ served at `/eis/` — what only a sub-path build can show (EIS_FILES);
 *     that every link and asset of the built HTML points under /eis/ is a build test
 *     (tests/build/site-url.test.ts), so the pages are not visited twice;
 *   - `deploy`: the nginx configs in deploy/ on Debian's nginx (tests/deploy/); it reports why
 *     when nginx is missing (.ci/run installs it).
 * `npm test -- browser` builds what is missing or stale and runs all three; `npm run test:deploy`
 * runs `deploy` alone.
 *
 * Chromium is never downloaded: harness/chromium.ts resolves it (CHROME_PATH, a system Chromium,
 * the npm-packaged @sparticuz/chromium) and it is passed as `launchOptions.executablePath` with
 * the flags that keep every page on the loopback. Another Chromium (an old one, say) is one more
 * project: `{ name: 'old-chromium', testMatch: …, use: { ...site('/'), ...chromium(path) } }`.
 * EIS_DIST=<dir> serves another build of the root site (a mutated one, say) in place of dist/.
 * EIS_SERVE=root or eis starts only that build's server (scripts/test.mjs runs the root projects
 * as soon as dist/ exists, while dist-eis/ is still being built); by default both.
 */
import net from 'node:net';
import {
  defineConfig,
  type PlaywrightTestOptions,
  type PlaywrightWorkerOptions,
} from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './harness/chromium';
import { resolveOldChromium } from './tests/helpers/old-chromium';

/** A free loopback port, chosen once: worker processes inherit it through the environment. */
async function port(name: string): Promise<number> {
  const known = process.env[name];
  if (known) return Number(known);
  const chosen = await new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
  process.env[name] = String(chosen);
  return chosen;
}

/** Resolved once in the runner; the workers read it from the environment. */
async function chromiumPath(): Promise<string> {
  if (!process.env['EIS_CHROMIUM']) {
    const found = await findChromium();
    process.env['EIS_CHROMIUM'] = found.path;
    console.log(`Chromium (${found.source}): ${found.path}`);
  }
  return process.env['EIS_CHROMIUM']!;
}

/** `use` for a Chromium at `executablePath`, with the loopback-only flags. */
export function chromium(executablePath: string): Partial<PlaywrightWorkerOptions> {
  return { launchOptions: { executablePath, args: CHROMIUM_ARGS } };
}

const ROOT_PORT = await port('EIS_PORT_ROOT');
const EIS_PORT = await port('EIS_PORT_EIS');
const ORIGIN = (p: number) => `http://127.0.0.1:${p}`;

/** `use` for the build served at `base`. */
export function site(base: '/' | '/eis/'): Partial<PlaywrightTestOptions> {
  return { baseURL: `${ORIGIN(base === '/' ? ROOT_PORT : EIS_PORT)}${base}` };
}

/** The builds to serve (EIS_SERVE). */
const SERVE = (process.env['EIS_SERVE'] ?? 'root,eis').split(',');

/** Files that need the sub-path build. */
const EIS_FILES = ['base-path.test.ts', 'print-pdf.test.ts', 'plan-sheet-pdf.test.ts'];
/** Still a vitest file until it moves into Node unit tests (the search branch). */
const NOT_PLAYWRIGHT = ['search-quality.test.ts'];

const browser = chromium(await chromiumPath());

/**
 * Chromium 110 (the dev dependency `chromium-110`, Linux x64 only), resolved once in the runner;
 * where it cannot run, resolveOldChromium() prints why and the project's tests skip (with
 * EIS_NO_SKIP=1, as in CI, the run stops here instead).
 */
async function oldChromiumPath(): Promise<string | undefined> {
  if (process.env['EIS_OLD_CHROMIUM'] === undefined) {
    process.env['EIS_OLD_CHROMIUM'] = (await resolveOldChromium())?.executablePath ?? '';
  }
  return process.env['EIS_OLD_CHROMIUM'] || undefined;
}
const oldChromium = await oldChromiumPath();
if (!oldChromium && process.env['EIS_NO_SKIP'] === '1') {
  throw new Error('Chromium 110 (npm package chromium-110) cannot run here: see the reason above.');
}

export default defineConfig({
  testDir: 'tests',
  // Every test opens its own context and page; nothing is shared, so tests spread over workers.
  fullyParallel: true,
  // Two cores: Chromium's renderer is the busy part, two workers keep both busy.
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'node_modules/.cache/playwright-results',
  use: {
    ...browser,
    trace: 'off',
    screenshot: 'off',
    video: 'off',
  },
  webServer: [
    {
      name: 'root',
      command: `node harness/serve.ts ${process.env['EIS_DIST'] ?? 'dist'} / ${ROOT_PORT}`,
      url: `${ORIGIN(ROOT_PORT)}/`,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
    },
    {
      name: 'eis',
      command: `node harness/serve.ts dist-eis /eis/ ${EIS_PORT}`,
      url: `${ORIGIN(EIS_PORT)}/eis/`,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
    },
  ].filter(({ name }) => SERVE.includes(name)),
  projects: [
    {
      name: 'root',
      testDir: 'tests/browser',
      testMatch: '*.test.ts',
      testIgnore: [...EIS_FILES, ...NOT_PLAYWRIGHT],
      use: site('/'),
    },
    {
      name: 'eis',
      testDir: 'tests/browser',
      testMatch: EIS_FILES,
      use: site('/eis/'),
    },
    { name: 'deploy', testDir: 'tests/deploy', testMatch: '*.test.ts' },
    // Without Chromium 110 the project's tests skip with the reason (tests/old-browser).
    {
      name: 'old-chromium',
      testDir: 'tests/old-browser',
      testMatch: '*.test.ts',
      use: { ...site('/'), ...(oldChromium ? chromium(oldChromium) : {}) },
    },
  ],
});
