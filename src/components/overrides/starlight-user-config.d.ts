/** Starlight's virtual module with the resolved config: only what LanguageSelect.astro reads. */
declare module 'virtual:starlight/user-config' {
  const config: { isMultilingual: boolean };
  export default config;
}
