/**
 * Reading zod 4 schema objects (`schema._zod.def`) without depending on zod's internal
 * classes: both the CMS generator and the agreement test walk schemas through this.
 */
import { z } from 'astro/zod';

export interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  in?: z.ZodType;
  out?: z.ZodType;
  checks?: { _zod: { def: ZodCheckDef } }[];
  coerce?: boolean;
  /** z.record / z.partialRecord: the schema of each value. */
  valueType?: z.ZodType;
}

export interface ZodCheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: number | bigint;
  inclusive?: boolean;
  error?: (issue: unknown) => unknown;
}

export const defOf = (schema: z.ZodType): ZodDef => (schema as unknown as { _zod: { def: ZodDef } })._zod.def;

export const checksOf = (schema: z.ZodType): ZodCheckDef[] => (defOf(schema).checks ?? []).map((check) => check._zod.def);

/**
 * What Astro's `image()` becomes when a schema function is called outside Astro: one shared
 * instance, so walkers recognise an image field by identity.
 */
export const imageMarker = z.string().min(1);
export const imageStandIn = () => imageMarker;

export interface Unwrapped {
  /** The schema under optional / default / nullable wrappers. */
  core: z.ZodType;
  optional: boolean;
  hasDefault: boolean;
  defaultValue?: unknown;
}

/** Peels optional/default/nullable/readonly wrappers, remembering what they said. */
export function unwrap(schema: z.ZodType): Unwrapped {
  let core = schema;
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(core);
    if (def.type === 'optional' || def.type === 'nullable') optional = true;
    else if (def.type === 'default' || def.type === 'prefault') {
      hasDefault = true;
      defaultValue = def.defaultValue;
    } else if (def.type !== 'readonly') break;
    core = def.innerType!;
  }
  return { core, optional, hasDefault, defaultValue };
}

/** The zod kinds of value a CMS widget can hold. */
export type ValueKind = 'image' | 'string' | 'enum' | 'number' | 'boolean' | 'date' | 'object' | 'array' | 'unsupported';

/** `instant` (preprocess → date) and `z.coerce.date()` both count as dates. */
export function kindOf(core: z.ZodType): ValueKind {
  if (core === imageMarker) return 'image';
  const def = defOf(core);
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'number':
    case 'boolean':
    case 'date':
    case 'object':
    case 'array':
      return def.type;
    case 'pipe':
      return defOf(unwrap(def.out!).core).type === 'date' ? 'date' : kindOf(unwrap(def.in!).core);
    default:
      return 'unsupported';
  }
}

export const enumValues = (core: z.ZodType): string[] => Object.values(defOf(core).entries ?? {}).map(String);

/** The message zod would show for a check, for reuse as the CMS's own message. */
export function checkMessage(check: ZodCheckDef): string | undefined {
  try {
    const message = check.error?.({});
    return typeof message === 'string' ? message : (message as { message?: string } | undefined)?.message;
  } catch {
    return undefined;
  }
}
