// Main asks the person itself before a fix changes this computer: the renderer alone (which
// could be compromised) must never be enough to change DNS servers where no admin prompt follows.
import type { FixId, FixParams } from '../../contract';
import type { FixPlan } from '../../engine/fixes';

/** What the native dialog shows. */
export interface SystemChangeQuestion {
  /** One short question, the dialog's main line. */
  question: string;
  /** The change in plain words (from → to), below the question. */
  detail: string;
  /** The button that goes ahead (the other one is "Cancel", the default). */
  confirmLabel: string;
}

interface ConfirmText {
  question: string;
  confirmLabel: string;
  /** Said when the preview lists no change of its own. */
  what: string;
  /** Said after the change list. */
  after: string;
}

/**
 * Which fixes main confirms, by id (a new fix does not compile until it is decided here):
 * every fix that runs a command changing this computer. Guided fixes and opening the site in
 * a browser window change nothing, so they are null.
 */
export const SYSTEM_CHANGE_TEXT: Readonly<Record<FixId, ConfirmText | null>> = {
  'flush-dns': {
    question: 'Empty the DNS cache of this computer?',
    confirmLabel: 'Empty the cache',
    what: 'This computer forgets the addresses of sites it looked up earlier.',
    after: 'Nothing else changes.',
  },
  'switch-dns': {
    question: 'Change the DNS servers of this computer?',
    confirmLabel: 'Change DNS servers',
    what: 'This computer will look up site addresses with other DNS servers.',
    after: 'Your current settings are saved first, and you can undo the change.',
  },
  'renew-dhcp': {
    question: 'Ask your router for a new network address?',
    confirmLabel: 'Get a new address',
    what: 'This computer gives back its network address and asks the router for a new one.',
    after: 'The connection drops for a few seconds.',
  },
  'open-private-window': null,
  'open-other-browser': null,
  'guide-clear-site-cache': null,
  'guide-restart-router': null,
  'guide-disable-proxy': null,
};

/** The "Cancel" outcome's message (the run ends as cancelled). */
export const CONFIRM_CANCELLED_TEXT = 'Cancelled. Nothing was changed.';
/** The invoke's error when the dialog could not be shown (nothing runs). */
export const CONFIRM_FAILED_TEXT =
  'Gateway Doctor could not ask you to confirm this change, so nothing was changed.';

/**
 * The question main asks before `fixId` runs with `plan` (this machine's preview), or null when
 * the fix changes nothing on the system (or is unavailable: the run refuses it by itself).
 */
export function systemChangeQuestion(
  fixId: FixId,
  params: FixParams,
  plan: FixPlan,
): SystemChangeQuestion | null {
  const text = SYSTEM_CHANGE_TEXT[fixId];
  if (!text || !plan.preview.available) return null;
  const changes =
    plan.preview.changes.length > 0
      ? plan.preview.changes
      : fixId === 'switch-dns' && params.servers
        ? [`New DNS servers: ${params.servers.join(', ')}`]
        : [];
  const lines =
    changes.length > 0 ? [...changes.map((c) => `• ${c}`), '', text.after] : [text.what, text.after];
  return { question: text.question, detail: lines.join('\n'), confirmLabel: text.confirmLabel };
}
