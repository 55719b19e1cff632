/**
 * Preview panes that look like the site (its CSS is registered as the preview style).
 * Decap renders previews with its own React; these are plain functions calling its `h`,
 * so no React or JSX is bundled here.
 */
import { mangaPagesPreview, mangaPublishedText, newsPreview, seminarPreview, videoPreview, withTranslation } from './preview-model';
import { defaultLocaleId, localeById } from '../../src/i18n/locales';
import { JAPANESE_KEY } from './yaml-format';
import { faqTopicLabels } from '../../src/schemas/faq';

type H = (...args: unknown[]) => unknown;
interface PreviewProps {
  entry: { getIn(path: string[]): { toJS?: () => unknown } | unknown };
  /** The language of Decap's first pane, which the preview follows (i18n collections only). */
  locale?: string;
  getAsset: (path: string) => { toString(): string } | undefined;
  widgetFor?: (name: string) => unknown;
}
export interface DecapGlobal {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerEventListener(listener: { name: string; handler: (args: never) => unknown }): void;
  registerLocale(locale: string, phrases: unknown): void;
  getLocale(locale: string): unknown;
  getBackend(name: string): unknown;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile: (content: string) => unknown; toFile: (data: never, sortedKeys?: string[]) => string }): void;
  init(options: { config: unknown }): void;
}

const rawDataOf = (props: PreviewProps): Record<string, unknown> => {
  const data = props.entry.getIn(['data']) as { toJS?: () => unknown } | undefined;
  return (data?.toJS?.() as Record<string, unknown> | undefined) ?? {};
};

/**
 * The Japanese entry last previewed, per entry: a language's preview gets only that language's
 * fields; the drawings, dates and links come from here, or from the Japanese as the file was read
 * (JAPANESE_KEY, when the Japanese preview has not been shown).
 */
const japaneseOf = new Map<string, Record<string, unknown>>();

/** The entry's data in the previewed language, laid over the Japanese (withTranslation). */
const dataOf = (props: PreviewProps): Record<string, unknown> => {
  const data = rawDataOf(props);
  const key = String(props.entry.getIn(['path']) ?? props.entry.getIn(['slug']) ?? '');
  if (!props.locale || props.locale === defaultLocaleId) {
    japaneseOf.set(key, data);
    return data;
  }
  const { [JAPANESE_KEY]: asRead, ...translation } = data;
  return withTranslation(japaneseOf.get(key) ?? asRead ?? {}, translation) as Record<string, unknown>;
};

/** The previewed page's `lang`, as the site sets it (やさしい日本語 is Japanese). */
const langOf = (props: PreviewProps) => localeById(props.locale ?? defaultLocaleId).htmlLang;

