/**
 * An Atom feed read with a strict XML parser (sax; any XML error throws), for the feed's unit test
 * (src/features/changes/atom.test.ts) and its build test (tests/build/changes.test.ts).
 */
import sax from 'sax';

export interface Feed {
  root: string;
  feed: Record<string, string[]>;
  entries: { id: string[]; updated: string[]; title: string[]; links: string[] }[];
  selfLinks: string[];
}

/** Parse the feed strictly (any XML error throws) into the parts the tests read. */
export function parseFeed(xml: string): Feed {
  const parser = sax.parser(true, { xmlns: true }) as sax.SAXParser & {
    onopentag: (tag: sax.QualifiedTag) => void;
  };
  const out: Feed = { root: '', feed: {}, entries: [], selfLinks: [] };
  const stack: string[] = [];
  let text = '';
  parser.onerror = (e) => {
    throw e;
  };
  parser.onopentag = (tag: sax.QualifiedTag) => {
    const name = tag.local;
    if (!stack.length) out.root = `${tag.uri} ${name}`;
    if (name === 'entry') out.entries.push({ id: [], updated: [], title: [], links: [] });
    if (name === 'link') {
      const href = String((tag.attributes['href'] as sax.QualifiedAttribute).value);
      if (stack.at(-1) === 'entry') out.entries.at(-1)!.links.push(href);
      else out.selfLinks.push(href);
    }
    stack.push(name);
    text = '';
  };
  parser.ontext = (t) => (text += t);
  parser.onclosetag = () => {
    const name = stack.pop()!;
    const parent = stack.at(-1);
    const entry = out.entries.at(-1);
    if (parent === 'entry' && entry && (name === 'id' || name === 'updated' || name === 'title'))
      entry[name].push(text);
    else if (parent === 'feed') (out.feed[name] ??= []).push(text);
  };
  parser.write(xml).close();
  return out;
}
