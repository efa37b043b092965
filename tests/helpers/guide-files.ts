/**
 * The guides as tests see them: a view of the site model (src/site/model.ts), the one reader of
 * the MDX. Tests never parse pages themselves.
 */
import path from 'node:path';
import { loadSiteModel, type SiteGuide, type SiteModel } from '../../src/site/model';
import { ROOT } from './paths';

export interface GuideFile extends SiteGuide {
  /** Absolute path of the guide's MDX file. */
  file: string;
}

/** The site model of this project (memoised per process). */
export const siteModel = (): SiteModel => loadSiteModel(path.join(ROOT, 'src'));

/** Every guide by key, with its MDX file. */
export function guideFiles(): Record<string, GuideFile> {
  const model = siteModel();
  const fileOf = new Map(model.pages.map((p) => [p.id, path.join(ROOT, p.file)]));
  return Object.fromEntries(model.guides.map((g) => [g.key, { ...g, file: fileOf.get(g.id)! }]));
}
