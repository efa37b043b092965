/**
 * Astro integration: after the build, collects the words Pagefind indexes on every page (the
 * `data-pagefind-body` text without `data-pagefind-ignore` parts, plus the search-only keywords)
 * and writes `search-vocabulary.json`: the words grouped by the number of pages they occur on. The search
 * dialog loads it when it opens, to correct typos and wrong-layout words to words the site has
 * (src/features/search/search-query.ts). Filler words that guides carry at weight 0.1 are left out.
 * It also holds `messages`: the error dictionary's entries with the messages quoted in them
 * (`data-err-message`) and their headings, so that a pasted message opens its entry
 * (src/features/search/search-messages.ts). And `russian`: the letter triples of Russian words
 * (src/build/search-russian.ts), the evidence that a word is Russian and must not be «corrected»;
 * `slips`: the dictionary's forms one slip from a site word — an unstressed vowel, or one edit
 * after the first three letters (real words, never «corrected» into it); `named`: the words of titles, headings, terms and UI names. And `asked`:
 * the tuning sets' questions with the places that answer them (src/features/search/search-asked.ts),
 * each place with its page's title and its heading. And `rerank`: the learned weights of the
 * last order of the first results (src/features/search/search-rerank.ts) and, under `sections`,
 * of the choice of the section a result opens (search-section-choice.ts).
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { words, type VocabularyData } from '../features/search/search-query';
import type { MessageEntry } from '../features/search/search-messages';
import type { LettersData } from '../features/search/search-russian';
import { encodeAsked, type AskedData } from '../features/search/search-asked';
import { trainingExamples } from '../features/search/questions/training';
import { loadRerank, type RerankData } from '../features/search/search-rerank';
import { loadSectionModel } from '../features/search/search-section-choice';
import { findSecret } from '../lib/secret-guard';
import { russianLetters } from './search-russian';
import { htmlFiles } from './html-files';

export const VOCABULARY_FILE = 'search-vocabulary.json';

/** The words of one page as Pagefind indexes them, hyphenated words also joined and split. */
export function pageWords(html: string): Set<string> {
  const body = parse(html).querySelector('[data-pagefind-body]');
  if (!body) return new Set();
  for (const el of body.querySelectorAll(
    '[data-pagefind-ignore], [data-pagefind-weight="0.1"], script, style',
  )) {
    el.remove();
  }
  const found = new Set<string>();
  for (const word of words(body.textContent)) {
    found.add(word);
    if (/[.-]/.test(word)) {
      found.add(word.replace(/[.-]/g, ''));
      for (const part of word.split(/[.-]/)) if (part) found.add(part);
    }
  }
  return found;
}

/**
 * The words the page names things with: its title, headings, glossary terms and the names of
 * menus, buttons and fields (bold). A reader's word that is none of these («прошли», «взять»)
 * is their own verb or filler, not the topic, however rare it is on the site.
 */
export function namingWords(html: string): Set<string> {
  const doc = parse(html);
  const body = doc.querySelector('[data-pagefind-body]');
  const found = new Set<string>();
  if (!body) return found;
  for (const el of body.querySelectorAll('h1, h2, h3, h4, dt, strong, b')) {
    if (el.closest('[data-pagefind-ignore]')) continue;
    for (const word of words(el.textContent)) {
      found.add(word);
      if (/[.-]/.test(word)) for (const part of word.split(/[.-]/)) if (part) found.add(part);
    }
  }
  const title = doc.querySelector('title')?.textContent ?? '';
  for (const word of words(title)) found.add(word);
  return found;
}

/**
 * The error dictionary's entries on one page (`path` relative to the site's base): for each
 * quoted message, its entry's heading and the message, whole and its bold core.
 */
export function pageMessages(html: string, pagePath: string): MessageEntry[] {
  const doc = parse(html);
  const byId = new Map<string, MessageEntry>();
  const text = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const quote of doc.querySelectorAll('[data-err-message]')) {
    const id = quote.getAttribute('data-err-message') ?? '';
    const heading = doc.querySelector(`[id="${id}"]`);
    if (!heading) continue;
    const title = text(heading.text);
    const entry = byId.get(id) ?? { path: pagePath, id, title, phrases: [title] };
    entry.phrases.push(
      text(quote.text),
      ...quote.querySelectorAll('strong').map((b) => text(b.text)),
    );
    byId.set(id, entry);
  }
  return [...byId.values()].map((e) => ({ ...e, phrases: [...new Set(e.phrases)] }));
}

/**
 * The questions as they may be published: the secret guard (src/lib/secret-guard.ts) on the way
 * out — a word that reads as a password, token or identifier is not learned.
 */
