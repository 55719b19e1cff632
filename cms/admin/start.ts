/**
 * Starts Decap CMS on /admin/: reads the config the page serialised at build time, picks the
 * publish mode decap-server offers when editing locally, loads the prebuilt bundle with
 * CMS_MANUAL_INIT, registers the previews and the clean-up before save, then CMS.init().
 * Bundled by Astro for the admin page only; the rest of the site ships none of this.
 */
import { registerPreviews, type DecapGlobal } from './previews';
import type { ImmutableLike } from './clean-data';
import { checkBeforeSave } from './pre-save';
import { draftExists, fileExists } from './entry-exists';
import { FORMAT_NAME, I18N_FORMAT_NAME, fromFile, fromFileI18n, toFile, toFileI18n } from './yaml-format';
import { jaAdditions, jaCorrections, mergeLocale } from './locale-ja';
import { translateDndAnnouncements } from './dnd-japanese';
import { deleteMediaWithEntries } from './entry-media';
import type { DecapField } from '../types';

interface StartConfig {
  publish_mode: 'simple' | 'editorial_workflow';
  local_backend: { url: string; allowed_hosts: string[] };
  backend: { name: string; repo?: string; branch?: string; api_root?: string; proxy_url?: string };
  collections: { name: string; folder: string; fields: DecapField[] }[];
  [key: string]: unknown;
}

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapGlobal;
    h?: (...args: unknown[]) => unknown;
  }
}

const root = document.querySelector<HTMLElement>('[data-cms-start]');
const configElement = document.getElementById('cms-config');
if (root && configElement?.textContent) void start(root, JSON.parse(configElement.textContent) as StartConfig);

async function start(root: HTMLElement, config: StartConfig) {
  // The backend Decap will write to: decap-server when it answers on this machine, else the configured one.
  let backend = config.backend;
  if (config.local_backend.allowed_hosts.includes(location.hostname)) {
    const localMode = await localPublishMode(config.local_backend.url);
    config.publish_mode = localMode ?? config.publish_mode;
    if (localMode) backend = { name: 'proxy', proxy_url: config.local_backend.url, branch: config.backend.branch ?? 'main' };
  }
  window.CMS_MANUAL_INIT = true;
  try {
    await loadScript(root.dataset['cmsScript']!);
  } catch {
    root.querySelector('[role="status"]')!.textContent = 'コンテンツ管理画面を読み込めませんでした。ページを再読み込みしてください。';
    return;
  }
  const CMS = window.CMS!;
  const css = root.dataset['cmsPreviewCss'];
  if (css) CMS.registerPreviewStyle(css);
  registerPreviews(CMS, window.h!);
  const decapJa = (CMS.getLocale('ja') ?? {}) as Parameters<typeof mergeLocale>[0];
  CMS.registerLocale('ja', mergeLocale(jaCorrections, mergeLocale(decapJa, jaAdditions)));
  CMS.registerCustomFormat(FORMAT_NAME, 'md', { fromFile, toFile });
  CMS.registerCustomFormat(I18N_FORMAT_NAME, 'md', { fromFile: fromFileI18n, toFile: toFileI18n });
  deleteMediaWithEntries((name) => CMS.getBackend(name) as ReturnType<Parameters<typeof deleteMediaWithEntries>[0]>);
  const context = {
    collections: config.collections,
    exists: (path: string) => fileExists(backend, path),
    // Drafts exist only in the editorial workflow; in simple mode nothing is asked.
    ...(config.publish_mode === 'editorial_workflow' ? { draftExists: (collection: string, slug: string) => draftExists(backend, collection, slug) } : {}),
  };
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: ImmutableLike }) => checkBeforeSave(entry, context),
  });
  root.remove();
  translateDndAnnouncements();
  // On a phone the form needs the whole width: start with Decap's preview pane closed (the eye button opens it).
  // Elsewhere start with the preview, also in translated collections (Decap would open a second
  // language's form there): the first pane's 言語 menu switches the form and the preview together.
  if (localStorage.getItem('cms.right-pane') === null) localStorage.setItem('cms.right-pane', matchMedia('(max-width: 48rem)').matches ? 'none' : 'preview');
  CMS.init({ config });
}

/**
 * decap-server in its default file mode writes straight to the working tree ("simple");
 * in MODE=git it can hold drafts on branches, so the review steps can be tried locally too.
 */
async function localPublishMode(url: string): Promise<'simple' | 'editorial_workflow' | undefined> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
    const info = (await response.json()) as { publish_modes?: string[] };
    return info.publish_modes?.includes('editorial_workflow') ? 'editorial_workflow' : 'simple';
  } catch {
    return undefined;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.append(script);
  });
}
