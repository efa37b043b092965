/**
 * The site's inline scripts, bundled once for the whole DOM layer by the real bundler
 * (src/build/inline-script.ts) in vitest's main process, and handed to every test file.
 *
 * The DOM files run in `vmThreads` (one VM context per file in a shared worker: a third of the
 * CPU time of a worker thread per file), and esbuild cannot load inside a VM context: its startup
 * check `new TextEncoder().encode("") instanceof Uint8Array` fails across realms. So the
 * components get the same bundles, made outside the VM (setup.ts stands in for the module).
 */
import type { TestProject } from 'vitest/node';
import { INLINE_ENTRIES, inlineScript } from '../../../src/build/inline-script';

export type InlineScripts = Record<keyof typeof INLINE_ENTRIES, string>;

declare module 'vitest' {
  export interface ProvidedContext {
    inlineScripts: InlineScripts;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const names = Object.keys(INLINE_ENTRIES) as (keyof typeof INLINE_ENTRIES)[];
  const codes = await Promise.all(names.map((name) => inlineScript(name)));
  project.provide(
    'inlineScripts',
    Object.fromEntries(names.map((name, i) => [name, codes[i]])) as InlineScripts,
  );
}
