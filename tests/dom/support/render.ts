/**
 * The DOM layer's view of a page: real .astro components rendered by Astro's Container API, put
 * into happy-dom's document. Each render comes with the page data blob its components put
 * (IslandData.astro, as the MarkdownContent override renders it on a page); mounting several
 * renders merges their blobs into the page's one. Their other <script> tags are dropped (tests
 * import the *.client.ts module itself), so each element upgrades and connects with its children
 * in place, as on a fully parsed page.
 */
import {
  experimental_AstroContainer as AstroContainer,
  type ContainerRenderOptions,
} from 'astro/container';
import IslandData from '../../../src/components/IslandData.astro';
import { DATA_ID } from '../../../src/lib/island-data';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

/** The server-rendered HTML of a component, as the build would emit it, with its data blob. */
export async function render(component: Component, options?: ContainerRenderOptions) {
  container ??= await AstroContainer.create();
  // One request: the component and the blob share Astro.locals, as on a page.
  const locals = { ...options?.locals } as App.Locals;
  const html = await container.renderToString(component, { ...options, locals });
  return html + (await container.renderToString(IslandData, { locals }));
}

/** The HTML of a component alone, without a data blob. */
export async function renderBare(component: Component, options?: ContainerRenderOptions) {
  container ??= await AstroContainer.create();
  return container.renderToString(component, options);
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Replace the page body with this HTML (scripts removed, data blobs merged into one at the top,
 * as on a page), then let the elements connect.
 */
export async function mount(html: string): Promise<void> {
  const template = document.createElement('template');
  template.innerHTML = html;
  const data: Record<string, unknown> = {};
  template.content.querySelectorAll('script').forEach((script) => {
    if (script.id === DATA_ID) Object.assign(data, JSON.parse(script.textContent || '{}'));
    script.remove();
  });
  if (Object.keys(data).length) {
    const blob = document.createElement('script');
    blob.type = 'application/json';
    blob.id = DATA_ID;
    blob.textContent = JSON.stringify(data);
    template.content.prepend(blob);
  }
  document.body.replaceChildren(template.content);
  await flush();
}

/**
 * Move an element around the document as a framework or a reader's extension might: out and back
 * in, then into another parent. Each move disconnects and reconnects it.
 */
export function moveAround(element: Element): void {
  const parent = element.parentNode!;
  element.remove();
  parent.append(element);
  const holder = document.createElement('div');
  document.body.append(holder);
  holder.append(element);
}
