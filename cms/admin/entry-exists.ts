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

export async function fileExists(backend: BackendLike, path: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  const branch = backend.branch ?? 'main';
  const token = storedToken();
  switch (backend.name) {
    case 'proxy': {
      const response = await fetchImpl(backend.proxy_url!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'getEntry', params: { branch, path } }),
      });
      if (!response.ok) return false;
      const entry = (await response.json().catch(() => null)) as { data?: unknown } | null;
      return typeof entry?.data === 'string';
    }
    case 'github':
    case 'gitea': {
      const root = backend.api_root ?? 'https://api.github.com';
      const response = await fetchImpl(`${root}/repos/${backend.repo}/contents/${path.split('/').map(encodeURIComponent).join('/')}?ref=${encodeURIComponent(branch)}`, {
        headers: token ? { Authorization: `token ${token}` } : {},
      });
      return response.ok;
    }
    case 'gitlab': {
      const root = backend.api_root ?? 'https://gitlab.com/api/v4';
      const response = await fetchImpl(`${root}/projects/${encodeURIComponent(backend.repo!)}/repository/files/${encodeURIComponent(path)}?ref=${encodeURIComponent(branch)}`, {
        method: 'HEAD',
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      });
      return response.ok;
    }
    default:
      return false;
  }
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
  const draftBranch = `cms/${collection}/${entrySlug}`;
  const token = storedToken();
  switch (backend.name) {
    case 'proxy': {
      const response = await fetchImpl(backend.proxy_url!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'unpublishedEntry', params: { branch: backend.branch ?? 'main', collection, slug: entrySlug } }),
      });
      return response.ok;
    }
    case 'github':
    case 'gitea': {
      const root = backend.api_root ?? 'https://api.github.com';
      const response = await fetchImpl(`${root}/repos/${backend.repo}/branches/${encodeURIComponent(draftBranch)}`, { headers: token ? { Authorization: `token ${token}` } : {} });
      return response.ok;
    }
    case 'gitlab': {
      const root = backend.api_root ?? 'https://gitlab.com/api/v4';
      const response = await fetchImpl(`${root}/projects/${encodeURIComponent(backend.repo!)}/repository/branches/${encodeURIComponent(draftBranch)}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      return response.ok;
    }
    default:
      return false;
  }
}
