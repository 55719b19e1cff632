/**
 * Deleting an entry deletes its media; replacing an image (or a caption file) deletes the file
 * it replaced. Decap deletes only `<slug>/index.md`, leaving the page
 * images, thumbnail and captions beside it tracked in git with nothing using them. Decap has no
 * option for this, so each backend Decap may use (decap-server locally; GitHub, GitLab, Gitea)
 * is wrapped where its registry entry is created: when `deleteFiles` is asked to remove an entry
 * file, the other files of that entry's folder go in the same commit. When an entry is written
 * to the published branch (a save in simple mode, 公開 in the editorial workflow), the files of
 * its folder that the new text no longer names — the thumbnail it replaced — are deleted; in the
 * editorial workflow a draft never deletes anything, since the published entry still uses them.
 */
interface DataFile {
  path: string;
  newPath?: string;
  raw: string;
}

interface BackendImplementation {
  deleteFiles(paths: string[], commitMessage: string): Promise<unknown>;
  getMedia(folder?: string): Promise<{ path: string }[]>;
  persistEntry(entry: { dataFiles: DataFile[]; assets: unknown[] }, options: { useWorkflow?: boolean; commitMessage?: string }): Promise<unknown>;
  publishUnpublishedEntry(collection: string, slug: string): Promise<unknown>;
  getEntry(path: string): Promise<{ data: string }>;
}

interface RegistryEntry {
  init: (...args: unknown[]) => BackendImplementation;
}

const entryFile = /^(src\/content\/[^/]+\/[^/]+)\/index\.mdx?$/;

/** The paths to delete: the entry files asked for plus every other file in their folders. */
export async function withEntryMedia(paths: string[], listFolder: (folder: string) => Promise<string[]>): Promise<string[]> {
  const all = new Set(paths);
  for (const file of paths) {
    const folder = entryFile.exec(file)?.[1];
    if (!folder) continue;
    for (const media of await listFolder(folder)) if (media.startsWith(`${folder}/`) && !media.slice(folder.length + 1).includes('/')) all.add(media);
  }
  return [...all];
}

/**
 * The files beside `entryPath` that its text `entryText` no longer names (the same rule as the
 * build's check, cms/media-check.ts): what a save leaves behind when an image was replaced.
 * Only files directly in the entry's folder; other entries, .md files and dot files are never touched.
 */
export function staleMedia(entryPath: string, entryText: string, folderFiles: readonly string[]): string[] {
  const folder = entryFile.exec(entryPath)?.[1];
  if (!folder) return [];
  return folderFiles.filter((file) => {
    if (!file.startsWith(`${folder}/`)) return false;
    const name = file.slice(folder.length + 1);
    return !name.includes('/') && !name.startsWith('.') && !/\.mdx?$/.test(name) && !isReferenced(name, entryText);
  });
}

/** Whether an entry's text names a file beside it (as `./name` or `name`). */
export const isReferenced = (name: string, entryText: string) => entryText.includes(name);

function wrap(implementation: BackendImplementation): BackendImplementation {
  const listFolder = async (folder: string) => {
    try {
      return (await implementation.getMedia(folder)).map((file) => file.path.replace(/^\/+/, ''));
    } catch {
      // Listing failed: delete only what Decap asked for; the build reports any file left behind.
      return [];
    }
  };
  const deleteFiles = implementation.deleteFiles.bind(implementation);
  implementation.deleteFiles = async (paths, commitMessage) => deleteFiles(await withEntryMedia(paths, listFolder), commitMessage);
  const removeStale = async (entryPath: string, entryText: string) => {
    const folder = entryFile.exec(entryPath)?.[1];
    if (!folder) return;
    const stale = staleMedia(entryPath, entryText, await listFolder(folder));
    if (stale.length) await deleteFiles(stale, `差し替えで使われなくなったファイルを削除：${stale.join('、')}`);
  };
  const persistEntry = implementation.persistEntry.bind(implementation);
  implementation.persistEntry = async (entry, options) => {
    const result = await persistEntry(entry, options);
    if (!options.useWorkflow) for (const file of entry.dataFiles) await removeStale(file.newPath ?? file.path, file.raw);
    return result;
  };
  const publish = implementation.publishUnpublishedEntry?.bind(implementation);
  if (publish) {
    implementation.publishUnpublishedEntry = async (collection, slug) => {
      const result = await publish(collection, slug);
      // Entries live at src/content/<collection>/<slug>/index.md (cms/generate.ts `path`).
      const entryPath = `src/content/${collection}/${slug}/index.md`;
      const text = await implementation.getEntry(entryPath).then((entry) => entry.data, () => undefined);
      if (text) await removeStale(entryPath, text);
      return result;
    };
  }
  return implementation;
}

export function deleteMediaWithEntries(getBackend: (name: string) => RegistryEntry | undefined, names = ['proxy', 'github', 'gitlab', 'gitea']) {
  for (const name of names) {
    const entry = getBackend(name);
    if (!entry) continue;
    const init = entry.init;
    entry.init = (...args) => wrap(init(...args));
  }
}
