/** For the engine's unit tests: a Pagefind without an index. */
import type { PagefindLike } from './search-engine';

/**
 * A fake Pagefind over pages given as sections: every page with every word, in list order. A
 * section is a heading (h1 for «_top», else h2) unless its element is given («dt»: a term), named
 * by its id unless its heading is given.
 */
export function wordsFake(
  pages: {
    url: string;
    title?: string;
    sections: [id: string, text: string, element?: string, heading?: string][];
  }[],
): PagefindLike {
  const data = pages.map(({ url, title = url, sections }) => {
    const words: string[] = [];
    const anchors = sections.map(([id, text, element, heading = id]) => {
      const at = words.length;
      words.push(...text.split(' '));
      return { element: element ?? (id === '_top' ? 'h1' : 'h2'), id, text: heading, location: at };
    });
    return {
      url,
      content: words.join(' '),
      excerpt: '',
      meta: { title },
      locations: [],
      anchors,
    };
  });
  return {
    search: async (query) => ({
      results: data
        .filter((p) => query.split(' ').every((w) => p.content.includes(w)))
        .map((p, i) => ({ id: p.url, score: 1 - i / 10, data: async () => p })),
    }),
  };
}
