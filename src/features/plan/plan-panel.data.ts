/**
 * What a guide's head (GuideHead.astro) needs, worked out at build time from the site's guides:
 * its plan panel's places and the titles and links around it (slice `panel` of the page's data
 * blob), and the guide with those it requires for its status line (slice `guide`). Server-only.
 */
import { siteGuides } from '../../site/guides';
import { isGuideKey } from '../../site/guide-keys';
import { withBase } from '../../lib/base-path';
import { putSlice } from '../../lib/island-page';
import { panelPlaces } from './plan-panel';
import { statusKeys } from './status';

export interface GuideHeadProps {
  /** «В инструкции …»: how many steps and where. */
  summary?: string | undefined;
  /** The guide is in some plan: the panel and its inline script are rendered. */
  panel: boolean;
  /** The guide has a checklist: its status line is filled in. */
  status: boolean;
}

export async function guideHeadData(
  locals: object,
  key: string,
  base: string,
): Promise<GuideHeadProps> {
  const guides = await siteGuides();
  const guide = guides.find((g) => g.key === key);
  const byKey = Object.fromEntries(guides.map((g) => [g.key, g]));
  let panel = false;
  if (guide && isGuideKey(guide.key)) {
    const places = panelPlaces(guide.key);
    const around = new Set(
      Object.keys(places).flatMap((p) => p.split(',').slice(2).filter(Boolean)),
    );
    const titles = Object.fromEntries(
      [...around].map((k) => [k, { title: byKey[k]!.title, href: withBase(byKey[k]!.href, base) }]),
    );
    panel = Object.keys(places).length > 0;
    if (panel) putSlice(locals, 'panel', { places, titles });
  }
  const status = Boolean(guide?.checklist);
  if (guide && status) {
    // The guide, what it requires and the guides that also meet that (status.ts MET_ALSO_BY).
    const around = statusKeys(guide.key, guide.requires).flatMap((k) => byKey[k] ?? []);
    putSlice(locals, 'guide', {
      key: guide.key,
      guides: Object.fromEntries(
        around.map((g) => [
          g.key,
          {
            key: g.key,
            title: g.title,
            href: g.href,
            requires: g.requires,
            ...(g.checklist ? { checklist: g.checklist } : {}),
          },
        ]),
      ),
    });
  }
  return { summary: guide?.summary, panel, status };
}
