import { describe, expect, it } from 'vitest';
import { plainPreload, withoutDepsList } from './preload-helper';

const lazy =
  'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/a.js","_astro/b.js"])))=>i.map(i=>d[i]);\n' +
  'import{t as e}from"./preload-helper.x.js";e(()=>import(`./a.js`),__vite__mapDeps([0,1]));e(()=>import(`./b.js`),__vite__mapDeps([1]));';

describe('the plain preload helper', () => {
  it('calls the import and keeps the export name', () => {
    expect(plainPreload('t')).toBe('var e=t=>t();export{e as t};\n');
  });

  it('drops the deps list and every use of it', () => {
    expect(withoutDepsList(lazy)).toBe(
      'import{t as e}from"./preload-helper.x.js";e(()=>import(`./a.js`),[]);e(()=>import(`./b.js`),[]);',
    );
  });

  it('leaves a chunk alone when the list is in a form it does not know', () => {
    const other = lazy.replace('__vite__mapDeps([1])', '__vite__mapDeps(ids)');
    expect(withoutDepsList(other)).toBe(other);
    expect(withoutDepsList('export const a=1;')).toBe('export const a=1;');
  });
});
