/** The CMS config built from environment variables, the data clean-up before save, and the preview model. */
import { describe, expect, it } from 'vitest';
import { fromJS } from 'immutable';
import { backendFromEnv, backendOrigins, buildCmsConfig, CmsConfigError } from '../../cms/config';
import { cleanEntryData, type ImmutableLike } from '../../cms/admin/clean-data';
import { mangaPagesPreview, mangaPublishedText, readInstant, seminarPreview } from '../../cms/admin/preview-model';

describe('production backend from the environment', () => {
  it('without CMS_BACKEND edits only through the local decap-server, in simple mode', () => {
    const config = buildCmsConfig({});
    expect(config.backend.name).toBe('proxy');
    expect(config.publish_mode).toBe('simple');
    expect(config.local_backend.url).toBe('http://localhost:8081/api/v1');
    expect(config.locale).toBe('ja');
    expect(config.load_config_file).toBe(false);
  });
  it('GitHub needs the OAuth client URL and turns on the editorial workflow', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'tokyo/navi' })).toThrow(CmsConfigError);
    const config = buildCmsConfig({ CMS_BACKEND: 'github', CMS_REPO: 'tokyo/navi', CMS_OAUTH_BASE_URL: 'https://oauth.example.jp' });
    expect(config.backend).toMatchObject({ name: 'github', repo: 'tokyo/navi', branch: 'main', base_url: 'https://oauth.example.jp' });
    expect(config.publish_mode).toBe('editorial_workflow');
  });
  it('GitLab uses PKCE with only the public application id', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'tokyo/navi', CMS_APP_ID: 'abc', CMS_BRANCH: 'content' })).toMatchObject({
      name: 'gitlab',
      auth_type: 'pkce',
      app_id: 'abc',
      branch: 'content',
    });
  });
  it('Gitea needs its API root', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'tokyo/navi', CMS_APP_ID: 'abc' })).toThrow(/CMS_API_ROOT/);
  });
  it('rejects an unknown backend and a malformed repository', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'netlify', CMS_REPO: 'a/b' })).toThrow(CmsConfigError);
    expect(() => backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'navi', CMS_OAUTH_BASE_URL: 'https://x.jp' })).toThrow(/owner\/name/);
  });
  it('moves the local backend with CMS_LOCAL_PORT', () => {
    expect(buildCmsConfig({ CMS_LOCAL_PORT: '9123' }).local_backend.url).toBe('http://localhost:9123/api/v1');
  });
});

describe('clean-up before save', () => {
  it('drops empty strings, nulls and emptied objects but keeps lists, zeros and false', () => {
    const data = fromJS({ title: 'a', end: '', venue: { name: '', access: null }, fee: 0, sample: false, themes: [], pages: [{ alt: 'x', speaker: '' }] });
    expect((cleanEntryData(data as unknown as ImmutableLike) as unknown as { toJS(): unknown }).toJS()).toEqual({
      title: 'a',
      fee: 0,
      sample: false,
      themes: [],
      pages: [{ alt: 'x' }],
    });
  });
  it('returns the same data when nothing is empty, so re-saving changes nothing', () => {
    const data = fromJS({ title: 'a', pages: [{ alt: 'x' }] }) as unknown as ImmutableLike;
    expect(cleanEntryData(data)).toBe(data);
  });
});

describe('previews', () => {
  const now = new Date('2026-07-01T00:00:00+09:00');
  it('reads only instants with an offset', () => {
    expect(readInstant('2026-07-09T19:00:00+09:00')?.toISOString()).toBe('2026-07-09T10:00:00.000Z');
    expect(readInstant('2026-07-09T19:00:00')).toBeUndefined();
    expect(readInstant('2026-02-30T19:00:00+09:00')).toBeDefined(); // Date rolls over; the form cannot produce it
    expect(readInstant('')).toBeUndefined();
  });
  it('shows the seminar with its Japanese date and the status the site computes', () => {
    const session = { title: '出張講習会', kind: 'outreach', format: 'in-person', start: '2026-07-09T19:00:00+09:00', end: '2026-07-09T20:30:00+09:00', summary: '概要' };
    expect(seminarPreview(session, now)).toMatchObject({ title: '出張講習会', kindLabel: '医療DXに係る出張講習会', status: 'open', statusLabel: '受付中', dateText: '令和8年（2026年）7月9日（木）19:00〜20:30' });
    expect(seminarPreview(session, new Date('2026-07-08T00:00:00+09:00')).statusLabel).toBe('まもなく締切');
    expect(seminarPreview({ ...session, registration: { override: 'full' } }, now).statusLabel).toBe('満席');
    expect(seminarPreview(session, new Date('2026-07-10T00:00:00+09:00')).statusLabel).toBe('開催終了');
    expect(seminarPreview({ format: 'in-person', start: 'tomorrow' }, now).problem).toMatch(/日時を読み取れません/);
  });
  it('lists manga pages with their alt text and transcript', () => {
    expect(mangaPagesPreview({ pages: [{ image: './p.png', alt: '待合室', transcript: [{ speaker: '母', line: 'こんにちは' }, { line: '……' }] }] })).toEqual([
      { image: './p.png', alt: '待合室', lines: [{ speaker: '母', line: 'こんにちは' }, { speaker: '', line: '……' }] },
    ]);
  });
});

