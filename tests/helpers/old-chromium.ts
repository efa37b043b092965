/**
 * A real Chromium 110, the oldest Chromium the site promises (package.json "browserslist": Chrome
 * and Edge 109, the last on Windows 7/8.1), and the check the site must pass in it. It lacks the
 * Popover API (114) that Starlight's mobile menu uses since 0.42.
 *
 * The binary comes from the dev dependency `chromium-110` (npm:@sparticuz/chromium@110.0.0),
 * which ships a brotli-compressed Linux x64 build inside the npm package. It is unpacked once into
 * `<tmpdir>/eis-chromium-110/` with the package's own inflater. Not with its `executablePath()`:
 * that returns `/tmp/chromium` whenever that file exists, and @sparticuz/chromium 143 (our
 * optional dependency, harness/chromium.ts) unpacks its own binary to that very path, so either
 * package could hand back the other's Chromium.
 *
 * `resolveOldChromium()` returns null, with the reason printed, where it cannot run (not Linux
 * x64, package not installed, binary not executable): callers skip then.
 * `checkOldChromiumPage()` opens a page once and, at each of the widths in turn (the window
 * resized in place, as a reader can), reports without asserting (the test runner decides): page
 * errors, whether the h1 is covered, and whether the mobile menu opens and closes by its button
 * and by Escape with `aria-expanded` right.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../harness/chromium';

export const OLD_CHROMIUM_MAJOR = 110;

export interface OldChromium {
  executablePath: string;
  /** The user agent it reports, e.g. `… HeadlessChrome/110.0.5478.0 …`. */
  userAgent: string;
}

const skip = (reason: string): null => {
  console.log(`Chromium ${OLD_CHROMIUM_MAJOR} unavailable, skipped: ${reason}`);
  return null;
};

/** ELF e_machine of the file (0x3e = x86-64), or null when it is not an ELF file. */
function elfMachine(file: string): number | null {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(20);
    readSync(fd, head, 0, 20, 0);
    if (head.readUInt32BE(0) !== 0x7f454c46) return null;
    return head.readUInt16LE(18);
  } finally {
    closeSync(fd);
  }
}

/** Unpacks (once) and returns the Chromium 110 binary, or null with the reason printed. */
export async function resolveOldChromium(): Promise<OldChromium | null> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return skip(
      `@sparticuz/chromium ships a Linux x64 build only; this is ${process.platform}/${process.arch}.`,
    );
  }
  const require = createRequire(import.meta.url);
  let bin: string;
  let inflate: (file: string) => Promise<string>;
  try {
    bin = path.join(path.dirname(require.resolve('chromium-110/package.json')), 'bin');
    const lambdafs = require('chromium-110/build/lambdafs.js') as {
      inflate(file: string): Promise<string>;
    };
    inflate = (file) => lambdafs.inflate(file);
  } catch {
    return skip('the dev dependency chromium-110 is not installed (`npm install`).');
  }
  const dir = path.join(tmpdir(), `eis-chromium-${OLD_CHROMIUM_MAJOR}`);
  const executablePath = path.join(dir, 'chromium');
  if (!existsSync(executablePath) || !existsSync(path.join(dir, 'libGLESv2.so'))) {
    mkdirSync(dir, { recursive: true });
    // The inflater writes to os.tmpdir() (read when each call starts): point it at our folder.
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = dir;
    let unpacking: Promise<string[]>;
    try {
      unpacking = Promise.all([
        inflate(path.join(bin, 'chromium.br')),
        inflate(path.join(bin, 'swiftshader.tar.br')),
      ]);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
    try {
      await unpacking;
    } catch (error) {
      return skip(`unpacking ${bin} failed: ${String(error)}`);
    }
  }
  const machine = elfMachine(executablePath);
  if (machine !== 0x3e) {
    return skip(`${executablePath} is not an x86-64 ELF binary (e_machine ${String(machine)}).`);
  }
  // One headless run proves it starts (shared libraries present) and tells its version.
  const run = spawnSync(
    executablePath,
    [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--dump-dom',
      'data:text/html,<script>document.write(navigator.userAgent)</script>',
    ],
    { encoding: 'utf8', timeout: 30_000 },
  );
  const userAgent = /<body>(.*)<\/body>/s.exec(run.stdout ?? '')?.[1]?.trim() ?? '';
  if (run.error || run.status !== 0 || !userAgent.includes(`Chrome/${OLD_CHROMIUM_MAJOR}.`)) {
    const why = run.error?.message ?? `exit ${String(run.status)}: ${run.stderr?.slice(-400)}`;
    return skip(`${executablePath} does not run here (${why}).`);
  }
  return { executablePath, userAgent };
}

