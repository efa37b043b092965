/**
 * The HTML, DOM, CSS and JS-API features the built site uses (or that we watch for), with the first
 * version of each target browser that has them, and what happens in the targets that lack them.
 * Versions: MDN browser-compat-data 8.1.9 (full support; `null`: no version yet). The targets are
 * package.json "browserslist": Chrome/Edge 109, Firefox 115, Safari 15.
 *
 * tests/build/html-features.test.ts scans the built site (every page's HTML, the CSS the pages
 * link, the JS in dist/_astro and Pagefind's scripts) with `detect` and fails when a feature
 * newer than a target is found and has no `fallback`, when a `lowered` feature shows up in the
 * output, when a declared fallback's `proof` is missing from the output, or when the detected
 * `gap`s differ from the declared ones. README «Старые браузеры» says the same for readers.
 * JS syntax and ES built-ins are es-check's (tests/build/compat.test.ts), CSS properties in
 * caniuse are doiuse's (same file); this list adds what those two do not see: DOM APIs, HTML
 * attributes, CSP keywords, selectors and functions.
 */

export type Browser = 'chrome' | 'edge' | 'firefox' | 'safari';

/** Which built files a pattern is matched against. */
export type Where = 'html' | 'css' | 'js';

export interface Detect {
  in: Where;
  pattern: RegExp;
}

export type Fallback =
  /** Our or upstream code replaces it where it is missing; `proof` must be in the output. */
  | { kind: 'fallback'; how: string; proof?: Detect }
  /** Nothing replaces it, and nothing is lost that matters to a reader. */
  | { kind: 'degrades'; how: string }
  /** The build rewrites it for the targets: it must never appear in the output. */
  | { kind: 'lowered'; how: string }
  /** A real loss in some target, not fixed yet: listed so that it stays visible. */
  | { kind: 'gap'; how: string };

export interface WebFeature {
  id: string;
  /** What it is, as in MDN. */
  name: string;
  /** Found when any of these matches. */
  detect: Detect[];
  /** First version with full support (`null`: none yet). */
  min: Record<Browser, number | null>;
  /** Where it is used today (empty: watched only, not used). */
  usedBy: string;
  /** `null`: none declared, so using it fails the test when a target lacks it. */
  fallback: Fallback | null;
}

const v = (
  chrome: number | null,
  edge: number | null,
  firefox: number | null,
  safari: number | null,
) => ({ chrome, edge, firefox, safari }) satisfies Record<Browser, number | null>;

