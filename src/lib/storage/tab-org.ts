/**
 * This tab's organisation (issue 22), resolved in one place for every script that reads the
 * reader's data: persist.ts (every island's store) and the inline scripts that read storage
 * before the first paint (the expiry notice's precheck, the plan panel, the tree's resume line).
 * It is bundled into those inline scripts, so into every page's HTML: keep it tiny.
 *
 * The tab acts for the organisation whose id sessionStorage holds (`eis:v1:org`, written by
 * org-scope.ts) when that id has an organisation's shape and the stored registry lists it;
 * otherwise — nothing stored, garbage, an organisation removed since, blocked storage — for the
 * first organisation, whose entries keep today's keys. The registry is looked up in its stored
 * text, which the site always writes with JSON.stringify (the ORGS record, orgs.ts): an entry is
 * `"id":"o-…"`, and a name can hold that text only escaped. Where the registry's decoder drops
 * an entry all the same (a name the secret guard refuses), boot.ts sends the tab to the first
 * organisation and reloads the page.
 */
import { ACTIVE_ORG_KEY } from './keys';
import { ORGS_KEY, ORG_ID } from '../../features/orgs/org-keys';

/**
 * This tab's key prefix: `eis:` for the first organisation, `eis:o-1a2b3c:` for another. A key
 * kept per organisation is stored as `key.replace('eis:', prefix)` (persist.ts: ORG_SCOPED_KEY).
 */
export function tabPrefix(): string {
  try {
    const id = sessionStorage.getItem(ACTIVE_ORG_KEY)!;
    // No registry (null) throws here too: the first organisation.
    if (ORG_ID.test(id) && localStorage.getItem(ORGS_KEY)!.includes(`"id":"${id}"`))
      return `eis:${id}:`;
  } catch {
    // No registry, or storage blocked: the first organisation.
  }
  return 'eis:';
}

/**
 * Whether the registry lists an organisation besides the first (so the switcher «Вы отмечаете
 * для:» will show: its line is kept from the first paint). Throws when storage is blocked.
 */
export const manyOrgs = (): boolean => !!localStorage.getItem(ORGS_KEY)?.includes(`"id":"o-`);
