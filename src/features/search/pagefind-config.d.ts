/** Starlight's virtual module with the `pagefind` options of astro.config.mjs (ranking etc.). */
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: { ranking?: Record<string, unknown> };
}
