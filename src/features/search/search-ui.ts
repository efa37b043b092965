/**
 * The search dialog's behaviour, loaded when the dialog first opens: reads the query through
 * src/features/search/search-query.ts (layout, typos, filler words, adjectives), asks Pagefind, and renders
 * the results as a listbox the input controls (combobox): arrows move the selection, Enter opens
 * it, each result is one link. Result links carry the searched words for highlighting on the
 * opened page, through withHighlight().
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { withHighlight } from './highlight';
import {
  headingCoverage,
  informativeness,
  isRealMatch,
  loadVocabulary,
  matchesPhrase,
  normalize,
  pagefindTerm,
  planQuery,
  startsWithPhrase,
  words,
  type QueryPlan,
  type Vocabulary,
} from './search-query';
import { TEXT, foundPages } from './search-text';
import { loadMessages, matchMessage, type MessageEntry } from './search-messages';

/** The site's base, always with a trailing slash (astro.config.mjs normalises it). */
const BASE = import.meta.env.BASE_URL;
const PAGE_SIZE = 5;
const MAX_SUB_RESULTS = 3;

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
  anchor?: { id?: string; location?: number };
}
interface PageData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string; keywords?: string };
  locations: number[];
  sub_results?: SubResult[];
  /** A section shown as the result itself: the error entry whose message was pasted. */
  lead?: SubResult;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PageData>;
}
interface Pagefind {
  options(options: object): Promise<void>;
  init?(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

interface Found {
  pages: PageData[];
  partial: boolean;
}

const attached = new WeakSet<HTMLElement>();

async function loadEngine(): Promise<{
  pagefind: Pagefind;
  vocab: Vocabulary | undefined;
  messages: MessageEntry[];
}> {
  const url = `${BASE}pagefind/pagefind.js`;
  const [pagefind, data] = await Promise.all([
    import(/* @vite-ignore */ url) as Promise<Pagefind>,
    fetch(`${BASE}search-vocabulary.json`)
      .then((r) => (r.ok ? r.json() : undefined))
      .catch(() => undefined),
  ]);
  await pagefind.options({ baseUrl: BASE, ranking: pagefindUserConfig.ranking });
  await pagefind.init?.();
  return {
    pagefind,
    vocab: data ? loadVocabulary(data) : undefined,
    messages: loadMessages(data),
  };
}

/** The query as typed, word for word: for «Искать «…»?» and when the vocabulary is missing. */
function literalPlan(typed: string): QueryPlan {
  const terms = [...new Set(words(typed))];
  return {
    terms,
    understood: terms.join(' '),
    layout: false,
    corrected: false,
    unknown: [],
    guessed: [],
    error: false,
  };
}

/** Whether the page matched one of the words, not only a one- or two-letter prefix of them. */
function realMatch(page: PageData, terms: readonly string[]): boolean {
  const contentWords = page.content.split(/\s+/);
  const matched = page.locations.map((i) => contentWords[i] ?? '');
  return !matched.length || matched.some((w) => isRealMatch(w, terms));
}

/** Pages that have every one of `terms`, in Pagefind's order, with their scores. */
async function searchAll(pagefind: Pagefind, terms: readonly string[]): Promise<PagefindResult[]> {
  return (await pagefind.search(terms.map(pagefindTerm).join(' ')))?.results ?? [];
}

/** All subsets of `items` with `size` elements, in order. */
function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first!, ...s]), ...subsets(rest, size)];
}

const MAX_TERMS = 6;

/**
 * No page has every word: drop words, least informative first. Tries every way of leaving out
 * one word, then two…, and ranks the pages of the first level that finds any by how informative
 * the words they do have are, then by Pagefind's score.
 */
