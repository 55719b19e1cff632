/**
 * The site's one escaper for markup it writes as strings: HTML text and attribute values
 * (institution cards, the search index's records, the map's credit) and SVG/XML text and
 * attributes (charts, session images), as Astro escapes expressions. The five characters are
 * all a double-quoted attribute or element text needs, and each reference is valid in HTML and
 * in XML alike (&#39; rather than &apos;, which HTML 4 lacks).
 */
const references: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => references[c]!);
