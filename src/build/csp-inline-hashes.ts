/**
 * Astro integration: after the build, adds the hash of every inline script of each page to that
 * page's CSP (see src/lib/csp.ts), and writes the site-wide policy to dist/csp-header.txt for
 * servers that send the CSP as a header, and dist/nginx-csp.map: each page's own policy by
 * address, the site-wide one as the default, for the `map` in deploy/nginx*.conf (so the header
 * never needs pasting after a build). Runs on the emitted HTML, so it sees exactly what ships.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { hashInlineScripts, inlineScriptHashes, mergePolicies, pagePolicy } from '../lib/csp';
import { htmlFiles } from './html-files';

/** An nginx string, double-quoted. */
const quoted = (text: string) => `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** The body of an nginx `map $uri …` block: each page's addresses → its policy. */
export function nginxCspMap(byPage: [string, string][], fallback: string): string {
  const lines = [
    "# Written by the build (src/build/csp-inline-hashes.ts): each page's Content-Security-Policy",
    '# by address, for `map $uri … { include …/nginx-csp.map; }` in deploy/nginx*.conf.',
    `default ${quoted(fallback)};`,
  ];
  for (const [uri, policy] of byPage) lines.push(`${quoted(uri)} ${quoted(policy)};`);
  return `${lines.join('\n')}\n`;
}

export default function cspInlineHashes(): AstroIntegration {
  let base = '/';
  return {
    name: 'eis-csp-inline-hashes',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        let pages = 0;
        const policies: string[] = [];
        const byPage: [string, string][] = [];
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
          if (policy) {
            policies.push(policy);
            // The page as nginx's $uri names it: the file, and for index.html its directory.
            const rel = path.relative(fileURLToPath(dir), file).split(path.sep).join('/');
            byPage.push([`${base}${rel}`, policy]);
            if (rel === 'index.html' || rel.endsWith('/index.html')) {
              byPage.push([`${base}${rel.slice(0, -'index.html'.length)}`, policy]);
            }
          }
          if (next !== html) {
            await writeFile(file, next);
            pages += 1;
          }
        }
        // The whole site's policy in one line, for deployments that send CSP as an HTTP header.
        const merged = mergePolicies(policies);
        await writeFile(new URL('csp-header.txt', dir), `${merged}\n`);
        await writeFile(new URL('nginx-csp.map', dir), nginxCspMap(byPage.sort(), merged));
        logger.info(
          `added inline-script hashes to the CSP of ${pages} pages; wrote csp-header.txt and nginx-csp.map`,
        );
      },
    },
  };
}
