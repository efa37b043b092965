/**
 * The DOM layer's view of a page: real .astro components rendered by Astro's Container API, put
 * into happy-dom's document. Their <script> tags are dropped (tests import the *.client.ts
 * module itself), so each element upgrades and connects with its children in place, as on a
 * fully parsed page.
 */
import {
  experimental_AstroContainer as AstroContainer,
  type ContainerRenderOptions,
} from 'astro/container';

type Component = Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer | undefined;

/** The server-rendered HTML of a component, as the build would emit it. */
export async function render(component: Component, options?: ContainerRenderOptions) {
  container ??= await AstroContainer.create();
  return container.renderToString(component, options);
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Replace the page body with this HTML (scripts removed), then let the elements connect. */
export async function mount(html: string): Promise<void> {
  const template = document.createElement('template');
  template.innerHTML = html;
  template.content.querySelectorAll('script').forEach((script) => script.remove());
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
