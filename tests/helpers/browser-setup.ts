/**
 * Vitest globalSetup of the browser project: resolves Chromium once per run (unpacking the
 * npm-packaged one at most once) and hands the path to every test file in $EIS_CHROMIUM.
 */
import { findChromium } from './browser';

export default async function setup(): Promise<void> {
  const found = await findChromium();
  process.env['EIS_CHROMIUM'] = found.path;
  console.log(`Chromium (${found.source}): ${found.path}`);
}
