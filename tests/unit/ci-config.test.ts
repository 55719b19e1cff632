/**
 * The CI files match the deploy policy in the README: actions pinned by commit, drafts never on a
 * public URL, Astro's image cache kept outside node_modules, an SBOM produced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const workflowsDir = path.resolve('.github/workflows');
const workflows = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

/** `uses:` lines that are not pinned to a full commit SHA with the version in a comment. */
const unpinnedActions = (text: string) =>
  [...text.matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)].filter(([, ref, rest]) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref!) || !/#\s*v\d/.test(rest!)).map(([, ref]) => ref);

describe('GitHub Actions', () => {
  it.each(workflows)('%s pins every action to a commit', (name) => {
    expect(unpinnedActions(readFileSync(path.join(workflowsDir, name), 'utf8'))).toEqual([]);
  });
  it('the pin check refuses a tag', () => {
    expect(unpinnedActions('      - uses: actions/checkout@v4\n      - uses: actions/cache@27d5ce7f107fe9357f9df03efb73ab90386fccae # v5.0.5\n')).toEqual(['actions/checkout@v4']);
  });
  const deploy = parse(readFileSync(path.join(workflowsDir, 'deploy.yml'), 'utf8')) as { jobs: Record<string, { if?: string; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }> };
  it('caches .cache/astro (outside node_modules) and writes an SBOM', () => {
    const steps = deploy.jobs['build']!.steps;
    expect(steps.find((step) => step.uses?.startsWith('actions/cache@'))?.with?.['path']).toBe('.cache/astro');
    expect(steps.some((step) => step.run?.includes('npm sbom'))).toBe(true);
    expect(readFileSync(path.resolve('astro.config.mjs'), 'utf8')).toMatch(/cacheDir: '\.\/\.cache\/astro'/);
  });
  it('never deploys a pull request, and reports the preview of a cms/* branch as a deploy status', () => {
    expect(deploy.jobs['deploy']!.if).toContain("github.event_name != 'pull_request'");
    expect(deploy.jobs['deploy']!.steps.some((step) => step.run?.includes('context=deploy/preview'))).toBe(true);
  });
});

describe('GitLab CI', () => {
  const gitlab = parse(readFileSync(path.resolve('.gitlab-ci.yml'), 'utf8')) as Record<string, { pages?: unknown; rules?: { if: string }[]; artifacts?: { access?: string } }>;
  it('publishes no CMS draft on GitLab Pages and keeps built sites developer-only', () => {
    const pagesJobs = Object.entries(gitlab).filter(([, job]) => job && typeof job === 'object' && 'pages' in job);
    for (const [, job] of pagesJobs) expect(job.rules?.map((rule) => rule.if).join(' ')).not.toMatch(/cms/);
    expect(gitlab['test']!.artifacts?.access).toBe('developer');
  });
});

describe('deploys only at the root of an origin (every link is root-relative)', () => {
  it('the build refuses a SITE_URL with a path, in Japanese, naming the variable', async () => {
    const { siteUrlFrom, SiteUrlError } = await import('../../src/integrations/site-url');
    expect(siteUrlFrom({ SITE_URL: 'https://navi.example.lg.jp' })).toBe('https://navi.example.lg.jp');
    expect(siteUrlFrom({ SITE_URL: 'https://navi.example.lg.jp/' })).toBe('https://navi.example.lg.jp');
    expect(siteUrlFrom({})).toBe('https://iryo-dx-navi.example.jp');
    for (const subPath of ['https://tokyo.github.io/navi/', 'https://tokyo.gitlab.io/navi', 'https://navi.example.lg.jp/?x=1']) {
      expect(() => siteUrlFrom({ SITE_URL: subPath })).toThrow(SiteUrlError);
      expect(() => siteUrlFrom({ SITE_URL: subPath })).toThrow(/SITE_URL.*独自ドメイン/);
    }
    expect(() => siteUrlFrom({ SITE_URL: 'navi.example.lg.jp' })).toThrow(/SITE_URL/);
  });

  it('astro.config.mjs takes its site from that check', () => {
    expect(readFileSync(path.resolve('astro.config.mjs'), 'utf8')).toMatch(/const site = siteUrlFrom\(process\.env\);/);
  });

  it('no workflow builds for a sub-path (no base, path_prefix or github.io/gitlab.io project URL)', () => {
    for (const file of [...workflows.map((name) => path.join(workflowsDir, name)), path.resolve('.gitlab-ci.yml')]) {
      const configOnly = readFileSync(file, 'utf8').replace(/^\s*#.*$/gm, '');
      expect(configOnly, file).not.toMatch(/path_prefix|--base\b|BASE_PATH|\.github\.io\/|\.gitlab\.io\//);
    }
  });

  it('the GitLab Pages job stops without SITE_URL (a custom domain)', () => {
    const gitlab = parse(readFileSync(path.resolve('.gitlab-ci.yml'), 'utf8')) as Record<string, { script?: string[] }>;
    expect(gitlab['pages']!.script![0]).toMatch(/test -n "\$SITE_URL" \|\|.*exit 1/);
  });
});
