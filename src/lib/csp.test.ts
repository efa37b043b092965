import { describe, expect, it } from 'vitest';
import {
  addScriptHashes,
  mergePolicies,
  hashInlineScripts,
  inlineScriptHashes,
  inlineStyleHashes,
  keepPageHashes,
  parsePolicy,
  sha256,
} from './csp';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('csp', () => {
  it('hashes executable inline scripts only', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
      '<script type="application/json">{"x":1}</script><script aria-hidden="true">c()</script>';
    expect(inlineScriptHashes(html)).toEqual([sha256('a()'), sha256('b()'), sha256('c()')]);
  });

  it('computes the standard base64 SHA-256 source expression', () => {
    // echo -n "alert('hi')" | openssl dgst -sha256 -binary | base64
    expect(sha256("alert('hi')")).toBe("'sha256-XTqNqFSUlZHAW7f/OGNYSOEzxKhjdAAGMXoid2VEbJk='");
  });

  it('adds hashes to script-src-elem when present, else to script-src, without duplicates', () => {
    expect(
      addScriptHashes("default-src 'self'; script-src 'self'", ["'sha256-a'", "'sha256-a'"]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
    expect(addScriptHashes("script-src 'self'; script-src-elem 'self'", ["'sha256-b'"])).toBe(
      "script-src 'self'; script-src-elem 'self' 'sha256-b'",
    );
    expect(parsePolicy(addScriptHashes("default-src 'self'", ["'sha256-c'"]))).toContainEqual([
      'script-src',
      ["'self'", "'sha256-c'"],
    ]);
  });

  it('rewrites a page so its policy allows exactly its inline scripts', () => {
    const html = page('script-src &#39;self&#39;', '<script>go()</script>');
    const out = hashInlineScripts(html);
    expect(out).toContain(`content="script-src 'self' ${sha256('go()')}"`);
    expect(hashInlineScripts('<html>no meta</html>')).toBe('<html>no meta</html>');
  });

  it("drops other pages' hashes and keeps the page's own scripts and styles", () => {
    const other = sha256('elsewhere()');
    const otherStyle = sha256('.elsewhere{}');
    const html = page(
      `default-src &#39;self&#39;; script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39; ${other} ${sha256('go()')}; ` +
        `style-src-elem &#39;self&#39; ${otherStyle} ${sha256('.here{}')}; style-src-attr &#39;unsafe-inline&#39;`,
      '<style>.here{}</style><script>go()</script><script>more()</script>',
    );
    expect(hashInlineScripts(html)).toContain(
      `content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha256('go()')} ` +
        `${sha256('more()')}; style-src-elem 'self' ${sha256('.here{}')}; ` +
        `style-src-attr 'unsafe-inline'"`,
    );
  });

  it('keepPageHashes touches only hash sources of script and style directives', () => {
    expect(
      keepPageHashes("img-src 'sha256-x' data:; script-src 'self' 'sha256-a' 'sha256-b'", [
        "'sha256-b'",
      ]),
    ).toBe("img-src 'sha256-x' data:; script-src 'self' 'sha256-b'");
    expect(inlineStyleHashes('<style media="print">p{}</style><style>p{}</style>')).toEqual([
      sha256('p{}'),
    ]);
  });
});

describe('mergePolicies', () => {
  it('unions sources per directive, keeping order', () => {
    expect(
      mergePolicies([
        "default-src 'self'; script-src 'self' 'sha256-a'",
        "script-src 'self' 'sha256-b'; img-src data:",
      ]),
    ).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; img-src data:");
  });
});
