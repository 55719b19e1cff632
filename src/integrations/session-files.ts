/**
 * Every session's own calendar and image (/seminars/<slug>.ics, /seminars/<slug>/image.png),
 * written in one pass after the pages (issue 23). As Astro routes they cost ≈ 2.4 ms and
 * ≈ 3.4 ms per session at 2,000 sessions, much of it idle: Astro renders one route at a time
 * and awaits each file it writes, and a new file costs ≈ 1.4 ms on this kind of disk. Here one
 * build-only endpoint hands over every session's files (from src/lib/seminars/session-files.ts,
 * the one generator), and the step writes them a few dozen at a time, the images copied from
 * their cache. The endpoint's own output is deleted again. `astro dev` serves the same files
 * from routes injected in dev only, which call the same generator.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { sessionFilePaths, type SessionFiles } from '../lib/seminars/session-files';
import { copySessionImage, sessionImageCache } from './session-images';

/** Where the build-only endpoint writes the list of files, relative to dist/ (deleted by the step). */
export const sessionFilesManifest = 'session-files.json';

/** Files in flight at once: enough to keep the disk and sharp's threads busy, few enough for memory. */
const inFlight = 32;

/** The folder (dist/seminars/, there in every build with a session) is made only if the write finds it missing. */
async function writeMakingFolder(file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
}

/** Writes each session's .ics and image.png into `root` (dist/), images through `imageCache`; returns how many files. */
export async function writeSessionFiles(root: string, sessions: readonly SessionFiles[], imageCache = sessionImageCache): Promise<number> {
  const jobs = sessions.flatMap(({ slug, ics, imageSvg }) => {
    const paths = sessionFilePaths(slug);
    const image = () => copySessionImage(imageSvg, path.join(root, paths.image), imageCache);
    return ics === undefined ? [image] : [image, () => writeMakingFolder(path.join(root, paths.ics), ics)];
  });
  await pLimit(inFlight).map(jobs, (job) => job());
  return jobs.length;
}

export default function sessionFiles(): AstroIntegration {
  return {
    name: 'session-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') {
          injectRoute({ pattern: '/seminars/[slug].ics', entrypoint: new URL('./session-calendar-route.ts', import.meta.url), prerender: true });
          injectRoute({ pattern: '/seminars/[slug]/image.png', entrypoint: new URL('./session-image-route.ts', import.meta.url), prerender: true });
        } else if (command === 'build') {
          injectRoute({ pattern: `/${sessionFilesManifest}`, entrypoint: new URL('./session-files-route.ts', import.meta.url), prerender: true });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const manifest = path.join(root, sessionFilesManifest);
        const sessions = JSON.parse(await readFile(manifest, 'utf8')) as SessionFiles[];
        await rm(manifest);
        const files = await writeSessionFiles(root, sessions);
        logger.info(`${files} session files (.ics, image.png) for ${sessions.length} sessions written in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
