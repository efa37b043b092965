/**
 * Issue 13's error dictionary over the built «Ошибки и решения»: every error message and symptom
 * of the sources (src/data/errors.ts) is on the page, word for word, in its own entry with a
 * stable anchor; each entry links to a step or figure of a guide and says whom to contact; the
 * yes/no diagnostic reaches every entry with plain links. The anchors are pinned in
 * tests/fixtures/error-anchors.txt: renaming one (and breaking readers' links) fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, ROOT } from '../helpers/paths';
import { mainContent, readPage } from '../helpers/pages';
import {
  DIAGNOSTIC,
  ERROR_ENTRIES,
  asQuoted,
  ERROR_MESSAGES,
  NOT_ENTRIES,
  QUOTE_KIND_LABELS,
  messagesOf,
  type DiagnosticQuestion,
} from '../../src/data/errors';
import { SOURCES } from '../../src/data/sources';

const PAGE = '/reference/troubleshooting/';
const PINNED = readFileSync(path.join(ROOT, 'tests/fixtures/error-anchors.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const main = mainContent(readPage(DIST, PAGE));
const content = main.querySelector('.sl-markdown-content')!;

/** An entry: its heading's wrapper and everything after it up to the next heading. */
function section(id: string): HTMLElement[] {
  const heading = content.querySelector(`[id="${id}"]`);
  if (!heading) return [];
  const blocks = content.childNodes.filter((n): n is HTMLElement => n.nodeType === 1);
  const start = blocks.findIndex((b) => b === heading || b.querySelector(`[id="${id}"]`));
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.classList.contains('sl-heading-wrapper'));
  return rest.slice(0, end < 0 ? undefined : end);
}
const within = (blocks: HTMLElement[], selector: string) =>
  blocks.flatMap((b) => [...(b.matches(selector) ? [b] : []), ...b.querySelectorAll(selector)]);

const ids = ERROR_ENTRIES.map((e) => e.id);

describe('the error messages of the sources', () => {
  it('are listed, each within its quoted sentence, and belong to a known entry', () => {
    expect(ERROR_MESSAGES.length).toBeGreaterThanOrEqual(25);
    for (const m of ERROR_MESSAGES) {
      expect(m.quote, m.entry).toContain(m.text);
      expect(ids).toContain(m.entry);
    }
    for (const id of ids)
      expect(
        ERROR_MESSAGES.some((m) => m.entry === id),
        id,
      ).toBe(true);
  });

  it('what is left out on purpose is not also listed as a message', () => {
    for (const n of NOT_ENTRIES) {
      expect(n.why.length).toBeGreaterThan(10);
      expect(ERROR_MESSAGES.map((m) => m.text)).not.toContain(n.text);
    }
  });
});

