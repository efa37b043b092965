/**
 * The Markdown syntax features the site's processor enables, shared by astro.config.mjs and every
 * build-time reader of the MDX sources (checklist-mdx.ts), so both parse a page the same way.
 * headingAttributes: `### Title {#err-…}` gives a heading a stable id of its own (the error
 * dictionary's anchors, page reference/troubleshooting), instead of one made from its words.
 */
export const MARKDOWN_FEATURES = { headingAttributes: true } as const;
