/** Seminar schema: accepts the shapes the site uses and rejects impossible entries, naming the field. */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { seminarSchema } from '../../src/schemas/seminar';

const outreach = {
  title: '医療DXに係る出張講習会（整形外科） 第1回',
  kind: 'outreach',
  format: 'in-person',
  specialty: 'orthopedics',
  summary: '概要',
  start: '2026-10-08T19:00:00+09:00',
  end: '2026-10-08T20:30:00+09:00',
  venue: { name: '会場', address: '東京都新宿区西新宿二丁目8番1号' },
  audience: '都内診療所の医師・看護師・事務職員等',
  registration: { url: 'https://forms.example.jp/x', opens: '2026-09-08T10:00:00+09:00', closes: '2026-10-06T17:00:00+09:00' },
};
const onDemand = {
  title: '①国が進める医療DXの取組について',
  kind: 'basic',
  format: 'on-demand',
  summary: '概要',
  availableFrom: '2026-06-01T10:00:00+09:00',
  availableUntil: '2027-02-28T23:59:59+09:00',
  audience: '都内医療機関の医師・看護師・事務職員等',
};

const issues = (result: { success: boolean; error?: z.ZodError }) => result.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('seminar schema', () => {
  it('accepts an outreach lecture and fills the defaults (free, no materials, no override)', () => {
    const parsed = seminarSchema.parse(outreach);
    expect(parsed.fee).toBe(0);
    expect(parsed.materials).toEqual([]);
    expect(parsed.registration.alternatives).toEqual([]);
    expect(parsed.start?.toISOString()).toBe('2026-10-08T10:00:00.000Z');
    expect(parsed.lifecycle).toBe('scheduled');
    expect(parsed.changes).toEqual([]);
    expect(parsed.registration.required).toBe(true);
  });
  it('accepts an on-demand module without dates or venue', () => {
    expect(seminarSchema.safeParse(onDemand).success).toBe(true);
  });
  it.each([
    ['end before start', { ...outreach, end: '2026-10-08T18:00:00+09:00' }, 'end'],
    ['end equal to start', { ...outreach, end: outreach.start }, 'end'],
    ['registration closing after the start', { ...outreach, registration: { ...outreach.registration, closes: '2026-10-08T19:30:00+09:00' } }, 'registration.closes'],
    ['registration opening after it closes', { ...outreach, registration: { ...outreach.registration, opens: '2026-10-07T10:00:00+09:00' } }, 'registration.opens'],
    ['an in-person session without a venue', { ...outreach, venue: undefined }, 'venue'],
    ['a hybrid session without online details', { ...outreach, format: 'hybrid' }, 'online'],
    ['an outreach session without a specialty', { ...outreach, specialty: undefined }, 'specialty'],
    ['an unknown specialty', { ...outreach, specialty: 'cardiology' }, 'specialty'],
    ['an applied session without a hospital type', { ...outreach, kind: 'applied', specialty: undefined }, 'hospitalType'],
    ['a dated format without a start', { ...outreach, start: undefined, end: undefined, registration: {} }, 'start'],
    ['a time without offset', { ...outreach, start: '2026-10-08T19:00:00' }, 'start'],
    ['a viewing period that ends before it begins', { ...onDemand, availableUntil: '2026-05-01T00:00:00+09:00' }, 'availableUntil'],
    ['a cancellation without a notice', { ...outreach, lifecycle: 'cancelled' }, 'changes'],
    ['a reschedule without the previous date', { ...outreach, lifecycle: 'rescheduled', changes: [{ date: '2026-09-01T10:00:00+09:00', note: '変更' }] }, 'previousStart'],
    ['a move online that is still in person', { ...outreach, lifecycle: 'moved-online', changes: [{ date: '2026-09-01T10:00:00+09:00', note: '変更' }] }, 'format'],
    ['an unknown lifecycle', { ...outreach, lifecycle: 'maybe' }, 'lifecycle'],
    ['the old 中止 seat flag', { ...outreach, registration: { ...outreach.registration, override: 'cancelled' } }, 'registration.override'],
    ['a malformed postal code', { ...outreach, venue: { ...outreach.venue, postalCode: '1638001' } }, 'venue.postalCode'],
  ])('rejects %s, naming %s', (_label, input, field) => {
    const result = seminarSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(issues(result)).toContain(field);
  });
  it('gives a Japanese message that names the field', () => {
    const result = seminarSchema.safeParse({ ...outreach, specialty: 'cardiology' });
    expect(result.error?.issues[0]?.message).toMatch(/診療科（specialty）/);
  });
});
