/**
 * Vite wraps every dynamic `import()` of the client build in its preload helper, which preloads
 * the imported chunk's static imports and CSS before it runs. That helper is an ~880 B (gzip)
 * chunk on every page, while our lazily loaded modules bring no CSS and the preloading only
 * saves a round trip on a lazy load (Safari 15 has no modulepreload anyway). With
 * `build.modulePreload: false` Vite still keeps the helper, so this plugin replaces the helper
 * chunk by a plain call of the import, under the same export name, and drops the lists of files
 * to preload from the chunks that import lazily. If a lazily loaded chunk does
 * import CSS, the helper stays as Vite made it (the CSS must load) and the build says so.
 * Server-only.
 */
import type { Plugin } from 'vite';

/** Vite's id of the helper module (vite/src/node/plugins/importAnalysisBuild.ts). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

interface ChunkLike {
  type: 'chunk';
  code: string;
  exports: string[];
  moduleIds: string[];
  isDynamicEntry: boolean;
  fileName: string;
  viteMetadata?: { importedCss: Set<string> };
}

/** The helper without preloading: `__vitePreload(() => import(x), deps)` → `import(x)`. */
export function plainPreload(exportName: string): string {
  return `var e=t=>t();export{e as ${exportName}};\n`;
}

const MAP_DEPS_DECLARATION =
  /^const __vite__mapDeps=\(i,m=__vite__mapDeps,d=\(m\.f\|\|\(m\.f=\[[^\]]*\]\)\)\)=>i\.map\(i=>d\[i\]\);\n/;
const MAP_DEPS_CALL = /__vite__mapDeps\(\[[\d,]*\]\)/g;

/**
 * A chunk without the list of files the helper would preload (`__vite__mapDeps`): the plain
 * helper never reads it. Unchanged when the list is not in the form Vite writes it now.
 */
export function withoutDepsList(code: string): string {
  if (!MAP_DEPS_DECLARATION.test(code)) return code;
  const rest = code.replace(MAP_DEPS_DECLARATION, '').replace(MAP_DEPS_CALL, '[]');
  return rest.includes('__vite__mapDeps') ? code : rest;
}

export function dropPreloadHelper(): Plugin {
  return {
    name: 'eis-drop-preload-helper',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's import analysis has written the deps lists.
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk') as ChunkLike[];
        const helper = chunks.find(
          (c) => c.moduleIds.length === 1 && c.moduleIds[0] === PRELOAD_HELPER_ID,
        );
        if (!helper || helper.exports.length !== 1) return;
        const withCss = chunks.filter((c) => c.isDynamicEntry && c.viteMetadata?.importedCss.size);
        if (withCss.length) {
          this.warn(`preload helper kept: ${withCss.map((c) => c.fileName).join(', ')} import CSS`);
          return;
        }
        helper.code = plainPreload(helper.exports[0]!);
        for (const chunk of chunks) chunk.code = withoutDepsList(chunk.code);
      },
    },
  };
}
