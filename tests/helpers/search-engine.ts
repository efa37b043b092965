/**
 * The search engine (src/features/search/search-engine.ts) in Node over the built site: dist/ is
 * served on loopback (harness/static-server.ts), Pagefind's own pagefind.js is imported from disk
 * and fetches its index from that server, and search-vocabulary.json is read from disk. The same
 * code and the same index as the dialog, without a browser.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveStatic, type StaticServer } from '../../harness/static-server';
import { loadVocabulary } from '../../src/features/search/search-query';
import { loadMessages } from '../../src/features/search/search-messages';
import { loadLetters } from '../../src/features/search/search-russian';
import { loadAsked } from '../../src/features/search/search-asked';
import { loadRerank } from '../../src/features/search/search-rerank';
import { loadSectionModel } from '../../src/features/search/search-section-choice';
import { askedData } from '../../src/build/search-vocabulary';
import { PAGEFIND_RANKING } from '../../src/features/search/pagefind-ranking';
import {
  pageOf,
  searchSite,
  type Answer,
  type EngineData,
  type PagefindLike,
} from '../../src/features/search/search-engine';

export interface NodeSearch {
  search(
    query: string,
    options?: { literal?: boolean; explain?: boolean; data?: EngineData },
  ): Promise<Answer>;
  data: EngineData;
  close(): Promise<void>;
}

export async function nodeSearch(dist = path.resolve('dist')): Promise<NodeSearch> {
  const server: StaticServer = await serveStatic(dist);
  const pagefind = (await import(
    /* @vite-ignore */ pathToFileURL(path.join(dist, 'pagefind/pagefind.js')).href
  )) as PagefindLike & { options(o: object): Promise<void>; init(): Promise<void> };
  // Ranked as the dialog ranks (astro.config.mjs gives Starlight the same weights).
  await pagefind.options({
    basePath: server.url('/pagefind/'),
    baseUrl: '/',
    ranking: PAGEFIND_RANKING,
  });
  await pagefind.init();
  const json = JSON.parse(await readFile(path.join(dist, 'search-vocabulary.json'), 'utf8')) as {
    russian?: unknown;
    asked?: unknown;
    rerank?: unknown;
  } & Parameters<typeof loadVocabulary>[0];
  const data: EngineData = {
    vocab: loadVocabulary(json),
    messages: loadMessages(json),
    russian: loadLetters(json.russian),
    asked: loadAsked(json.asked),
    rerank: loadRerank(json.rerank),
    sections: loadSectionModel((json.rerank as { sections?: unknown } | undefined)?.sections),
  };
  const cached = remembered(pagefind);
  return {
    data,
    // `data`: the same engine with other data (the quality test's models without one corpus).
    search: (query, { data: other, ...options } = {}) =>
      searchSite(cached, other ?? data, query, options),
    close: () => server.close(),
  };
}

/**
 * The engine's data with a model of readers' questions (search-asked.ts) that has not learned the
 * named tuning sets (questions/training.ts): a tuning set is scored so, never by a model that
 * remembers its own questions.
 */
export function unlearned(engine: NodeSearch, ...sets: string[]): EngineData {
  const places = engine.data.asked?.places ?? [];
  const titleOf = (page: string, id?: string) => {
    const place = places.find((p) => p.page === page && (id === undefined || p.anchor === id));
    return id === undefined ? place?.title : place?.section;
  };
  return { ...engine.data, asked: loadAsked(askedData(titleOf, sets)) };
}

/** Where an answer leads, as the quality set writes it: paths, the first with its anchor if any. */
export function answerPages(answer: Answer): string[] {
  return answer.hits.map((h) => h.path);
}

/**
 * Pagefind with its answers kept: the quality sets ask the same searches many times (a common
 * word, the words of a section heading), and Pagefind answers a search string always the same.
 * Each result's page is loaded once, as its own search found it. Only the time changes, not what
 * the engine sees.
 */
export function remembered(pagefind: PagefindLike): PagefindLike {
  const searches = new Map<string, ReturnType<PagefindLike['search']>>();
  return {
    search(query) {
      let known = searches.get(query);
      if (!known) {
        known = pagefind.search(query).then(
          (found) =>
            found && {
              ...found,
              results: found.results.map((r) => {
                // As this search found it (pageOf): Pagefind rewrites its one object per page.
                let page: ReturnType<typeof r.data> | undefined;
                return { ...r, data: () => (page ??= pageOf(r)) };
              }),
            },
        );
        searches.set(query, known);
      }
      return known;
    },
  };
}
