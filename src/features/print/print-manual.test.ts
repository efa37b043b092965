import { describe, expect, it } from 'vitest';
import { guideAnchor, rewriteGuideHtml, type ManualGuide } from './print-manual';
import { cssString, printMarginCss } from './print-margins';

const guides: ManualGuide[] = [
  { id: 'services/token', anchor: guideAnchor('services/token'), title: 'Токен' },
  { id: 'services/overview', anchor: guideAnchor('services/overview'), title: 'Токен или РИС' },
];
const rewrite = (html: string, base = '/') =>
  rewriteGuideHtml(html, { guide: guides[0]!, guides, base });

describe('rewriteGuideHtml', () => {
  it('prefixes ids, in-guide links and ARIA references with the guide', () => {
    expect(rewrite('<figure id="ris-1"></figure><a href="#ris-1">рис</a>')).toBe(
      '<figure id="services-token--ris-1"></figure><a href="#services-token--ris-1">рис</a>',
    );
    expect(rewrite('<a href="#%D1%88%D0%B0%D0%B3">x</a>')).toBe(
      '<a href="#services-token--шаг">x</a>',
    );
    expect(rewrite('<input aria-labelledby="a-text b">')).toBe(
      '<input aria-labelledby="services-token--a-text services-token--b">',
    );
    expect(rewrite('<li data-step-id="a" id="a"></li>')).toBe(
      '<li data-step-id="a" id="services-token--a"></li>',
    );
    expect(rewrite('<label for="a b">x</label><p aria-describedby="c">y</p>')).toBe(
      '<label for="services-token--a services-token--b">x</label><p aria-describedby="services-token--c">y</p>',
    );
  });

  it('reads the markup as HTML, not as text: attribute values and scripts that look like markup', () => {
    // An `id="…"` or `href="…"` inside another attribute's value or in text is not an attribute.
    expect(rewrite('<p title=\' id="x" href="#y"\'>id="z" href="#w"</p>')).toBe(
      '<p title=" id=&quot;x&quot; href=&quot;#y&quot;">id="z" href="#w"</p>',
    );
    // A script goes whole, even when its text holds a closing tag.
    expect(rewrite('<div><script>var s = "</div>";</script><p>a</p></div>')).toBe(
      '<div><p>a</p></div>',
    );
  });

  it('points links to another guide at its section, with «см. раздел» for paper', () => {
    expect(rewrite('<a href="/services/overview/">x</a>')).toBe(
      '<a href="#services-overview" data-see="см. раздел «Токен или РИС»">x</a>',
    );
    expect(rewrite('<a href="/eis/services/overview/#step">x</a>', '/eis/')).toBe(
      '<a href="#services-overview--step" data-see="см. раздел «Токен или РИС»">x</a>',
    );
    expect(rewrite('<a href="/services/token/#s">x</a>')).toBe(
      '<a href="#services-token--s">x</a>',
    );
    expect(rewrite('<a href="/tools/reminder/">x</a><a href="https://zakupki.gov.ru/">y</a>')).toBe(
      '<a href="/tools/reminder/">x</a><a href="https://zakupki.gov.ru/">y</a>',
    );
  });

  it('moves headings one level down and removes scripts', () => {
    expect(rewrite('<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div>')).toBe(
      '<div class="sl-heading-wrapper level-h3"><h3 id="services-token--a">A</h3></div>',
    );
    expect(rewrite('<h5>x</h5><h6>y</h6>')).toBe('<h6>x</h6><h6>y</h6>');
    expect(
      rewrite(
        '<div class="eis-checklist eis-checklist--paper"><ol><li id="s" class="eis-step"><div id="s-text">Шаг</div></li></ol></div><script type="module" src="/c.js"></script>',
      ),
    ).toBe(
      '<div class="eis-checklist eis-checklist--paper"><ol><li id="services-token--s" class="eis-step"><div id="services-token--s-text">Шаг</div></li></ol></div>',
    );
  });
});

describe('printMarginCss', () => {
  it('puts the site, the date, the address and the sheet number in the page margins', () => {
    const css = printMarginCss({
      site: 'ЕИС: настройка интеграции',
      address: 'https://eis.example.org/eis/services/token/',
      origin: 'https://eis.example.org',
      reviewed: new Date('2026-11-22'),
    });
    expect(css).toContain('@top-left{content:"ЕИС: настройка интеграции"}');
    expect(css).toContain('@top-right{content:"Проверено: 22.11.2026"}');
    expect(css).toContain('@bottom-left{content:"https://eis.example.org/eis/services/token/"}');
    expect(css).toContain('counter(page)');
    expect(css).toContain('content:" (" "https://eis.example.org" attr(href) ")"');
  });

  it('where margin boxes are missing, prints the same words once after the text', () => {
    const css = printMarginCss({ site: 'S', address: '/a/', reviewed: new Date('2026-11-22') });
    expect(css).toContain(
      ':root[data-no-margin-boxes] main::after{display:block;margin-top:2em;font-size:9pt;content:"S · /a/ · Проверено: 22.11.2026"}',
    );
  });

  it('without a known site prints the path and leaves links alone', () => {
    const css = printMarginCss({ site: 'S', address: '/a/' });
    expect(css).not.toContain('Проверено');
    expect(css).not.toContain('attr(href)');
  });

  it('escapes CSS strings', () => {
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c d"');
  });
});
