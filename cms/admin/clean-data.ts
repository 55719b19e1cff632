/**
 * Before Decap writes an entry: drop fields left empty (''、null, an object whose fields are
 * all empty). Decap otherwise writes `end: ''` or `venue: {}` for a field an editor touched
 * and cleared, which the zod schema would reject; dropping them lets optional fields be
 * optional and keeps re-saves byte-identical. Works on Decap's Immutable.js data.
 */

/** The slice of Immutable.js Map/List this needs (Decap's entry data). */
export interface ImmutableLike {
  get(key: string | number): unknown;
  set(key: string | number, value: unknown): ImmutableLike;
  delete(key: string | number): ImmutableLike;
  keySeq(): { toArray(): (string | number)[] };
  map(mapper: (value: unknown) => unknown): ImmutableLike;
  size: number;
}

const isCollection = (value: unknown): value is ImmutableLike =>
  typeof value === 'object' && value !== null && typeof (value as ImmutableLike).keySeq === 'function' && typeof (value as ImmutableLike).set === 'function';

/** Immutable Lists have push(); Maps do not. */
const isList = (value: ImmutableLike) => typeof (value as unknown as { push?: unknown }).push === 'function';

export const isEmptyValue = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (isCollection(value) && !isList(value) && value.size === 0);

export function cleanEntryData(data: ImmutableLike): ImmutableLike {
  return cleanValue(data) as ImmutableLike;
}

function cleanValue(value: unknown): unknown {
  if (!isCollection(value)) return value;
  if (isList(value)) return value.map(cleanValue);
  let result = value;
  for (const key of value.keySeq().toArray()) {
    const cleaned = cleanValue(value.get(key));
    if (isEmptyValue(cleaned)) result = result.delete(key);
    else if (cleaned !== value.get(key)) result = result.set(key, cleaned);
  }
  return result;
}
