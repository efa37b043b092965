/**
 * The render mode of a page: `screen` (the default) or `print`, set by a page that renders other
 * pages' content for paper (src/pages/print.astro) before its content renders. Components read it
 * from `Astro.locals` (shared by every component of one page render) and render their paper form:
 * checklists as ☐ lists without their bar and checkboxes, no reminder form.
 */
export type RenderMode = 'screen' | 'print';
// `Astro.locals.eisRenderMode` is declared in ./locals.d.ts.

export const renderMode = (locals: App.Locals): RenderMode => locals.eisRenderMode ?? 'screen';

export const isPrint = (locals: App.Locals): boolean => renderMode(locals) === 'print';

export function setRenderMode(locals: App.Locals, mode: RenderMode): void {
  locals.eisRenderMode = mode;
}
