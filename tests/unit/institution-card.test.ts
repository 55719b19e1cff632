import { describe, expect, it } from 'vitest';
import { cachedInstitutionCardHtml, institutionCardHtml, type CardData, type CardWords } from '../../src/lib/institutions/card-html';
import { institutionUi, labels, ui } from '../../src/i18n/ja';

const words: CardWords = { ...institutionUi, kinds: labels.institutionKinds, featureLabels: labels.institutionFeatures, sampleLabel: ui.sampleLabel, sampleDescription: ui.sampleDescription };
const item: CardData = {
  id: 'X-1',
  name: '<script>alert("x")</script>&医院',
  kind: 'clinic',
  municipalityName: '港区',
  address: '東京都港区 "架空" 1-1',
  updated: '2026-03-01',
  sample: false,
  features: { ehr: true, myna: false, eprescription: true, online: false, pmh: false },
};

describe('the institution card as HTML', () => {
  it('escapes the data as Astro escapes expressions', () => {
    const html = institutionCardHtml(item, { level: 3, headingId: 'facility-X-1' }, words);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<span data-field="name">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;医院</span>');
    expect(html).toContain('<dd data-field="address">東京都港区 &quot;架空&quot; 1-1</dd>');
  });
  it('writes what the finder fills: features as text and icon, a hidden phone row and badge when absent, the date in 和暦（西暦）', () => {
    const html = institutionCardHtml(item, { level: 2 }, words);
    expect(html).toMatch(/^<article class="institution-card"><h2 class="institution-card__name">/);
    expect(html).toContain('<li data-feature="ehr" data-state="yes"><svg class="icon" width="20" height="20" aria-hidden="true" focusable="false"><use href="#dx-yes"></use></svg><span>電子カルテ：<span data-field="state">対応</span></span></li>');
    expect(html).toContain('<li data-feature="myna" data-state="no">');
    expect(html).toContain('<div data-field="tel-row" hidden>');
    expect(html).toContain('<span data-field="sample" hidden>');
    expect(html).toContain('<time data-field="updated" datetime="2026-03-01">令和8年（2026年）3月1日（日）</time>');
    expect(institutionCardHtml({ ...item, tel: '03-1234-5678', sample: true }, { level: 2 }, words)).toContain('<a data-field="tel" href="tel:0312345678">03-1234-5678</a>');
  });
  it('is built once per facility, locale and heading', () => {
    const first = cachedInstitutionCardHtml(item, { level: 3, headingId: 'facility-X-1' }, words, 'ja');
    expect(cachedInstitutionCardHtml(item, { level: 3, headingId: 'facility-X-1' }, { ...words, address: 'changed' }, 'ja')).toBe(first);
    expect(cachedInstitutionCardHtml(item, { level: 2 }, words, 'ja')).not.toBe(first);
  });
});
