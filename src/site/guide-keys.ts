/**
 * The guides code refers to, by key only. Each guide's title, link, description, checklist and
 * order (`requires`) live in its own MDX frontmatter (`guide: { key, … }`); the build joins them
 * (src/site/guides.ts) and hands islands the data they need as JSON. This module is
 * pure: the shape of that data, its checks, and the placeholders notes use to quote a title.
 */
import type { ReminderKind } from '../features/reminders/kinds';

/** Every key src/lib refers to; the build fails if a key has no page. */
export const GUIDE_KEYS = [
  'rereg',
  'https',
  'wtks',
  'token',
  'ris',
  'overview',
  'edo',
  'trouble',
  'request',
] as const;

export type GuideKey = (typeof GUIDE_KEYS)[number];

export const isGuideKey = (v: unknown): v is GuideKey => GUIDE_KEYS.includes(v as GuideKey);

/** What islands get about a guide (built at build time from the MDX). */
export interface GuideInfo {
  key: string;
  title: string;
  /** Site path without base: `/services/token/`. */
  href: string;
  /** Checklist id and its step ids, when the page has a checklist. */
  checklist?: { id: string; steps: string[] };
  requires: string[];
  reminder?: Exclude<ReminderKind, 'other'>;
}

export type GuideTable = Record<string, GuideInfo>;

/** What a page's frontmatter declares, for the cross-page checks. */
export interface DeclaredGuide {
  /** Content file, for error messages: `src/content/docs/connect/web-torgi-ks.mdx`. */
  file: string;
  key: string;
  requires: string[];
  hasChecklist: boolean;
}

export interface GuideProblem {
  file: string;
  value: string;
  message: string;
  hint: string;
}

/**
 * Checks over all guides at once: duplicate keys, keys src/lib needs that no page declares,
 * `requires` naming an unknown guide or one without a checklist (its status could never be
 * «Выполнено»), and cycles. Each problem names the file, the value and the fix.
 */
export function checkGuides(
  declared: readonly DeclaredGuide[],
  needed: readonly string[] = GUIDE_KEYS,
): GuideProblem[] {
  const problems: GuideProblem[] = [];
  const byKey = new Map<string, DeclaredGuide>();
  for (const g of declared) {
    const other = byKey.get(g.key);
    if (other) {
      problems.push({
        file: g.file,
        value: g.key,
        message: `guide key "${g.key}" is already used by ${other.file}`,
        hint: 'Give each guide its own `guide.key` in the frontmatter.',
      });
    } else byKey.set(g.key, g);
  }
  for (const key of needed) {
    if (!byKey.has(key)) {
      problems.push({
        file: 'src/site/guide-keys.ts',
        value: key,
        message: `no page declares guide key "${key}"`,
        hint: `Add \`guide: { key: ${key} }\` to the frontmatter of that guide, or remove the key from GUIDE_KEYS and the plan.`,
      });
    }
  }
  for (const g of declared) {
    for (const r of g.requires) {
      const target = byKey.get(r);
      if (!target) {
        problems.push({
          file: g.file,
          value: r,
          message: `guide.requires names "${r}", which no page declares as guide.key`,
          hint: `Use one of: ${[...byKey.keys()].join(', ')}.`,
        });
      } else if (!target.hasChecklist) {
        problems.push({
          file: g.file,
          value: r,
          message: `guide.requires names "${r}" (${target.file}), which has no checklist, so it can never be done`,
          hint: 'Require only guides with a <Checklist>.',
        });
      }
    }
  }
  const cycle = findCycle(declared);
  if (cycle) {
    const first = byKey.get(cycle[0]!)!;
    problems.push({
      file: first.file,
      value: cycle.join(' → '),
      message: `guide.requires forms a cycle: ${cycle.join(' → ')}`,
      hint: 'Remove one of these `requires` entries: a guide cannot wait for itself.',
    });
  }
  return problems;
}

/** A cycle in `requires` as keys (first repeated at the end), or undefined. */
export function findCycle(declared: readonly Pick<DeclaredGuide, 'key' | 'requires'>[]) {
  const edges = new Map(declared.map((g) => [g.key, g.requires]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (key: string): string[] | undefined => {
    if (state.get(key) === 'done') return undefined;
    if (state.get(key) === 'open') return [...path.slice(path.indexOf(key)), key];
    state.set(key, 'open');
    path.push(key);
    for (const next of edges.get(key) ?? []) {
      if (!edges.has(next)) continue;
      const found = visit(next);
      if (found) return found;
    }
    path.pop();
    state.set(key, 'done');
    return undefined;
  };
  for (const key of edges.keys()) {
    const found = visit(key);
    if (found) return found;
  }
  return undefined;
}

/** Notes quote a guide's title as `{guide:key}`; this replaces each with the title. */
export function resolveTitles(text: string, guides: GuideTable): string {
  return text.replace(
    /\{guide:([a-z][a-z0-9-]*)\}/g,
    (all, key: string) => guides[key]?.title ?? all,
  );
}

/** The keys a text quotes with `{guide:key}`. */
export const quotedGuides = (text: string): string[] =>
  [...text.matchAll(/\{guide:([a-z][a-z0-9-]*)\}/g)].map((m) => m[1]!);
