/**
 * The site model: everything the site knows about its own pages, read once from the MDX sources
 * (src/content/docs) and the lock file (src/content/checklists.lock.json). Guides (key, title,
 * link, description, order, reminder kind, card, steps per system), checklists with their step
 * ids and step texts and the page they are on, renames and retired ids, reminder kinds, sections
 * and the tool pages with their titles. It is the only code that parses MDX to find steps,
 * guides or plans: the Astro side (src/site/guides.ts, src/site/checklists.ts), the lock check
 * (src/build/checklists.ts), print and the tests all read this.
 *
 * Plain Node (no astro:content): Astro's build, vitest and scripts load the same model.
 * Memoised per process and source directory; a changed source file (dev) is read afresh.
 * Problems fail with an `AstroError` naming the file (and line), the value and the fix.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { parseFrontmatter } from 'astro/markdown';
import { numberFigures } from '../build/figures';
import { ChecklistIdError, checklistsOf, parseMdx } from './checklist-mdx';
import type { ChecklistInfo, MdxNode } from './checklist-scan';
import { EMPTY_LOCK, parseLock, tickRenames, type ChecklistLock } from './checklist-lock';
import { checkGuides, type GuideInfo, type GuideTable } from './guide-keys';
import { modelFrontmatter, type ModelFrontmatter } from './page-schema';
import { SECTIONS, compareSiteOrder, sectionOf } from './sections';
import { stepTexts, type StepText } from './step-text';
import { stepHash } from './step-hash';
import {
  checkChanges,
  siteChanges,
  type PageChange,
  type RawChange,
  type SiteChange,
} from './change-notes';
import { stepsSummary, systemRanges, type SystemRange } from './systems';
import type { ReminderKind } from '../features/reminders/kinds';
import type { SourceId } from '../data/sources';
import { PRINT_PAGE } from '../features/print/print-page';

export type { StepText, StepWarning } from './step-text';
export type { PageChange, SiteChange } from './change-notes';

export const LOCK_PATH = path.join('content', 'checklists.lock.json');
const DOCS = path.join('content', 'docs');

/** One MDX page as parsed: its tree and checklists (the lock check needs no more). */
export interface DocFile {
  /** Collection id: `services/token`. */
  id: string;
  /** Path relative to the project root, for messages: `src/content/docs/services/token.mdx`. */
  file: string;
  source: string;
  tree: MdxNode;
  lists: ChecklistInfo[];
}

export interface SitePage {
  id: string;
  file: string;
  /** Site path without base: `/services/token/` (`/` for the home page). */
  href: string;
  title: string;
  description: string;
  reviewed: Date;
  sources: SourceId[];
  /** Section directory: `services`. */
  section: string;
  order?: number | undefined;
  guide?: NonNullable<ModelFrontmatter['guide']>;
  /** Dated change notes, newest first (checked: src/site/change-notes.ts). */
  changes: PageChange[];
}

export interface SiteChecklist extends ChecklistInfo {
  /** The checklist's own title, else its page's. */
  title: string;
  /** Site path of the page, without base: `/services/token/`. */
  href: string;
  /** Section directory of the page. */
  group: string;
  /** The page's file, for messages. */
  file: string;
  /** Each step's first paragraph and warnings, in step order. */
  texts: StepText[];
  /** Each step's short text hash (src/site/step-hash.ts), in step order. */
  hashes: string[];
}

export interface SiteGuide extends GuideInfo {
  /** Content collection id: `services/token`. */
  id: string;
  description: string;
  /** Short text of the home-page card. */
  card?: string;
  /** Step numbers per system, from `guide.systems` over the checklist. */
  systems: SystemRange[];
  /** «10 шагов: шаги 1–6 — в ЛК ЕИС, …», when the guide has a checklist. */
  summary?: string;
}

/** Pages the UI links to by name; their titles come from the pages themselves. */
export const TOOL_PAGE_IDS = {
  start: 'tools/start',
  progress: 'tools/progress',
  reminder: 'tools/reminder',
  troubleshooting: 'reference/troubleshooting',
  changes: 'reference/changes',
} as const;

export type ToolKey = keyof typeof TOOL_PAGE_IDS | 'print';

/** A tool page as the UI names and links it. Plain data: islands get it as JSON. */
export interface ToolPage {
  title: string;
  /** Site path without base: `/tools/progress/`. */
  href: string;
  description: string;
}

