/**
 * The organisations' own keys and id rule (issue 22), in a module only their lazily loaded code
 * imports: a page whose reader has one organisation carries none of it.
 */
/** The registry: {"v":1,"data":{"orgs":[{"id","name"}]}}; absent: the reader has one. */
export const ORGS_KEY = 'eis:v1:orgs';
/** Ids of the organisations after the first: `o-` and 4–32 lowercase letters or digits. */
export const ORG_ID = /^o-[a-z0-9]{4,32}$/;
