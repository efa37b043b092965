/**
 * fillStatus for «Мой прогресс», which loads it only where a guide waits. A module of its own, so
 * the bundler needs no runtime helper for status-view.ts (also imported statically elsewhere).
 */
export { fillStatus } from './status-view';
