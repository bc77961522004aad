/**
 * The facts the gates need from one HTML page, read with a real HTML parser (parse5), not patterns.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';

/** Attributes that point at another resource, by element. */
export const LINK_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
};

/** `<link rel>` values whose href is a hint to another origin or a feed, not a page that must resolve. */
const LINK_RELS_NOT_CHECKED = new Set(['preconnect', 'dns-prefetch']);

export interface ElementInfo {
  tag: string;
  attrs: Record<string, string>;
  /** Text content (descendant text nodes joined), for messages and e2e expectations. */
  text: string;
}

export interface PageFacts {
  /** `lang` of the root <html> element, null when absent. */
  lang: string | null;
  /** Every id attribute, in document order (duplicates kept). */
  ids: string[];
  /** `name` attributes of <a> elements (legacy anchors, also valid fragment targets). */
  anchorNames: string[];
  /** Every outgoing reference: element, attribute and raw value. */
  links: { tag: string; attr: string; value: string }[];
  /** Elements carrying data-clause, in order. */
  clauses: ElementInfo[];
  /** <meta http-equiv="refresh"> target, if the page is a redirect stub. */
  refresh: string | null;
}

type Node = T.ChildNode | T.Document | T.ParentNode;

function isElement(node: Node): node is T.Element {
  return 'tagName' in node;
}

function attrsOf(el: T.Element): Record<string, string> {
  return Object.fromEntries(el.attrs.map((a) => [a.name, a.value]));
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = isElement(node) && node.tagName === 'template' ? (node as T.Template).content.childNodes : children;
  return content.map((c) => textOf(c)).join('');
}

/** Parse one page and collect ids, links, clause elements and the document language. */
export function readPage(html: string): PageFacts {
  const doc = parse(html);
  const facts: PageFacts = { lang: null, ids: [], anchorNames: [], links: [], clauses: [], refresh: null };
  const visit = (node: Node): void => {
    if (isElement(node)) {
      const attrs = attrsOf(node);
      if (node.tagName === 'html' && facts.lang === null && 'lang' in attrs) facts.lang = attrs.lang;
      if ('id' in attrs) facts.ids.push(attrs.id);
      if (node.tagName === 'a' && 'name' in attrs) facts.anchorNames.push(attrs.name);
      const linkAttrs = LINK_ATTRIBUTES[node.tagName] ?? [];
      const skipRel = node.tagName === 'link' && (attrs.rel ?? '').split(/\s+/).some((r) => LINK_RELS_NOT_CHECKED.has(r));
      for (const attr of linkAttrs) {
        if (attr in attrs && !skipRel) facts.links.push({ tag: node.tagName, attr, value: attrs[attr] });
      }
      if (node.tagName === 'meta' && (attrs['http-equiv'] ?? '').toLowerCase() === 'refresh') {
        const target = /url=(.*)$/i.exec(attrs.content ?? '');
        if (target) facts.refresh = target[1].trim().replace(/^['"]|['"]$/g, '');
      }
      if ('data-clause' in attrs) facts.clauses.push({ tag: node.tagName, attrs, text: textOf(node) });
    }
    const children = isElement(node) && node.tagName === 'template' ? (node as T.Template).content.childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(doc);
  return facts;
}
