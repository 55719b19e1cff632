/**
 * A facility card's HTML (src/components/navi/InstitutionCard.astro renders it; its style lives
 * there). A string function, not a tree of components: at Tokyo scale a build draws 15,000 cards
 * up to six times each (the 区市町村 list and its feature lists), and Astro's component rendering
 * was most of the build's page time (issue 19: "the data adds under 20 s"). Each card is built
 * once per build for its words and heading, then reused by every list it appears in.
 */
import { institutionFeatures, type InstitutionFeature } from './filter';
import { nationalNetworkUrl } from './view';
import { formatDateWithEra } from '../site/dates';
import { escapeHtml } from '../site/escape-html';

export interface CardData {
  id: string;
  name: string;
  kind: string;
  municipalityName: string;
  address: string;
  tel?: string | undefined;
  updated: string;
  sample: boolean;
  features: Readonly<Record<InstitutionFeature, boolean>>;
}

/** The card's words in the page's language (institutionUi, labels and ui of src/i18n/<locale>.ts). */
export interface CardWords {
  address: string;
  tel: string;
  updated: string;
  features: string;
  supported: string;
  unsupported: string;
  network: string;
  networkId: (id: string) => string;
  kinds: Readonly<Record<string, string>>;
  featureLabels: Readonly<Record<InstitutionFeature, string>>;
  sampleLabel: string;
  sampleDescription: string;
}

export interface CardOptions {
  /** 3 in a list under an h2; 2 in the finder's dialog. */
  level: 2 | 3;
  headingId?: string | undefined;
}

const attr = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`);

const telHref = (tel: string) => `tel:${tel.replace(/[^0-9+]/g, '')}`;

/**
 * The card. The finder fills the same markup in its dialog (fields marked data-field /
 * data-feature, src/client/institution-finder.ts), so there is one card.
 */
export function institutionCardHtml(item: CardData, { level, headingId }: CardOptions, words: CardWords): string {
  const heading = `h${level}`;
  const updated = item.updated ? formatDateWithEra(new Date(`${item.updated}T00:00:00+09:00`)) : '';
  const features = institutionFeatures
    .map((feature) => {
      const yes = item.features[feature];
      return `<li data-feature="${feature}" data-state="${yes ? 'yes' : 'no'}"><svg class="icon" width="20" height="20" aria-hidden="true" focusable="false"><use href="${yes ? '#dx-yes' : '#dx-no'}"></use></svg><span>${escapeHtml(words.featureLabels[feature])}：<span data-field="state">${escapeHtml(yes ? words.supported : words.unsupported)}</span></span></li>`;
    })
    .join('');
  return (
    `<article class="institution-card"${attr('aria-labelledby', headingId)}>` +
    `<${heading} class="institution-card__name"${attr('id', headingId)}><span data-field="name">${escapeHtml(item.name)}</span> <span data-field="sample"${item.sample ? '' : ' hidden'}><span class="sample-label"${attr('title', words.sampleDescription)}>${escapeHtml(words.sampleLabel)}</span></span></${heading}>` +
    `<p class="institution-card__kind"><span data-field="kind">${escapeHtml(words.kinds[item.kind] ?? '')}</span>・<span data-field="ward">${escapeHtml(item.municipalityName)}</span></p>` +
    `<dl class="institution-card__facts">` +
    `<div><dt>${escapeHtml(words.address)}</dt><dd data-field="address">${escapeHtml(item.address)}</dd></div>` +
    `<div data-field="tel-row"${item.tel ? '' : ' hidden'}><dt>${escapeHtml(words.tel)}</dt><dd><a data-field="tel"${attr('href', item.tel ? telHref(item.tel) : 'tel:')}>${escapeHtml(item.tel ?? '')}</a></dd></div>` +
    `<div><dt>${escapeHtml(words.updated)}</dt><dd><time data-field="updated"${attr('datetime', item.updated || undefined)}>${escapeHtml(updated)}</time></dd></div>` +
    `</dl>` +
    `<ul class="institution-card__features"${attr('aria-label', words.features)}>${features}</ul>` +
    `<p class="institution-card__network"><a${attr('href', nationalNetworkUrl)} rel="external">${escapeHtml(words.network)}</a><span class="institution-card__id" data-field="id">${escapeHtml(words.networkId(item.id))}</span></p>` +
    `</article>`
  );
}

const built = new WeakMap<CardData, Map<string, string>>();

/**
 * {@link institutionCardHtml}, kept per item (items are the same objects for a whole build), per
 * locale (which decides the words) and per heading.
 */
export function cachedInstitutionCardHtml(item: CardData, options: CardOptions, words: CardWords, locale: string): string {
  let forItem = built.get(item);
  if (!forItem) built.set(item, (forItem = new Map()));
  const key = `${locale}|${options.level}|${options.headingId ?? ''}`;
  let html = forItem.get(key);
  if (html === undefined) forItem.set(key, (html = institutionCardHtml(item, options, words)));
  return html;
}