describe('admin CSP origins', () => {
  it('a production build allows only the backend, never the local decap-server', () => {
    const github = backendOrigins(buildCmsConfig({ CMS_BACKEND: 'github', CMS_REPO: 'tokyo/navi', CMS_OAUTH_BASE_URL: 'https://cms-auth.example.jp' }));
    expect(github.sort()).toEqual(['https://api.github.com', 'https://cms-auth.example.jp']);
    expect(github.join(' ')).not.toMatch(/localhost|127\.0\.0\.1/);
  });
  it('a local-only build (npm start, tests) allows the local decap-server', () => {
    expect(backendOrigins(buildCmsConfig({}))).toEqual(['http://localhost:8081', 'http://127.0.0.1:8081']);
  });
});

describe('labels say truthfully whether a field may stay empty', async () => {
  const { cmsCollections } = await import('../../cms/collections/index');
  const { buildCollection } = await import('../../cms/generate');
  const fieldsOf = (name: string) => buildCollection(cmsCollections.find((source) => source.wording.name === name)!.wording, cmsCollections.find((source) => source.wording.name === name)!.schema).collection.fields;
  const find = (fields: readonly { name: string }[], path: string): Record<string, unknown> => {
    const [head, ...rest] = path.split('.');
    const field = fields.find((candidate) => candidate.name === head) as Record<string, unknown> & { fields?: { name: string }[] };
    return rest.length ? find(field.fields!, rest.join('.')) : field;
  };
  const seminars = fieldsOf('seminars');
  it('a field the build requires once its object is filled in says so instead of （任意）', () => {
    expect(find(seminars, 'venue.name')).toMatchObject({ label: '会場名', required: false });
    expect(find(seminars, 'venue.name')['hint']).toContain('「会場」を入力するときは必須です。');
    expect(find(fieldsOf('glossary'), 'quote.text')).toMatchObject({ label: '引用文' });
    expect(find(fieldsOf('glossary'), 'quote.text')['hint']).toContain('「計画書での定義（引用）」を入力するときは必須です。');
  });
  it('an optional field, in an object or not, is labelled （任意）; a field required in some cases is not', () => {
    expect(find(seminars, 'venue.postalCode')['label']).toBe('郵便番号（任意）');
    expect(find(seminars, 'capacity')['label']).toBe('定員（任意）');
    expect(find(seminars, 'venue')['label']).toBe('会場');
    expect(find(seminars, 'specialty')['label']).toBe('診療科');
    expect(find(seminars, 'title')['label']).toBe('タイトル');
  });
  it('「…を追加」 names the item without the list’s （任意）', () => {
    expect(find(seminars, 'program')).toMatchObject({ label: 'プログラム（任意）', label_singular: 'プログラム' });
  });
});

describe('the manga preview dates the episode as its page does', () => {
  it('「公開日」 through the page’s formatDate, from the YYYY-MM-DD the form writes', async () => {
    const { formatDate } = await import('../../src/lib/site/dates');
    expect(mangaPublishedText({ published: '2026-10-01' })).toBe(`公開日：${formatDate(new Date('2026-10-01'))}`);
    expect(mangaPublishedText({ published: '2026-10-01' })).toMatch(/^公開日：2026年10月1日（.）$/);
    expect(mangaPublishedText({ published: '' })).toBeUndefined();
  });
});
