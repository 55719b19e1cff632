/**
 * Whether a file exists in the repository the CMS edits, asked of the same backend Decap uses
 * (decap-server locally; GitHub, GitLab or Gitea with the editor's own login token), because
 * Decap's public API offers no such question. Used to refuse a duplicate URL名 before saving.
 */
interface BackendLike {
  name: string;
  repo?: string;
  branch?: string;
  api_root?: string;
  proxy_url?: string;
}

const storedToken = (): string | undefined => {
  try {
    return (JSON.parse(localStorage.getItem('decap-cms-user') ?? '{}') as { token?: string }).token;
  } catch {
    return undefined;
  }
};

/** One question, in each backend's own API; the helper below adds the address, token and branch. */
interface BackendQuestion {
  /** decap-server's JSON API (POST): an action and its params; the site's branch is added. */
  proxy: { action: string; params: Record<string, string> };
  /** The path under `/repos/<owner>/<name>/` (GitHub and Gitea share this API). */
  github: string;
  /** The path under `/projects/<owner%2Fname>/` (GitLab). */
  gitlab: string;
  /** GitLab's method: HEAD asks for a file without downloading it. */
  gitlabMethod?: 'HEAD';
}

/**
 * Sends `question` to the backend Decap uses, with the editor's stored token where the backend
 * needs one; null for a backend it cannot ask (the answer is then no).
 */
async function backendRequest(backend: BackendLike, question: BackendQuestion, fetchImpl: typeof fetch): Promise<Response | null> {
  const token = storedToken();
  switch (backend.name) {
    case 'proxy':
      return fetchImpl(backend.proxy_url!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: question.proxy.action, params: { branch: siteBranch(backend), ...question.proxy.params } }),
      });
    case 'github':
    case 'gitea': {
      const root = backend.api_root ?? 'https://api.github.com';
      return fetchImpl(`${root}/repos/${backend.repo}/${question.github}`, { headers: token ? { Authorization: `token ${token}` } : {} });
    }
    case 'gitlab': {
      const root = backend.api_root ?? 'https://gitlab.com/api/v4';
      return fetchImpl(`${root}/projects/${encodeURIComponent(backend.repo!)}/${question.gitlab}`, {
        ...(question.gitlabMethod ? { method: question.gitlabMethod } : {}),
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
    }
    default:
      return null;
  }
}

const siteBranch = (backend: BackendLike) => backend.branch ?? 'main';

export async function fileExists(backend: BackendLike, path: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  const ref = `?ref=${encodeURIComponent(siteBranch(backend))}`;
  const response = await backendRequest(backend, {
    proxy: { action: 'getEntry', params: { path } },
    github: `contents/${path.split('/').map(encodeURIComponent).join('/')}${ref}`,
    gitlab: `repository/files/${encodeURIComponent(path)}${ref}`,
    gitlabMethod: 'HEAD',
  }, fetchImpl);
  if (!response?.ok) return false;
  if (backend.name !== 'proxy') return true;
  // decap-server answers 200 with an error object for a missing file: only file data counts.
  const entry = (await response.json().catch(() => null)) as { data?: unknown } | null;
  return typeof entry?.data === 'string';
}

/**
 * Whether an editorial-workflow draft of a new entry already holds this URL名: Decap keeps it
 * on the branch `cms/<collection>/<slug>/index` (the entry path `{{slug}}/index`) until it is
 * published, so the file is not on the main branch yet, and a second new entry with the same
 * URL名 would overwrite that draft. decap-server answers this only in its git mode (MODE=git);
 * in its file mode there are no drafts and the answer is no.
 */
export async function draftExists(backend: BackendLike, collection: string, slug: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  const entrySlug = `${slug}/index`;
  const draftBranch = encodeURIComponent(`cms/${collection}/${entrySlug}`);
  const response = await backendRequest(backend, {
    proxy: { action: 'unpublishedEntry', params: { collection, slug: entrySlug } },
    github: `branches/${draftBranch}`,
    gitlab: `repository/branches/${draftBranch}`,
  }, fetchImpl);
  return response?.ok ?? false;
}
