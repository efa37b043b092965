// The page lists live in support/ (shared with scripts/ without either importing the other).
export * from '../../support/pages';
