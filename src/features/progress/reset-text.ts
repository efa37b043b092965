/**
 * «Сбросить всё»'s question, first sentence: Progress.astro shows it; with several organisations
 * progress.client.ts puts the organisation's name in it.
 */
export const RESET_QUESTION = 'Снять все отметки и забыть план?';
