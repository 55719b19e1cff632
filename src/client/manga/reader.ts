/**
 * Enhances each [data-manga-reader] section into a Swiper page reader. Starts from the
 * server-rendered list (see MangaReader.astro), so everything here is comfort: the text
 * and images are already on the page without it.
 *
 * Besides turning pages it keeps the page in the address (`#p=N`, replaced, never pushed,
 * so Back leaves the reader), offers an immersive full-viewport mode whose controls fade
 * and come back with a centre tap or the M key, a seek slider and a page grid, and an end
 * card after the last page.
 */
import Swiper from 'swiper';
import { A11y, Keyboard, Zoom } from 'swiper/modules';
import {
  groupOfPage,
  offlineKey,
  pageAddress,
  pageCounter,
  parsePageAddress,
  parseResume,
  preloadPages,
  progressRatio,
  readKey,
  resumeKey,
  singleGroups,
  spreadGroups,
  type Direction,
  type PageLayout,
} from '../../lib/manga/manga';
import type { BrowserStrings } from '../../i18n/browser-strings';
import { fillTemplate, readStrings } from '../page-strings';

/** The reader's words, in the page's language (MangaReader.astro hands them over). */
export type ReaderStrings = BrowserStrings<'mangaReader'>;

/** Landscape screens wide enough for two pages side by side show spreads. */
const spreadQuery = '(orientation: landscape) and (min-width: 40rem)';
const EDGE = 0.2; // share of the width at each side that turns the page on tap
const TAP_DELAY = 260; // wait this long for a second tap before treating a tap as a page turn

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage blocked (private mode, policy): reading still works, just no resume
  }
}
function writeStorage(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* see readStorage */
  }
}

/** Makes everything outside `root` inert (or live again), as a modal dialog would. */
function setOutsideInert(root: HTMLElement, inert: boolean): void {
  for (let node: HTMLElement | null = root; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling !== node && sibling instanceof HTMLElement && sibling.tagName !== 'SCRIPT') sibling.inert = inert;
    }
  }
}

