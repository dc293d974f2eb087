// The native dialog behind confirmSystemChange, with electron mocked: Cancel is the default,
// only the confirm button says yes, and it is modal to the app window when there is one.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ boxes: [] as unknown[][], response: 1 }));

vi.mock('electron', () => ({
  BrowserWindow: function BrowserWindow() {},
  net: {},
  session: {},
  dialog: {
    showMessageBox: async (...args: unknown[]) => {
      calls.boxes.push(args);
      return { response: calls.response, checkboxChecked: false };
    },
  },
}));

const { electronConfirmSystemChange } = await import('../../../electron/main/adapters');
const question = {
  question: 'Change the DNS servers of this computer?',
  detail: '• eth0: 192.168.1.1 → 1.1.1.1',
  confirmLabel: 'Change DNS servers',
};

beforeEach(() => {
  calls.boxes.length = 0;
});

describe('electronConfirmSystemChange', () => {
  it('shows a question box with Cancel as default and Escape answer, modal to the window', async () => {
    const win = { isDestroyed: () => false };
    calls.response = 0;
    const ask = electronConfirmSystemChange(() => win as never);
    await expect(ask(question)).resolves.toBe(true);
    const [parent, options] = calls.boxes[0] ?? [];
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      type: 'question',
      message: question.question,
      detail: question.detail,
      buttons: ['Change DNS servers', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
  });

  it('answers no for Cancel (or anything but the confirm button), with or without a window', async () => {
    calls.response = 1;
    await expect(electronConfirmSystemChange(() => null)(question)).resolves.toBe(false);
    expect(calls.boxes[0]).toHaveLength(1);
    calls.response = 7;
    await expect(electronConfirmSystemChange(() => null)(question)).resolves.toBe(false);
  });
});
