import { describe, expect, it } from 'vitest';
import { linkedStep, markStepLinksHtml, stepPlacesOf, stepWords } from './step-refs';
import { guideAnchor, rewriteGuideHtml, type ManualGuide } from './print-manual';

const places = stepPlacesOf({
  checklists: [
    { href: '/services/token/', title: 'Токен', steps: ['token-a', 'token-b', 'token-c'] },
    { href: '/connect/https-credentials/', title: 'Чек-лист', steps: ['https-a', 'https-b'] },
  ] as never,
  pages: [
    { href: '/services/token/', title: 'Токен для сервисов отдачи' },
    { href: '/connect/https-credentials/', title: 'Логин и пароль ЕИС' },
  ] as never,
});

describe('links to a step, on paper', () => {
  it('knows each step by its page and id, numbered from 1, titled by its page', () => {
    expect(places.get('/services/token/#token-c')).toEqual({
      number: 3,
      href: '/services/token/',
      title: 'Токен для сервисов отдачи',
    });
    expect(places.get('/connect/https-credentials/#https-a')?.title).toBe('Логин и пароль ЕИС');
  });

  it('finds the step of a link on the page, on another page, under a base, encoded', () => {
    const from = '/services/token/';
    expect(linkedStep('#token-b', places, from)?.number).toBe(2);
    expect(linkedStep('/connect/https-credentials/#https-b', places, from)?.number).toBe(2);
    expect(linkedStep('/eis/connect/https-credentials/#https-b', places, from, '/eis/')).toEqual(
      places.get('/connect/https-credentials/#https-b'),
    );
    expect(linkedStep('/connect/https-credentials#https-a', places, from)?.number).toBe(1);
    expect(linkedStep('#token-%62', places, from)?.number).toBe(2);
    // Not a step: a section, a page, another site.
    expect(linkedStep('#шаги', places, from)).toBeUndefined();
    expect(linkedStep('/services/token/', places, from)).toBeUndefined();
    expect(linkedStep('https://zakupki.gov.ru/#token-a', places, from)).toBeUndefined();
  });

  it('says the number on the same page, the number and the guide on another', () => {
    const step = places.get('/connect/https-credentials/#https-b')!;
    expect(stepWords(step, '/connect/https-credentials/')).toBe('шаг 2');
    expect(stepWords(step, '/reference/troubleshooting/')).toBe(
      'шаг 2 инструкции «Логин и пароль ЕИС»',
    );
  });

  it('marks a named link with the words, a bare «шаг» with what follows it, nothing else', () => {
    const from = '/reference/troubleshooting/';
    expect(
      markStepLinksHtml(
        '<p>См. <a href="/services/token/#token-b">срок токена</a> (<a href="/services/token/#token-c"><span>шаги</span></a>), <a href="/services/token/#шаги">шаги</a>, <a href="/services/token/">токен</a>.</p>',
        places,
        from,
      ),
    ).toBe(
      '<p>См. <a href="/services/token/#token-b" data-print-step="шаг 2 инструкции «Токен для сервисов отдачи»">срок токена</a> (<a href="/services/token/#token-c" data-print-step-tail="3 инструкции «Токен для сервисов отдачи»"><span>шаги</span></a>), <a href="/services/token/#шаги">шаги</a>, <a href="/services/token/">токен</a>.</p>',
    );
    // No link with an anchor: the HTML is left as it came.
    const plain = '<p>Текст <b>без</b> ссылок</p>';
    expect(markStepLinksHtml(plain, places, from)).toBe(plain);
  });

  it('on the combined print page: the number, and the section for another guide', () => {
    const guides: ManualGuide[] = [
      { id: 'services/token', anchor: guideAnchor('services/token'), title: 'Токен' },
      {
        id: 'connect/https-credentials',
        anchor: guideAnchor('connect/https-credentials'),
        title: 'Логин и пароль',
      },
    ];
    const html = rewriteGuideHtml(
      '<a href="#token-b">срок</a><a href="/connect/https-credentials/#https-b">шаг</a><a href="/connect/https-credentials/#https-a">пароль</a><a href="/connect/https-credentials/">вход</a>',
      { guide: guides[0]!, guides, base: '/', steps: places },
    );
    expect(html).toBe(
      '<a href="#services-token--token-b" data-see="шаг 2">срок</a><a href="#connect-https-credentials--https-b" data-see-tail="2 (см. раздел «Логин и пароль»)">шаг</a><a href="#connect-https-credentials--https-a" data-see="см. раздел «Логин и пароль», шаг 1">пароль</a><a href="#connect-https-credentials" data-see="см. раздел «Логин и пароль»">вход</a>',
    );
  });
});

describe('the HTML written back', () => {
  it('keeps a template’s content, boolean attributes and markup as they were', () => {
    const html =
      '<template class="t" data-pagefind-ignore=""><div><strong>Шаг изменился</strong><button type="button" disabled>Проверил</button></div></template><a href="#token-a">шаг</a>';
    expect(markStepLinksHtml(html, places, '/services/token/')).toBe(
      html.replace('<a href="#token-a">', '<a href="#token-a" data-print-step-tail="1">'),
    );
  });
});