function startReader(root: HTMLElement): void {
  const slug = root.dataset.slug ?? '';
  const direction = (root.dataset.direction === 'ltr' ? 'ltr' : 'rtl') as Direction;
  const layouts = (root.dataset.layouts ?? '').split(',') as PageLayout[];
  const total = layouts.length;
  const words = readStrings<ReaderStrings>(root);
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const stage = q('[data-reader-stage]');
  const list = q<HTMLOListElement>('[data-reader-pages]');
  const fullText = q<HTMLDetailsElement>('[data-reader-fulltext]');
  const counter = q('[data-reader-counter]');
  const progress = q<HTMLProgressElement>('[data-reader-progress]');
  const seek = q<HTMLInputElement>('[data-reader-seek]');
  const status = q('[data-reader-status]');
  const currentText = q('[data-reader-current-text]');
  const endCard = q('[data-reader-endcard]');
  const thumbs = q<HTMLDialogElement>('[data-reader-thumbnails]');
  const prevButton = q<HTMLButtonElement>('[data-action="prev"]');
  const nextButton = q<HTMLButtonElement>('[data-action="next"]');
  const textButton = q<HTMLButtonElement>('[data-action="transcript"]');
  const fullscreenButton = q<HTMLButtonElement>('[data-action="fullscreen"]');
  if (!stage || !list || !fullText || total === 0) return;

  // The pictures leave the list for the slides; the list, text only, becomes the text version.
  const pictures = [...list.querySelectorAll<HTMLElement>('[data-reader-image]')].map((holder) => holder.querySelector('picture')!);
  const captions = [...list.querySelectorAll<HTMLElement>('figcaption')];
  fullText.append(list);

  const storageKey = resumeKey(slug);
  const addressed = parsePageAddress(location.hash, total);
  const stored = parseResume(readStorage(storageKey), total);
  let currentPage = addressed ?? stored;
  let groups: number[][] = [];
  let swiper: Swiper | undefined;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const wide = matchMedia(spreadQuery);

  /** The end card is one slide after the last group. */
  const atEnd = () => !!endCard && (swiper?.activeIndex ?? 0) >= groups.length;
  const shownPages = () => (atEnd() ? groups[groups.length - 1] : groups[swiper?.activeIndex ?? 0]) ?? [0];

  function unlazy(page: number) {
    const img = pictures[page]?.querySelector('img');
    if (img?.loading === 'lazy') img.loading = 'eager';
  }

  /** The address follows the reader; replaceState so Back leaves instead of stepping pages. */
  function syncAddress() {
    const wanted = pageAddress(currentPage);
    if (location.hash === wanted || (currentPage === 0 && location.hash === '')) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${wanted}`);
  }

  function update() {
    const pages = shownPages();
    const end = atEnd();
    currentPage = pages[0] ?? 0;
    const label = pageCounter(pages, total);
    if (counter) counter.textContent = end ? words.endCounter : label;
    if (progress) progress.value = Math.round(progressRatio(pages, total) * total);
    if (seek) {
      seek.value = String(end ? total : currentPage + 1);
      seek.setAttribute('aria-valuetext', fillTemplate(words.seekValue, Number(seek.value), total));
    }
    if (status) status.textContent = end ? words.endHeading : fillTemplate(words.pageStatus, label.split(' / ')[0] ?? '', total);
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus at the last page.
    prevButton?.setAttribute('aria-disabled', String(swiper?.isBeginning ?? true));
    nextButton?.setAttribute('aria-disabled', String(swiper?.isEnd ?? true));
    // Slides out of view must not be reachable by Tab or by a screen reader's virtual cursor.
    swiper?.slides.forEach((slide, index) => {
      slide.inert = index !== swiper?.activeIndex;
    });
    for (const page of pages) unlazy(page);
    for (const page of preloadPages(pages, total, 2)) unlazy(page);
    if (end) {
      // Finished: the list marks it read, and the next visit starts from the cover.
      writeStorage(readKey(slug), '1');
      writeStorage(storageKey, '0');
    } else {
      writeStorage(storageKey, String(currentPage));
    }
    syncAddress();
    renderCurrentText();
  }

  function renderCurrentText() {
    if (!currentText || currentText.hidden) return;
    currentText.replaceChildren(...shownPages().map((page) => captions[page]!.cloneNode(true)));
  }

  function build() {
    const spread = wide.matches;
    const wasAtEnd = !!swiper && atEnd();
    groups = spread ? spreadGroups(layouts, direction) : singleGroups(total);
    const startGroup = wasAtEnd ? groups.length : groupOfPage(groups, currentPage);
    swiper?.destroy(true, true);
    stage!.replaceChildren();
    stage!.classList.toggle('is-spread', spread);
    const container = document.createElement('div');
    container.className = 'swiper';
    container.dir = direction;
    const wrapper = document.createElement('div');
    wrapper.className = 'swiper-wrapper';
    for (const group of groups) {
      const slide = document.createElement('div');
      slide.className = 'swiper-slide';
      const zoom = document.createElement('div');
      zoom.className = 'swiper-zoom-container';
      // A right-to-left spread shows its first page on the right.
      const ordered = direction === 'rtl' ? [...group].reverse() : group;
      if (group.length > 1) {
        const target = document.createElement('div');
        target.className = 'swiper-zoom-target';
        target.dir = 'ltr';
        target.append(...ordered.map((page) => pictures[page]!));
        zoom.append(target);
      } else {
        zoom.append(pictures[group[0]!]!);
      }
      slide.append(zoom);
      wrapper.append(slide);
    }
    if (endCard) {
      const slide = document.createElement('div');
      slide.className = 'swiper-slide reader-end-slide';
      endCard.hidden = false;
      slide.append(endCard);
      wrapper.append(slide);
    }
    container.append(wrapper);
    stage!.append(container);

    swiper = new Swiper(container, {
      modules: [A11y, Keyboard, Zoom],
      initialSlide: startGroup,
      speed: reduceMotion.matches ? 0 : 300,
      keyboard: { enabled: true, onlyInViewport: true },
      zoom: { maxRatio: 3, toggle: true },
      a11y: { ...words.swiper, scrollOnFocus: false },
      lazyPreloadPrevNext: 0,
      // Links and buttons on the end card stay clickable; swiping still works around them.
      noSwipingSelector: 'a, button, input',
      on: {
        slideChange: () => {
          update();
          if (isImmersive()) setChrome(false); // reading has started: the drawing gets the screen
        },
        doubleTap: () => window.clearTimeout(tapTimer),
        click: (s, event) => onTap(s, event as PointerEvent | TouchEvent | MouseEvent),
      },
    });
    update();
  }

  // Edge taps turn pages; a centre tap shows or hides the controls (or, in the normal view,
  // opens the immersive view); a second tap within TAP_DELAY is a double-tap zoom instead.
  let tapTimer = 0;
  function onTap(s: Swiper, event: PointerEvent | TouchEvent | MouseEvent) {
    if (s.zoom.scale > 1) return;
    if (event.target instanceof Element && event.target.closest('a, button, input')) return; // a link on the end card
    // On touch screens Swiper hands over the touchend event, which has no clientX of its own.
    const clientX = 'changedTouches' in event ? event.changedTouches[0]?.clientX : event.clientX;
    if (clientX === undefined) return;
    const rect = s.el.getBoundingClientRect();
    const x = (clientX - rect.left) / rect.width;
    const side = x < EDGE ? 'left' : x > 1 - EDGE ? 'right' : 'centre';
    window.clearTimeout(tapTimer);
    tapTimer = window.setTimeout(() => {
      if (side === 'centre') {
        if (isImmersive()) setChrome(root.classList.contains('is-chrome-hidden'));
        else void enterImmersive();
        return;
      }
      const forward = (side === 'left') === (direction === 'rtl');
      if (forward) s.slideNext();
      else s.slidePrev();
    }, TAP_DELAY);
  }

  prevButton?.addEventListener('click', () => swiper?.slidePrev());
  nextButton?.addEventListener('click', () => swiper?.slideNext());
  seek?.addEventListener('input', () => swiper?.slideTo(groupOfPage(groups, Number(seek.value) - 1)));
  textButton?.addEventListener('click', () => {
    if (!currentText) return;
    currentText.hidden = !currentText.hidden;
    textButton.setAttribute('aria-expanded', String(!currentText.hidden));
    textButton.textContent = currentText.hidden ? words.showText : words.hideText;
    renderCurrentText();
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action="restart"]')) {
    button.addEventListener('click', () => {
      swiper?.slideTo(0);
      const resume = q('[data-reader-resume]');
      if (resume) resume.hidden = true;
    });
  }

  // ---------- Immersive mode ----------
  const isImmersive = () => root.classList.contains('is-immersive');
  function setChrome(visible: boolean) {
    root.classList.toggle('is-chrome-hidden', !visible);
  }
  function syncFullscreenButton() {
    if (!fullscreenButton) return;
    fullscreenButton.setAttribute('aria-pressed', String(isImmersive()));
    fullscreenButton.textContent = isImmersive() ? words.exitFullscreen : words.fullscreen;
  }
  let native = false;
  async function enterImmersive() {
    if (isImmersive()) return;
    root.classList.add('is-immersive');
    document.documentElement.classList.add('has-immersive-reader');
    setOutsideInert(root, true);
    setChrome(true);
    syncFullscreenButton();
    fullscreenButton?.focus({ preventScroll: true });
    // Where the element Fullscreen API exists the browser's own bars go too; iPhone Safari has
    // none, and the fixed full-viewport layer (dvh, safe-area insets) is the whole mode.
    if (document.fullscreenEnabled) {
      native = await root.requestFullscreen({ navigationUI: 'hide' }).then(() => true, () => false);
    }
    swiper?.update();
  }
  function exitImmersive() {
    if (!isImmersive()) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    native = false;
    root.classList.remove('is-immersive', 'is-chrome-hidden');
    document.documentElement.classList.remove('has-immersive-reader');
    setOutsideInert(root, false);
    syncFullscreenButton();
    swiper?.update();
    // Back in the normal view on the same page, with the reader in sight.
    stage!.scrollIntoView({ block: 'nearest' });
    fullscreenButton?.focus({ preventScroll: true });
  }
  fullscreenButton?.addEventListener('click', () => (isImmersive() ? exitImmersive() : void enterImmersive()));
  document.addEventListener('fullscreenchange', () => {
    // Escape in native full screen is taken by the browser: leave immersive mode with it.
    if (!document.fullscreenElement && native) exitImmersive();
    else swiper?.update();
  });
  document.addEventListener('keydown', (event) => {
    if (!isImmersive() || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (thumbs?.open) return; // the dialog handles its own Escape
    if (event.key === 'Escape') exitImmersive();
    else if (event.key === 'm' || event.key === 'M') setChrome(root.classList.contains('is-chrome-hidden'));
    else if (event.key === 'Tab') setChrome(true); // keyboard users always see where focus goes
  });
  root.addEventListener('focusin', (event) => {
    if (isImmersive() && event.target instanceof HTMLElement && event.target.closest('[data-reader-chrome]')) setChrome(true);
  });

  // ---------- Page grid ----------
  const thumbsButton = q<HTMLButtonElement>('[data-action="thumbnails"]');
  const thumbsList = thumbs?.querySelector('[data-reader-thumbnail-list]');
  function fillThumbnails() {
    if (!thumbsList || thumbsList.childElementCount > 0) return;
    pictures.forEach((picture, page) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'reader-thumb';
      button.dataset.page = String(page);
      button.setAttribute('aria-label', fillTemplate(words.thumbnailPage, page + 1));
      const copy = picture.cloneNode(true) as HTMLElement;
      for (const el of copy.querySelectorAll('source, img')) el.setAttribute('sizes', '6rem');
      const img = copy.querySelector('img');
      if (img) {
        img.alt = '';
        img.loading = 'lazy';
        img.decoding = 'async';
        img.removeAttribute('fetchpriority');
      }
      const number = document.createElement('span');
      number.className = 'reader-thumb-number';
      number.textContent = String(page + 1);
      number.setAttribute('aria-hidden', 'true');
      button.append(copy, number);
      button.addEventListener('click', () => {
        thumbs!.close();
        swiper?.slideTo(groupOfPage(groups, page));
      });
      item.append(button);
      thumbsList.append(item);
    });
  }
  thumbsButton?.addEventListener('click', () => {
    if (!thumbs) return;
    fillThumbnails();
    const shown = shownPages();
    for (const button of thumbs.querySelectorAll<HTMLButtonElement>('.reader-thumb')) {
      const current = !atEnd() && shown.includes(Number(button.dataset.page));
      if (current) button.setAttribute('aria-current', 'page');
      else button.removeAttribute('aria-current');
    }
    thumbs.showModal();
    thumbs.querySelector<HTMLButtonElement>('.reader-thumb[aria-current]')?.focus();
  });
  thumbs?.querySelector('[data-action="close-thumbnails"]')?.addEventListener('click', () => thumbs.close());

  // ---------- Offline reading (module loaded only when asked for) ----------
  const offlineButton = q<HTMLButtonElement>('[data-action="offline"]');
  const offlineClear = q<HTMLButtonElement>('[data-action="offline-clear"]');
  const offlineStatus = q('[data-reader-offline-status]');
  const offlineUsage = q('[data-reader-offline-usage]');
  async function showUsage() {
    const { storageUsedText } = await import('./offline');
    const text = await storageUsedText(words);
    if (offlineUsage) offlineUsage.textContent = text ?? '';
    if (offlineClear) offlineClear.hidden = !text;
  }
  offlineButton?.addEventListener('click', async () => {
    const { offlineSupported, saveEpisodeOffline } = await import('./offline');
    if (!offlineStatus) return;
    if (!offlineSupported()) {
      offlineStatus.textContent = words.offlineUnsupported;
      return;
    }
    offlineButton.setAttribute('aria-disabled', 'true');
    offlineStatus.textContent = words.offlineSaving;
    try {
      await saveEpisodeOffline(slug, pictures);
      offlineStatus.textContent = words.offlineSaved;
      root.dataset.offline = 'saved';
    } catch {
      offlineStatus.textContent = words.offlineFailed;
    } finally {
      offlineButton.removeAttribute('aria-disabled');
      await showUsage();
    }
  });
  offlineClear?.addEventListener('click', async () => {
    const { clearOffline } = await import('./offline');
    await clearOffline();
    delete root.dataset.offline;
    if (offlineStatus) offlineStatus.textContent = words.offlineCleared;
    await showUsage();
  });
  if (readStorage(offlineKey(slug)) === '1') {
    root.dataset.offline = 'saved';
    if (offlineStatus) offlineStatus.textContent = words.offlineSaved;
    void showUsage();
  }

  // Resume where the reader stopped, and say so, with a way back to the cover. An address
  // (`#p=N`) wins over the stored page; it is only "resumed" when it is that page (a reload).
  const resume = q('[data-reader-resume]');
  if (resume && currentPage > 0 && (addressed === undefined || addressed === stored)) {
    const text = resume.querySelector('[data-reader-resume-text]');
    if (text) text.textContent = fillTemplate(words.resumed, currentPage + 1);
    resume.hidden = false;
  }
  window.addEventListener('hashchange', () => {
    const page = parsePageAddress(location.hash, total);
    if (page !== undefined && swiper && !shownPages().includes(page)) swiper.slideTo(groupOfPage(groups, page));
  });
  // Printing (the print stylesheet shows every page) needs every image loaded.
  window.addEventListener('beforeprint', () => pictures.forEach((_, page) => unlazy(page)));

  wide.addEventListener('change', build);
  reduceMotion.addEventListener('change', () => {
    if (swiper) swiper.params.speed = reduceMotion.matches ? 0 : 300;
  });
  root.classList.add('is-enhanced');
  build();
}

/** Starts every reader on the page once; does nothing where there is none. */
export function startMangaReaders(): void {
  // Swiper 14 needs Chrome 110+ / Safari 16.4+; older browsers keep the plain list.
  if (!document.documentElement.classList.contains('js')) return;
  for (const root of document.querySelectorAll<HTMLElement>('[data-manga-reader]:not(.is-enhanced)')) startReader(root);
}