export function registerPreviews(CMS: DecapGlobal, h: H) {
  CMS.registerPreviewTemplate('seminars', (props) => {
    const view = seminarPreview(dataOf(props), new Date());
    return h(
      'main',
      { className: 'container cms-preview', lang: langOf(props) },
      h('p', { className: 'cms-preview__badges' },
        view.kindLabel ? h('span', { className: 'cms-preview__badge' }, view.kindLabel) : null,
      ),
      h('h1', null, view.title),
      h('p', { className: 'cms-preview__status' }, '受付状況：', h('span', { className: 'cms-preview__badge cms-preview__badge--status', 'data-status': view.status }, view.statusLabel)),
      view.problem ? h('p', { role: 'alert' }, view.problem) : null,
      h('p', { className: 'lead measure' }, view.summary),
      h('h2', null, '開催概要'),
      h('dl', { className: 'facts' },
        ...view.facts.map((fact, index) => h('div', { key: index }, h('dt', null, fact.term), h('dd', { style: { whiteSpace: 'pre-line' } }, fact.detail))),
      ),
      view.program.length ? h('h2', null, 'プログラム') : null,
      view.program.length ? h('ol', { className: 'program' }, ...view.program.map((part, index) => h('li', { key: index }, part))) : null,
      h('h2', null, '申込方法'),
      view.registration ? h('p', null, view.registration) : null,
    );
  });

  CMS.registerPreviewTemplate('videos', (props) => {
    const data = dataOf(props);
    const view = videoPreview(data, new Date());
    const thumbnail = typeof data['thumbnail'] === 'string' ? data['thumbnail'] : '';
    return h(
      'main',
      { className: 'container cms-preview', lang: langOf(props) },
      h('h1', null, view.title),
      h('p', null, h('span', { className: 'cms-preview__badge cms-preview__badge--status' }, view.statusLabel), view.when ? ` ${view.when}` : null),
      thumbnail ? h('img', { src: props.getAsset(thumbnail)?.toString() ?? thumbnail, alt: typeof data['thumbnailAlt'] === 'string' ? data['thumbnailAlt'] : '', style: { maxWidth: '100%', height: 'auto' } }) : null,
      h('p', { className: 'lead measure' }, view.description),
      view.duration ? h('p', null, `長さ：${view.duration}`) : null,
      view.transcript.length ? h('h2', null, '書き起こし') : null,
      ...view.transcript.map((item, index) =>
        h('div', { key: index },
          item.scene ? h('p', null, h('em', null, `［${item.scene}］`)) : null,
          h('p', null, item.speaker ? `${item.speaker}：` : '', item.line),
        ),
      ),
    );
  });

  CMS.registerPreviewTemplate('glossary', (props) => {
    const data = dataOf(props);
    const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
    const quote = (typeof data['quote'] === 'object' && data['quote'] !== null ? data['quote'] : {}) as Record<string, unknown>;
    return h(
      'main',
      { className: 'container cms-preview', lang: langOf(props) },
      h('section', { className: 'term' },
        h('h1', null, text('term') || '（用語未入力）'),
        h('p', { className: 'reading' }, `よみ：${text('reading')}`),
        h('p', null, text('definition')),
        typeof quote['text'] === 'string' && quote['text'] ? h('blockquote', null, h('p', null, quote['text']), h('p', null, `（${String(quote['source'] ?? '')}）`)) : null,
      ),
    );
  });

  CMS.registerPreviewTemplate('manga', (props) => {
    const data = dataOf(props);
    const pages = mangaPagesPreview(data);
    return h(
      'main',
      { className: 'container cms-preview', lang: langOf(props) },
      h('h1', null, typeof data['title'] === 'string' ? data['title'] : '（タイトル未入力）'),
      h('p', { className: 'episode-meta' }, mangaPublishedText(data) ?? '公開日：（未入力）'),
      h('ol', { className: 'cms-preview__pages' },
        ...pages.map((page, index) =>
          h('li', { key: index },
            page.image ? h('img', { src: props.getAsset(page.image)?.toString() ?? page.image, alt: page.alt, style: { maxWidth: '100%', height: 'auto' } }) : h('p', null, '（画像未選択）'),
            h('dl', { className: 'cms-preview__transcript' },
              ...page.lines.flatMap((line, lineIndex) => [
                h('dt', { key: `s${lineIndex}` }, line.speaker || 'ナレーション'),
                h('dd', { key: `l${lineIndex}` }, line.line),
              ]),
            ),
          ),
        ),
      ),
    );
  });

  // お知らせ (issue 20): date, category and サンプル as /news/<slug>/ shows them.
  CMS.registerPreviewTemplate('news', (props) => {
    const view = newsPreview(dataOf(props));
    return h(
      'main',
      { className: 'container cms-preview', lang: langOf(props) },
      h('article', { className: 'measure' },
        h('h1', null, view.title),
        view.sampleLabel ? h('p', { className: 'sample-note' }, h('span', { className: 'sample-label' }, view.sampleLabel)) : null,
        h('dl', { className: 'facts' },
          h('div', null, h('dt', null, '掲載日'), h('dd', null, view.dateText ?? '（掲載日時が未入力か、読めません）')),
          h('div', null, h('dt', null, '分類'), h('dd', null, view.categoryLabel ?? '（未選択）')),
        ),
        h('p', { className: 'lead' }, view.summary),
        props.widgetFor?.('body') ?? null,
      ),
    );
  });

  // The portal sections: the entry as the page reads, title first, then its text in order.
  // Only a collection with a body field has a body widget (Decap throws when asked for another).
  // よくある質問: as /faq/ shows it — the topic's heading, the question, the answer's paragraphs, its links.
  CMS.registerPreviewTemplate('faq', (props) => {
    const data = dataOf(props);
    const topic = faqTopicLabels[data['topic'] as keyof typeof faqTopicLabels];
    const answer = typeof data['answer'] === 'string' ? data['answer'].split(/\n\s*\n/) : [];
    const links = Array.isArray(data['links']) ? (data['links'] as { label?: string; href?: string }[]) : [];
    return h(
      'main',
      { className: 'container cms-preview', lang: langOf(props) },
      h('p', null, topic ?? '（分類未選択）'),
      h('h1', null, typeof data['question'] === 'string' && data['question'] ? data['question'] : '（質問未入力）'),
      ...answer.map((paragraph, index) => h('p', { key: index, className: 'measure' }, paragraph.trim())),
      links.length ? h('ul', null, ...links.map((link, index) => h('li', { key: index }, h('a', { href: link.href }, link.label)))) : null,
    );
  });

  for (const name of ['merits', 'cases', 'support', 'adoption', 'institutions', 'pmh']) {
    CMS.registerPreviewTemplate(name, (props) => {
      const data = dataOf(props);
      const title = ['title', 'name', 'label'].map((key) => data[key]).find((value) => typeof value === 'string' && value) as string | undefined;
      return h('main', { className: 'container cms-preview', lang: langOf(props) }, h('h1', null, title ?? '（タイトル未入力）'), ...genericBlocks(h, data), 'body' in data ? (props.widgetFor?.('body') ?? null) : null);
    });
  }
}

/** Text, numbers and lists of an entry as paragraphs and lists (no field names, as on the site). */
function genericBlocks(h: H, data: Record<string, unknown>): unknown[] {
  return Object.entries(data).flatMap(([key, value], index) => {
    if (['title', 'name', 'label', 'slug', 'body', 'sample'].includes(key) || key.startsWith('__')) return [];
    if (typeof value === 'string' && value && !/\.(png|jpe?g|webp)$/.test(value)) return [h('p', { key: index, className: 'measure' }, value)];
    if (typeof value === 'number') return [h('p', { key: index }, value.toLocaleString('ja-JP'))];
    if (Array.isArray(value) && value.length) {
      return [h('ul', { key: index }, ...value.map((item, itemIndex) => h('li', { key: itemIndex }, typeof item === 'object' && item !== null ? Object.values(item as Record<string, unknown>).filter((part) => typeof part === 'string' || typeof part === 'number').join('　') : String(item))))];
    }
    return [];
  });
}
