import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { SOURCE_IDS } from './lib/sources';

export const collections = {
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Date the page was last checked against the sources. */
        reviewed: z.coerce.date(),
        /** Source documents (see src/lib/sources.ts) the page is based on. */
        sources: z.array(z.enum(SOURCE_IDS)).optional(),
        /**
         * Words readers type that the page text does not use (synonyms, other spellings, common
         * phrasings). Indexed for search only, never shown.
         */
        keywords: z.array(z.string().min(2)).optional(),
      }),
    }),
  }),
};
