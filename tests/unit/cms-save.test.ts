/**
 * What the CMS does before and while it writes an entry (cms/admin/): the build's zod rules
 * with the form's labels, the URL名 rules, and the frontmatter format that rewrites only the
 * edited lines. The browser test (tests/browser/cms.test.ts) proves the same code runs in Decap.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromJS } from 'immutable';
import { buildCmsConfig } from '../../cms/config';
import { cmsCollections } from '../../cms/collections/index';
import { cleanEntryData, type ImmutableLike } from '../../cms/admin/clean-data';
import { entryProblems, fieldLabel, problemText, withoutFileKeys } from '../../cms/admin/validate';
import { slugProblems } from '../../cms/admin/slug-guard';
import { fromFile, SOURCE_KEY, toFile } from '../../cms/admin/yaml-format';
import { jaAdditions, mergeLocale } from '../../cms/admin/locale-ja';
import type { DecapField } from '../../cms/types';

const config = buildCmsConfig({});
const fieldsOf = (name: string) => config.collections.find((collection) => collection.name === name)!.fields as DecapField[];
const schemaOf = (name: string) => cmsCollections.find((entry) => entry.wording.name === name)!.schema;
const problems = async (name: string, data: Record<string, unknown>) => (await entryProblems(schemaOf(name), fieldsOf(name), data)).map(problemText);

const outreach = {
  title: '医療DXに係る出張講習会（整形外科）',
  kind: 'outreach',
  format: 'in-person',
  specialty: 'orthopedics',
  summary: '概要',
  start: '2026-11-12T19:00:00+09:00',
  end: '2026-11-12T20:30:00+09:00',
  venue: { name: 'サンプル区民会館', address: '東京都新宿区サンプル1-2-3' },
  audience: '都内診療所の医師',
};

describe('the build’s rules before saving, naming the field by its label in the form', () => {
  it('accepts a complete outreach session', async () => {
    expect(await problems('seminars', outreach)).toEqual([]);
  });
  it('refuses the cross-field and conditional rules the build enforces', async () => {
    expect(await problems('seminars', { ...outreach, end: '2026-11-12T12:00:00+09:00', start: '2026-11-12T14:00:00+09:00' })).toEqual([
      '終了日時：終了日時は開始日時より後にしてください',
    ]);
    const { venue: _venue, specialty: _specialty, ...bare } = outreach;
    expect(await problems('seminars', bare)).toEqual(['診療科：出張講習会には診療科を入力してください', '会場：対面・ハイブリッドの回には会場を入力してください']);
    expect(await problems('seminars', { ...outreach, registration: { closes: '2026-11-13T12:00:00+09:00' } })).toEqual([
      '申込 › 申込締切日時：申込締切は開始日時以前にしてください',
    ]);
  });
  it('names list items from 1 and words zod’s own issues in Japanese', async () => {
    const episode = fromFile(readFileSync('src/content/manga/episode-01/index.md', 'utf8'));
    const pages = [...(episode['pages'] as Record<string, unknown>[])];
    const { image: _image, ...withoutImage } = pages[1]!;
    pages[1] = withoutImage;
    expect(await problems('manga', { ...episode, pages })).toEqual(['ページ（2件目） › ページ画像：必須です。入力してください']);
  });
  it('counts characters and requires what a released video needs', async () => {
    const video = fromFile(readFileSync('src/content/videos/parents/index.md', 'utf8'));
    expect(await problems('videos', { ...video, shareText: 'あ'.repeat(132) })).toEqual(['共有文：共有文は120文字以内にしてください']);
    const released = await problems('videos', { ...video, status: 'published', plannedMonth: undefined, youtubeId: undefined });
    expect(released.map((problem) => problem.split('：')[0])).toEqual(expect.arrayContaining(['字幕ファイル（WebVTT）', '書き起こし', '長さ', '公開日', 'YouTube の動画ID']));
  });
  it('leaves the file’s key names out of the form’s messages', () => {
    expect(withoutFileKeys('公開中の動画には長さ（duration、例 PT1M30S）が必要です')).toBe('公開中の動画には長さ（例 PT1M30S）が必要です');
    expect(withoutFileKeys('申込締切（registration.closes）は開始日時（start）以前にしてください')).toBe('申込締切は開始日時以前にしてください');
  });
  it('labels nested paths the way the form shows them', () => {
    expect(fieldLabel(fieldsOf('manga'), ['pages', 10, 'transcript', 0, 'line'])).toBe('ページ（11件目） › せりふの書き起こし（1件目） › せりふ');
  });
});

describe('URL名', () => {
  const taken = async (slug: string) => slug === 'outreach-pediatrics-1';
  it('refuses an empty, malformed or taken URL名 on a new entry', async () => {
    expect(await slugProblems({ newRecord: true, typedSlug: '', exists: taken })).toEqual([expect.stringContaining('URL名を入力してください')]);
    expect(await slugProblems({ newRecord: true, typedSlug: 'Outreach 1', exists: taken })).toEqual([expect.stringContaining('半角英小文字')]);
    expect(await slugProblems({ newRecord: true, typedSlug: 'outreach-pediatrics-1', exists: taken })).toEqual([expect.stringContaining('すでに使われています')]);
    expect(await slugProblems({ newRecord: true, typedSlug: 'outreach-pediatrics-9', exists: taken })).toEqual([]);
  });
  it('refuses a URL名 that only an unpublished draft holds (editorial workflow)', async () => {
    const inDraft = async (slug: string) => slug === 'draft-term';
    expect(await slugProblems({ newRecord: true, typedSlug: 'draft-term', exists: taken, inDraft })).toEqual([expect.stringContaining('まだ公開されていない下書きで使われています')]);
    expect(await slugProblems({ newRecord: true, typedSlug: 'other-term', exists: taken, inDraft })).toEqual([]);
  });
  it('asks each backend for the draft branch Decap uses, cms/<collection>/<slug>/index', async () => {
    const { draftExists } = await import('../../cms/admin/entry-exists');
    const asked: string[] = [];
    const answer = (ok: boolean) => (async (url: string | URL | Request, init?: RequestInit) => {
      asked.push(`${String(url)} ${init?.body ?? ''}`);
      return new Response('{}', { status: ok ? 200 : 404 });
    }) as typeof fetch;
    expect(await draftExists({ name: 'github', repo: 'tokyo/navi' }, 'glossary', 'draft-term', answer(true))).toBe(true);
    expect(await draftExists({ name: 'gitlab', repo: 'tokyo/navi' }, 'glossary', 'draft-term', answer(false))).toBe(false);
    expect(await draftExists({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' }, 'glossary', 'draft-term', answer(true))).toBe(true);
    expect(asked).toEqual([
      'https://api.github.com/repos/tokyo/navi/branches/cms%2Fglossary%2Fdraft-term%2Findex ',
      'https://gitlab.com/api/v4/projects/tokyo%2Fnavi/repository/branches/cms%2Fglossary%2Fdraft-term%2Findex ',
      'http://localhost:8081/api/v1 {"action":"unpublishedEntry","params":{"branch":"main","collection":"glossary","slug":"draft-term/index"}}',
    ]);
  });
  it('reads a workflow draft’s slug (draft-term/index) as its URL名, so re-saving it is no rename', async () => {
    const { urlNameOf } = await import('../../cms/admin/slug-guard');
    expect(urlNameOf('draft-term/index')).toBe('draft-term');
    expect(urlNameOf('applied-acute-care')).toBe('applied-acute-care');
    expect(await slugProblems({ newRecord: false, currentSlug: urlNameOf('draft-term/index'), typedSlug: 'draft-term', exists: taken })).toEqual([]);
  });
  it('refuses renaming an existing entry, with what to do instead', async () => {
    expect(await slugProblems({ newRecord: false, currentSlug: 'a', typedSlug: 'b', exists: taken })).toEqual([expect.stringContaining('変更できません')]);
    expect(await slugProblems({ newRecord: false, currentSlug: 'a', typedSlug: '', exists: taken })).toEqual([]);
  });
});

/** Read as Decap does, cleaned as the preSave step does, and written back. */
const resave = (raw: string, edit: (data: Record<string, unknown>) => void = () => undefined) => {
  const data = fromFile(raw);
  edit(data);
  const cleaned = cleanEntryData(fromJS(data) as unknown as ImmutableLike) as unknown as { toJS(): Record<string, unknown> };
  return toFile(cleaned.toJS());
};
const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, index) => (line === b[index] ? [] : [`${line} → ${b[index]}`]));
};

