import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The site built at the root path (`npm run build`). */
export const DIST = path.join(ROOT, 'dist');
/** The same site built under BASE_PATH=/eis/ by scripts/test.mjs. */
export const DIST_EIS = path.join(ROOT, 'dist-eis');
