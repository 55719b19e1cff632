/**
 * The one allowlist every Markdown body goes through (content comes from the CMS, so a body is
 * untrusted input). The CSP stops injected scripts, but it cannot stop a `<meta http-equiv="refresh">`
 * that sends visitors off-site, a `<base>` that re-targets every relative link, a `<form>` that
 * posts elsewhere, or an external image that tells a third party who read the page.
 *
 * Astro 7 renders Markdown with Sätteri, whose hast plugins are visitors rather than unified
 * transformers, so rehype-sanitize itself cannot be plugged in; its engine, hast-util-sanitize
 * (GitHub's allowlist), runs on the finished tree instead. Raw HTML in a body is dropped whole
 * (hast-util-sanitize keeps only element, text and comment nodes it knows), Markdown's own
 * elements keep what editors need: headings, lists, links, tables, emphasis, footnotes and
 * images stored beside the entry.
 */
import { defineHastPlugin } from 'satteri';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** hast-util-sanitize's GitHub allowlist, tightened for this site. */
export const markdownAllowlist: Schema = {
  ...defaultSchema,
  // Ids come from Astro's heading-id plugin (after this one) and GFM footnotes, not from editors.
  clobber: [],
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
  protocols: { ...defaultSchema.protocols, href: ['https', 'http', 'mailto', 'tel'], src: [] },
};

const probeBase = 'https://entry.invalid/folder/';

/**
 * An image is kept only when it resolves inside the site: a file beside the entry
 * (`./page-01.png`) or a site path (`/images/x.png`). `//host/x` and `/\host/x` look like paths
 * but browsers resolve them to another host, so the check is a URL parser, not a prefix test.
 */
export function isLocalImageSource(src: unknown): boolean {
  if (typeof src !== 'string' || src.trim() === '' || /[\\\u0000-\u001f]/.test(src)) return false;
  try {
    return new URL(src, probeBase).origin === new URL(probeBase).origin;
  } catch {
    return false;
  }
}

function withoutForeignImages<T extends Root | Element>(node: T): T {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'element') {
      if (child.tagName === 'img' && !isLocalImageSource(child.properties['src'])) continue;
      children.push(withoutForeignImages(child));
    } else {
      children.push(child);
    }
  }
  return { ...node, children } as T;
}

/** Sanitises one hast tree with the allowlist (pure; used by the plugin and the unit tests). */
export function sanitizeBody(tree: Root): Root {
  const clean = sanitize(tree, markdownAllowlist);
  const root: Root = clean.type === 'root' ? clean : { type: 'root', children: [clean as RootContent] };
  return withoutForeignImages(root);
}

/** The Sätteri hast plugin that `astro.config.mjs` installs for every `.md` body. */
export const sanitizeMarkdown = defineHastPlugin({
  name: 'iryo-dx-sanitize-markdown',
  after(root, context) {
    context.replaceNode(root, sanitizeBody(root as Root));
  },
});
