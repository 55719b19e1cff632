/** The built manga pages: images, share card, glossary links, quoted plan text. Reads dist/. */
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { builtPagePaths, distDir, readBuilt, readPageWithoutRuby } from '../support/dist';

const episodes = builtPagePaths().filter((p) => /^\/manga\/(?!glossary\/)[a-z0-9-]+\/$/.test(p));
// The glossary's words as written, without the furigana readings (issue 21).
const glossary = readPageWithoutRuby('/manga/glossary/');
const section = (id: string) => glossary.match(new RegExp(`<section id="${id}"[\\s\\S]*?</section>`))?.[0] ?? '';

describe('episode pages', () => {
  it('there are at least two episodes of 8–12 pages', () => {
    expect(episodes.length).toBeGreaterThanOrEqual(2);
    for (const episode of episodes) {
      const pages = (readBuilt(episode).match(/class="reader-page"/g) ?? []).length;
      expect(pages, episode).toBeGreaterThanOrEqual(8);
      expect(pages, episode).toBeLessThanOrEqual(12);
    }
  });

  it.each(episodes)('%s: page 1 eager with high priority, the rest lazy; AVIF and WebP at several widths', (episode) => {
    const imgs = [...readBuilt(episode).matchAll(/<img [^>]*>/g)].map((m) => m[0]).filter((tag) => tag.includes('/_astro/page-'));
    expect(imgs[0]).toMatch(/loading="eager"/);
    expect(imgs[0]).toMatch(/fetchpriority="high"/);
    for (const tag of imgs.slice(1)) expect(tag).toMatch(/loading="lazy"/);
    for (const tag of imgs) expect(tag).toMatch(/width="\d+" height="\d+"/);
    const html = readBuilt(episode);
    expect(html).toMatch(/<source srcset="[^"]+\.avif 480w, [^"]+\.avif 720w, [^"]+\.avif 1000w" type="image\/avif"/);
    expect(html).toMatch(/type="image\/webp"/);
  });

  it.each(episodes)('%s: its own 1200×630 share image', async (episode) => {
    const og = readBuilt(episode).match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    expect(og).toMatch(/\/_astro\/.+\.png$/);
    const meta = await sharp(path.join(distDir, new URL(og!).pathname)).metadata();
    expect([meta.width, meta.height]).toEqual([1200, 630]);
  });

  it.each(episodes)('%s: share links are plain links and no third-party script loads', (episode) => {
    const html = readBuilt(episode);
    // The site's one share component: LINE's share URL, the page carrying the manga campaign's utm_*.
    expect(html).toMatch(/<a [^>]*href="https:\/\/line\.me\/R\/share\?text=[^"]*utm_campaign%3Diryo-dx-manga"/);
    expect(html).not.toMatch(/<script[^>]+src="https?:\/\//);
  });
});

describe('glossary page', () => {
  const required = ['医療DX', '電子カルテ', '電子カルテ情報共有サービス', '全国医療情報プラットフォーム', 'マイナ保険証', 'オンライン資格確認', 'オンライン診療', 'PMH', 'HL7 FHIR', 'SS-MIX2', '3文書6情報'];
  it.each(required)('explains %s', (term) => {
    expect(glossary).toContain(`>${term}</h2>`);
  });

  it('quotes the plan’s 3文書6情報 word for word', () => {
    expect(section('sanbunsho-rokujoho')).toContain('3文書：健康診断結果報告書、診療情報提供書、退院時サマリー\n6情報：傷病名、感染症情報(一部のみ)、薬剤禁忌情報、アレルギー情報、検査情報(一部のみ)、処方情報');
  });

  it('links each term to the episodes that use it, and each episode links back', () => {
    for (const episode of episodes) {
      const html = readBuilt(episode);
      const used = [...html.matchAll(/href="\/manga\/glossary\/#([a-z0-9-]+)"/g)].map((m) => m[1]!);
      expect(used.length, episode).toBeGreaterThan(0);
      for (const id of used) expect(section(id), `${id} → ${episode}`).toContain(`href="${episode}"`);
    }
  });
});
