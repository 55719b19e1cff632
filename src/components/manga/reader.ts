/**
 * Enhances each [data-manga-reader] section into a Swiper page reader. Starts from the
 * server-rendered list (see MangaReader.astro), so everything here is comfort: the text
 * and images are already on the page without it.
 */
import Swiper from 'swiper';
import { A11y, Keyboard, Zoom } from 'swiper/modules';
import {
  groupOfPage,
  pageCounter,
  parseResume,
  preloadPages,
  progressRatio,
  resumeKey,
  singleGroups,
  spreadGroups,
  type Direction,
  type PageLayout,
} from '../../lib/manga';
import { mangaUi } from '../../lib/ui-strings';

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

function startReader(root: HTMLElement): void {
  const slug = root.dataset.slug ?? '';
  const direction = (root.dataset.direction === 'ltr' ? 'ltr' : 'rtl') as Direction;
  const layouts = (root.dataset.layouts ?? '').split(',') as PageLayout[];
  const total = layouts.length;
  const stage = root.querySelector<HTMLElement>('[data-reader-stage]');
  const list = root.querySelector<HTMLOListElement>('[data-reader-pages]');
  const fullText = root.querySelector<HTMLDetailsElement>('[data-reader-fulltext]');
  const counter = root.querySelector<HTMLElement>('[data-reader-counter]');
  const progress = root.querySelector<HTMLProgressElement>('[data-reader-progress]');
  const status = root.querySelector<HTMLElement>('[data-reader-status]');
  const currentText = root.querySelector<HTMLElement>('[data-reader-current-text]');
  const prevButton = root.querySelector<HTMLButtonElement>('[data-action="prev"]');
  const nextButton = root.querySelector<HTMLButtonElement>('[data-action="next"]');
  const textButton = root.querySelector<HTMLButtonElement>('[data-action="transcript"]');
  const fullscreenButton = root.querySelector<HTMLButtonElement>('[data-action="fullscreen"]');
  if (!stage || !list || !fullText || total === 0) return;

  // The pictures leave the list for the slides; the list, text only, becomes the text version.
  const pictures = [...list.querySelectorAll<HTMLElement>('[data-reader-image]')].map((holder) => holder.querySelector('picture')!);
  const captions = [...list.querySelectorAll<HTMLElement>('figcaption')];
  fullText.append(list);

  const storageKey = resumeKey(slug);
  let currentPage = parseResume(readStorage(storageKey), total);
  let groups: number[][] = [];
  let swiper: Swiper | undefined;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const wide = matchMedia(spreadQuery);

  const shownPages = () => groups[swiper?.activeIndex ?? 0] ?? [0];

  function unlazy(page: number) {
    const img = pictures[page]?.querySelector('img');
    if (img?.loading === 'lazy') img.loading = 'eager';
  }

  function update() {
    const pages = shownPages();
    currentPage = pages[0] ?? 0;
    const label = pageCounter(pages, total);
    if (counter) counter.textContent = label;
    if (progress) progress.value = Math.round(progressRatio(pages, total) * total);
    if (status) status.textContent = mangaUi.pageStatus(label.split(' / ')[0] ?? '', total);
    // aria-disabled rather than disabled: a disabled button would drop keyboard focus at the last page.
    prevButton?.setAttribute('aria-disabled', String(swiper?.isBeginning ?? true));
    nextButton?.setAttribute('aria-disabled', String(swiper?.isEnd ?? true));
    // Slides out of view must not be reachable by Tab or by a screen reader's virtual cursor.
    swiper?.slides.forEach((slide, index) => {
      slide.inert = index !== swiper?.activeIndex;
    });
    for (const page of pages) unlazy(page);
    for (const page of preloadPages(pages, total, 2)) unlazy(page);
    writeStorage(storageKey, String(currentPage));
    renderCurrentText();
  }

  function renderCurrentText() {
    if (!currentText || currentText.hidden) return;
    currentText.replaceChildren(...shownPages().map((page) => captions[page]!.cloneNode(true)));
  }

  function build() {
    const spread = wide.matches;
    groups = spread ? spreadGroups(layouts, direction) : singleGroups(total);
    const startGroup = groupOfPage(groups, currentPage);
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
    container.append(wrapper);
    stage!.append(container);

    swiper = new Swiper(container, {
      modules: [A11y, Keyboard, Zoom],
      initialSlide: startGroup,
      speed: reduceMotion.matches ? 0 : 300,
      keyboard: { enabled: true, onlyInViewport: true },
      zoom: { maxRatio: 3, toggle: true },
      a11y: { ...mangaUi.swiper, scrollOnFocus: false },
      lazyPreloadPrevNext: 0,
      on: {
        slideChange: update,
        doubleTap: () => window.clearTimeout(tapTimer),
        click: (s, event) => onTap(s, event as PointerEvent | TouchEvent | MouseEvent),
      },
    });
    update();
  }

  // Edge taps turn pages; a second tap within TAP_DELAY is a double-tap zoom instead.
  let tapTimer = 0;
  function onTap(s: Swiper, event: PointerEvent | TouchEvent | MouseEvent) {
    if (s.zoom.scale > 1) return;
    // On touch screens Swiper hands over the touchend event, which has no clientX of its own.
    const clientX = 'changedTouches' in event ? event.changedTouches[0]?.clientX : event.clientX;
    if (clientX === undefined) return;
    const rect = s.el.getBoundingClientRect();
    const x = (clientX - rect.left) / rect.width;
    const side = x < EDGE ? 'left' : x > 1 - EDGE ? 'right' : undefined;
    if (!side) return;
    window.clearTimeout(tapTimer);
    tapTimer = window.setTimeout(() => {
      const forward = (side === 'left') === (direction === 'rtl');
      if (forward) s.slideNext();
      else s.slidePrev();
    }, TAP_DELAY);
  }

  prevButton?.addEventListener('click', () => swiper?.slidePrev());
  nextButton?.addEventListener('click', () => swiper?.slideNext());
  textButton?.addEventListener('click', () => {
    if (!currentText) return;
    currentText.hidden = !currentText.hidden;
    textButton.setAttribute('aria-expanded', String(!currentText.hidden));
    textButton.textContent = currentText.hidden ? mangaUi.showText : mangaUi.hideText;
    renderCurrentText();
  });

  const isFullscreen = () => document.fullscreenElement === root || root.classList.contains('is-immersive');
  function syncFullscreenButton() {
    if (!fullscreenButton) return;
    fullscreenButton.setAttribute('aria-pressed', String(isFullscreen()));
    fullscreenButton.textContent = isFullscreen() ? mangaUi.exitFullscreen : mangaUi.fullscreen;
  }
  fullscreenButton?.addEventListener('click', async () => {
    if (isFullscreen()) {
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
      root.classList.remove('is-immersive');
    } else if (document.fullscreenEnabled) {
      await root.requestFullscreen().catch(() => root.classList.add('is-immersive'));
    } else {
      root.classList.add('is-immersive'); // iPhone Safari has no element full screen
    }
    syncFullscreenButton();
    swiper?.update();
  });
  document.addEventListener('fullscreenchange', () => {
    syncFullscreenButton();
    swiper?.update();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && root.classList.contains('is-immersive')) {
      root.classList.remove('is-immersive');
      syncFullscreenButton();
      fullscreenButton?.focus();
    }
  });

  // Resume where the reader stopped, and say so, with a way back to the cover.
  const resume = root.querySelector<HTMLElement>('[data-reader-resume]');
  if (resume && currentPage > 0) {
    const text = resume.querySelector('[data-reader-resume-text]');
    if (text) text.textContent = mangaUi.resumed(currentPage + 1);
    resume.hidden = false;
    resume.querySelector('[data-action="restart"]')?.addEventListener('click', () => {
      swiper?.slideTo(0);
      resume.hidden = true;
    });
  }

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