export type ToolPages = Record<ToolKey, ToolPage>;

export type ReminderGuides = Partial<Record<ReminderKind, { title: string; href: string }>>;

export interface SiteModel {
  /** Every docs page, in site (sidebar) order. */
  pages: SitePage[];
  /** Every checklist, in site order. */
  checklists: SiteChecklist[];
  /** Every guide, in site order (guides with a checklist first, by checklist order). */
  guides: SiteGuide[];
  lock: ChecklistLock;
  /** Tick renames of the whole site: old `<list>:<step>` → new (chains followed). */
  renames: Record<string, string>;
  /** Ids removed on purpose: whole checklists, and steps as `<list>:<step>`. */
  retired: { checklists: string[]; ticks: string[] };
  /** The guide each reminder kind belongs to. */
  reminderKinds: ReminderGuides;
  sections: typeof SECTIONS;
  tools: ToolPages;
  /** Every change note of the site, newest first. */
  changes: SiteChange[];
}

/** `src/` of the project the process runs in (Astro's build, vitest and scripts run from the root). */
export const defaultSrcDir = (): string => path.resolve(process.cwd(), 'src');

const hrefOf = (id: string) => (id === 'index' ? '/' : `/${id}/`);

/** Every MDX page under `<srcDir>/content/docs`, parsed, with its checklists (throws on a bad id). */
export function readDocs(srcDir: string, root = path.dirname(srcDir)): DocFile[] {
  const docs = path.join(srcDir, DOCS);
  const names = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  return names.map((name) => {
    const full = path.join(docs, name);
    const file = path.relative(root, full).split(path.sep).join('/');
    const source = readFileSync(full, 'utf8');
    const tree = parseMdx(source);
    const id = name
      .replace(/\.mdx$/, '')
      .split(path.sep)
      .join('/');
    return { id, file, source, tree, lists: checklistsOf(tree, file) };
  });
}

/** Each checklist's step hashes, `{ list: { step: hash } }`, as the lock file records them. */
export function stepHashesOf(docs: readonly DocFile[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const doc of docs) {
    if (!doc.lists.length) continue;
    const texts = stepTexts(doc.tree, numberFigures(doc.tree).numbers);
    for (const list of doc.lists) {
      out[list.id] = Object.fromEntries(
        list.steps.map((id) => [id, stepHash(texts.find((t) => t.id === id)!)]),
      );
    }
  }
  return out;
}

/** The lock file of `srcDir`, or an empty lock when there is none yet. */
export function readLock(srcDir: string): ChecklistLock {
  const file = path.join(srcDir, LOCK_PATH);
  if (!existsSync(file)) return EMPTY_LOCK;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ChecklistIdError(
      `${LOCK_PATH} is not valid JSON: ${String(e)}`,
      'Fix the file or restore it from git.',
    );
  }
  const { lock, problems } = parseLock(json);
  if (problems[0]) throw new ChecklistIdError(problems[0].message, problems[0].hint);
  return lock;
}

/** The raw `changes:` of each page, by page id, until the checklists are known. */
type RawPage = SitePage & { rawChanges: RawChange[] };

function readPage(doc: DocFile): RawPage {
  let data: unknown;
  try {
    data = parseFrontmatter(doc.source).frontmatter;
  } catch (e) {
    throw new AstroError(
      `${doc.file}: the frontmatter is not valid YAML: ${String(e)}`,
      'Fix the block between the two `---` lines at the top of the page.',
    );
  }
  const parsed = modelFrontmatter.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue?.path.length ? issue.path.join('.') : 'frontmatter';
    throw new AstroError(
      `${doc.file}: frontmatter ${where}: ${issue?.message ?? 'invalid'}`,
      'See the page schema in src/site/page-schema.ts (and Starlight’s docs schema).',
    );
  }
  const fm = parsed.data;
  const page: RawPage = {
    rawChanges: fm.changes ?? [],
    changes: [],
    id: doc.id,
    file: doc.file,
    href: hrefOf(doc.id),
    title: fm.title,
    description: fm.description ?? '',
    reviewed: fm.reviewed,
    sources: [...(fm.sources ?? [])],
    section: sectionOf(doc.id),
    order: fm.sidebar?.order,
  };
  if (fm.guide) page.guide = fm.guide;
  return page;
}

