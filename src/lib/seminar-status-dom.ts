/**
 * Browser side of the status badge: rebuilds the StatusInput from data-* attributes and
 * re-labels the badge. Kept apart from seminar-status.ts so that file stays DOM-free.
 */
import { registrationOverrides, seminarLifecycles } from '../schemas/seminar-values';
import { registrationStatus, type RegistrationStatus, type StatusInput } from './seminar-status';
import { seminarUi } from './ui-strings';

const date = (value: string | undefined) => (value ? new Date(value) : undefined);

export function statusInputFromDataset(data: DOMStringMap): StatusInput {
  const override = registrationOverrides.find((value) => value === data.override);
  return {
    start: date(data.start),
    end: date(data.end),
    availableFrom: date(data.availableFrom),
    availableUntil: date(data.availableUntil),
    opens: date(data.opens),
    closes: date(data.closes),
    override,
    lifecycle: seminarLifecycles.find((value) => value === data.lifecycle),
  };
}

/** Idempotent: safe to call from every script that needs fresh statuses. */
export function refreshStatuses(root: ParentNode, now: Date): void {
  for (const badge of root.querySelectorAll<HTMLElement>('[data-seminar-status]')) {
    const status: RegistrationStatus = registrationStatus(statusInputFromDataset(badge.dataset), now);
    if (badge.dataset.seminarStatus !== status) {
      badge.dataset.seminarStatus = status;
      badge.textContent = seminarUi.statuses[status];
    }
    const scope = badge.closest<HTMLElement>('[data-status-scope]');
    if (scope) scope.dataset.status = status;
  }
}
