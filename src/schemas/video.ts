import { z } from 'astro/zod';
import { sample } from './shared';

export const videoStatuses = ['in-production', 'published'] as const;

export const videoSchema = z.object({
  title: z.string().min(1),
  position: z.number().int().positive(),
  audience: z.string().min(1),
  ageRange: z.string().min(1),
  description: z.string().min(1),
  status: z.enum(videoStatuses),
  sample,
});
