/**
 * Pasted error messages → their entry (src/features/search/search-messages.ts): every message of the sources,
 * exact and retyped with a typo, finds its entry; the other classes of reader questions do not
 * trip it (they still go to their guides).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_ENTRIES, ERROR_MESSAGES, asQuoted } from '../../data/errors';
import { loadVocabulary, planQuery, words } from './search-query';
import { loadMessages, matchMessage, type MessageEntry } from './search-messages';
import { cyrillicToLatin } from './search-layout';
import { pageMessages } from '../../build/search-vocabulary';
import { ROOT } from '../../../tests/helpers/paths';
import { QUERY_CLASSES, mangled } from './questions/search-queries';

const DOCS = path.join(ROOT, 'src/content/docs');
const mdx = readdirSync(DOCS, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(path.join(DOCS, f), 'utf8'));
const trouble = readFileSync(path.join(DOCS, 'reference/troubleshooting.mdx'), 'utf8');

/** The site's words as the build's vocabulary has them (the MDX text and quotes stand in for the pages). */
const shown = [...mdx, ...ERROR_MESSAGES.map((m) => asQuoted(m.quote))];
const vocab = loadVocabulary({
  pages: mdx.length,
  words: { '1': [...new Set(shown.flatMap((t) => words(t)))].join(' ') },
});

/** The entries as the build collects them: heading, the quoted sentences and their messages. */
const entries: MessageEntry[] = ERROR_ENTRIES.map(({ id }) => {
  const title = new RegExp(`^#{2,3} (.+) \\{#${id}\\}$`, 'm').exec(trouble)?.[1] ?? '';
  const said = ERROR_MESSAGES.filter((m) => m.entry === id);
  return {
    path: 'reference/troubleshooting/',
    id,
    title,
    phrases: [title, ...said.flatMap((m) => [asQuoted(m.quote), asQuoted(m.text)])],
  };
});

const entryFor = (query: string) => matchMessage(planQuery(query, vocab).terms, entries)?.id;

describe('a pasted message finds its entry', () => {
  it('every entry has its heading on the page', () => {
    for (const e of entries) expect(e.title, e.id).not.toBe('');
  });

  it.each(ERROR_MESSAGES.map((m) => [m.entry, m.text] as const))('%s: «%s»', (id, text) => {
    expect(entryFor(text)).toBe(id);
    expect(entryFor(mangled(text))).toBe(id);
  });

  it('typed in the other keyboard layout, a message finds its entry too', () => {
    for (const m of ERROR_MESSAGES) expect(entryFor(cyrillicToLatin(m.text)), m.text).toBe(m.entry);
  });

  it('the whole quoted sentence finds the entry too', () => {
    for (const m of ERROR_MESSAGES) expect(entryFor(m.quote), m.quote).toBe(m.entry);
  });

  it('a message must be most of the query, and the query most of the message', () => {
    const entry: MessageEntry = {
      path: 'reference/troubleshooting/',
      id: 'err-test',
      title: 'Т',
      phrases: ['Отсутствуют права доступа на выполнение операции'],
    };
    const fits = (terms: string[]) => matchMessage(terms, [entry])?.id === 'err-test';
    const message = ['отсутствуют', 'права', 'доступа', 'выполнение', 'операции'];
    expect(fits(message)).toBe(true);
    // One word more (5 of 6 in the message) or one less (4 of its 5): still the message.
    expect(fits([...message, 'токен'])).toBe(true);
    expect(fits(message.slice(1))).toBe(true);
    // A question that only mentions it among other words (5 of 7), or a third of it: not.
    expect(fits([...message, 'токен', 'срок'])).toBe(false);
    expect(fits(['права', 'доступа'])).toBe(false);
  });

  it('other reader questions go to their guides, not to an entry', () => {
    const others = Object.entries(QUERY_CLASSES)
      .filter(([cls]) => cls !== 'pasted error messages')
      .flatMap(([, list]) => list)
      .filter(([, expected]) => expected !== '/reference/troubleshooting/');
    const tripped = others.filter(([q]) => entryFor(q)).map(([q]) => `${q} → ${entryFor(q)}`);
    expect(tripped).toEqual([]);
  });
});

describe('the messages of search-vocabulary.json', () => {
  it('are read with a check: anything malformed is left out, never thrown', () => {
    expect(loadMessages(undefined)).toEqual([]);
    expect(loadMessages({ messages: 'x' })).toEqual([]);
    const good = { path: 'reference/troubleshooting/', id: 'err-a', title: 'T', phrases: ['p'] };
    expect(
      loadMessages({
        messages: [good, null, { ...good, id: 'bad id' }, { ...good, phrases: [1] }, 5],
      }),
    ).toEqual([good]);
  });
});

describe('the build collects the entries from a page', () => {
  it('takes each quoted message with its entry heading, whole and its bold core', () => {
    const html = `<main data-pagefind-body><h3 id="err-a">Пароль не подходит</h3>
      <div><p>Дословно в источнике «…»:</p><blockquote data-err-message="err-a">При нажатии
      <strong>пароль изменится</strong>.</blockquote></div>
      <blockquote data-err-message="err-missing">Без заголовка</blockquote></main>`;
    expect(pageMessages(html, 'reference/troubleshooting/')).toEqual([
      {
        path: 'reference/troubleshooting/',
        id: 'err-a',
        title: 'Пароль не подходит',
        phrases: ['Пароль не подходит', 'При нажатии пароль изменится.', 'пароль изменится'],
      },
    ]);
  });
});
