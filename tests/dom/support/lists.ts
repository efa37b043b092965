/**
 * Checklist fixtures with their own step ids: the real <Checklist> puts the site model's steps of
 * its list into the page data blob (slice `lists`); a fixture that renders other <Step>s sets the
 * slice to its steps here, as the build would for such a page.
 */
import { DATA_ID, serialiseData } from '../../../src/lib/island-data';
import type { Slices } from '../../../src/lib/island-slices';

type ListData = Slices['lists'][string];

/** A stand-in hash per step: `0000000N`, N its place from 1 (hex). */
export const fakeHash = (i: number) => (i + 1).toString(16).padStart(8, '0');

/** The HTML with the (last, the component's own) blob's `lists[id]` replaced by `steps` (and `hashes`, `notes`). */
export function withSteps(
  html: string,
  id: string,
  steps: readonly string[],
  extra: Partial<Omit<ListData, 'steps'>> = {},
): string {
  const open = `<script type="application/json" id="${DATA_ID}">`;
  const start = html.lastIndexOf(open);
  if (start === -1) throw new Error('no page data blob in the rendered HTML');
  const end = html.indexOf('</script>', start);
  const data = JSON.parse(html.slice(start + open.length, end)) as Partial<Slices>;
  const list: ListData = { steps: [...steps], hashes: steps.map((_, i) => fakeHash(i)), ...extra };
  data.lists = { ...data.lists, [id]: list };
  return html.slice(0, start + open.length) + serialiseData(data) + html.slice(end);
}
