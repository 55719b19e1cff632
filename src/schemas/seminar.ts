import { z } from 'astro/zod';
import { instant, sample } from './shared';

export const seminarKinds = ['basic', 'applied', 'outreach'] as const;
export const seminarFormats = ['on-demand', 'in-person', 'online', 'hybrid'] as const;

export const seminarSchema = z.object({
  title: z.string().min(1),
  kind: z.enum(seminarKinds),
  format: z.enum(seminarFormats),
  summary: z.string().min(1),
  start: instant.optional(),
  end: instant.optional(),
  sample,
});
