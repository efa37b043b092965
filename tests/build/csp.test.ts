/** Every built page carries a strict CSP that allows exactly its own inline scripts. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { DIST } from '../helpers/paths';
import { fileForPage, listPages } from '../helpers/pages';
import { inlineScriptHashes, inlineStyleHashes, parsePolicy } from '../../src/lib/csp';

const pages = listPages(DIST);

describe('Content-Security-Policy', () => {
  it.each(pages)(
    '%s has a CSP meta with no inline-script allowance and no other origins',
    (page) => {
      const html = readFileSync(fileForPage(DIST, page), 'utf8');
      const metas =
        html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi) ?? [];
      expect(metas).toHaveLength(1);
      const policy = new Map(
        parsePolicy(/content="([^"]*)"/.exec(metas[0]!)![1]!.replace(/&#39;/g, "'")),
      );
      const scripts = [
        ...(policy.get('script-src') ?? []),
        ...(policy.get('script-src-elem') ?? []),
      ];
      expect(scripts).toContain("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      // Only style attributes may be inline.
      expect(policy.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
      expect([
        ...(policy.get('style-src') ?? []),
        ...(policy.get('style-src-elem') ?? []),
      ]).not.toContain("'unsafe-inline'");
      for (const sources of policy.values()) {
        for (const s of sources)
          expect(s, 'no third-party origin').not.toMatch(/^(https?:|\*|\/\/)/);
      }
      for (const hash of inlineScriptHashes(html)) expect(scripts).toContain(hash);
      // Every inline <style> element is allowed by its hash (a scoped style Astro inlines into an
      // MDX page without hashing it is refused by the browser).
      const styles = [...(policy.get('style-src') ?? []), ...(policy.get('style-src-elem') ?? [])];
      const body = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
      for (const m of body.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
        const hash = `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`;
        expect(styles, `inline <style> ${m[1]!.slice(0, 60)}…`).toContain(hash);
      }
      // …and nothing else: a hash of another page's inline script or style allows nothing here,
      // and each costs ~54 incompressible bytes at the top of the page.
      const own = new Set([...inlineScriptHashes(body), ...inlineStyleHashes(body)]);
      for (const source of [...scripts, ...styles].filter((s) => s.startsWith("'sha"))) {
        expect(own, `${source} allows no inline script or style of this page`).toContain(source);
      }
    },
  );
});

describe('CSP meta placement', () => {
  it.each(pages)('%s: the CSP meta opens <head>, before any script, style or link', (page) => {
    const html = readFileSync(fileForPage(DIST, page), 'utf8');
    const head = /<head(?:\s[^>]*)?>([\s\S]*?)<\/head>/i.exec(html)![1]!;
    const tags = [...head.matchAll(/<(meta|script|style|link|title|base)\b[^>]*>/gi)].map((m) =>
      m[0].toLowerCase(),
    );
    // <meta charset> must stay within the first 1024 bytes; the policy comes right after it.
    expect(tags[0]).toMatch(/^<meta charset=/);
    expect(tags[1]).toMatch(/^<meta http-equiv="content-security-policy"/);
    expect(html.indexOf('<meta charset=')).toBeLessThan(1024);
    const csp = head.indexOf('http-equiv="content-security-policy"');
    for (const tag of ['<script', '<style', '<link', '<base']) {
      const first = head.indexOf(tag);
      if (first !== -1) expect(first).toBeGreaterThan(csp);
    }
  });

  it.each(pages)('%s: no form can submit anywhere (form-action none)', (page) => {
    const html = readFileSync(fileForPage(DIST, page), 'utf8');
    expect(html).toMatch(/form-action 'none'/);
  });
});
