/**
 * Reading a design token out of the token file's text, for the places CSS cannot reach
 * (src/integrations/design-tokens.ts gives it src/styles/tokens.css at build time).
 */

/** The value of custom property `name` (`--color-primary`) as declared in `css`; throws if absent. */
export function customPropertyValue(css: string, name: `--${string}`): string {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|[\\s;{])${escaped}\\s*:\\s*([^;}]+)`).exec(withoutComments);
  if (!match) throw new Error(`デザイントークン ${name} が src/styles/tokens.css にありません`);
  return match[1]!.trim();
}
