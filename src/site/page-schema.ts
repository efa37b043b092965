/**
 * The frontmatter a docs page gives the site model, as one zod schema for both readers: the
 * content collection (src/content.config.ts extends Starlight's schema with it) and the model
 * (src/site/model.ts), which reads the MDX files in plain Node.
 */
import { z } from 'astro/zod';
import { SOURCE_IDS } from '../data/sources';
import { SYSTEM_NAMES } from './systems';
import { GUIDE_REMINDER_KINDS } from '../features/reminders/kinds';

/**
 * The page is a guide the plan, «Мой прогресс» and the home page refer to. `key` is the short
 * stable name code uses (src/site/guide-keys.ts); `requires` are keys of guides to do first;
 * `reminder` is the expiry reminder kind the guide issues; `card` is the short text of its
 * home-page card. Checked across pages by src/site/model.ts.
 */
export const guideSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*$/),
    requires: z.array(z.string()).default([]),
    reminder: z.enum(GUIDE_REMINDER_KINDS).optional(),
    card: z.string().min(2).optional(),
    /** Where each system's steps begin and end, by step id (counts come from the checklist). */
    systems: z
      .array(z.object({ in: z.enum(SYSTEM_NAMES), from: z.string(), to: z.string() }).strict())
      .default([]),
  })
  .strict();

/**
 * One dated change note of a page (`changes:` in the frontmatter, newest first): what changed for
 * a reader, the step ids it touched, and `wording: true` when it changes no action («не меняет
 * действий»: readers who ticked those steps are not asked to check them again). YAML reads an
 * unquoted date as a Date; both spellings become `YYYY-MM-DD`. The dates' order, their calendar
 * sense and the step ids are checked by the site model (src/site/change-notes.ts).
 */
export const changeSchema = z
  .object({
    date: z.preprocess(
      (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
      z.string(),
    ),
    summary: z.string().trim().min(3).max(200),
    steps: z.array(z.string()).optional(),
    wording: z.literal(true).optional(),
  })
  .strict();

/** Our fields on top of Starlight's docs schema. */
export const pageFields = z.object({
  /** Date the page was last checked against the sources. */
  reviewed: z.coerce.date(),
  /** Source documents (see src/data/sources.ts) the page is based on. */
  sources: z.array(z.enum(SOURCE_IDS)).optional(),
  /**
   * Words readers type that the page text does not use (synonyms, other spellings, common
   * phrasings). Indexed for search only, never shown.
   */
  keywords: z.array(z.string().min(2)).optional(),
  guide: guideSchema.optional(),
  /** Dated change notes, newest first: «Обновлено» under the title, «Что изменилось», the feed. */
  changes: z.array(changeSchema).optional(),
});

/** What the model reads of a page's frontmatter (Starlight's fields it needs, and ours). */
export const modelFrontmatter = pageFields.extend({
  title: z.string().min(1),
  description: z.string().optional(),
  sidebar: z.object({ order: z.number().optional() }).loose().optional(),
});

export type ModelFrontmatter = z.infer<typeof modelFrontmatter>;
