// Checks that every internal link, image, script, stylesheet and #anchor in a built site
// resolves to a file (and element id) in that site. External URLs are not fetched.
// Usage: node tools/checks/internal-links.mjs [dist]   (exit 1 and a list when broken)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, walkSync, ELEMENT_NODE } from 'ultrahtml';
import { fileFor, htmlFilesIn, urlPathOf } from '../../src/integrations/built-pages.mjs';

/** @type {Record<string, string[]>} */
const linkAttributes = { a: ['href'], link: ['href'], script: ['src'], img: ['src', 'srcset'], source: ['src', 'srcset'], video: ['src', 'poster'], track: ['src'], iframe: ['src'], form: ['action'] };


/**
 * @param {string} html
 * @returns {{ refs: { element: string, url: string }[], ids: Set<string> }}
 */
export function collectReferences(html) {
  /** @type {{ element: string, url: string }[]} */
  const refs = [];
  /** @type {Set<string>} */
  const ids = new Set();
  walkSync(parse(html), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    if (node.attributes.id) ids.add(node.attributes.id);
    if (node.name === 'a' && node.attributes.name) ids.add(node.attributes.name);
    for (const attribute of linkAttributes[node.name] ?? []) {
      const value = node.attributes[attribute];
      if (!value) continue;
      const urls = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [value];
      for (const url of urls) if (url) refs.push({ element: node.name, url });
    }
  });
  return { refs, ids };
}

/**
 * @typedef {{ page: string, element: string, url: string, reason: string }} BrokenLink
 * @param {string} dist
 * @param {string} [origin]
 * @returns {{ pages: number, broken: BrokenLink[] }}
 */
export function checkInternalLinks(dist, origin = 'http://site.invalid') {
  const files = htmlFilesIn(dist);
  const parsed = new Map(files.map((file) => [file, collectReferences(readFileSync(file, 'utf8'))]));
  /** @type {BrokenLink[]} */
  const broken = [];
  for (const [file, { refs }] of parsed) {
    /** @type {URL} */
    const base = new URL(urlPathOf(dist, file), origin);
    for (const { element, url } of refs) {
      if (/^(mailto|tel|javascript|data):/i.test(url)) continue;
      /** @type {URL} */
      const target = new URL(url, base);
      if (target.origin !== origin) {
        // `/\evil.example/x` and `//2130706433/` look like site paths, but browsers resolve them
        // to another host: a link an editor meant to stay on the site that does not.
        if (/^\s*[\\/][\\/]/.test(url)) broken.push({ page: urlPathOf(dist, file), element, url, reason: `looks like a site path but leads to ${target.origin}` });
        continue;
      }
      const targetFile = fileFor(dist, target.pathname);
      if (!targetFile) {
        broken.push({ page: urlPathOf(dist, file), element, url, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && targetFile.endsWith('.html')) {
        const ids = (parsed.get(targetFile) ?? collectReferences(readFileSync(targetFile, 'utf8'))).ids;
        if (!ids.has(fragment)) broken.push({ page: urlPathOf(dist, file), element, url, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { pages: files.length, broken };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const { pages, broken } = checkInternalLinks(dist);
  for (const b of broken) console.log(`${b.page}: <${b.element}> ${b.url} — ${b.reason}`);
  console.log(`${pages} pages checked, ${broken.length} broken link(s)`);
  process.exit(broken.length ? 1 : 0);
}
