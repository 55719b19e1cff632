/**
 * Browser side of the status badge: rebuilds the StatusInput from data-* attributes and
 * re-labels the badge. Kept apart from seminar-status.ts so that file stays DOM-free.
 */
import { registrationStatus, statusInputFrom, type RegistrationStatus, type StatusInput } from '../lib/seminars/status';
import { seminarUi } from '../lib/site/ui-strings';

// The badge writes each instant with toISOString().
const date = (value: unknown) => (typeof value === 'string' && value ? new Date(value) : undefined);

export function statusInputFromDataset(data: DOMStringMap): StatusInput {
  return statusInputFrom({ ...data }, date);
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
