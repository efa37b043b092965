/**
 * Astro integration: after the build, adds the hash of every inline script of each page to that
 * page's CSP (see src/lib/csp.ts), and writes the site-wide policy to dist/csp-header.txt for
 * servers that send the CSP as a header. Runs on the emitted HTML, so it sees exactly what ships.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { hashInlineScripts, inlineScriptHashes, mergePolicies, pagePolicy } from '../lib/csp';

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
        const policies: string[] = [];
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const next = hashInlineScripts(html);
          const policy = pagePolicy(next);
          // The patch works on Astro's CSP <meta>; a page without one would ship unprotected.
          if (!policy && inlineScriptHashes(html).length) {
            throw new AstroError(
              `CSP: ${path.relative(fileURLToPath(dir), file)} has inline scripts but no CSP <meta>.`,
              'Astro no longer emits the policy where src/lib/csp.ts looks for it ' +
                '(<meta http-equiv="content-security-policy">): check `security.csp` in ' +
                'astro.config.mjs and META in src/lib/csp.ts.',
            );
          }
          if (policy) policies.push(policy);
          if (next !== html) {
            await writeFile(file, next);
            pages += 1;
          }
        }
        // The whole site's policy in one line, for deployments that send CSP as an HTTP header.
        await writeFile(new URL('csp-header.txt', dir), `${mergePolicies(policies)}\n`);
        logger.info(
          `added inline-script hashes to the CSP of ${pages} pages; wrote csp-header.txt`,
        );
      },
    },
  };
}
