/**
 * happy-dom, with modules transformed for the server: the DOM tests render .astro components with
 * Astro's Container API (which needs the SSR build of a component), then drive the custom
 * elements over that HTML in happy-dom's document.
 */
import { builtinEnvironments, type Environment } from 'vitest/runtime';

export default {
  ...builtinEnvironments['happy-dom'],
  name: 'happy-dom-ssr',
  viteEnvironment: 'ssr',
} satisfies Environment;
