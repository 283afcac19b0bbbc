import type { Duty } from '@callguard/engine';

/**
 * A duty as an author writes it: its kind and whom or what it names —
 * `notify security`, `propose written_only`, `decide close_account`, or
 * just `document`.
 */
export function dutyLabel(d: Duty): string {
  const object = d.target ?? d.restriction?.name ?? d.sanction;
  return object === undefined ? d.kind : `${d.kind} ${object}`;
}