async function relaxed(
  pagefind: Pagefind,
  plan: QueryPlan,
  vocab?: Vocabulary,
): Promise<PagefindResult[]> {
  const { terms } = plan;
  // A corrected word counts less than one the reader typed as the site has it.
  const weight = (t: string) =>
    (vocab ? Math.max(0.05, informativeness(t, vocab)) : 1) * (plan.guessed.includes(t) ? 0.4 : 1);
  // First without the corrected words, the least sure of all.
  const sure = terms.filter((t) => !plan.guessed.includes(t));
  if (sure.length && sure.length < terms.length) {
    const results = await searchAll(pagefind, sure);
    if (results.length) return results;
  }
  let kept = [...terms];
  if (kept.length > MAX_TERMS) {
    const best = [...kept].sort((a, b) => weight(b) - weight(a)).slice(0, MAX_TERMS);
    kept = kept.filter((t) => best.includes(t));
  }
  for (let size = kept.length - 1; size >= 1; size -= 1) {
    const scored = new Map<string, { result: PagefindResult; key: number }>();
    for (const subset of subsets(kept, size)) {
      const results = await searchAll(pagefind, subset);
      const top = results[0]?.score || 1;
      const w = subset.reduce((sum, t) => sum + weight(t), 0);
      for (const result of results) {
        const key = w * (1 + (0.5 * result.score) / top);
        const seen = scored.get(result.id);
        if (!seen || seen.key < key) scored.set(result.id, { result, key });
      }
    }
    if (scored.size) return [...scored.values()].sort((a, b) => b.key - a.key).map((e) => e.result);
  }
  return [];
}

/**
 * For a one-term question that starts with a page's phrasing («что такое РИС»), that page comes
 * first; then a page that lists the query among its search-only phrasings (keywords); then pages
 * whose title has most of the query's words (the guide named in the question).
 * A query that reads like an error message also brings up the page with a section heading that
 * has nearly all its words: the troubleshooting entry for a pasted error. Otherwise Pagefind's
 * order stays.
 */
