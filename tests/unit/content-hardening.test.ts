/**
 * Rules that keep content from redirecting, impersonating or silently changing a page, run
 * directly (no Astro): the Markdown allowlist, strict dates, URL and site-path rules, the folder
 * audit, source-text checks and references. tests/build/invalid-content.test.ts proves the same
 * rules are wired into `astro sync` with fixtures.
 */
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { sanitizeMarkdown, isLocalImageSource } from '../../src/integrations/markdown-sanitize';
import { calendarDate, httpsUrl, instant, isSitePath } from '../../src/schemas/shared';
import { supportMenuSchema } from '../../src/schemas/support-menu';
import { videoRelatedLink } from '../../src/schemas/video';
import { auditCollectionFiles, imageFieldsOf, imageSizeProblem, readEntrySource, referenceProblems } from '../../src/integrations/content-audit';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [sanitizeMarkdown] }).html;

describe('Markdown allowlist', () => {
  const attacks: [string, string, RegExp][] = [
    ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /<meta|evil\.example/],
    ['base', '<base href="https://evil.example/">', /<base|evil\.example/],
    ['form', '<form action="https://evil.example/"><input name="q"><button>送信</button></form>', /<form|<input|evil\.example/],
    ['iframe', '<iframe src="https://evil.example/"></iframe>', /<iframe|evil\.example/],
    ['object', '<object data="https://evil.example/x.swf"></object>', /<object|evil\.example/],
    ['event handler', '<img src="./a.png" onerror="alert(1)"> <b onclick="alert(1)">太字</b>', /onerror|onclick|alert/],
    ['javascript: link', '[押す](javascript:alert(1))', /javascript:/],
    ['external image', '![追跡](https://evil.example/pixel.png)', /<img|evil\.example/],
    ['protocol-relative image', '![追跡](//evil.example/pixel.png)', /<img|evil\.example/],
    // Markdown percent-encodes the backslash (/%5Cevil…), a harmless same-origin path; never a raw one.
    ['backslash image', '![追跡](/\\evil.example/pixel.png)', /src="[^"]*\\/],
    ['style and script', '<style>body{display:none}</style><script>alert(1)</script>', /<style|<script|alert/],
  ];
  it.each(attacks)('removes %s', (_name, markdown, forbidden) => {
    const html = render(`本文です。\n\n${markdown}\n\n続きです。`);
    expect(html).not.toMatch(forbidden);
    expect(html).toContain('続きです。');
  });

  it('keeps what editors need: headings, lists, links, tables, emphasis, footnotes, images beside the entry', () => {
    const html = render(
      '## 見出し\n\n- 項目\n\n1. 手順\n\n**強調** と *斜体* と [外部](https://www.mhlw.go.jp/) と [内部](/about/)\n\n| 列 | 値 |\n|---|---|\n| a | 1 |\n\n![待合室](./waiting-room.png)\n\n脚注[^1]\n\n[^1]: 出典\n',
    );
    for (const fragment of ['<h2>見出し</h2>', '<li>項目</li>', '<ol>', '<strong>強調</strong>', '<em>斜体</em>', 'href="https://www.mhlw.go.jp/"', 'href="/about/"', '<table>', '<td>a</td>', 'src="./waiting-room.png"', 'alt="待合室"', 'data-footnote-ref', 'href="#user-content-fn-1"', 'id="user-content-fn-1"']) {
      expect(html).toContain(fragment);
    }
  });

  it('tells local image sources from foreign ones with a URL parser', () => {
    expect(['./a.png', 'a.png', '/images/a.png', '../shared/a.png'].map(isLocalImageSource)).toEqual([true, true, true, true]);
    expect(['https://evil.example/a.png', '//evil.example/a.png', '/\\evil.example/a.png', 'data:image/png;base64,AAAA', ''].map(isLocalImageSource)).toEqual([false, false, false, false, false]);
  });
});

