/**
 * `/changes.xml`: the Atom feed of every change note (src/features/changes/atom.ts), built with the
 * site. Links are absolute when SITE_URL is set (Astro's `site`), and carry the base path.
 * Every page's <head> links here (src/components/overrides/Head.astro).
 */
import type { APIRoute } from 'astro';
import { loadSiteModel } from '../site/model';
import { changesFeed } from '../features/changes/atom';
import { SITE_TITLE } from '../features/changes/site-title';

export const GET: APIRoute = ({ site }) => {
  const model = loadSiteModel();
  const body = changesFeed(model.changes, {
    title: model.tools.changes.title,
    siteTitle: SITE_TITLE,
    pageHref: model.tools.changes.href,
    base: import.meta.env.BASE_URL,
    site,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
