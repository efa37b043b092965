// The page lists live in harness/ (shared with scripts/ without either importing the other).
export * from '../../harness/pages';
