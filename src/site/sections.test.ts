import { describe, expect, it } from 'vitest';
import { compareSiteOrder, sectionOf } from './sections';

const page = (id: string, title: string, order?: number) => ({
  id,
  data: { title, ...(order === undefined ? {} : { sidebar: { order } }) },
});

describe('site order', () => {
  it('sorts by section as in the sidebar, then sidebar.order, then title', () => {
    const pages = [
      page('reference/glossary', 'Глоссарий'),
      page('services/token', 'Токен', 2),
      page('connect/web-torgi-ks', 'Ввод', 2),
      page('services/overview', 'Обзор', 1),
      page('connect/https-credentials', 'Логин', 1),
      page('support/b', 'Б'),
      page('support/a', 'А'),
    ];
    expect(pages.sort(compareSiteOrder).map((p) => p.id)).toEqual([
      'connect/https-credentials',
      'connect/web-torgi-ks',
      'services/overview',
      'services/token',
      'support/a',
      'support/b',
      'reference/glossary',
    ]);
  });

  it('puts pages outside the sections last', () => {
    expect(
      [page('index', 'Главная'), page('tools/start', 'С чего начать')]
        .sort(compareSiteOrder)
        .map((p) => p.id),
    ).toEqual(['tools/start', 'index']);
    expect(sectionOf('services/token')).toBe('services');
  });
});
