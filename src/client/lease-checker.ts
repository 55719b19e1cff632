/**
 * Runs the lease-subsidy checker rendered by LeaseChecker.astro. The URL query is the one
 * state: each step is `?<answers>&step=<field>`, so the browser's Back and Forward, the
 * page's own 戻る link, bookmarks and shared links all land on the same screen. Nothing is
 * sent anywhere; the decision is `assessLeaseSubsidy`, the function the unit tests check.
 */
import { answerText, answersFrom, previousStep, queryFor, questions, rawAnswersFrom, resolveStep, resultStep, nextStep, type RawAnswers, type StepId } from '../lib/support/lease-checker';
import { assessLeaseSubsidy, checkAnswer, conditions, formatSubsidy, ruleWording, type AnswerField, type AssessmentError } from '../lib/support/lease-subsidy';
import { startAll } from './start';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

function startChecker(root: HTMLElement) {
  const app = root.querySelector<HTMLElement>('[data-checker-app]');
  const fallback = root.querySelector<HTMLElement>('[data-checker-fallback]');
  const back = root.querySelector<HTMLAnchorElement>('[data-back]');
  const summaryBox = root.querySelector<HTMLElement>('[data-error-summary]');
  const summaryLink = root.querySelector<HTMLAnchorElement>('[data-error-link]');
  const result = root.querySelector<HTMLElement>('[data-result]');
  if (!app || !fallback || !back || !summaryBox || !summaryLink || !result) return;
  const forms = new Map([...root.querySelectorAll<HTMLFormElement>('form[data-step]')].map((form) => [form.dataset.step as AnswerField, form]));
  const startHref = root.dataset.startHref ?? '/';
  const baseTitle = document.title;
  const path = location.pathname;
  let currentStep: StepId = 'kind';

  const urlFor = (step: StepId, raw: RawAnswers) => `${path}${queryFor(step, raw)}`;
  const currentRaw = () => rawAnswersFrom(new URLSearchParams(location.search));
  /** How many of this checker's own entries lie behind the current one in the history. */
  const depth = () => (history.state as { leaseCheckerDepth?: number } | null)?.leaseCheckerDepth ?? 0;

  const go = (url: string) => {
    history.pushState({ leaseCheckerDepth: depth() + 1 }, '', url);
    render(true);
  };

  const showError = (form: HTMLFormElement, error: AssessmentError | undefined) => {
    const box = form.querySelector<HTMLElement>('[data-error]');
    const input = form.querySelector<HTMLInputElement>('input[type="text"]');
    const firstControl = form.querySelector<HTMLInputElement>('input');
    if (!box || !firstControl) return;
    box.textContent = error?.message ?? '';
    box.hidden = !error;
    summaryBox.hidden = !error;
    if (input) {
      const hint = form.querySelector('.hint')?.id;
      input.toggleAttribute('aria-invalid', Boolean(error));
      if (error) input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', [error && box.id, hint].filter(Boolean).join(' '));
    }
    if (error) {
      summaryLink.textContent = error.message;
      summaryLink.href = `#${firstControl.id}`;
    }
  };

  const fill = (form: HTMLFormElement, field: AnswerField, raw: RawAnswers) => {
    const value = raw[field] ?? '';
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
      if (input.type === 'radio') input.checked = input.value === value;
      else input.value = value;
    }
  };

  const renderResult = (raw: RawAnswers) => {
    const assessment = assessLeaseSubsidy(answersFrom(raw));
    const title = result.querySelector<HTMLElement>('[data-result-title]')!;
    const panel = result.querySelector<HTMLElement>('[data-result-panel]')!;
    const summary = result.querySelector<HTMLElement>('[data-result-summary]')!;
    panel.replaceChildren();
    // resolveStep only reaches the result when every answer is valid.
    if (!assessment.ok) return;
    if (assessment.eligible && assessment.thousandYen !== undefined && assessment.rule) {
      title.textContent = '対象です：リース契約による電子カルテ導入の補助';
      const box = element('div', undefined, 'outcome');
      box.dataset.outcome = 'eligible';
      box.append(
        element('p', '回答の内容では、この補助の対象になります。', ''),
        element('p', `補助額の上限（基準額）：${formatSubsidy(assessment.thousandYen)}`, 'outcome__amount'),
        element('p', `根拠：${ruleWording[assessment.rule]}`, 'outcome__rule'),
        element('p', 'リース料にかかる補助金の交付は単年度・実績払いとする（計画の記載）。実際の交付額は、基準額の範囲内で実績により決まります。'),
      );
      panel.append(box);
    } else {
      title.textContent = '対象外です：リース契約による電子カルテ導入の補助';
      const box = element('div', undefined, 'outcome outcome--no');
      box.dataset.outcome = 'ineligible';
      box.append(element('p', `回答の内容では、次の${assessment.failed.length}つの条件を満たさないため、この補助の対象になりません。`));
      const list = element('ol', undefined, 'reasons');
      assessment.failed.forEach((id, index) => {
        const item = element('li');
        item.dataset.reason = id;
        item.append(element('p', assessment.reasons[index]), element('p', `対象になるには：${conditions[id].change}`));
        list.append(item);
      });
      box.append(list);
      panel.append(box);
    }
    summary.replaceChildren(
      ...questions.map((q) => {
        const row = element('div');
        const change = element('dd', undefined, 'summary__change');
        const link = element('a', '変更');
        link.href = urlFor(q.field, raw);
        link.append(element('span', `（${q.summaryLabel}）`, 'visually-hidden'));
        link.dataset.stepLink = q.field;
        change.append(link);
        row.append(element('dt', q.summaryLabel), element('dd', answerText(q.field, raw)), change);
        return row;
      }),
    );
  };

  /** Shows the step the URL asks for; `moveFocus` after the person acted, not on first load. */
  const render = (moveFocus: boolean, error?: AssessmentError) => {
    const params = new URLSearchParams(location.search);
    const resolved = resolveStep(params);
    const raw = rawAnswersFrom(params);
    const step = resolved.step;
    currentStep = step;
    const shownError = error ?? resolved.error;
    for (const [field, form] of forms) {
      form.hidden = field !== step;
      if (field === step) {
        fill(form, field, raw);
        showError(form, shownError);
      }
    }
    if (!shownError) summaryBox.hidden = true;
    result.hidden = step !== resultStep;
    if (step === resultStep) renderResult(raw);
    const previous = previousStep(step);
    back.href = previous ? urlFor(previous, raw) : startHref;
    const question = questions.find((q) => q.field === step);
    const heading = question?.title ?? result.querySelector('[data-result-title]')?.textContent ?? '';
    document.title = `${shownError ? 'エラー：' : ''}${heading}｜${baseTitle}`;
    if (moveFocus) {
      const target = shownError ? summaryBox : step === resultStep ? result.querySelector<HTMLElement>('[data-result-title]') : forms.get(step)?.querySelector<HTMLElement>('.step__question');
      target?.focus();
    }
  };

  for (const [field, form] of forms) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const raw = currentRaw();
      const value = new FormData(form).get(field);
      if (typeof value === 'string' && value.trim() !== '') raw[field] = value;
      else delete raw[field];
      const error = checkAnswer(field, answersFrom(raw));
      if (error) {
        // The URL keeps what was typed, so a reload shows the same answer and message.
        history.replaceState(history.state, '', urlFor(field, raw));
        render(true, error);
        return;
      }
      // This step's entry keeps its answer too, so Back shows it as it was given.
      history.replaceState(history.state, '', urlFor(field, raw));
      go(urlFor(nextStep(field), raw));
    });
  }

  back.addEventListener('click', (event) => {
    // Like GOV.UK's back link: the page the person came from. Our own earlier entry is in the
    // history when depth > 0; from a bookmark, the question before; from the first, the start page.
    if (depth() > 0) {
      event.preventDefault();
      history.back();
    } else if (previousStep(currentStep)) {
      event.preventDefault();
      go(back.href);
    }
  });

  root.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const link = target.closest<HTMLAnchorElement>('a[data-step-link], a[data-restart]');
    if (link) {
      event.preventDefault();
      go(link.dataset.restart !== undefined ? `${path}?step=kind` : link.href);
    }
    if (target.closest('[data-print]')) window.print();
  });

  summaryLink.addEventListener('click', (event) => {
    event.preventDefault();
    root.querySelector<HTMLElement>(summaryLink.hash)?.focus();
  });

  window.addEventListener('popstate', () => render(true));
  app.hidden = false;
  fallback.hidden = true;
  render(false);
}

/** Starts every checker on the page once (govuk-frontend's createAll pattern). */
export function startLeaseCheckers() {
  startAll('lease-checker', startChecker);
}
