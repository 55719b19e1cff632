/**
 * Deleting an entry deletes its media. Decap deletes only `<slug>/index.md`, leaving the page
 * images, thumbnail and captions beside it tracked in git with nothing using them. Decap has no
 * option for this, so each backend Decap may use (decap-server locally; GitHub, GitLab, Gitea)
 * is wrapped where its registry entry is created: when `deleteFiles` is asked to remove an entry
 * file, the other files of that entry's folder go in the same commit.
 */
interface BackendImplementation {
  deleteFiles(paths: string[], commitMessage: string): Promise<unknown>;
  getMedia(folder?: string): Promise<{ path: string }[]>;
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

function wrap(implementation: BackendImplementation): BackendImplementation {
  const deleteFiles = implementation.deleteFiles.bind(implementation);
  implementation.deleteFiles = async (paths, commitMessage) =>
    deleteFiles(
      await withEntryMedia(paths, async (folder) => {
        try {
          return (await implementation.getMedia(folder)).map((file) => file.path.replace(/^\/+/, ''));
        } catch {
          // Listing failed: delete what Decap asked for; the build reports any file left behind.
          return [];
        }
      }),
      commitMessage,
    );
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
