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
