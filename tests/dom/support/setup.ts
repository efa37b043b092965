/**
 * Setup of every DOM test file:
 * - `Date` reads the frozen NOW of tests/helpers/clock.ts (timers keep running), so «через N
 *   дней» and the expiry notice never depend on the day the suite runs;
 * - Astro's Container API has no content layer, so the two server-only modules that read the
 *   docs collection are stood in for by ./site-data.ts;
 * - the inline scripts come bundled from ./inline-scripts.ts (esbuild cannot run in the VM).
 */
import { inject, vi } from 'vitest';
import { NOW } from '../../helpers/clock';
import type { InlineScripts } from './inline-scripts';

vi.useFakeTimers({ toFake: ['Date'], now: NOW });

/**
 * `vi.waitFor` retries for 1 s by default; on a loaded 2-core CI machine an island's dynamic
 * import alone can take longer (org-import.dom.test.ts once failed that way). Every DOM test
 * retries for up to 10 s instead: a passing test is not slower, a failing one reports later.
 */
const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) =>
  waitFor(
    callback,
    typeof options === 'number' ? options : { timeout: 10_000, ...options },
  )) as typeof vi.waitFor;

vi.mock('../../../src/site/checklists', async () => (await import('./site-data')).checklistsModule);
vi.mock('../../../src/site/guides', async () => (await import('./site-data')).guidesModule);
/**
 * Starlight's components module also loads FileTree, which builds its icons with satteri (a native
 * module) as it loads: satteri's buffers come from outside the VM context this layer runs in
 * (vmThreads), so it fails there. The site renders no FileTree; the others are Starlight's own.
 */
vi.mock('@astrojs/starlight/components', async () => {
  const dir = '../../../node_modules/@astrojs/starlight/dist/user-components';
  const names = [
    ...['Aside', 'Badge', 'Card', 'CardGrid', 'Icon', 'LinkButton', 'LinkCard'],
    ...['Steps', 'TabItem', 'Tabs'],
  ];
  return Object.fromEntries(
    await Promise.all(
      names.map(async (name) => [
        name,
        ((await import(`${dir}/${name}.astro`)) as { default: unknown }).default,
      ]),
    ),
  );
});
// Bundled by the real bundler outside the VM context (./inline-scripts.ts says why).
vi.mock('../../../src/build/inline-script', () => ({
  inlineScript: (name: keyof InlineScripts) => Promise.resolve(inject('inlineScripts')[name]),
}));

/**
 * happy-dom never reports an intersection: every observed element counts as near the viewport
 * (right after observe(), as a browser reports an element already on screen), so islands that
 * load near it (`load: 'near'`) connect in the tests.
 */
class NearObserver {
  private active = true;
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element): void {
    queueMicrotask(() => {
      if (this.active)
        this.callback(
          [{ isIntersecting: true, target } as IntersectionObserverEntry],
          this as unknown as IntersectionObserver,
        );
    });
  }
  unobserve(): void {}
  disconnect(): void {
    this.active = false;
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}
vi.stubGlobal('IntersectionObserver', NearObserver);
