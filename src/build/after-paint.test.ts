/**
 * The build's rewrite of module scripts (deferModuleScripts): found by the HTML parser, replaced
 * in place, every other byte kept; a page without the loader is an author error.
 */
import { describe, expect, it } from 'vitest';
import { deferModuleScripts } from './after-paint';

const LOADER = '<script>var c="eis-after-paint";loadAfterPaint(c)</script>';

describe('deferModuleScripts', () => {
  it('makes each bare module script inert in place and keeps every other byte', () => {
    const html =
      '<!DOCTYPE html><html><head><script type="module" src="/_astro/page.js"></script></head>' +
      `<body>${LOADER}<p>Текст «в кавычках» &amp; <b>разметка</b></p>` +
      '<script type="module" src="/_astro/a&amp;b.js"></script><footer>x</footer></body></html>';
    expect(deferModuleScripts(html)).toBe(
      '<!DOCTYPE html><html><head><script type="eis-after-paint" data-src="/_astro/page.js"></script></head>' +
        `<body>${LOADER}<p>Текст «в кавычках» &amp; <b>разметка</b></p>` +
        '<script type="eis-after-paint" data-src="/_astro/a&amp;b.js"></script><footer>x</footer>' +
        '</body></html>',
    );
  });

  it('leaves a page without module scripts as it is', () => {
    const html =
      '<html><body><script>inline()</script><script type="module">x()</script></body></html>';
    expect(deferModuleScripts(html)).toBe(html);
  });

  it('leaves alone a module script with other attributes or content, and text that only looks like one', () => {
    const html =
      `<html><body>${LOADER}<script type="module" src="/a.js" integrity="sha384-x"></script>` +
      '<pre>&lt;script type="module" src="/b.js"&gt;&lt;/script&gt;</pre>' +
      '<!-- <script type="module" src="/c.js"></script> -->' +
      '<script type="module" src="/d.js"></script></body></html>';
    const out = deferModuleScripts(html);
    expect(out).toContain('<script type="module" src="/a.js" integrity="sha384-x"></script>');
    expect(out).toContain('&lt;script type="module" src="/b.js"&gt;');
    expect(out).toContain('<!-- <script type="module" src="/c.js"></script> -->');
    expect(out).toContain('<script type="eis-after-paint" data-src="/d.js"></script>');
  });

  it('refuses a page whose scripts nobody would load, naming the page and the fix', () => {
    const html = '<html><body><script type="module" src="/d.js"></script></body></html>';
    expect(() => deferModuleScripts(html, 'guide/index.html')).toThrow(
      /guide\/index\.html has module scripts but not the inline script/,
    );
  });
});
