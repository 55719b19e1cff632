/**
 * The shape every locale's string module must give, derived from the Japanese module so a key
 * added to ja.ts and missing from en.ts fails `astro check` in en.ts (and an extra key too).
 * Page texts are optional per page: a page whose text is absent is shown in Japanese with a
 * notice (never a 404); a page whose text is present must give all of it.
 */
import type ja from './ja';

/** Literal strings become `string`, tuples become arrays, functions keep their parameters. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;

type Japanese = typeof ja;
export type PageKey = keyof Japanese['pages'];
export type PageText<K extends PageKey> = Widen<Japanese['pages'][K]>;

export type LocaleStrings = Widen<Omit<Japanese, 'pages'>> & {
  readonly pages: { readonly [K in PageKey]?: PageText<K> };
};