const ordered = (p: SitePage) => ({
  id: p.id,
  data: { title: p.title, sidebar: { order: p.order } },
});

function buildGuides(pages: readonly SitePage[], lists: readonly SiteChecklist[]): SiteGuide[] {
  const guides: SiteGuide[] = [];
  for (const page of pages) {
    const meta = page.guide;
    if (!meta) continue;
    const list = lists.find((l) => l.href === page.href);
    const guide: SiteGuide = {
      key: meta.key,
      id: page.id,
      title: page.title,
      href: page.href,
      description: page.description,
      requires: [...meta.requires],
      systems: [],
    };
    if (meta.systems.length && !list) {
      throw new AstroError(
        `${page.file}: guide.systems is set, but the page has no checklist`,
        'Remove `guide.systems`, or add the <Checklist> it describes.',
      );
    }
    if (list) {
      const ranges = systemRanges(list.steps, meta.systems);
      if (!ranges.ok) {
        throw new AstroError(
          `${page.file}: guide.systems: ${ranges.error}`,
          `Use step ids of <Checklist id="${list.id}">: ${list.steps.join(', ')}.`,
        );
      }
      guide.systems = ranges.ranges;
      guide.summary = stepsSummary(list.steps.length, ranges.ranges);
      guide.checklist = { id: list.id, steps: [...list.steps] };
    }
    if (meta.reminder) guide.reminder = meta.reminder;
    if (meta.card) guide.card = meta.card;
    guides.push(guide);
  }
  const fileOf = new Map(pages.map((p) => [p.id, p.file]));
  const problems = checkGuides(
    guides.map((g) => ({
      file: fileOf.get(g.id) ?? g.id,
      key: g.key,
      requires: g.requires,
      hasChecklist: Boolean(g.checklist),
    })),
  );
  if (problems.length) {
    throw new AstroError(
      `Guide frontmatter: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`,
      problems[0]!.hint,
    );
  }
  // Site order: the checklist order (sections, then sidebar order), guides without one after.
  const rank = (g: SiteGuide) => {
    const i = lists.findIndex((l) => l.href === g.href);
    return i === -1 ? lists.length : i;
  };
  return guides.sort((a, b) => rank(a) - rank(b));
}

function buildTools(pages: readonly SitePage[]): ToolPages {
  const tool = (id: string): ToolPage => {
    const page = pages.find((p) => p.id === id);
    if (!page) {
      throw new AstroError(
        `src/site/model.ts: the tool page "${id}" is missing (no src/content/docs/${id}.mdx)`,
        'Put the page back, or change TOOL_PAGE_IDS in src/site/model.ts.',
      );
    }
    return { title: page.title, href: page.href, description: page.description };
  };
  return {
    start: tool(TOOL_PAGE_IDS.start),
    progress: tool(TOOL_PAGE_IDS.progress),
    reminder: tool(TOOL_PAGE_IDS.reminder),
    troubleshooting: tool(TOOL_PAGE_IDS.troubleshooting),
    changes: tool(TOOL_PAGE_IDS.changes),
    print: { ...PRINT_PAGE },
  };
}

/** Build the model from the sources of `srcDir` (no memo: see `loadSiteModel`). */
export function buildSiteModel(
  srcDir: string = defaultSrcDir(),
  docs: readonly DocFile[] = readDocs(srcDir),
  today?: string,
): SiteModel {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const raw = docs.map(readPage).sort((a, b) => compareSiteOrder(ordered(a), ordered(b)));
  const pages: SitePage[] = raw.map(({ rawChanges, ...page }) => {
    const stepIds = byId.get(page.id)!.lists.flatMap((l) => l.steps);
    const checked = checkChanges(rawChanges, stepIds, today);
    if (!checked.ok) throw new AstroError(`${page.file}: ${checked.message}`, checked.hint);
    return { ...page, changes: checked.changes };
  });
  const checklists: SiteChecklist[] = [];
  for (const page of pages) {
    const doc = byId.get(page.id)!;
    if (!doc.lists.length) continue;
    const texts = stepTexts(doc.tree, numberFigures(doc.tree).numbers);
    for (const list of doc.lists) {
      checklists.push({
        ...list,
        title: list.title ?? page.title,
        href: page.href,
        group: page.section,
        file: page.file,
        texts: list.steps.map((id) => texts.find((t) => t.id === id)!),
        hashes: list.steps.map((id) => stepHash(texts.find((t) => t.id === id)!)),
      });
    }
  }
  const guides = buildGuides(pages, checklists);
  const lock = readLock(srcDir);
  const reminderKinds: ReminderGuides = {};
  for (const g of guides)
    if (g.reminder) reminderKinds[g.reminder] = { title: g.title, href: g.href };
  return {
    pages,
    checklists,
    guides,
    lock,
    renames: tickRenames(lock),
    retired: {
      checklists: [...(lock.retiredChecklists ?? [])],
      ticks: Object.entries(lock.checklists).flatMap(([list, l]) =>
        (l.retired ?? []).map((s) => `${list}:${s}`),
      ),
    },
    reminderKinds,
    sections: SECTIONS,
    tools: buildTools(pages),
    changes: siteChanges(pages),
  };
}