/** Launches it with the flags of the other browser tests (loopback only, no sandbox as root). */
export async function launchOldChromium(found: OldChromium): Promise<Browser> {
  return chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
}

export interface MenuState {
  paneShown: boolean;
  ariaExpanded: string | null;
}

export interface OldChromiumPageReport {
  width: number;
  /** Uncaught errors and console errors, except Chromium 110's notice about `popover`. */
  errors: string[];
  /** elementFromPoint at the h1's centre is the h1 or inside it. */
  h1Visible: boolean;
  /** What covers the h1's centre when it is not visible, e.g. `A.astro-…`. */
  h1CoveredBy: string | null;
  /** Narrow widths only (the menu button is hidden on the desktop layout). */
  menu?: {
    initial: MenuState;
    openedByButton: MenuState;
    closedByButton: MenuState;
    openedAgain: MenuState;
    closedByEscape: MenuState & { focusOnButton: boolean };
    h1VisibleAfterClose: boolean;
  };
}

/**
 * Chromium 110 prints this when it parses a `popover` attribute (the API sat behind a flag). It
 * is a console notice, not a failure of the page: Starlight's markup carries the attribute.
 */
const POPOVER_NOTICE = /Found a 'popover' attribute/;

/**
 * Opens `url` once, at the first of `widths` (×800), and reports what the old-browser check needs
 * at each width in turn: after the first, the window is resized in place. One page load serves
 * every width; the errors are those of the whole visit.
 */
export async function checkOldChromiumPage(
  browser: Browser,
  url: string,
  widths: readonly number[],
): Promise<OldChromiumPageReport[]> {
  const context = await browser.newContext({ viewport: { width: widths[0]!, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !POPOVER_NOTICE.test(message.text())) {
      errors.push(`console: ${message.text()}`);
    }
  });
  const h1 = () =>
    page.evaluate(() => {
      const heading = document.querySelector('h1');
      if (!heading) return { visible: false, by: 'no h1' };
      const box = heading.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const visible = !!hit && (hit === heading || heading.contains(hit));
      return { visible, by: visible || !hit ? null : `${hit.tagName}.${hit.className}` };
    });
  const menu = (): Promise<MenuState> =>
    page.evaluate(() => {
      const pane = document.getElementById('starlight__sidebar');
      const box = pane?.getBoundingClientRect();
      return {
        paneShown: !!pane && getComputedStyle(pane).display !== 'none' && !!box?.width,
        ariaExpanded:
          document.querySelector('button.sl-menu-button')?.getAttribute('aria-expanded') ?? null,
      };
    });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const reports: OldChromiumPageReport[] = [];
    for (const width of widths) {
      if (width !== widths[0]) {
        await page.setViewportSize({ width, height: 800 });
        // The layout of the new width is in place once a frame has been drawn.
        await page.evaluate(
          () =>
            new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
      }
      const first = await h1();
      const report: OldChromiumPageReport = {
        width,
        errors,
        h1Visible: first.visible,
        h1CoveredBy: first.by,
      };
      const button = page.locator('button.sl-menu-button');
      if (await button.isVisible()) {
        const initial = await menu();
        await button.click();
        const openedByButton = await menu();
        await button.click();
        const closedByButton = await menu();
        await button.click();
        const openedAgain = await menu();
        await page.keyboard.press('Tab'); // into the menu, as a keyboard reader would
        await page.keyboard.press('Escape');
        const closedByEscape = {
          ...(await menu()),
          focusOnButton: await button.evaluate((el) => el === document.activeElement),
        };
        report.menu = {
          initial,
          openedByButton,
          closedByButton,
          openedAgain,
          closedByEscape,
          h1VisibleAfterClose: (await h1()).visible,
        };
      }
      reports.push(report);
    }
    return reports;
  } finally {
    await context.close();
  }
}
