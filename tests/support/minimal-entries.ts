/**
 * Turns a valid entry into its smallest valid form: every key whose removal the schema still
 * accepts is removed, depth first (so `venue.access` goes before `venue` is considered).
 */
import type { z } from 'astro/zod';

type Data = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function withoutPath(data: Data, keys: string[]): Data {
  const [head, ...rest] = keys as [string, ...string[]];
  const copy: Data = { ...data };
  if (rest.length === 0) delete copy[head];
  else copy[head] = withoutPath(copy[head] as Data, rest);
  return copy;
}

function paths(data: Data, prefix: string[] = []): string[][] {
  return Object.entries(data).flatMap(([key, value]) => {
    const here = [...prefix, key];
    return isPlainObject(value) ? [...paths(value, here), here] : [here];
  });
}

export function minimalEntry(data: Data, schema: z.ZodType): { data: Data; removed: string[] } {
  let current = data;
  const removed: string[] = [];
  for (const keys of paths(data)) {
    const exists = keys.reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), current) !== undefined;
    if (!exists) continue;
    const candidate = withoutPath(current, keys);
    if (schema.safeParse(candidate).success) {
      current = candidate;
      removed.push(keys.join('.'));
    }
  }
  return { data: current, removed };
}
