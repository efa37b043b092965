// The error dictionary's components (page reference/troubleshooting): import { … } from '~/features/errors'.
export { default as ErrorSaid } from './ErrorSaid.astro';
export { default as ErrorContact } from './ErrorContact.astro';
export { default as ErrorDiagnostic } from './ErrorDiagnostic.astro';
