/** Builds the `_headers` file static hosts read, from each page's own CSP. */

export interface PagePolicy {
  /** URL path as served: `/`, `/videos/overview/`, `/404.html`. */
  readonly path: string;
  /** The page's <meta http-equiv="content-security-policy"> content, if any. */
  readonly csp: string | undefined;
}

const metaCsp = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

export function cspFromHtml(html: string): string | undefined {
  const value = html.match(metaCsp)?.[1];
  return value?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** Adds frame-ancestors 'none' and normalises separators: `a; b; frame-ancestors 'none'`. */
export function responsePolicy(csp: string): string {
  const directives = csp
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .filter((d) => !d.startsWith('frame-ancestors'));
  return [...directives, "frame-ancestors 'none'"].join('; ');
}

/**
 * Cloudflare Pages' documented limits for `_headers` (the default deploy target): at most 100
 * rules and 2,000 characters per line. Netlify reads the same file with looser limits.
 */
export const headersFileLimits = { maxRules: 100, maxLineLength: 2000 } as const;

type Policy = Map<string, string[]>;

const parsePolicy = (csp: string): Policy =>
  new Map(
    csp
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );

const serializePolicy = (policy: Policy) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/**
 * Keyword sources that change what kind of code may run ('unsafe-eval', 'unsafe-inline',
 * 'strict-dynamic'…): pages that differ in these are never merged. Hashes, nonces, hosts,
 * 'self' and 'none' may be unioned.
 */
const keywordsOf = (sources: readonly string[]) =>
  sources
    .filter((source) => source.startsWith("'") && !/^'(sha\d+|nonce)-/.test(source) && source !== "'self'" && source !== "'none'")
    .sort()
    .join(' ');

/**
 * One policy that allows what each of the given policies allows, when they differ only in the
 * hashes and hosts of their sources (pages of one type: a list and its detail pages). The page's
 * own <meta> policy still applies on top, so each page stays as strict as Astro made it. Returns
 * undefined when the policies differ in kind (another keyword such as 'unsafe-eval', or a
 * directive one of them lacks), so such pages get rules of their own.
 */
export function unionPolicy(policies: readonly string[]): string | undefined {
  const parsed = policies.map(parsePolicy);
  const names = [...new Set(parsed.flatMap((policy) => [...policy.keys()]))];
  const union: Policy = new Map();
  for (const name of names) {
    const lists = parsed.map((policy) => policy.get(name) ?? (name.endsWith('-src') ? policy.get('default-src') : undefined));
    if (lists.some((list) => list === undefined)) return undefined;
    if (new Set(lists.map((list) => keywordsOf(list!))).size > 1) return undefined;
    const sources = [...new Set(lists.flat() as string[])];
    union.set(name, sources.length > 1 ? sources.filter((source) => source !== "'none'") : sources);
  }
  return serializePolicy(union);
}

interface Rule {
  pattern: string;
  csp: string;
}

const cspLine = (csp: string) => `  Content-Security-Policy: ${csp}`;

const isHashSource = (source: string) => /^'(sha\d+|nonce)-/.test(source);

/**
 * The policy a page's response header carries: its own policy with frame-ancestors, except that
 * the style hashes become `'unsafe-inline'`. Astro hashes every style a page may use (about 30 on
 * a session page), which would push one header line past the host's 2,000 characters as
 * components grow. A document obeys every policy it receives, so the page's <meta> policy, which
 * keeps every hash, still decides which inline styles apply; script hashes stay in both.
 */
export function headerPolicy(csp: string): string {
  const policy = parsePolicy(responsePolicy(csp));
  const styles = policy.get('style-src');
  if (styles?.some(isHashSource)) policy.set('style-src', [...styles.filter((source) => !isHashSource(source) && source !== "'unsafe-inline'"), "'unsafe-inline'"]);
  return serializePolicy(policy);
}

/** A page with the policy its response header carries ({@link headerPolicy}), if it has one. */
interface PageHeader {
  readonly path: string;
  readonly policy: string | undefined;
}

/** Rules for the pages under `prefix` (which ends with "/"): one wildcard rule when their policies unite. */
function rulesUnder(prefix: string, pages: readonly PageHeader[]): Rule[] {
  if (prefix !== '/' && pages.every((page) => page.policy !== undefined)) {
    // Each distinct policy once (pages of one type mostly share one): the union is the same.
    const union = unionPolicy([...new Set(pages.map((page) => page.policy!))]);
    if (union !== undefined && cspLine(union).length <= headersFileLimits.maxLineLength) return [{ pattern: `${prefix}*`, csp: union }];
  }
  const rules: Rule[] = [];
  const children = new Map<string, PageHeader[]>();
  for (const page of pages) {
    const rest = page.path.slice(prefix.length);
    const segment = rest.includes('/') ? rest.slice(0, rest.indexOf('/') + 1) : undefined;
    if (segment) {
      const group = children.get(segment);
      if (group) group.push(page);
      else children.set(segment, [page]);
    } else if (page.policy !== undefined) {
      // The page at the prefix itself (`/seminars/`), or a file such as /404.html.
      const paths = rest === '' ? [page.path, `${page.path}index.html`] : [page.path];
      for (const path of paths) rules.push({ pattern: path, csp: page.policy });
    }
  }
  for (const [segment, group] of [...children].sort(([a], [b]) => a.localeCompare(b))) rules.push(...rulesUnder(`${prefix}${segment}`, group));
  return rules;
}

/**
 * The `_headers` file: the common headers for every path, then one Content-Security-Policy rule
 * per page type (`/seminars/*` for the list and every session), so the file stays within the
 * host's limits however many entries the CMS adds. Rules never give one path two policies.
 */
export function buildHeadersFile(pages: readonly PagePolicy[], common: ReadonlyArray<readonly [string, string]>): string {
  const lines = ['# Generated by src/integrations/security-headers.ts at build time. Do not edit.', '/*'];
  for (const [name, value] of common) lines.push(`  ${name}: ${value}`);
  // Each page's header policy worked out once per distinct CSP (2,000 session pages share a few),
  // not once per page at every level of the path tree (issue 23: 0.35 s of a 2,000-session build).
  const policies = new Map<string, string>();
  const policyOf = (csp: string) => policies.get(csp) ?? policies.set(csp, headerPolicy(csp)).get(csp)!;
  const headers = [...pages].sort((a, b) => a.path.localeCompare(b.path)).map((page) => ({ path: page.path, policy: page.csp === undefined ? undefined : policyOf(page.csp) }));
  for (const rule of rulesUnder('/', headers)) lines.push(rule.pattern, cspLine(rule.csp));
  return `${lines.join('\n')}\n`;
}

/** Where a `_headers` file breaks the host's documented limits (empty when it does not). */
export function headersFileProblems(text: string): string[] {
  const lines = text.split('\n');
  const rules = lines.filter((line) => line.trim() !== '' && !line.startsWith('#') && !/^\s/.test(line)).length;
  const problems: string[] = [];
  if (rules > headersFileLimits.maxRules) problems.push(`_headers に ${rules} 個のルールがあります（上限 ${headersFileLimits.maxRules}）`);
  lines.forEach((line, index) => {
    if (line.length > headersFileLimits.maxLineLength) problems.push(`_headers の ${index + 1} 行目が ${line.length} 文字あります（上限 ${headersFileLimits.maxLineLength}）`);
  });
  return problems;
}
