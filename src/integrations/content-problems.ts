/**
 * One report for the whole content: `astro build`, `astro sync` and `astro check` load every
 * collection at once, and the first collection to fail used to end the run with its own problems
 * only. An editor who broke a manga episode and a session then saw the episode's problem, fixed
 * it, ran the build again and only then saw the session's. Each collection's loader is wrapped
 * here: it loads as before, then waits for the other collections, and if any failed, the run
 * stops with every collection's problems in one list, in the registry's order.
 * Under `astro dev` (the loader gets a file watcher) a collection reloads on its own when its
 * files change, so each reports at once, as before. Should Astro fail a collection before its
 * loader starts, that error ends the run as before: the other collections' wait holds nothing
 * open (a pending promise keeps no process alive).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentProblemError } from './japanese-schema';

/** The collections of this content config, in the registry's order: each one's load is awaited by the others. */
const collections: string[] = [];

interface Round {
  settled: Map<string, unknown>;
  done: Promise<void>;
  finish: () => void;
}
let round: Round | undefined;

function newRound(): Round {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { settled: new Map(), done, finish };
}

/**
 * The collection's load has ended (`failure` undefined when it succeeded). Resolves once every
 * collection's load has; throws then if any failed: one ContentProblemError with every
 * collection's problems, or the first failure that is not a list of content problems (a bug,
 * reported as it was thrown).
 */
export async function settle(collection: string, failure: unknown): Promise<void> {
  const current = (round ??= newRound());
  current.settled.set(collection, failure);
  if (collections.every((name) => current.settled.has(name))) {
    current.finish();
    round = undefined;
  }
  await current.done;
  const failures = collections.map((name) => current.settled.get(name)).filter((item) => item !== undefined);
  if (failures.length === 0) return;
  const unexpected = failures.find((item) => !(item instanceof ContentProblemError));
  if (unexpected !== undefined) throw unexpected;
  throw new ContentProblemError((failures as ContentProblemError[]).flatMap((item) => item.problems));
}

/** `loader` for `collection`, its problems reported with every other collection's (see above). */
export function reportedTogether(collection: string, loader: Loader): Loader {
  if (!collections.includes(collection)) collections.push(collection);
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      if (context.watcher) return loader.load(context);
      let failure: unknown;
      try {
        await loader.load(context);
      } catch (error) {
        failure = error ?? new Error(`${collection}: 読み込みに失敗しました`);
      }
      await settle(collection, failure);
    },
  };
}
