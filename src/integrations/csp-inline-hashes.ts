/**
 * Astro integration: after the build, adds the hash of every inline script of each page to that
 * page's CSP (see src/lib/csp.ts). Runs on the emitted HTML, so it sees exactly what ships.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashInlineScripts } from '../lib/csp';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

export default function cspInlineHashes(): AstroIntegration {
  return {
    name: 'eis-csp-inline-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const next = hashInlineScripts(html);
          if (next !== html) {
            await writeFile(file, next);
            pages += 1;
          }
        }
        logger.info(`added inline-script hashes to the CSP of ${pages} pages`);
      },
    },
  };
}