export function learnable(
  examples: readonly (readonly [question: string, place: string])[],
): [string, string][] {
  return examples.map(([question, place]) => [
    question
      .split(/\s+/)
      .filter((w) => findSecret(w) === undefined)
      .join(' '),
    place,
  ]);
}

/**
 * The `asked` model's data: every tuning question but those of the named sets, past the guard,
 * with its place titled (`titleOf`: a page's title, or a heading's text by id). The build and the
 * quality test's models without a corpus (tests/helpers/search-engine.ts) are made here alike.
 */
export function askedData(
  titleOf: (page: string, id?: string) => string | undefined,
  without: readonly string[] = [],
): AskedData {
  return encodeAsked(learnable(trainingExamples(without)), titleOf);
}

/** A page's title (its h1) and the text of its headings and terms by id, for `asked`. */
export function pageTitles(html: string): { title: string; ids: Map<string, string> } | undefined {
  const doc = parse(html);
  const body = doc.querySelector('[data-pagefind-body]');
  const h1 = doc.querySelector('h1');
  if (!body || !h1) return undefined;
  const text = (s: string) => s.replace(/\s+/g, ' ').trim();
  const ids = new Map<string, string>();
  for (const el of body.querySelectorAll('h2[id], h3[id], h4[id], dt[id]')) {
    ids.set(el.getAttribute('id')!, text(el.textContent));
  }
  return { title: text(h1.textContent), ids };
}

/**
 * The reranker's and the section choice's weights as the dialog reads them (search-rerank.ts,
 * search-section-choice.ts), without their provenance.
 * Weights the dialog could not read fail the build: `npm run train:search` writes them anew.
 */
export function shippedRerank(file: unknown): RerankData {
  const model = loadRerank(file);
  const sections = loadSectionModel((file as { sections?: unknown } | null)?.sections);
  if (!model || !sections) {
    throw new Error(
      'src/features/search/search-rerank.json is malformed: run `npm run train:search` after a build.',
    );
  }
  return {
    weights: [...model.weights],
    pages: Object.fromEntries(model.pages),
    sections: { weights: [...sections.weights], ids: Object.fromEntries(sections.ids) },
  };
}

/** Where `npm run train:search` writes the reranker's weights, relative to the project. */
export const RERANK_FILE = 'src/features/search/search-rerank.json';

export default function searchVocabulary(): AstroIntegration {
  let project = new URL('file:///');
  return {
    name: 'eis-search-vocabulary',
    hooks: {
      'astro:config:done': ({ config }) => {
        project = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const rerankFile: unknown = JSON.parse(
          await readFile(new URL(RERANK_FILE, project), 'utf8'),
        );
        const df = new Map<string, number>();
        const messages: MessageEntry[] = [];
        const named = new Set<string>();
        const titles = new Map<string, NonNullable<ReturnType<typeof pageTitles>>>();
        let pages = 0;
        const root = fileURLToPath(dir);
        for await (const file of htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const rel = path.relative(root, file).split(path.sep).join('/');
          const page = rel.replace(/(^|\/)index\.html$/, '$1');
          messages.push(...pageMessages(html, page));
          const titled = pageTitles(html);
          if (titled) titles.set(page, titled);
          const found = pageWords(html);
          if (!found.size) continue;
          for (const w of namingWords(html)) named.add(w);
          pages += 1;
          for (const w of found) df.set(w, (df.get(w) ?? 0) + 1);
        }
        // Compact: for each page count, its words in one space-separated string.
        const byCount: Record<string, string[]> = {};
        for (const [w, n] of [...df].sort(([a], [b]) => (a < b ? -1 : 1))) {
          (byCount[n] ??= []).push(w);
        }
        const { triples, forms, slips } = russianLetters(df);
        const asked = askedData((page, id) =>
          id === undefined ? titles.get(page)?.title : titles.get(page)?.ids.get(id),
        );
        const data: VocabularyData & {
          messages: MessageEntry[];
          russian: LettersData;
          asked: AskedData;
          rerank: RerankData;
        } = {
          pages,
          words: Object.fromEntries(Object.entries(byCount).map(([n, ws]) => [n, ws.join(' ')])),
          named: [...named].sort().join(' '),
          slips: slips.join(' '),
          messages,
          russian: { triples },
          asked,
          rerank: shippedRerank(rerankFile),
        };
        await writeFile(new URL(VOCABULARY_FILE, dir), JSON.stringify(data));
        logger.info(
          `wrote ${VOCABULARY_FILE}: ${df.size} words from ${pages} pages, ${messages.length} error entries, ` +
            `Russian letter triples of ${forms} dictionary forms (${Math.round(triples.length / 1024)} KB), ` +
            `${slips.length} Russian words a slip from a site word, ` +
            `${asked.questions.length} readers' questions for ${asked.places.length} places`,
        );
      },
    },
  };
}
