/**
 * Markdown (Sätteri) hast plugin for the build: adds the site base to root-relative links in
 * guides (src/lib/base-path.ts does the prefixing).
 */
import type { Element } from 'hast';
import type {
  HastPluginDefinition,
  HastVisitorContext,
  MdxJsxFlowElementHast,
  MdxJsxTextElementHast,
} from 'satteri';
import { withBase } from '../lib/base-path';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/**
 * Markdown (Sätteri) hast plugin: adds the base to root-relative links in guides, so MDX can link
 * to `/services/token/` and still work when the site is built under a sub-path such as /eis/.
 * Covers Markdown links and literal `href` attributes of JSX elements (`<LinkCard href="…">`).
 */
export function baseLinksPlugin(base: string) {
  const rewriteJsx = <N extends JsxElement>(node: Readonly<N>): N | undefined => {
    let changed = false;
    const attributes = node.attributes.map((attr) => {
      if (
        attr.type !== 'mdxJsxAttribute' ||
        attr.name !== 'href' ||
        typeof attr.value !== 'string'
      ) {
        return attr;
      }
      const value = withBase(attr.value, base);
      changed ||= value !== attr.value;
      return { ...attr, value };
    });
    return changed ? ({ ...node, attributes } as N) : undefined;
  };
  const filter = ['LinkCard', 'Card', 'a'];
  return {
    name: 'eis-base-links',
    element: {
      filter: ['a'],
      visit(node: Readonly<Element>, ctx: Pick<HastVisitorContext, 'setProperty'>) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && withBase(href, base) !== href) {
          ctx.setProperty(node, 'href', withBase(href, base));
        }
      },
    },
    mdxJsxFlowElement: { filter, visit: (n: Readonly<MdxJsxFlowElementHast>) => rewriteJsx(n) },
    mdxJsxTextElement: { filter, visit: (n: Readonly<MdxJsxTextElementHast>) => rewriteJsx(n) },
  } satisfies HastPluginDefinition;
}
