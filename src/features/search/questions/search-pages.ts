/**
 * The site's pages and the section anchors the search corpora expect (tuning and held-out sets
 * alike), named once.
 */
export const HTTPS = '/connect/https-credentials/';
export const WTKS = '/connect/web-torgi-ks/';
export const REREG = '/connect/re-registration/';
export const TOKEN = '/services/token/';
export const RIS = '/services/ris-rights/';
export const OVERVIEW = '/services/overview/';
export const EDO = '/activation/edo-identifier/';
export const CREATE = '/support/create-request/';
export const STATUSES = '/support/request-statuses/';
export const KB = '/support/knowledge-base/';
export const TROUBLE = '/reference/troubleshooting/';
export const GLOSSARY = '/reference/glossary/';
export const START = '/tools/start/';
export const PROGRESS = '/tools/progress/';
export const REMINDER = '/tools/reminder/';
export const PRINT = '/print/';
export const CHANGES = '/reference/changes/';
export const PHONES = `${KB}#телефоны-поддержки`;
export const WHO = '#кто-может-это-сделать';
export const NEEDS = '#что-понадобится';
export const RESULT = '#что-получится';
