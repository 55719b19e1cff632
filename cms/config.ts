/**
 * The whole Decap CMS configuration, built at `astro build` time from the collections and
 * environment variables (no secrets: OAuth secrets stay with the OAuth client, PKCE needs none).
 * The admin page (src/pages/admin/index.astro) serialises it as JSON for CMS.init().
 */
import { buildCollection } from './generate';
import { cmsCollections } from './collections/index';
import type { DecapCollection } from './types';

export type BackendName = 'github' | 'gitlab' | 'gitea';

export interface BackendConfig {
  name: BackendName | 'proxy';
  repo?: string;
  branch: string;
  base_url?: string;
  auth_endpoint?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: 'pkce';
  proxy_url?: string;
  squash_merges?: boolean;
  commit_messages: Record<string, string>;
}

export interface CmsConfig {
  load_config_file: false;
  locale: 'ja';
  site_url?: string;
  display_url?: string;
  backend: BackendConfig;
  /** Tried first on localhost/127.0.0.1: decap-server edits the working tree, no login. */
  local_backend: { url: string; allowed_hosts: string[] };
  publish_mode: 'simple' | 'editorial_workflow';
  /** Decap needs a real global folder (an empty one makes decap-server answer 422); collections override it. */
  media_folder: string;
  public_folder: string;
  show_preview_links: boolean;
  editor: { preview: boolean };
  /**
   * Decap reads a collection's `i18n` only when the config has one at the top level too: without
   * it Decap drops the collection's silently, reads the `{ ja, en, … }` layout of the i18n format
   * as one language and opens the editor with every field empty (issue 21).
   */
  i18n?: NonNullable<DecapCollection['i18n']>;
  collections: DecapCollection[];
}

/** Environment read at build time; documented in the README under 「CMS の本番設定」. */
export interface CmsEnv {
  CMS_BACKEND?: string | undefined;
  CMS_REPO?: string | undefined;
  CMS_BRANCH?: string | undefined;
  CMS_OAUTH_BASE_URL?: string | undefined;
  CMS_OAUTH_ENDPOINT?: string | undefined;
  CMS_API_ROOT?: string | undefined;
  CMS_APP_ID?: string | undefined;
  CMS_LOCAL_PORT?: string | undefined;
  SITE_URL?: string | undefined;
}

export class CmsConfigError extends Error {}

const commitMessages = {
  create: 'CMS: {{collection}}「{{slug}}」を作成',
  update: 'CMS: {{collection}}「{{slug}}」を更新',
  delete: 'CMS: {{collection}}「{{slug}}」を削除',
  uploadMedia: 'CMS: 画像 {{path}} を追加',
  deleteMedia: 'CMS: 画像 {{path}} を削除',
};

export const DEFAULT_LOCAL_PORT = 8081;

export const localBackendUrl = (env: CmsEnv) => `http://localhost:${Number(env.CMS_LOCAL_PORT) || DEFAULT_LOCAL_PORT}/api/v1`;

/**
 * The production backend, or undefined when none is configured (local editing only).
 * GitHub needs an OAuth client because its token exchange requires a secret;
 * GitLab and Gitea use PKCE in the browser, so only the public application id is needed.
 */
export function backendFromEnv(env: CmsEnv): BackendConfig | undefined {
  const name = env.CMS_BACKEND?.trim();
  if (!name) return undefined;
  const repo = env.CMS_REPO?.trim();
  const need = (value: string | undefined, variable: string) => {
    if (!value?.trim()) throw new CmsConfigError(`CMS_BACKEND=${name} には ${variable} が必要です（README「CMS の本番設定」）`);
    return value.trim();
  };
  if (!repo || !/^[^/\s]+\/[^\s]+$/.test(repo)) throw new CmsConfigError('CMS_REPO は「owner/name」の形で指定してください');
  const common = { repo, branch: env.CMS_BRANCH?.trim() || 'main', commit_messages: commitMessages, squash_merges: true };
  switch (name) {
    case 'github':
      return {
        name: 'github',
        ...common,
        base_url: need(env.CMS_OAUTH_BASE_URL, 'CMS_OAUTH_BASE_URL（OAuth クライアントの URL）'),
        ...(env.CMS_OAUTH_ENDPOINT?.trim() ? { auth_endpoint: env.CMS_OAUTH_ENDPOINT.trim() } : {}),
        ...(env.CMS_API_ROOT?.trim() ? { api_root: env.CMS_API_ROOT.trim() } : {}),
      };
    case 'gitlab':
    case 'gitea':
      return {
        name,
        ...common,
        auth_type: 'pkce',
        app_id: need(env.CMS_APP_ID, 'CMS_APP_ID（OAuth アプリケーション ID）'),
        ...(env.CMS_OAUTH_BASE_URL?.trim() ? { base_url: env.CMS_OAUTH_BASE_URL.trim() } : {}),
        ...(name === 'gitea' || env.CMS_API_ROOT?.trim() ? { api_root: need(env.CMS_API_ROOT, 'CMS_API_ROOT（例：https://gitea.example.jp/api/v1）') } : {}),
      };
    default:
      throw new CmsConfigError(`CMS_BACKEND は github / gitlab / gitea のいずれかです（指定値：${name}）`);
  }
}

export function buildCmsConfig(env: CmsEnv): CmsConfig {
  const production = backendFromEnv(env);
  const local = localBackendUrl(env);
  const collections = cmsCollections.map(({ wording, schema }) => buildCollection(wording, schema).collection);
  const i18n = collections.find((collection) => collection.i18n)?.i18n;
  return {
    load_config_file: false,
    locale: 'ja',
    ...(env.SITE_URL ? { site_url: env.SITE_URL, display_url: env.SITE_URL } : {}),
    // Without a production backend the CMS only works against decap-server on this machine.
    backend: production ?? { name: 'proxy', proxy_url: local, branch: 'main', commit_messages: commitMessages },
    local_backend: { url: local, allowed_hosts: ['localhost', '127.0.0.1'] },
    // 下書き → レビュー待ち → 公開準備完了 for the real repository; the admin script switches
    // to simple mode when decap-server runs in file mode (it has no branches).
    publish_mode: production ? 'editorial_workflow' : 'simple',
    media_folder: 'src/assets/cms-uploads',
    public_folder: '/src/assets/cms-uploads',
    show_preview_links: false,
    editor: { preview: true },
    ...(i18n ? { i18n } : {}),
    collections,
  };
}

/**
 * Origins the admin page must reach, for its Content-Security-Policy. The local decap-server
 * origins are allowed only in a build without a production backend (the one `npm start` and the
 * tests use): a production /admin/ has no business talking to a port on the editor's machine.
 */
export function backendOrigins(config: CmsConfig): string[] {
  const local = new URL(config.local_backend.url).origin;
  const origins = new Set<string>(config.backend.name === 'proxy' ? [local, local.replace('localhost', '127.0.0.1')] : []);
  const backend = config.backend;
  if (backend.name === 'github') origins.add(new URL(backend.api_root ?? 'https://api.github.com').origin);
  if (backend.name === 'gitlab') origins.add(new URL(backend.api_root ?? 'https://gitlab.com/api/v4').origin);
  if (backend.api_root) origins.add(new URL(backend.api_root).origin);
  if (backend.base_url) origins.add(new URL(backend.base_url).origin);
  if (backend.proxy_url) origins.add(new URL(backend.proxy_url).origin);
  return [...origins];
}