export const FEATURES: WebFeature[] = [
  // ── Newer than a target, used, with a fallback or a declared degradation ─────────────────────
  {
    id: 'popover',
    name: 'Popover API: popover and popovertarget attributes',
    detect: [{ in: 'html', pattern: /\spopovertarget=|<[a-z-]+[^>]*\spopover[\s=>]/ }],
    min: v(114, 114, 125, 17),
    usedBy: "Starlight's mobile menu (PageFrame, MobileMenuToggle) since 0.42",
    fallback: {
      kind: 'fallback',
      how:
        'src/components/overrides/MobileMenuToggle.astro: below 50rem the sidebar pane is hidden ' +
        'until the button opens it (data-eis-open), Escape and the button close it, aria-expanded ' +
        'is kept; mobile-menu.client.ts runs only where HTMLElement.prototype.popover is missing.',
      proof: { in: 'html', pattern: /data-eis-open/ },
    },
  },
  {
    id: 'popover-open',
    name: 'CSS :popover-open',
    detect: [{ in: 'css', pattern: /:popover-open/ }],
    min: v(114, 114, 125, 17),
    usedBy: "Starlight's menu button icons and body scroll lock",
    fallback: {
      kind: 'fallback',
      how: 'The same override draws the open state from aria-expanded under @supports not selector(:popover-open).',
      proof: { in: 'css', pattern: /@supports not selector\(:popover-open\)/ },
    },
  },
  {
    id: 'inert',
    name: 'inert attribute',
    detect: [{ in: 'html', pattern: /['"`]inert['"`]/ }],
    min: v(102, 102, 112, 15.5),
    usedBy: "Starlight's focus trap of the open mobile menu; our menu fallback",
    fallback: {
      kind: 'fallback',
      how:
        'Without the Popover API Starlight never sets it; our menu fallback sets it and, for ' +
        'Safari 15.0–15.4 (no inert), sends focus that reaches the page behind back to the button.',
      proof: { in: 'html', pattern: /focusin/ },
    },
  },
  {
    id: 'random-uuid',
    name: 'crypto.randomUUID() (secure contexts only)',
    detect: [{ in: 'js', pattern: /\brandomUUID\b/ }],
    min: v(92, 92, 95, 15.4),
    usedBy: 'ical-generator (the .ics of «Добавить в календарь»), reminder ids',
    fallback: {
      kind: 'fallback',
      how:
        'src/features/old-browsers/random-uuid.ts adds it on getRandomValues before ical-generator ' +
        'runs (also for pages served over plain http); reminder ids fall back to time + random.',
      proof: { in: 'js', pattern: /getRandomValues\(new Uint8Array\(16\)\)/ },
    },
  },
  {
    id: 'web-locks',
    name: 'Web Locks API: navigator.locks.request()',
    detect: [{ in: 'js', pattern: /navigator\.locks\b/ }],
    min: v(69, 79, 96, 15.4),
    usedBy:
      'adding a reminder (src/features/reminders/reminder-store.ts: the 200-reminder limit across tabs)',
    fallback: {
      kind: 'fallback',
      how:
        'Where navigator.locks is missing (Safari 15.0–15.3) a reminder is added at once and the ' +
        'limit is checked again from storage at write time, as before Web Locks: two tabs adding ' +
        'in the same instant there may store one more than 200.',
      proof: { in: 'js', pattern: /eis:v2:reminder-add/ },
    },
  },
  {
    id: 'request-idle-callback',
    name: 'requestIdleCallback()',
    detect: [{ in: 'js', pattern: /\brequestIdleCallback\b/ }],
    min: v(47, 79, 55, null),
    usedBy: "Starlight's table of contents, Expressive Code",
    fallback: {
      kind: 'fallback',
      how: 'Both fall back to setTimeout where it is missing (Safari).',
      proof: { in: 'js', pattern: /requestIdleCallback\|\|/ },
    },
  },
  {
    id: 'intl-segmenter',
    name: 'Intl.Segmenter',
    detect: [{ in: 'js', pattern: /Intl\.Segmenter\b/ }],
    min: v(87, 87, 125, 14.1),
    usedBy: 'Pagefind (search), for scripts without spaces between words',
    fallback: {
      kind: 'fallback',
      how: 'Pagefind checks typeof Intl.Segmenter first; Russian needs no word segmentation.',
      proof: { in: 'js', pattern: /typeof Intl\.Segmenter/ },
    },
  },
  {
    id: 'color-mix',
    name: 'CSS color-mix()',
    detect: [{ in: 'css', pattern: /color-mix\(/ }],
    min: v(111, 111, 113, 16.2),
    usedBy: 'Starlight theme, Expressive Code',
    fallback: {
      kind: 'fallback',
      how: 'Only inside @supports, with a plain colour before it (tests/build/compat.test.ts checks).',
      proof: { in: 'css', pattern: /@supports[^{]*color-mix/ },
    },
  },
  {
    id: 'has',
    name: 'CSS :has()',
    detect: [{ in: 'css', pattern: /:has\(/ }],
    min: v(105, 105, 121, 15.4),
    usedBy: 'Starlight (menu, asides, headings), our figure layout',
    fallback: {
      kind: 'degrades',
      how: 'Firefox 115–120, Safari 15.0–15.3 skip those rules: a few spacings; the menu has its own fallback.',
    },
  },
  {
    id: 'cascade-layers',
    name: 'CSS @layer',
    detect: [{ in: 'css', pattern: /@layer\b/ }],
    min: v(99, 99, 97, 15.4),
    usedBy: "Starlight's whole theme",
    fallback: {
      kind: 'degrades',
      how: 'Safari 15.0–15.3 ignore the layered rules: browser default styles plus ours; text readable.',
    },
  },
  {
    id: 'focus-visible',
    name: 'CSS :focus-visible',
    detect: [{ in: 'css', pattern: /:focus-visible/ }],
    min: v(86, 86, 85, 15.4),
    usedBy: 'focus rings (Starlight, ours)',
    fallback: { kind: 'degrades', how: "Safari 15.0–15.3: the browser's default focus outline." },
  },
  {
    id: 'overscroll-behavior',
    name: 'CSS overscroll-behavior',
    detect: [{ in: 'css', pattern: /overscroll-behavior\s*:/ }],
    min: v(63, 18, 59, 16),
    usedBy: 'Starlight sidebar and search dialog',
    fallback: {
      kind: 'degrades',
      how: 'Safari 15: scrolling past the end of the sidebar scrolls the page.',
    },
  },
  {
    id: 'scrollbar-gutter',
    name: 'CSS scrollbar-gutter',
    detect: [{ in: 'css', pattern: /scrollbar-gutter\s*:/ }],
    min: v(94, 94, 97, 18.2),
    usedBy: 'Starlight sidebar pane',
    fallback: {
      kind: 'degrades',
      how: 'Safari: no space kept for a scrollbar that appears later.',
    },
  },
  {
    id: 'text-wrap',
    name: 'CSS text-wrap',
    detect: [{ in: 'css', pattern: /text-wrap(-style)?\s*:/ }],
    min: v(114, 114, 121, 17.4),
    usedBy: 'Starlight headings',
    fallback: { kind: 'degrades', how: 'Ordinary line breaking.' },
  },
  {
    id: 'accent-color',
    name: 'CSS accent-color',
    detect: [{ in: 'css', pattern: /accent-color\s*:/ }],
    min: v(93, 93, 92, 15.4),
    usedBy: 'checkboxes of the checklists, Starlight',
    fallback: { kind: 'degrades', how: "Safari 15.0–15.3: checkboxes in the system's colour." },
  },
  {
    id: 'modulepreload',
    name: '<link rel="modulepreload">',
    detect: [{ in: 'js', pattern: /modulepreload/ }],
    min: v(66, 79, 115, 17),
    usedBy: "Vite's preload helper for lazily imported modules",
    fallback: {
      kind: 'fallback',
      how: 'The helper checks relList.supports("modulepreload") and uses rel="preload" without it.',
      proof: { in: 'js', pattern: /supports\([`'"]modulepreload/ },
    },
  },
  {
    id: 'dialog',
    name: '<dialog> and showModal()',
    detect: [
      { in: 'html', pattern: /<dialog[\s>]/ },
      { in: 'js', pattern: /\.showModal\(/ },
    ],
    min: v(37, 79, 98, 15.4),
    usedBy: 'the search dialog (Starlight markup, src/features/search/search.client.ts)',
    fallback: {
      kind: 'gap',
      how:
        'Safari 15.0–15.3 (free update to 15.6 on the same macOS): showModal() is missing, the ' +
        'search button throws and search does not open. Guides stay reachable from the sidebar.',
    },
  },
  {
    id: 'wasm-unsafe-eval',
    name: "CSP script-src 'wasm-unsafe-eval'",
    detect: [{ in: 'html', pattern: /'wasm-unsafe-eval'/ }],
    min: v(97, 97, 102, 16),
    usedBy: 'our CSP, so that Pagefind can compile its WebAssembly',
    fallback: {
      kind: 'gap',
      how:
        "Safari 15 does not know the keyword and, by WebKit's CSP rules, refuses WebAssembly without " +
        "'unsafe-eval': search finds nothing there (not tried in a real Safari 15).",
    },
  },

  // ── Within the targets: listed so that the list of what the site uses is complete ──────────────
  {
    id: 'custom-elements',
    name: 'Custom elements (autonomous)',
    detect: [{ in: 'html', pattern: /customElements\.define\(/ }],
    min: v(54, 79, 63, 10.1),
    usedBy: 'Starlight (sidebar pane, TOC, search), our islands',
    fallback: null,
  },
  {
    id: 'listener-signal',
    name: 'AbortController and addEventListener({ signal })',
    detect: [{ in: 'js', pattern: /\bsignal:/ }],
    min: v(90, 90, 86, 15),
    usedBy: 'our islands (listeners removed on disconnect)',
    fallback: null,
  },
  {
    id: 'match-media-change',
    name: 'MediaQueryList change event',
    detect: [{ in: 'html', pattern: /matchMedia\(/ }],
    min: v(39, 79, 55, 14),
    usedBy: 'Starlight sidebar pane, theme select, our menu fallback',
    fallback: null,
  },
  {
    id: 'intersection-observer',
    name: 'IntersectionObserver',
    detect: [{ in: 'js', pattern: /\bIntersectionObserver\b/ }],
    min: v(51, 15, 55, 12.1),
    usedBy: "Starlight's table of contents",
    fallback: null,
  },
  {
    id: 'intl',
    name: 'Intl.DateTimeFormat, NumberFormat (units), PluralRules, RelativeTimeFormat',
    detect: [
      { in: 'js', pattern: /Intl\.(DateTimeFormat|NumberFormat|PluralRules|RelativeTimeFormat)\b/ },
    ],
    min: v(77, 79, 78, 14.1),
    usedBy: 'reminder wording and dates, .ics alarm text, plan sheet',
    fallback: null,
  },
  {
    id: 'replace-children',
    name: 'Element.replaceChildren()',
    detect: [{ in: 'html', pattern: /\.replaceChildren\(/ }],
    min: v(86, 86, 78, 14),
    usedBy: 'Starlight, our islands',
    fallback: null,
  },
  {
    id: 'supports-selector',
    name: 'CSS @supports selector()',
    detect: [{ in: 'css', pattern: /@supports[^{]*selector\(/ }],
    min: v(83, 83, 69, 14.1),
    usedBy: 'our menu fallback',
    fallback: null,
  },

  // ── Watched: not used today; using one fails the test until a fallback is declared ────────────
  {
    id: 'css-nesting',
    name: 'CSS nesting',
    detect: [{ in: 'css', pattern: /(^|[{};])\s*&[\s.:[#>+~]/ }],
    min: v(120, 120, 117, 17.2),
    usedBy: 'our and Starlight’s source CSS (not the output)',
    fallback: { kind: 'lowered', how: 'Lightning CSS unnests it for the targets at build time.' },
  },
  {
    id: 'media-range',
    name: 'CSS media query range syntax',
    detect: [{ in: 'css', pattern: /@media[^{]*\((width|height)\s*[<>]/ }],
    min: v(104, 104, 102, 16.4),
    usedBy: '',
    fallback: { kind: 'lowered', how: 'Lightning CSS writes min-/max-width for the targets.' },
  },
  {
    id: 'light-dark',
    name: 'CSS light-dark()',
    detect: [{ in: 'css', pattern: /light-dark\(/ }],
    min: v(123, 123, 120, 17.5),
    usedBy: '',
    fallback: {
      kind: 'fallback',
      how: 'Allowed only inside @supports (tests/build/compat.test.ts checks).',
    },
  },
  {
    id: 'structured-clone',
    name: 'structuredClone()',
    detect: [{ in: 'js', pattern: /\bstructuredClone\(/ }],
    min: v(98, 98, 94, 15.4),
    usedBy: '',
    fallback: null,
  },
  {
    id: 'send-beacon',
    name: 'navigator.sendBeacon()',
    detect: [{ in: 'js', pattern: /\bsendBeacon\(/ }],
    min: v(39, 14, 31, 11.1),
    usedBy: '',
    fallback: null,
  },
  {
    id: 'dynamic-viewport-units',
    name: 'CSS dvh/svh/lvh units',
    detect: [{ in: 'css', pattern: /\d(dvh|svh|lvh|dvw|svw|lvw)\b/ }],
    min: v(108, 108, 101, 15.4),
    usedBy: '',
    fallback: null,
  },
  {
    id: 'container-queries',
    name: 'CSS @container',
    detect: [{ in: 'css', pattern: /@container\b/ }],
    min: v(105, 105, 110, 16),
    usedBy: '',
    fallback: null,
  },
  {
    id: 'details-name',
    name: '<details name> (exclusive accordion)',
    detect: [{ in: 'html', pattern: /<details[^>]*\sname=/ }],
    min: v(120, 120, 130, 17.2),
    usedBy: '',
    fallback: null,
  },
  {
    id: 'view-transitions',
    name: 'document.startViewTransition()',
    detect: [{ in: 'js', pattern: /startViewTransition/ }],
    min: v(111, 111, 144, 18),
    usedBy: '',
    fallback: null,
  },
  {
    id: 'abort-signal-statics',
    name: 'AbortSignal.timeout() / AbortSignal.any()',
    detect: [{ in: 'js', pattern: /AbortSignal\.(timeout|any)\(/ }],
    min: v(124, 124, 124, 17.4),
    usedBy: '',
    fallback: null,
  },
  {
    id: 'abort-signal-throw',
    name: 'AbortSignal.throwIfAborted() / AbortSignal.reason',
    detect: [{ in: 'js', pattern: /\.throwIfAborted\(|[sS]ignal\.reason\b/ }],
    min: v(100, 100, 97, 15.4),
    usedBy: '',
    fallback: null,
  },
  {
    id: 'hidden-until-found',
    name: 'hidden="until-found"',
    detect: [{ in: 'html', pattern: /hidden="until-found"/ }],
    min: v(102, 102, 148, null),
    usedBy: '',
    fallback: null,
  },
];

/** The targets' minimum versions from browserslist entries such as `chrome 109`. */
export function targetMinimums(entries: string[]): Record<Browser, number> {
  const min: Record<Browser, number> = {
    chrome: Infinity,
    edge: Infinity,
    firefox: Infinity,
    safari: Infinity,
  };
  for (const entry of entries) {
    const [name, version = ''] = entry.split(' ');
    if (name && name in min) {
      const n = parseFloat(version.split('-')[0] ?? '');
      if (n < min[name as Browser]) min[name as Browser] = n;
    }
  }
  return min;
}

/** The target browsers that lack `feature` (first full version above the target's minimum). */
export function lackingTargets(feature: WebFeature, targets: Record<Browser, number>): Browser[] {
  return (Object.keys(targets) as Browser[]).filter((b) => {
    const first = feature.min[b];
    return first === null || first > targets[b];
  });
}