describe('instant: an explicit offset and a real calendar date', () => {
  const message = (value: unknown) => instant.safeParse(value).error?.issues[0]?.message ?? '';
  it('accepts +09:00 and Z', () => {
    expect((instant.parse('2026-07-09T19:00:00+09:00') as Date).toISOString()).toBe('2026-07-09T10:00:00.000Z');
    expect((instant.parse('2026-07-09T10:00:00Z') as Date).toISOString()).toBe('2026-07-09T10:00:00.000Z');
    expect((instant.parse('2026-07-09T19:00+09:00') as Date).toISOString()).toBe('2026-07-09T10:00:00.000Z');
  });
  it.each([
    ['no offset', '2026-07-09T19:00:00'],
    ['a bare date', '2026-07-09'],
    ['30 February', '2026-02-30T19:00:00+09:00'],
    ['month 13', '2026-13-01T19:00:00+09:00'],
    ['hour 24', '2026-07-09T24:00:00+09:00'],
    ['another offset', '2026-07-09T19:00:00+08:00'],
  ])('refuses %s with a Japanese message', (_name, value) => {
    expect(message(value)).toContain(`日時「${value}」は 2026-07-09T19:00:00+09:00 のように、実在する日付・時刻と +09:00（または Z）まで書いてください`);
  });
  it('refuses a Date, whose offset can no longer be checked (the loader delivers source text)', () => {
    expect(instant.safeParse(new Date('2026-07-09T10:00:00Z')).success).toBe(false);
  });
  it('leaves unquoted YAML timestamps as the text the editor wrote, so the rule sees them', () => {
    const source = '---\nstart: 2026-07-09T19:00:00\nend: 2026-02-30T19:00:00+09:00\nok: 2026-07-09T19:00:00+09:00\n---\n';
    const { data, problems } = readEntrySource(source, 'src/content/seminars/x/index.md');
    expect(problems).toEqual([]);
    expect(data).toEqual({ start: '2026-07-09T19:00:00', end: '2026-02-30T19:00:00+09:00', ok: '2026-07-09T19:00:00+09:00' });
    expect([instant.safeParse(data['start']).success, instant.safeParse(data['end']).success, instant.safeParse(data['ok']).success]).toEqual([false, false, true]);
  });
  it('calendarDate refuses days that do not exist', () => {
    const published = calendarDate('公開日（published）は 2026-10-01 の形式で、実在する日付を入力してください');
    expect((published.parse('2024-02-29') as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(published.safeParse('2026-02-29').success).toBe(false);
    expect(published.safeParse('2026-02-30').error?.issues[0]?.message).toBe('公開日（published）は 2026-10-01 の形式で、実在する日付を入力してください');
  });
});

describe('URLs and site paths', () => {
  it('httpsUrl takes https:// only, as its message says', () => {
    expect(httpsUrl.safeParse('https://www.metro.tokyo.lg.jp/').success).toBe(true);
    expect(httpsUrl.safeParse('http://www.metro.tokyo.lg.jp/').error?.issues[0]?.message).toBe('URL は https:// から始まる形で書いてください');
    expect(httpsUrl.safeParse('javascript:alert(1)').success).toBe(false);
  });
  it('site paths are same-origin by a URL parser', () => {
    expect(['/', '/support/lease/', '/manga/#top'].map(isSitePath)).toEqual([true, true, true]);
    expect(['/\\evil.example/path', '//2130706433/', '//evil.example/', 'https://evil.example/', 'about/', '/a b/'].map(isSitePath)).toEqual([false, false, false, false, false, false]);
  });
  it('a support menu detailPath and a video link refuse off-site paths with the field named', () => {
    const menu = supportMenuSchema.safeParse({ title: '支援', summary: '概要', detailPath: '//2130706433/' });
    expect(menu.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toContain('detailPath: 詳細ページ（detailPath）はこのサイトの中のパスにしてください');
    expect(videoRelatedLink.safeParse({ label: '次へ', href: '/\\evil.example/path' }).error?.issues[0]?.message).toBe('リンク先（href）は / から始まるサイト内のパスか https:// のURLにしてください');
    expect(videoRelatedLink.safeParse({ label: '次へ', href: 'http://evil.example/' }).success).toBe(false);
    expect(videoRelatedLink.safeParse({ label: '次へ', href: '/manga/' }).success).toBe(true);
  });
});

describe('folder audit: one entry per URL', () => {
  it('passes a folder of <slug>/index.md with media beside them', () => {
    expect(auditCollectionFiles('manga', ['episode-01/index.md', 'episode-01/page-01.png', 'episode-02/index.md'])).toEqual([]);
  });
  it('names both files when a folder nests another entry or an index.mdx sits beside index.md', () => {
    const problems = auditCollectionFiles('seminars', ['applied-acute-care/index.md', 'applied-acute-care/old/index.md', 'basic/index.md', 'basic/index.mdx']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('src/content/seminars/applied-acute-care/index.md のフォルダの中に別のエントリ src/content/seminars/applied-acute-care/old/index.md');
    expect(problems[1]).toContain('src/content/seminars/basic/index.md と src/content/seminars/basic/index.mdx が同じページ /seminars/basic/ になります');
  });
  it('refuses files the loader would ignore and folder names that are not slugs', () => {
    const problems = auditCollectionFiles('glossary', ['term/index-1.md', 'notes.md', 'Bad Slug テスト/index.md', 'solo/index.mdx']);
    expect(problems.join('\n')).toMatch(/Bad Slug テスト\/: フォルダ名「Bad Slug テスト」は URL になるため/);
    expect(problems.join('\n')).toContain('src/content/glossary/term/index-1.md: このファイルはサイトに読み込まれません');
    expect(problems.join('\n')).toContain('src/content/glossary/notes.md: このファイルはサイトに読み込まれません');
    expect(problems.join('\n')).toContain('src/content/glossary/solo/index.mdx: .mdx はコンテンツでは使えません');
  });
});

describe('source text checks', () => {
  const file = 'src/content/cases/x/index.md';
  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b'],
  ])('refuses %s in a field, naming it', (_name, character) => {
    const { problems } = readEntrySource(`---\ntitle: "a${character}b"\nitems:\n  - name: "c${character}"\n---\n`, file);
    expect(problems).toEqual([
      `${file}: title: 制御文字（U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）が含まれています。削除してください`,
      `${file}: items[0].name: 制御文字（U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）が含まれています。削除してください`,
    ]);
  });
  it('refuses a control character in the body', () => {
    expect(readEntrySource('---\ntitle: a\n---\n本文\u001b[31m\n', file).problems).toEqual([`${file}: 本文: 制御文字（U+001B）が含まれています。削除してください`]);
  });
  it('keeps tabs and line breaks', () => {
    expect(readEntrySource('---\ntitle: "a\\tb"\n---\r\n本文\r\n\t字下げ\n', file).problems).toEqual([]);
  });
  it('names the file for a top-level __proto__ key', () => {
    expect(readEntrySource('---\n__proto__:\n  polluted: true\ntitle: a\n---\n', file).problems).toEqual([`${file}: __proto__: 項目名「__proto__」は使えません。削除してください`]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
  it('names the file for broken YAML and for a duplicated key', () => {
    expect(readEntrySource('---\ntitle: [a\n---\n', file).problems[0]).toMatch(/^src\/content\/cases\/x\/index\.md: frontmatter の YAML が読めません/);
    expect(readEntrySource('---\ntitle: a\ntitle: b\n---\n', file).problems[0]).toMatch(/^src\/content\/cases\/x\/index\.md: frontmatter の YAML が読めません/);
  });
});

describe('references', () => {
  const existing = new Set(['glossary/denshi-karte', 'manga/episode-01', 'videos/citizens-intro']);
  const exists = (collection: string, id: string) => existing.has(`${collection}/${id}`);
  it('glossary.related must name existing terms', () => {
    expect(referenceProblems('glossary', { related: ['denshi-karte', 'no-such-term'] }, 'src/content/glossary/a/index.md', exists)).toEqual([
      'src/content/glossary/a/index.md: related[1]: 関連用語「no-such-term」がありません（src/content/glossary/no-such-term/index.md が見つかりません）',
    ]);
  });
  it('manga.glossary must name existing terms', () => {
    expect(referenceProblems('manga', { glossary: ['gone'] }, 'm.md', exists)).toEqual(['m.md: glossary[0]: 用語「gone」がありません（src/content/glossary/gone/index.md が見つかりません）']);
  });
  it('merits.links must name an existing episode or video', () => {
    const links = [
      { kind: 'manga', slug: 'episode-01' },
      { kind: 'video', slug: 'citizens-intro' },
      { kind: 'video', slug: 'episode-01' },
    ];
    expect(referenceProblems('merits', { links }, 'merit.md', exists)).toEqual(['merit.md: links[2].slug: リンク先「episode-01」がありません（src/content/videos/episode-01/index.md が見つかりません）']);
  });
});

describe('image size limits', () => {
  it('finds every image field of an entry', () => {
    expect(imageFieldsOf({ pages: [{ image: './page-01.png' }, { image: './page-02.webp' }], ogImage: './og.jpg', youtube: 'https://i.ytimg.com/x.jpg' })).toEqual([
      ['pages[0].image', './page-01.png'],
      ['pages[1].image', './page-02.webp'],
      ['ogImage', './og.jpg'],
    ]);
  });
  it('refuses more than 4,000 px a side and more than the field’s file size, in Japanese', () => {
    expect(imageSizeProblem('manga', 'm.md', 'pages[0].image', './p.png', { width: 20000, height: 20000, bytes: 389_000 })).toBe(
      'm.md: pages[0].image: 画像 ./p.png は 20000×20000 px です。縦横とも 4,000 px 以下に縮小してください（大きすぎる画像はスマートフォンで表示できません）',
    );
    expect(imageSizeProblem('manga', 'm.md', 'pages[3].image', './p.png', { width: 1200, height: 1700, bytes: 40 * 1024 * 1024 })).toBe('m.md: pages[3].image: 画像 ./p.png は 40.0 MB です。10.0 MB 以下にしてください');
    expect(imageSizeProblem('videos', 'v.md', 'thumbnail', './t.png', { width: 1280, height: 720, bytes: 6 * 1024 * 1024 })).toBe('v.md: thumbnail: 画像 ./t.png は 6.0 MB です。5.0 MB 以下にしてください');
    expect(imageSizeProblem('manga', 'm.md', 'pages[0].image', './p.png', { width: 4000, height: 4000, bytes: 10 * 1024 * 1024 })).toBeUndefined();
  });
});
