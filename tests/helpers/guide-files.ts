/**
 * The guide pages as files, for unit tests that must not build the site: which MDX declares which
 * `guide.key`, and its title. Reads only the frontmatter lines this project writes (`title:` and
 * the `guide:` block's `key:`); the build (src/site/guides.ts) is the real reader.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths';

export interface GuideFile {
  key: string;
  file: string;
  /** `/services/token/` */
  href: string;
  title: string;
  body: string;
}

const DOCS = path.join(ROOT, 'src/content/docs');

export function guideFiles(): Record<string, GuideFile> {
  const out: Record<string, GuideFile> = {};
  for (const name of readdirSync(DOCS, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.mdx')) continue;
    const file = path.join(DOCS, name);
    const text = readFileSync(file, 'utf8');
    const front = text.split(/^---$/m)[1] ?? '';
    const key = /^guide:\n {2}key: ([a-z0-9-]+)$/m.exec(front)?.[1];
    if (!key) continue;
    const title = /^title: (?:'(.*)'|(.*))$/m.exec(front);
    out[key] = {
      key,
      file,
      href: `/${name
        .replace(/\.mdx$/, '')
        .split(path.sep)
        .join('/')}/`,
      title: (title?.[1] ?? title?.[2] ?? '').trim(),
      body: text,
    };
  }
  return out;
}
