/**
 * The search dialog's rendering, loaded when the dialog first opens. The search itself is
 * src/features/search/search-engine.ts (pure, tested in Node over the built index); this module
 * only loads Pagefind and the vocabulary, asks the engine, and renders the answer as a listbox the
 * input controls (combobox): arrows move the selection, Enter opens it, each result is one link,
 * to the section that answers when there is one. Excerpts are built from text nodes and <b>
 * elements (excerptParts()): nothing from the index is read as HTML. Result links carry the
 * searched words for highlighting on the opened page (read once per answer by highlightTerms(),
 * added to each link by withTerms()).
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { highlightTerms, typedHighlightTermsInTasks, withTerms } from './highlight';
import { loadVocabulary, normalize } from './search-query';
import { TEXT, foundPages } from './search-text';
import { loadMessages, matchMessage } from './search-messages';
import { loadLetters } from './search-russian';
import { loadAskedInTasks } from './search-asked';
import { loadRerank } from './search-rerank';
import { loadSectionModel } from './search-section-choice';
import {
  MAX_CHARS,
  excerptParts,
  searchSite,
  type Answer,
  type EngineData,
  type Hit,
  type PagefindLike,
} from './search-engine';
import { feedbackUrl, send, type QueryContext } from './search-feedback';
import { taskYielder } from '../../lib/next-task';
import { guardWarmUp } from '../../lib/secret-guard';

/** The site's base, always with a trailing slash (astro.config.mjs normalises it). */
const BASE = import.meta.env.BASE_URL;
const PAGE_SIZE = 5;

/** A macrotask: what is left of the work runs after the browser has had its turn. */
const nextTask = taskYielder();

interface Pagefind extends PagefindLike {
  options(options: object): Promise<void>;
  init?(): Promise<void>;
}

const attached = new WeakSet<HTMLElement>();

async function loadEngine(): Promise<{ pagefind: Pagefind; data: EngineData }> {
  const url = `${BASE}pagefind/pagefind.js`;
  const [pagefind, json] = await Promise.all([
    import(/* @vite-ignore */ url) as Promise<Pagefind>,
    fetch(`${BASE}search-vocabulary.json`)
      .then((r) => (r.ok ? (r.json() as Promise<unknown>) : undefined))
      .catch(() => undefined),
  ]);
  await pagefind.options({ baseUrl: BASE, ranking: pagefindUserConfig.ranking });
  await pagefind.init?.();
  const raw = json as
    | { words?: unknown; pages?: unknown; russian?: unknown; asked?: unknown; rerank?: unknown }
    | undefined;
  // The data is read in tasks of its own (the vocabulary, the readers' questions a few hundred at
  // a time, the rest): on a slow computer together they were one task of a hundred milliseconds.
  await nextTask();
  const vocab =
    raw && typeof raw.pages === 'number' && raw.words && typeof raw.words === 'object'
      ? loadVocabulary(raw as Parameters<typeof loadVocabulary>[0])
      : undefined;
  await nextTask();
  const asked = await loadAskedInTasks(raw?.asked, nextTask);
  await nextTask();
  const messages = loadMessages(json);
  // What the first answer would otherwise pay for in its own tasks, paid now in small tasks of
  // ours: the secret guard's patterns run for the first time (slow until compiled) and the
  // messages' words are read once. The guard's first judgement of all, even of one letter, took
  // 50–70 ms at 4× CPU as one task (round 31's trace); its stages come first, a task each
  // (guardWarmUp: none over 10 ms in Node; its last steps judge «я», «q», «Я1» and «токен для школы»), then the
  // highlighting of a few longer texts, each in a task.
  for (const step of guardWarmUp()) {
    await nextTask();
    step();
  }
  for (const text of ['я', 'токен', 'Qw12er', 'пароль: Qw12er', 'ivanov 2BM-7701 срок']) {
    await nextTask();
    highlightTerms(text);
  }
  await nextTask();
  matchMessage(['токен', 'срок'], messages);
  await nextTask();
  return {
    pagefind,
    data: {
      vocab,
      messages,
      russian: loadLetters(raw?.russian),
      asked,
      rerank: loadRerank(raw?.rerank),
      sections: loadSectionModel((raw?.rerank as { sections?: unknown } | undefined)?.sections),
    },
  };
}

/** An excerpt as text nodes and <b> (a listbox owns only options: no <mark> role needed). */
function excerptNode(excerpt: string, id: string): HTMLElement {
  const div = document.createElement('div');
  div.className = 'eis-search__excerpt';
  div.id = id;
  for (const part of excerptParts(excerpt)) {
    if (part.mark) {
      const b = document.createElement('b');
      b.textContent = part.text;
      div.append(b);
    } else div.append(document.createTextNode(part.text));
  }
  return div;
}

