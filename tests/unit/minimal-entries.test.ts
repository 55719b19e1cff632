import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { minimalEntry } from '../support/minimal-entries';

describe('minimalEntry', () => {
  it('drops optional keys at every depth and keeps required ones', () => {
    const schema = z.object({ title: z.string(), note: z.string().optional(), venue: z.object({ name: z.string(), access: z.string().optional() }).optional() });
    const { data, removed } = minimalEntry({ title: 't', note: 'n', venue: { name: 'v', access: 'a' } }, schema);
    expect(data).toEqual({ title: 't' });
    expect(removed).toEqual(['note', 'venue.access', 'venue']);
  });
  it('keeps a key that a cross-field rule requires', () => {
    const schema = z
      .object({ format: z.enum(['online', 'in-person']), venue: z.string().optional() })
      .refine((d) => d.format !== 'in-person' || d.venue, { path: ['venue'] });
    expect(minimalEntry({ format: 'in-person', venue: 'hall' }, schema).data).toEqual({ format: 'in-person', venue: 'hall' });
  });
});
