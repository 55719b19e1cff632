/**
 * cms/admin/entry-exists.ts asks the backend Decap uses whether a file (or a workflow draft)
 * exists. Both questions go through one request helper; this pins each backend's request for a
 * file, as tests/unit/cms-save.test.ts pins the draft branch.
 */
import { describe, expect, it } from 'vitest';
import { fileExists } from '../../cms/admin/entry-exists';

function recorder(status: number, body = '{}') {
  const asked: string[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    asked.push(`${init?.method ?? 'GET'} ${String(url)} ${init?.body ?? ''}`.trim());
    return new Response(init?.method === 'HEAD' ? null : body, { status });
  }) as typeof fetch;
  return { asked, fetchImpl };
}

describe('fileExists asks each backend for the file on the site’s branch', () => {
  it('GitHub and Gitea: the contents API at the branch, each path segment encoded', async () => {
    const github = recorder(200);
    expect(await fileExists({ name: 'github', repo: 'tokyo/navi' }, 'src/content/glossary/電子カルテ/index.md', github.fetchImpl)).toBe(true);
    const gitea = recorder(404);
    expect(await fileExists({ name: 'gitea', repo: 'tokyo/navi', branch: 'site', api_root: 'https://gitea.example.jp/api/v1' }, 'src/content/faq/a/index.md', gitea.fetchImpl)).toBe(false);
    expect([...github.asked, ...gitea.asked]).toEqual([
      'GET https://api.github.com/repos/tokyo/navi/contents/src/content/glossary/%E9%9B%BB%E5%AD%90%E3%82%AB%E3%83%AB%E3%83%86/index.md?ref=main',
      'GET https://gitea.example.jp/api/v1/repos/tokyo/navi/contents/src/content/faq/a/index.md?ref=site',
    ]);
  });

  it('GitLab: a HEAD on the files API, the whole path encoded', async () => {
    const gitlab = recorder(200);
    expect(await fileExists({ name: 'gitlab', repo: 'tokyo/navi' }, 'src/content/faq/a/index.md', gitlab.fetchImpl)).toBe(true);
    expect(gitlab.asked).toEqual(['HEAD https://gitlab.com/api/v4/projects/tokyo%2Fnavi/repository/files/src%2Fcontent%2Ffaq%2Fa%2Findex.md?ref=main']);
  });

  it('decap-server: getEntry by POST, and only an answer with file data counts as existing', async () => {
    const found = recorder(200, JSON.stringify({ data: '---\ntitle: a\n---\n' }));
    const missing = recorder(200, JSON.stringify({ error: 'not found' }));
    const refused = recorder(500);
    const backend = { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' };
    expect(await fileExists(backend, 'src/content/faq/a/index.md', found.fetchImpl)).toBe(true);
    expect(await fileExists(backend, 'src/content/faq/b/index.md', missing.fetchImpl)).toBe(false);
    expect(await fileExists(backend, 'src/content/faq/c/index.md', refused.fetchImpl)).toBe(false);
    expect(found.asked).toEqual(['POST http://localhost:8081/api/v1 {"action":"getEntry","params":{"branch":"main","path":"src/content/faq/a/index.md"}}']);
  });

  it('an unknown backend asks nothing and answers no', async () => {
    const other = recorder(200);
    expect(await fileExists({ name: 'test-repo' }, 'x', other.fetchImpl)).toBe(false);
    expect(other.asked).toEqual([]);
  });
});
