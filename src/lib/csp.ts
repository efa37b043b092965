/**
 * Content-Security-Policy helpers. Astro's `security.csp` hashes the scripts and styles it
 * processes, but not inline scripts rendered as-is (Starlight's theme, search-shortcut and
 * sidebar scripts, and our theme script). `hashInlineScripts` adds the SHA-256 of every inline
 * script found in a built page to that page's CSP <meta>, so the hashes always come from the
 * build and a Starlight upgrade cannot silently break the page.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/gi;

export const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of a page's inline scripts (only executable ones: not JSON or templates). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const tag = match[0].slice(0, match[0].indexOf('>') + 1);
    const type = /\btype="([^"]*)"/i.exec(tag)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    // Script content is raw text in HTML: the hash is over exactly the bytes between the tags.
    hashes.add(sha256(match[1] ?? ''));
  }
  return [...hashes];
}

/** Parse a policy into `[directive, sources[]]` pairs, keeping order. */
export function parsePolicy(policy: string): [string, string[]][] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/).filter(Boolean))
    .filter((tokens) => tokens.length > 0)
    .map(([name, ...sources]) => [name!.toLowerCase(), sources]);
}

export const formatPolicy = (policy: [string, string[]][]) =>
  policy.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** Add hashes to the directive that governs inline <script> elements. */
export function addScriptHashes(policy: string, hashes: string[]): string {
  const parsed = parsePolicy(policy);
  const target =
    parsed.find(([name]) => name === 'script-src-elem') ??
    parsed.find(([name]) => name === 'script-src');
  if (!target) parsed.push(['script-src', ["'self'", ...hashes]]);
  else for (const h of hashes) if (!target[1].includes(h)) target[1].push(h);
  return formatPolicy(parsed);
}

const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;

/** The hashes of a page's inline <style> elements. */
export function inlineStyleHashes(html: string): string[] {
  return [...new Set([...html.matchAll(INLINE_STYLE)].map((m) => sha256(m[1] ?? '')))];
}

const HASH_SOURCE = /^'sha(?:256|384|512)-/;
const HASHED_DIRECTIVES = new Set(['script-src', 'script-src-elem', 'style-src', 'style-src-elem']);

/**
 * Keep only the hash sources that allow one of `allowed` (this page's inline scripts and styles).
 * Astro lists the hashes of every script and style of the whole build in every page's policy;
 * the other pages' hashes allow nothing here, yet each is ~54 bytes the gzip cannot shrink, and
 * the policy sits at the top of <head>, in the first bytes every page sends. Only hashes go: the
 * keywords and 'self' stay as they are.
 */
export function keepPageHashes(policy: string, allowed: Iterable<string>): string {
  const keep = new Set(allowed);
  return formatPolicy(
    parsePolicy(policy).map(([name, sources]) => [
      name,
      HASHED_DIRECTIVES.has(name)
        ? sources.filter((s) => !HASH_SOURCE.test(s) || keep.has(s))
        : sources,
    ]),
  );
}

const HEAD_START = /<head(?:\s[^>]*)?>(\s*<meta charset="[^"]*"\s*\/?>)?/i;

/**
 * Rewrite a built page so its CSP allows exactly its own inline scripts and styles (other pages'
 * hashes dropped, keepPageHashes), and move the CSP <meta> to the top of <head>, before any script
 * or style it governs. Only `<meta charset>` stays ahead
 * of it: HTML requires the encoding declaration within the first 1024 bytes, and the policy is
 * longer than that.
 */
export function hashInlineScripts(html: string): string {
  const match = META.exec(html);
  if (!match) return html;
  const body = html.replace(META, '');
  const scripts = inlineScriptHashes(body);
  const policy = addScriptHashes(
    keepPageHashes(pagePolicy(html)!, [...scripts, ...inlineStyleHashes(body)]),
    scripts,
  );
  const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`;
  const head = HEAD_START.exec(body);
  if (!head) return html.replace(META, meta);
  const at = head.index + head[0].length;
  return body.slice(0, at) + meta + body.slice(at);
}

/** One policy allowing everything any of the pages allows (for an HTTP header for the site). */
export function mergePolicies(policies: string[]): string {
  const merged: [string, string[]][] = [];
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const entry = merged.find(([n]) => n === name);
      if (!entry) merged.push([name, [...sources]]);
      else for (const s of sources) if (!entry[1].includes(s)) entry[1].push(s);
    }
  }
  return formatPolicy(merged);
}

/** The policy in a built page's CSP <meta>, decoded; undefined when there is none. */
export function pagePolicy(html: string): string | undefined {
  return META.exec(html)?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}
