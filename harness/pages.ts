import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every HTML file under `dir`, as site paths: `index.html` → `/`, `a/index.html` → `/a/`. */
export function listPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro' && entry.name !== 'pagefind') walk(rel);
      } else if (entry.name.endsWith('.html')) {
        out.push('/' + rel.replace(/index\.html$/, '').replace(/^\//, ''));
      }
    }
  };
  walk('');
  return out.sort();
}

/** Content pages only (no 404). */
export function listContentPages(dir: string): string[] {
  return listPages(dir).filter((p) => p !== '/404.html');
}

export function fileForPage(dir: string, sitePath: string): string {
  return path.join(dir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
}

export function readPage(dir: string, sitePath: string): HTMLElement {
  return parse(readFileSync(fileForPage(dir, sitePath), 'utf8'));
}

/** The page's own content (Starlight's main column), without the site chrome. */
export function mainContent(doc: HTMLElement): HTMLElement {
  const main = doc.querySelector('main');
  if (!main) throw new Error('page has no <main>');
  return main;
}