/** `failed`: what to say when the search cannot run (names the troubleshooting page). */
export function attach(root: HTMLElement, failed: string): void {
  if (attached.has(root)) return;
  attached.add(root);
  const box = root.querySelector<HTMLElement>('#starlight__search')!;
  const input = box.querySelector<HTMLInputElement>('input')!;
  const clear = box.querySelector<HTMLButtonElement>('[data-clear]')!;
  const status = box.querySelector<HTMLElement>('[data-status]')!;
  const notice = box.querySelector<HTMLElement>('[data-notice]')!;
  const list = box.querySelector<HTMLOListElement>('[role="listbox"]')!;
  const more = box.querySelector<HTMLButtonElement>('[data-more]')!;
  const empty = box.querySelector<HTMLElement>('[data-empty]')!;
  const ask = box.querySelector<HTMLElement>('[data-feedback]');
  const dialog = root.querySelector('dialog');
  input.maxLength = MAX_CHARS;

  let seq = 0;
  /** Aborted when the running search's text is replaced: that search stops at its next stage. */
  let running: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown: Hit[] = [];
  let rendered = 0;
  /** The shown query's words for `?highlight=` (read once per answer, secrets left out). */
  let highlight: string[] = [];
  let active = -1;
  /** The last answered query that found nothing (sent when the dialog closes). */
  let missed = '';
  /**
   * What the beacon knows of the last answered query: the engine's reading of it and the site's
   * words (search-feedback.ts keeps only those of a query the guard would ask about).
   */
  let context: QueryContext = {};
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
      a.closest('.eis-search__title, .eis-search__nested')?.classList.toggle(
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
    wrap.className = 'eis-search__title';
    const a = document.createElement('a');
    a.className = 'eis-search__link';
    a.id = id;
    a.setAttribute('role', 'option');
    a.setAttribute('aria-selected', 'false');
    a.setAttribute('aria-describedby', `${id}-x`);
    a.href = withTerms(url, highlight, location.href);
    a.textContent = title;
    wrap.append(a);
    return wrap;
  }

  function renderMore(): void {
    const next = shown.slice(rendered, rendered + PAGE_SIZE);
    for (const hit of next) {
      const n = rendered++;
      const li = document.createElement('li');
      li.className = 'eis-search__result';
      li.setAttribute('role', 'none');
      li.dataset.page = new URL(hit.path, location.href).pathname;
      const title = option(hit.title, hit.url, `eis-result-${n}`);
      title.append(excerptNode(hit.excerpt, `eis-result-${n}-x`));
      li.append(title);
      hit.sections.forEach((sub, i) => {
        const nested = document.createElement('div');
        nested.className = 'eis-search__nested';
        const id = `eis-result-${n}-${i}`;
        nested.append(option(sub.title, sub.url, id), excerptNode(sub.excerpt, `${id}-x`));
        li.append(nested);
      });
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
    const typed = input.value.slice(0, MAX_CHARS);
    const mine = ++seq;
    running?.abort();
    const controller = new AbortController();
    running = controller;
    clear.hidden = !typed;
    box.dataset.state = 'busy';
    if (ask) ask.hidden = true;
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
    let loaded: Awaited<typeof engine>;
    try {
      loaded = await engine;
    } catch {
      status.textContent = failed;
      box.dataset.state = 'failed';
      return;
    }
    let answer: Answer;
    try {
      answer = await searchSite(loaded.pagefind, loaded.data, typed, {
        literal,
        base: BASE,
        pause: nextTask,
        signal: controller.signal,
      });
    } catch {
      // Replaced by newer text (its signal aborted, it stopped at its next stage): nothing to show.
      if (mine !== seq) {
        performance.mark('eis-search:dropped');
        return;
      }
      status.textContent = failed;
      box.dataset.state = 'failed';
      return;
    }
    if (mine !== seq) return;
    // Drawn in a task of its own: ranking runs in the task that brought Pagefind's last answer,
    // and the two together went over 50 ms for a long question on a slow computer.
    await nextTask();
    if (mine !== seq) return;
    const { plan } = answer;
    // The words for the opened page's highlighting, read by the secret guard: a word per task
    // (the guard's patterns are slow on their first runs).
    const terms = await typedHighlightTermsInTasks(typed, plan.terms, nextTask);
    await nextTask();
    if (mine !== seq) return;
    performance.mark('eis-search:answer');
    shown = answer.hits;
    rendered = 0;
    highlight = terms;
    list.replaceChildren();
    const shownQuery = typed.trim();
    missed = shown.length ? '' : shownQuery;
    const vocab = loaded.data.vocab;
    context = {
      understood: plan.understood,
      known: (word) => vocab?.df.has(word) ?? false,
    };
    const parts: (string | Node)[] = [];
    if (shown.length && plan.layout) {
      parts.push(`${TEXT.layout(plan.understood)} `, retryButton(shownQuery));
    } else if (shown.length && plan.corrected) {
      parts.push(`${TEXT.didYouMean} «${plan.understood}». `, retryButton(shownQuery));
    }
    if (shown.length && answer.partial) {
      if (parts.length) parts.push(document.createElement('br'));
      parts.push(TEXT.partial);
    }
    showNotice(parts);
    renderMore();
    empty.hidden = shown.length > 0;
    if (ask) ask.hidden = shown.length === 0;
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
    // A search still running is for older text: it must neither render nor mark the box done
    // (an Enter pressed now waits for this text's results).
    seq += 1;
    running?.abort();
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
      // The results shown are this text's only when its search is done: otherwise (still running,
      // or a list left from older text) Enter waits for this text's results.
      const current =
        box.dataset.state === 'done' && box.dataset.query === input.value.slice(0, MAX_CHARS);
      if (current) options()[Math.max(active, 0)]?.click();
      else pendingEnter = true;
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
  // «Нашли ответ?» under the results: «Нет» sends the query and this page (search-feedback.ts).
  ask?.addEventListener('click', (e) => {
    const answer = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-answer]');
    if (!answer || !ask) return;
    if (answer.dataset.answer === 'no') {
      send(feedbackUrl(BASE, 'unhelpful', input.value, location.pathname, context));
    }
    const thanks = ask.querySelector<HTMLElement>('[data-thanks]');
    if (thanks) thanks.hidden = false;
  });
  // A query that found nothing is reported once, when the reader gives up on it.
  dialog?.addEventListener('close', () => {
    if (missed) send(feedbackUrl(BASE, 'nothing', missed, location.pathname, context));
    missed = '';
  });

  // Typed (and maybe Enter pressed) before this module loaded: search now, open when there.
  pendingEnter = root.hasAttribute('data-enter') && !!input.value.trim();
  root.removeAttribute('data-enter');
  root.setAttribute('data-ready', '');
  if (input.value) void run();
}