describe('the entries on «Ошибки и решения»', () => {
  it('keep the pinned anchors: none renamed or dropped, new ones pinned too', () => {
    expect(ids).toEqual(PINNED);
    for (const id of ids) expect(id).toMatch(/^err-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(ids)('#%s is a heading of its own', (id) => {
    const heading = main.querySelector(`[id="${id}"]`);
    expect(heading?.tagName).toMatch(/^H[23]$/);
    expect(norm(heading!.text).length).toBeGreaterThan(10);
    expect(section(id).length).toBeGreaterThan(2);
  });

  it.each(ERROR_MESSAGES.map((m) => [m.entry, m.source, asQuoted(m.text)] as const))(
    '#%s quotes source %s word for word: «%s»',
    (id, source, text) => {
      const quotes = within(section(id), `blockquote[data-err-message="${id}"]`).map((q) =>
        norm(q.text),
      );
      const shown = norm(asQuoted(text));
      expect(quotes.some((q) => q.includes(shown))).toBe(true);
      // The message itself stands out in the quotation.
      const bold = within(section(id), `blockquote[data-err-message="${id}"] strong`).map((b) =>
        norm(b.text),
      );
      expect(bold).toContain(shown);
      // And the quotation names its source by its exact title.
      const intro = within(section(id), '.eis-err__quote')
        .flatMap((d) => d.querySelectorAll('p'))
        .map((p) => norm(p.text));
      expect(intro.join(' ')).toContain(`дословно в источнике «${SOURCES[source]}»`);
    },
  );

  const LABELS = ['сообщение', 'указание источника', 'заголовок в источнике'];

  it.each(ids)(
    '#%s: «Что сделать» first, then a one-line cause, then the quote disclosure',
    (id) => {
      const blocks = section(id);
      const fix = blocks.findIndex((b) => norm(b.text).startsWith('Что сделать'));
      const cause = blocks.findIndex((b) => norm(b.text).startsWith('Причина.'));
      const said = blocks.findIndex((b) => b.matches('details.eis-err__said'));
      // The action comes first: the fix is the entry's first block, the cause follows the fix
      // (and its list), and the source's words come after both.
      expect(fix, id).toBe(0);
      expect(cause, id).toBeGreaterThan(fix);
      expect(said, id).toBeGreaterThan(cause);
      // The first screen of a 360×740 phone: the heading stays short (about 40 characters a line
      // at 360 px), so that «Что сделать» is within it; the cause stays one line of thought.
      const heading = norm(main.querySelector(`[id="${id}"]`)!.text);
      expect(heading.length, id).toBeLessThanOrEqual(150);
      expect(norm(blocks[cause]!.text).length, id).toBeLessThanOrEqual(200);
      // Every quotation of the entry sits in the disclosure, none above or outside it.
      const quotes = within(blocks, `blockquote[data-err-message="${id}"]`);
      const inside = blocks[said]!.querySelectorAll(`blockquote[data-err-message="${id}"]`);
      expect(quotes.length).toBe(messagesOf(id).length);
      expect(inside.length).toBe(quotes.length);
    },
  );

  it.each(ids)('#%s: each quote carries one of the three labels, as its kind says', (id) => {
    const said = within(section(id), 'details.eis-err__said');
    expect(said).toHaveLength(1);
    const summary = norm(said[0]!.querySelector('summary')!.text);
    const items = said[0]!.querySelectorAll('.eis-err__quote');
    const messages = messagesOf(id);
    expect(items).toHaveLength(messages.length);
    items.forEach((item, i) => {
      const label = norm(item.querySelector('.eis-err__kind')!.text);
      expect(LABELS).toContain(label);
      expect(label).toBe(QUOTE_KIND_LABELS[messages[i]!.kind]);
      expect(summary).toContain(label);
    });
  });

  it('a quote labelled «сообщение» names an error; the token-expiry quote is not one', () => {
    for (const m of ERROR_MESSAGES.filter((m) => m.kind === 'message'))
      expect(m.text, m.entry).toMatch(/ошибк/);
    for (const m of messagesOf('err-token-expired')) expect(m.kind).not.toBe('message');
    expect(ERROR_MESSAGES.filter((m) => m.kind === 'heading').map((m) => m.entry)).toContain(
      'err-token-where',
    );
  });

  it.each(ids)('#%s has a cause and a fix', (id) => {
    const text = norm(
      section(id)
        .map((b) => b.text)
        .join(' '),
    );
    expect(text).toContain('Причина');
    expect(text).toContain('Что сделать');
  });

  it.each(ids)('#%s links to an existing step or figure of a guide', (id) => {
    const targets = within(section(id), 'a[href]')
      .map((a) => new URL(a.getAttribute('href')!, `http://site${PAGE}`))
      .filter((u) => u.host === 'site' && u.hash && u.pathname !== PAGE);
    const steps = targets.filter((u) => {
      const hash = decodeURIComponent(u.hash.slice(1));
      const el = readPage(DIST, decodeURIComponent(u.pathname)).querySelector(`[id="${hash}"]`);
      return !!el && (el.classList.contains('eis-step') || /^ris-\d+$/.test(hash));
    });
    expect(steps.length, `${id}: ${targets.map((u) => u.href).join(', ')}`).toBeGreaterThan(0);
  });

  it.each(ids)('#%s says whom to contact', (id) => {
    const contact = within(section(id), `.eis-err__contact[data-err-contact="${id}"]`);
    expect(contact).toHaveLength(1);
    const text = norm(contact[0]!.text);
    expect(text).toMatch(/^Куда обратиться\. \S/);
    expect(text).toMatch(/8 \(495\) 739-25-83|администраторам Системы/);
  });
});

describe('the diagnostic', () => {
  const diag = main.querySelector('.eis-diag')!;
  const flat = (qs: readonly DiagnosticQuestion[]): DiagnosticQuestion[] =>
    qs.flatMap((q) => [q, ...flat(q.then ?? [])]);

  it('asks yes/no questions that reach every entry', () => {
    const targets = flat(DIAGNOSTIC).flatMap((q) => (q.to ? [q.to] : []));
    for (const id of ids) expect(targets, id).toContain(id);
    for (const q of flat(DIAGNOSTIC)) {
      expect(q.q, q.q).toMatch(/\?$/);
      expect(!!q.to !== !!q.then?.length, q.q).toBe(true);
    }
  });

  it('is plain nested lists of links to anchors on the page, without scripts', () => {
    expect(diag.tagName).toBe('UL');
    expect(diag.querySelector('script, button, input, [hidden], [role]')).toBeNull();
    const links = diag.querySelectorAll('a');
    expect(links.length).toBe(flat(DIAGNOSTIC).filter((q) => q.to).length);
    for (const a of links) {
      const href = a.getAttribute('href')!;
      expect(href).toMatch(/^#/);
      expect(main.querySelector(`[id="${href.slice(1)}"]`), href).not.toBeNull();
    }
    // The first questions open natively (<details>), the deeper ones are nested lists.
    const summaries = diag.querySelectorAll(':scope > li > details > summary').map((s) => s.text);
    expect(summaries).toContain('Документ не уходит в ЕИС?');
    expect(norm(diag.text)).toContain(
      'ЕИС сообщает, что логин или пароль некорректны (или другое о логине и пароле)?',
    );
  });

  it('comes first, before the entries, and stays out of the search index', () => {
    expect(diag.hasAttribute('data-pagefind-ignore')).toBe(true);
    const html = content.toString();
    expect(html.indexOf('eis-diag')).toBeLessThan(html.indexOf(`id="${ids[0]}"`));
  });
});
