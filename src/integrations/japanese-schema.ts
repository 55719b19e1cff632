/**
 * Astro validates every entry with its own English error map (「Required」, 「Expected type…」),
 * passed per parse, so it wins over zod's global config and over nothing else: only a message
 * written in the schema beats it. `inJapanese` wraps a collection's schema so that the check
 * runs with the site's one Japanese error map (src/schemas/messages.ts, the one the CMS uses
 * before saving) and every issue reaches Astro already worded; the output type — what
 * getCollection returns — stays the schema's own. `japaneseContentError` then rewrites Astro's
 * English report around those issues into the site's 「file: field: message」 lines.
 */
import { z } from 'astro/zod';
import { japaneseIssueMessage, japaneseKnownMessage } from '../schemas/messages';

export function inJapanese<Schema extends z.ZodType>(schema: Schema) {
  return z.unknown().transform(async (data, context): Promise<z.output<Schema>> => {
    const result = await schema.safeParseAsync(data, { error: japaneseIssueMessage });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      context.addIssue({ code: 'custom', message: japaneseKnownMessage(issue.message), path: issue.path, input: data });
    }
    return z.NEVER;
  });
}

/** `pages.10.image` → `pages[10].image`, the form src/integrations/content-audit.ts names fields in. */
export const fieldPath = (dotted: string) => dotted.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/**
 * Astro's InvalidContentEntryDataError (「glossary → x data does not match collection schema」,
 * then `  **field**: message` lines) as the site's Japanese problem lines, naming the file.
 * Any other error is returned as it is.
 */
export function japaneseContentError(error: unknown, file: string): unknown {
  if (!(error instanceof Error) || error.name !== 'InvalidContentEntryDataError') return error;
  const problems = [...error.message.matchAll(/^\s*\*\*(.*?)\*\*: (.*)$/gm)].map(([, field = '', message = '']) =>
    field ? `${file}: ${fieldPath(field)}: ${message}` : `${file}: ${message}`,
  );
  if (problems.length === 0) return error;
  return new ContentProblemError(problems);
}

/** What stops the build when content is wrong: every problem as 「file: field: message」. */
export class ContentProblemError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`コンテンツに問題があります（${problems.length}件）:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentProblemError';
    this.problems = problems;
  }
}
