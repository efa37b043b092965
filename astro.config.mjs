// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { satteri } from '@astrojs/markdown-satteri';
import { normaliseBase } from './src/lib/base-path.ts';
import { baseLinksPlugin } from './src/build/base-links.ts';
import cspInlineHashes from './src/build/csp-inline-hashes.ts';
import afterPaint from './src/build/after-paint.ts';
import browserslist from 'browserslist';
import { browserslistToTargets } from 'lightningcss';
import searchVocabulary from './src/build/search-vocabulary.ts';
import checklists from './src/build/checklists.ts';
import planSheet from './src/build/plan-sheet.ts';
import { figuresPlugin } from './src/build/figures.ts';
import { dropPreloadHelper } from './src/build/preload-helper.ts';
import { MARKDOWN_FEATURES } from './src/build/markdown-features.ts';
import { SECTIONS } from './src/site/sections.ts';
import { PAGEFIND_RANKING } from './src/features/search/pagefind-ranking.ts';

const base = normaliseBase(process.env.BASE_PATH);

/**
 * A module that only carries CSS — a stylesheet, or a component's `<style>` block — and is not a
 * page's own: a page's global styles (src/pages/print.astro's print rules for `main`) stay on that
 * page. A component's `<style is:global>` reaches every page this way, as it already did when it
 * sat in the shared file: keep its selectors to the component's own classes.
 */
const isSiteCss = (/** @type {string} */ id) =>
  /\.css(?:$|\?)|[?&]lang\.css$/.test(id) && !id.includes('/src/pages/');

// The readers' browsers, declared once in package.json "browserslist" (Chrome/Edge 109 of
// Windows 7/8.1 office PCs, Firefox ESR 115, Safari 15). JS is lowered for them by Vite's build
// target, CSS (nesting, color-mix() …) by Lightning CSS; tests/build/compat.test.ts checks both.
const browsers = browserslist(undefined, { path: import.meta.dirname });
// `['chrome 109', 'chrome 110', 'edge 109', …]` → `['chrome109', 'edge109', …]`: the minimum
// version per browser, as Vite's build target.
/** @type {Record<string, number>} */
const minVersion = {};
for (const entry of browsers) {
  const [name = '', version = ''] = entry.split(' ');
  const v = parseFloat(version);
  if (v < (minVersion[name] ?? Infinity)) minVersion[name] = v;
}
const buildTarget = Object.entries(minVersion).map(
  ([name, v]) => `${name === 'ios_saf' ? 'ios' : name}${v}`,
);

export default defineConfig({
  // Only a real address: without SITE_URL no canonical link, og:url or sitemap is emitted
  // (rather than ones pointing at localhost).
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'ignore',
  build: {
    // Measured with `npm run bench` against bare Starlight (README.md, «Скорость»): 'always' puts
    // 13.5 KB (gzip) of CSS into every page and moves the first paint ~0.35 s earlier in
    // Lighthouse's mobile model, but LCP only ~4 %; 'auto' keeps the CSS cached across pages.
    inlineStylesheets: 'auto',
  },
  server: { port: 4321, host: '127.0.0.1' },
  // Guides link with root-relative paths; this adds the base when building under a sub-path.
  vite: {
    plugins: [dropPreloadHelper()],
    environments: {
      // The pages' CSS follows the chunks of the prerender build. Left alone, the bundler split
      // it into two render-blocking files linked by every page (Starlight's and the components')
      // plus small page-specific <style> blocks; one group puts every CSS module into one file,
      // so a page waits for one stylesheet, on the document's own connection, as a bare
      // Starlight page does (README.md, «Скорость»). Measured: the same computed styles on every
      // page, at 1280 and 375 px, light and dark, screen and print.
      prerender: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: { groups: [{ name: 'site', test: isSiteCss }] },
            },
          },
        },
      },
    },
    css: {
      transformer: 'lightningcss',
      lightningcss: { targets: browserslistToTargets(browsers) },
    },
    build: {
      target: buildTarget,
      cssTarget: buildTarget,
      rollupOptions: {
        // Safari 15 needs class fields lowered (a scoping bug fixed in 16); plain assignments are
        // enough for our custom elements and spare the defineProperty helper's bytes.
        transform: { assumptions: { setPublicClassFields: true } },
        // Astro's MDX pipeline marks modules with "use astro:head-inject", which the bundler
        // reports as an unpreserved directive on every page; that is by design, not a defect.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // Figures are named by authors and numbered here, in page order (src/build/figures.ts).
    processor: satteri({
      mdastPlugins: [figuresPlugin()],
      hastPlugins: [baseLinksPlugin(base)],
      features: MARKDOWN_FEATURES,
    }),
    // No code blocks on this site; Shiki's inline styles would also need a CSP exception.
    syntaxHighlight: false,
  },
  security: {
    // Astro hashes the scripts and styles it bundles; cspInlineHashes() adds the hashes of the
    // inline scripts (Starlight's and ours) from the built pages. No 'unsafe-inline' for scripts.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
      // Pagefind runs its search index as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // Starlight emits a few inline style="" attributes: allowed for attributes only.
      styleDirective: {
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
  integrations: [
    starlight({
      title: 'ЕИС: настройка интеграции',
      description:
        'Пошаговые инструкции по настройке интеграции Web-Торги-КС с ЕИС (zakupki.gov.ru): логин и пароль, токен, права РИС, ЭДО, поддержка.',
      defaultLocale: 'root',
      locales: { root: { label: 'Русский', lang: 'ru' } },
      logo: { src: './src/assets/logo.svg', replacesTitle: false },
      favicon: '/favicon.svg',
      customCss: ['./src/styles/custom.css'],
      lastUpdated: false,
      // The dialog's ranking, shared with the engine in Node (pagefind-ranking.ts).
      pagefind: { ranking: PAGEFIND_RANKING },
      disable404Route: true,
      pagination: true,
      // The validator checks links as authored (root-relative), so it runs on the root build;
      // tests/build/links.test.ts checks every link and anchor of the built HTML as well.
      plugins:
        base === '/'
          ? [
              starlightLinksValidator({
                errorOnFallbackPages: false,
                errorOnInvalidHashes: false,
                errorOnRelativeLinks: false,
                // The print page (src/pages/print.astro) is not a content page.
                exclude: ['/print/'],
              }),
            ]
          : [],
      components: {
        Banner: './src/components/overrides/Banner.astro',
        Head: './src/components/overrides/Head.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        MobileMenuToggle: './src/components/overrides/MobileMenuToggle.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/features/search/Search.astro',
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
      },
      // One section per content folder, in the order of src/site/sections.ts.
      sidebar: [
        ...SECTIONS.map(({ directory, label }) => ({
          label,
          items: [{ autogenerate: { directory } }],
        })),
        { label: 'Вся инструкция для печати', link: '/print/' },
      ],
    }),
    checklists(),
    // The pages' module scripts wait for the first paint (loaded by the notice's inline script).
    afterPaint(),
    cspInlineHashes(),
    searchVocabulary(),
    planSheet(),
  ],
});
