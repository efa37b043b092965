/**
 * Inline scripts are real modules (`*.inline.ts`: the expiry notice's precheck and the island
 * watchdog, the plan panel), bundled here with esbuild as an IIFE for the readers' browsers
 * (package.json "browserslist", the same minimum versions as astro.config.mjs's build target),
 * minified, once per build and entry. They import the same decoders as the islands; page data
 * reaches them through the page's data blob, never spliced into their text. The page inlines the
 * result and src/build/csp-inline-hashes.ts adds its hash to the page's CSP. Server-only.
 */
import { build, type Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import browserslist from 'browserslist';
import path from 'node:path';

/** `['chrome 109', 'chrome 110', 'edge 109', …]` → `['chrome109', 'edge109', …]`. */
export function esbuildTarget(root = process.cwd()): string[] {
  const min: Record<string, number> = {};
  for (const entry of browserslist(undefined, { path: root })) {
    const [name = '', version = ''] = entry.split(' ');
    const v = parseFloat(version);
    if (v < (min[name] ?? Infinity)) min[name] = v;
  }
  return Object.entries(min).map(([name, v]) => `${name === 'ios_saf' ? 'ios' : name}${v}`);
}

/** The inline scripts of the site, by name: their entry modules under src/. */
export const INLINE_ENTRIES = {
  notice: 'src/features/reminders/notice.inline.ts',
  planPanel: 'src/features/plan/plan-panel.inline.ts',
  treeResume: 'src/features/plan/tree-resume.inline.ts',
} as const;

/** Marks `new Intl.…(…)` at module level as pure, so an unused formatter is dropped too. */
const pureIntl: Plugin = {
  name: 'pure-intl',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(
        /= new Intl\./g,
        '= /* @__PURE__ */ new Intl.',
      ),
      loader: 'ts',
    }));
  },
};

const bundled = new Map<string, Promise<string>>();

/** The bundled, minified source of an inline script (cached for the build). */
export function inlineScript(
  name: keyof typeof INLINE_ENTRIES,
  root = process.cwd(),
): Promise<string> {
  let code = bundled.get(name);
  if (code === undefined) {
    code = bundle(name, root);
    bundled.set(name, code);
  }
  return code;
}

async function bundle(name: keyof typeof INLINE_ENTRIES, root: string): Promise<string> {
  {
    const result = await build({
      entryPoints: [path.join(root, INLINE_ENTRIES[name])],
      absWorkingDir: root,
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      charset: 'utf8',
      target: esbuildTarget(root),
      legalComments: 'none',
      // No "use strict" prologue (the project's tsconfig is strict): a page's inline scripts are
      // closures that need none of its rules, and every page carries their bytes.
      tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
      // Module-level constants of shared modules the inline scripts do not use (formatters,
      // key lists) are dropped: building them has no effect the scripts need.
      pure: ['Object.values'],
      plugins: [pureIntl],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text.trim();
    // esbuild escapes `</script` in strings; anything else closing the element would break the page.
    if (/<\/script|<!--/i.test(code)) throw new Error(`inline script ${name} cannot be inlined`);
    return code;
  }
}
