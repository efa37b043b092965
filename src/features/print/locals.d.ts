/** The render mode in `Astro.locals` (src/features/print/render-mode.ts). */
declare namespace App {
  interface Locals {
    /** Set only by pages that print other pages (src/pages/print.astro). */
    eisRenderMode?: 'screen' | 'print';
  }
}
