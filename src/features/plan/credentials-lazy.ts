/**
 * The credentials flag for code that loads it on demand (the decision tree). A module of its own:
 * a chunk imported only dynamically is its own namespace, so the bundler needs no runtime helper
 * to build one for credentials.ts, which other chunks also import statically.
 */
export { $hasCredentials } from './credentials';