function byHeadings(pages: PageData[], plan: QueryPlan): PageData[] {
  const { terms } = plan;
  const sections = plan.error && terms.length >= 2;
  const coverage = (page: PageData) => {
    // «что такое РИС»: a question about one term goes to the page that answers such questions.
    if (terms.length === 1 && startsWithPhrase(page.meta.keywords ?? '', plan.understood)) {
      return 1.3;
    }
    if (matchesPhrase(page.meta.keywords ?? '', terms)) return 1.2;
    const title = headingCoverage(page.meta.title ?? '', terms);
    const best = Math.max(
      title >= 0.6 ? title : 0,
      ...(sections ? (page.sub_results ?? []) : []).map((s) => {
        const c = headingCoverage(s.title, terms);
        return c >= 0.75 ? c + 0.05 : 0;
      }),
    );
    return Math.round(best * 20) / 20;
  };
  return pages
    .map((page, order) => ({ page, order, cov: coverage(page) }))
    .sort((a, b) => b.cov - a.cov || a.order - b.order)
    .map((e) => e.page);
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A pasted error message: its entry in the error dictionary comes first, as the result itself
 * (its page's other sections under it); the page is added if Pagefind did not find it.
 */
function withEntry(pages: PageData[], entry: MessageEntry): PageData[] {
  const path = `${BASE}${entry.path}`;
  const at = pages.findIndex((p) => p.url.replace(/#.*$/, '') === path);
  const page: PageData =
    at >= 0
      ? pages[at]!
      : {
          url: path,
          content: '',
          excerpt: '',
          meta: { title: entry.title },
          locations: [],
        };
  const own = page.sub_results?.find((s) => s.anchor?.id === entry.id);
  const lead: SubResult = {
    title: entry.title,
    url: `${path}#${entry.id}`,
    excerpt: own?.excerpt ?? escapeHtml(entry.phrases[1] ?? entry.title),
    ...(own?.anchor ? { anchor: own.anchor } : {}),
  };
  return [{ ...page, lead }, ...pages.filter((_, i) => i !== at)];
}

async function find(
  pagefind: Pagefind,
  plan: QueryPlan,
  vocab?: Vocabulary,
  messages: readonly MessageEntry[] = [],
): Promise<Found> {
  const found = await findPages(pagefind, plan, vocab);
  const pages = byHeadings(found.pages, plan);
  const entry = matchMessage(plan.terms, messages);
  return entry ? { pages: withEntry(pages, entry), partial: false } : { ...found, pages };
}

async function findPages(pagefind: Pagefind, plan: QueryPlan, vocab?: Vocabulary): Promise<Found> {
  const { terms } = plan;
  if (!terms.length) return { pages: [], partial: false };
  const load = async (results: PagefindResult[]) =>
    (await Promise.all(results.map((r) => r.data()))).filter((p) => realMatch(p, terms));

  const exact = await load(await searchAll(pagefind, terms));
  if (terms.length === 1)
    return { pages: exact, partial: exact.length > 0 && plan.unknown.length > 0 };
  if (exact.length >= 3) return { pages: exact, partial: plan.unknown.length > 0 };
  // Few or no pages have every word: add those that have the more informative part of them.
  const urls = new Set(exact.map((p) => p.url));
  const more = (await load(await relaxed(pagefind, plan, vocab))).filter((p) => !urls.has(p.url));
  return {
    pages: [...exact, ...more],
    partial: exact.length === 0 || plan.unknown.length > 0,
  };
}

function subResults(page: PageData): SubResult[] {
  const own = page.url.replace(/#.*$/, '');
  return (page.sub_results ?? [])
    .filter((s) => s.url !== own && s.anchor?.id !== '_top' && s.title !== page.meta.title)
    .filter((s) => !page.lead || s.url !== page.lead.url)
    .map((s, order) => ({ s, order, hits: s.locations?.length ?? 0 }))
    .sort((a, b) => b.hits - a.hits)
    .slice(0, MAX_SUB_RESULTS)
    .sort((a, b) => a.order - b.order)
    .map(({ s }) => s);
}

/** Pagefind's excerpt with its <mark>s as plain emphasis (a listbox owns only options). */
function excerptNode(html: string, id: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'pagefind-ui__result-excerpt';
  div.id = id;
  div.innerHTML = html.replace(/<mark>/g, '<b>').replace(/<\/mark>/g, '</b>');
  return div;
}

export function attach(root: HTMLElement): void {
  if (attached.has(root)) return;
  attached.add(root);
  const box = root.querySelector<HTMLElement>('#starlight__search')!;
  const input = box.querySelector<HTMLInputElement>('input')!;
  const clear = box.querySelector<HTMLButtonElement>('.pagefind-ui__search-clear')!;
  const status = box.querySelector<HTMLElement>('[data-status]')!;
  const notice = box.querySelector<HTMLElement>('[data-notice]')!;
  const list = box.querySelector<HTMLOListElement>('[role="listbox"]')!;
  const more = box.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = box.querySelector<HTMLElement>('[data-empty]')!;

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: PageData[] = [];
  let rendered = 0;
  let highlightQuery = '';
  let active = -1;
  /** Enter was pressed before the results were there: open the first one when they are. */
  let pendingEnter = false;

  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];

  /** Select an option; `move`: the reader moved there (scroll it into view or focus it). */
  function select(index: number, move: 'none' | 'scroll' | 'focus' = 'scroll'): void {
    const all = options();
    if (!all.length) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
      return;
    }
    active = (index + all.length) % all.length;
    all.forEach((a, i) => {
      a.setAttribute('aria-selected', String(i === active));
      a.closest('.pagefind-ui__result-title, .pagefind-ui__result-nested')?.classList.toggle(
        'eis-selected',
        i === active,
      );
    });
    const current = all[active]!;
    input.setAttribute('aria-activedescendant', current.id);
    if (move === 'focus') current.focus();
    else if (move === 'scroll') current.scrollIntoView({ block: 'nearest' });
  }

  function option(title: string, url: string, id: string): HTMLElement {
    const wrap = document.createElement('div');
    wrap.className = 'pagefind-ui__result-title';
    const a = document.createElement('a');
    a.className = 'pagefind-ui__result-link';
    a.id = id;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.setAttribute('aria-describedby', `${id}-x`);
    a.href = withHighlight(url, highlightQuery, location.href);
    a.textContent = title;
    wrap.append(a);
    return wrap;
  }

  function renderMore(): void {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    for (const page of next) {
      const n = rendered++;
      const li = document.createElement('li');
      li.className = 'pagefind-ui__result';
      li.setAttribute('role', 'none');
      li.dataset.page = new URL(page.url, location.href).pathname;
      const inner = document.createElement('div');
      inner.className = 'pagefind-ui__result-inner';
      const main = page.lead ?? { title: page.meta.title ?? page.url, url: page.url, excerpt: '' };
      const title = option(main.title, main.url, `eis-result-${n}`);
      const subs = subResults(page);
      if (page.lead) title.append(excerptNode(page.lead.excerpt, `eis-result-${n}-x`));
      else if (subs.length) title.querySelector('a')?.removeAttribute('aria-describedby');
      else title.append(excerptNode(page.excerpt, `eis-result-${n}-x`));
      inner.append(title);
      subs.forEach((sub, i) => {
        const nested = document.createElement('div');
        nested.className = 'pagefind-ui__result-nested';
        const id = `eis-result-${n}-${i}`;
        nested.append(option(sub.title, sub.url, id), excerptNode(sub.excerpt, `${id}-x`));
        inner.append(nested);
      });
      li.append(inner);
      list.append(li);
    }
    more.hidden = rendered >= shown.length;
  }

  function showNotice(parts: (string | Node)[]): void {
    notice.replaceChildren(...parts);
    notice.hidden = parts.length === 0;
  }

  function retryButton(typed: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = TEXT.searchTyped(typed);
    button.addEventListener('click', () => {
      void run(true);
      input.focus();
    });
    return button;
  }

  const engine = loadEngine();
  status.textContent = input.value.trim() ? TEXT.loading : '';

  async function run(literal = false): Promise<void> {
    const typed = input.value;
    const mine = ++seq;
    clear.hidden = !typed;
    box.dataset.state = 'busy';
    if (!normalize(typed)) {
      list.replaceChildren();
      showNotice([]);
      empty.hidden = true;
      more.hidden = true;
      status.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      select(-1, 'none');
      box.dataset.query = typed;
      box.dataset.state = 'done';
      return;
    }
    let pagefind: Pagefind;
    let vocab: Vocabulary | undefined;
    let messages: MessageEntry[];
    try {
      ({ pagefind, vocab, messages } = await engine);
    } catch {
      // Rendered by Search.astro with the troubleshooting page's title (site model).
      status.textContent = root.dataset['failed'] ?? '';
      box.dataset.state = 'failed';
      return;
    }
    const plan = literal || !vocab ? literalPlan(typed) : planQuery(typed, vocab);
    const found = await find(pagefind, plan, vocab, messages);
    if (mine !== seq) return;
    performance.mark('eis-search:answer');

    shown = found.pages;
    rendered = 0;
    highlightQuery = plan.terms.join(' ');
    list.replaceChildren();
    const shownQuery = typed.trim();
    const parts: (string | Node)[] = [];
    if (shown.length && plan.layout) {
      parts.push(`${TEXT.layout(plan.understood)} `, retryButton(shownQuery));
    } else if (shown.length && plan.corrected) {
      parts.push(`${TEXT.didYouMean} «${plan.understood}». `, retryButton(shownQuery));
    }
    if (shown.length && found.partial) {
      if (parts.length) parts.push(document.createElement('br'));
      parts.push(TEXT.partial);
    }
    showNotice(parts);
    renderMore();
    empty.hidden = shown.length > 0;
    status.textContent = shown.length ? foundPages(shown.length) : TEXT.nothing(shownQuery);
    input.setAttribute('aria-expanded', String(shown.length > 0));
    select(0, 'none');
    if (pendingEnter) {
      pendingEnter = false;
      options()[0]?.click();
    }
    box.dataset.query = typed;
    box.dataset.state = 'done';
    performance.mark('eis-search:rendered');
    performance.measure('eis-search:render', 'eis-search:answer', 'eis-search:rendered');
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    pendingEnter = false;
    box.dataset.state = 'busy';
    timer = setTimeout(() => void run(), 60);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (options().length) select(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && !e.isComposing) {
      e.preventDefault();
      const target = options()[Math.max(active, 0)];
      if (box.dataset.state === 'busy') pendingEnter = true;
      else target?.click();
    }
  });
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const index = options().indexOf(e.target as HTMLAnchorElement);
    if (index < 0) return;
    e.preventDefault();
    select(index + (e.key === 'ArrowDown' ? 1 : -1), 'focus');
  });
  list.addEventListener('focusin', (e) => {
    const index = options().indexOf(e.target as HTMLAnchorElement);
    if (index >= 0 && index !== active) select(index, 'focus');
  });
  clear.addEventListener('click', () => {
    input.value = '';
    void run();
    input.focus();
  });
  more.addEventListener('click', () => {
    const first = rendered;
    renderMore();
    select(first, 'focus');
  });

  if (input.value) void run();
}