describe('saving rewrites only what the editor changed', () => {
  const files = globSync('src/content/*/*/index.md').sort();
  it.each(files)('%s: saving unchanged writes the same bytes', (file) => {
    const raw = readFileSync(file, 'utf8');
    expect(resave(raw)).toBe(raw);
  });

  const collections = [...new Set(files.map((file) => file.split('/')[2]!))];
  it.each(collections)('%s: editing one field changes exactly that field’s line', (collection) => {
    const file = files.find((candidate) => candidate.split('/')[2] === collection)!;
    const raw = readFileSync(file, 'utf8');
    const data = fromFile(raw);
    const [key, value] = Object.entries(data).find(([name, candidate]) => name !== SOURCE_KEY && name !== 'body' && ((typeof candidate === 'string' && !candidate.includes('\n')) || typeof candidate === 'number'))!;
    const after = resave(raw, (entry) => {
      entry[key] = typeof value === 'number' ? value + 1 : `${value}（改）`;
    });
    const changed = changedLines(raw, after);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(new RegExp(`^${key}: `));
  });

  it('keeps comments and quoting around a change deep in a list', () => {
    const raw = readFileSync('src/content/manga/episode-01/index.md', 'utf8');
    const after = resave(raw, (data) => {
      const pages = data['pages'] as { transcript: { line: string }[] }[];
      pages[1]!.transcript[0]!.line = '書き換えたせりふ';
    });
    expect(changedLines(raw, after)).toEqual([expect.stringMatching(/line: ".*" → +line: "書き換えたせりふ"$/)]);
    expect(after.split('\n')[1]).toMatch(/^# /);
  });

  it('does not write the URL名 field; a new entry is written in the form’s order', () => {
    const written = toFile({ title: 'タイトル', slug: 'new-entry', kind: 'basic', body: '本文\n' }, ['slug', 'title', 'kind']);
    expect(written).toBe('---\ntitle: タイトル\nkind: basic\n---\n本文\n');
    expect(toFile({ ...fromFile('---\ntitle: a\nsummary: b\n---\n'), kind: 'basic' }, ['title', 'kind', 'summary'])).toBe('---\ntitle: a\nkind: basic\nsummary: b\n---\n');
  });
});

describe('Japanese strings added to Decap’s ja locale', () => {
  it('fills the gaps and keeps Decap’s own wording', () => {
    const merged = mergeLocale({ editor: { editorWidgets: { list: { delete: '削除' } } } }, jaAdditions) as { editor: { editorWidgets: { list: Record<string, string> } } };
    expect(merged.editor.editorWidgets.list).toMatchObject({ delete: '削除', add: '%{item}を追加' });
  });
});

describe('react-select’s “Remove <value>” buttons in Japanese', () => {
  it('words the × of a chosen value, and leaves other labels alone', async () => {
    const { japaneseAriaLabel } = await import('../../cms/admin/dnd-japanese');
    expect(japaneseAriaLabel('Remove 支援の内容')).toBe('「支援の内容」を外す');
    expect(japaneseAriaLabel('閉じる')).toBeUndefined();
  });
});

describe('drag-and-drop screen-reader text in Japanese', () => {
  it('translates dnd-kit’s fixed English announcements', async () => {
    const { japaneseDndText } = await import('../../cms/admin/dnd-japanese');
    expect(japaneseDndText('Picked up draggable item 3.')).toBe('項目 3 をつかみました。');
    expect(japaneseDndText('Draggable item 3 was dropped over droppable area 5')).toBe('項目 3 を 5 の位置に置きました。');
    expect(japaneseDndText('\n    To pick up a draggable item, press the space bar.\n')).toMatch(/^スペースキー/);
    expect(japaneseDndText('項目 3 をつかみました。')).toBeUndefined();
  });
});

describe('previews use the pages’ own formatting', () => {
  it('a seminar: 和暦（西暦） date, venue, capacity, fee and lecturer as on its page', async () => {
    const { seminarPreview } = await import('../../cms/admin/preview-model');
    const view = seminarPreview({ ...outreach, capacity: 40, program: [{ label: '第1部', title: '医療DXの基本', speaker: '東京都職員' }] }, new Date('2026-10-01T00:00:00+09:00'));
    expect(view.facts).toEqual([
      { term: '日時', detail: '令和8年（2026年）11月12日（木）19:00〜20:30' },
      { term: '形式', detail: '対面' },
      { term: '会場', detail: 'サンプル区民会館\n東京都新宿区サンプル1-2-3' },
      { term: '対象', detail: '都内診療所の医師' },
      { term: '定員', detail: '40名' },
      { term: '参加費', detail: '無料' },
      { term: '講師', detail: '調整中' },
    ]);
    expect(view.program).toEqual(['第1部 医療DXの基本（東京都職員）']);
  });
  it('a video: 制作中 with the planned month, 公開中 with its release date', async () => {
    const { videoPreview } = await import('../../cms/admin/preview-model');
    const now = new Date('2026-12-01T00:00:00+09:00');
    expect(videoPreview({ title: 'a', status: 'in-production', plannedMonth: '2027-02' }, now)).toMatchObject({ statusLabel: '制作中', when: '令和9年（2027年）2月公開予定' });
    expect(videoPreview({ title: 'a', status: 'published', releaseDate: '2026-11-20T10:00:00+09:00', duration: 'PT1M30S' }, now)).toMatchObject({ statusLabel: '公開中', when: '公開日 2026年11月20日（金）', duration: '1分30秒' });
  });
});
