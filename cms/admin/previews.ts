/**
 * Preview panes that look like the site (its CSS is registered as the preview style).
 * Decap renders previews with its own React; these are plain functions calling its `h`,
 * so no React or JSX is bundled here.
 */
import { mangaPagesPreview, seminarPreview } from './preview-model';

type H = (...args: unknown[]) => unknown;
interface PreviewProps {
  entry: { getIn(path: string[]): { toJS?: () => unknown } | unknown };
  getAsset: (path: string) => { toString(): string } | undefined;
}
export interface DecapGlobal {
  registerPreviewStyle(url: string): void;
  registerPreviewTemplate(name: string, component: (props: PreviewProps) => unknown): void;
  registerEventListener(listener: { name: string; handler: (args: never) => unknown }): void;
  registerLocale(locale: string, phrases: unknown): void;
  getLocale(locale: string): unknown;
  registerCustomFormat(name: string, extension: string, formatter: { fromFile: (content: string) => unknown; toFile: (data: never, sortedKeys?: string[]) => string }): void;
  init(options: { config: unknown }): void;
}

const dataOf = (props: PreviewProps): Record<string, unknown> => {
  const data = props.entry.getIn(['data']) as { toJS?: () => unknown } | undefined;
  return (data?.toJS?.() as Record<string, unknown> | undefined) ?? {};
};

export function registerPreviews(CMS: DecapGlobal, h: H) {
  CMS.registerPreviewTemplate('seminars', (props) => {
    const view = seminarPreview(dataOf(props), new Date());
    return h(
      'main',
      { className: 'container cms-preview' },
      h('p', { className: 'cms-preview__badges' },
        view.kindLabel ? h('span', { className: 'cms-preview__badge' }, view.kindLabel) : null,
        ' ',
        h('span', { className: 'cms-preview__badge cms-preview__badge--status', 'data-status': view.statusLabel }, view.statusLabel),
      ),
      h('h1', null, view.title),
      view.dateText ? h('p', { className: 'lead' }, view.dateText) : null,
      view.problem ? h('p', { role: 'alert' }, view.problem) : null,
      view.formatLabel ? h('p', null, `開催形式：${view.formatLabel}`) : null,
      h('p', null, view.summary),
    );
  });

  CMS.registerPreviewTemplate('manga', (props) => {
    const data = dataOf(props);
    const pages = mangaPagesPreview(data);
    return h(
      'main',
      { className: 'container cms-preview' },
      h('h1', null, typeof data['title'] === 'string' ? data['title'] : '（タイトル未入力）'),
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
}