/**
 * Fails on a change note dated after `today` (the build's day): checked once per build by the
 * lock integration (src/build/checklists.ts), not by the model itself, so code under a frozen
 * clock (tests) can load the model.
 */
export function assertNoFutureChanges(model: SiteModel, today: string): void {
  for (const page of model.pages) {
    const raw = page.changes.map((c) => ({ ...c, wording: c.wording || undefined }));
    const checked = checkChanges(
      raw,
      page.changes.flatMap((c) => c.steps),
      today,
    );
    if (!checked.ok) throw new AstroError(`${page.file}: ${checked.message}`, checked.hint);
  }
}

/** What the sources look like now: names, sizes and times (cheap; no file is read). */
function signature(srcDir: string): string {
  const docs = path.join(srcDir, DOCS);
  const files = readdirSync(docs, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => path.join(docs, f));
  const lock = path.join(srcDir, LOCK_PATH);
  if (existsSync(lock)) files.push(lock);
  return files
    .map((f) => {
      const s = statSync(f);
      return `${f}:${s.size}:${s.mtimeMs}`;
    })
    .join('|');
}

// Shared by every copy of this module in the process (Astro loads the integration's copy and
// the pages' bundled copy separately): the sources are parsed once per build.
const CACHE = Symbol.for('eis.siteModel');
type Entry = { signature: string; docs: DocFile[]; model?: SiteModel };
const cache = ((globalThis as Record<symbol, unknown>)[CACHE] ??= new Map()) as Map<string, Entry>;

function entry(srcDir: string): Entry {
  const sig = signature(srcDir);
  const hit = cache.get(srcDir);
  if (hit?.signature === sig) return hit;
  const fresh: Entry = { signature: sig, docs: readDocs(srcDir) };
  cache.set(srcDir, fresh);
  return fresh;
}

/** The parsed MDX pages of `srcDir` (memoised like the model): what the lock check reads. */
export const loadDocs = (srcDir: string = defaultSrcDir()): DocFile[] => entry(srcDir).docs;

/** The site model of `srcDir`, built once per process and rebuilt when a source file changes. */
export function loadSiteModel(srcDir: string = defaultSrcDir()): SiteModel {
  const e = entry(srcDir);
  return (e.model ??= buildSiteModel(srcDir, e.docs));
}

/** What islands need of the guides: `{ key: { key, title, href, checklist, requires, reminder } }`. */
export function guideTableOf(model: SiteModel): GuideTable {
  return Object.fromEntries(
    model.guides.map((g) => {
      const info: GuideInfo = { key: g.key, title: g.title, href: g.href, requires: g.requires };
      if (g.checklist) info.checklist = g.checklist;
      if (g.reminder) info.reminder = g.reminder;
      return [g.key, info];
    }),
  );
}

/** Checklist id → its step ids, for the progress file's import. */
export const knownSteps = (model: SiteModel): Record<string, string[]> =>
  Object.fromEntries(model.checklists.map((l) => [l.id, l.steps]));

/**
 * The tick renames that reach the lists `ids` (all lists when omitted), for the page data blob's
 * `renamed` slice; `undefined` when there are none, so pages without renames carry nothing.
 */
export function renamesOf(
  model: SiteModel,
  ids?: readonly string[],
): Record<string, string> | undefined {
  const renames = ids ? tickRenames(model.lock, ids) : model.renames;
  return Object.keys(renames).length ? renames : undefined;
}
