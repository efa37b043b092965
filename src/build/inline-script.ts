/**
 * Inline scripts are minified at build time with esbuild, once per distinct script: the expiry
 * notice's precheck is the same on every page. Server-only.
 */
import { transformSync } from 'esbuild';

const minified = new Map<string, string>();

export function minifyInline(code: string): string {
  let out = minified.get(code);
  if (out === undefined) {
    out = transformSync(code, { minify: true, charset: 'utf8' }).code.trim();
    minified.set(code, out);
  }
  return out;
}
