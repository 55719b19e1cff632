/**
 * The design tokens where CSS cannot reach: attribute values such as `<meta name="theme-color">`
 * and SVG presentation attributes (`fill`), which take no `var()`. They are read from
 * src/styles/tokens.css itself at build time, so the token file stays the one place a colour
 * is written (tests/unit/colour-tokens.test.ts fails on a literal colour in those attributes).
 */
import tokensCss from '../styles/tokens.css?raw';
import { customPropertyValue } from '../lib/site/design-tokens';

// Called on every page (header logo, theme-color): the token file is scanned once per name per build.
const values = new Map<string, string>();

/** A colour token's value, e.g. `tokenColor('--color-primary')` → `#0017c1`. */
export function tokenColor(name: `--color-${string}`): string {
  let value = values.get(name);
  if (value === undefined) {
    value = customPropertyValue(tokensCss, name);
    values.set(name, value);
  }
  return value;
}
