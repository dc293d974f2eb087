import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { textsEn } from '../../../electron/contract/values';
import { FakeBridge } from '../../bridge/fake-bridge';
import { SAMPLE_FIXES, samplePreview } from '../../bridge/fixtures';
import { answerQuestions, finish, must, renderApp, toVerdict, waitForStart } from './helpers';

/** A switch-dns preview as main computes it from the diagnosis (the sample one has no servers). */
function withDnsChange(fake: FakeBridge): void {
  fake.handle('fix:preview', ({ fixId, params }) =>
    Promise.resolve({
      ...samplePreview(fixId),
      dnsChange: { from: ['192.168.1.1'], to: params.servers ?? ['198.51.100.53'] },
    }),
  );
}

describe('quick fixes', () => {
  it('previews the exact command, runs it, counts down, keeps it and checks again', async () => {
    const { user, fake } = await toVerdict('dns-resolver-failing');
    withDnsChange(fake);
    await user.click(screen.getByRole('button', { name: /^Switch the name lookup service\W+Quick fix$/ }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Switch the name lookup service');
    await user.click(
      await screen.findByRole('button', { name: 'Quick fix: Switch the name lookup service' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Before we change anything' });
    expect(await within(dialog).findByText('resolvectl dns eth0 198.51.100.53')).toBeTruthy();
    expect(within(dialog).getByText(/ask for your password/)).toBeTruthy();
    // the window's own words from the catalog, not main's English description
    expect(within(dialog).getByText(`How to undo it: ${textsEn.fixes['switch-dns'].undo}`)).toBeTruthy();
    expect(within(dialog).queryByText(/Your previous servers are restored/)).toBeNull();
    expect(within(dialog).queryByText(/gateway-doctor/)).toBeNull();
    expect(within(dialog).getByText('Your DNS servers: 192.168.1.1 → 198.51.100.53')).toBeTruthy();
    const runId = fake.requests('fix:preview')[0]?.params.runId;
    expect(runId).toMatch(/\S/);
    expect(fake.requests('fix:preview')).toEqual([{ fixId: 'switch-dns', params: { runId } }]);

    await user.click(within(dialog).getByRole('button', { name: 'Make the change' }));
    await waitFor(() =>
      expect(fake.requests('fix:run')).toEqual([
        { fixId: 'switch-dns', params: { runId, servers: ['198.51.100.53'] } },
      ]),
    );
    act(() => fake.emit('fix:event', { type: 'stage', fixRunId: 'fix-1', stage: 'snapshot' }));
    expect(within(dialog).getByText('Saving your current settings…')).toBeTruthy();
    // Escape does not close the dialog while the change is running.
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeTruthy();
    act(() => fake.emit('fix:event', { type: 'stage', fixRunId: 'fix-1', stage: 'awaiting-confirmation' }));
    act(() => fake.emit('fix:event', { type: 'countdown', fixRunId: 'fix-1', secondsLeft: 15 }));
    expect(within(dialog).getByText(/put your old settings back in 15 seconds/)).toBeTruthy();
    act(() => fake.emit('fix:event', { type: 'countdown', fixRunId: 'fix-1', secondsLeft: 1 }));
    expect(within(dialog).getByText(/in 1 second\./)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(fake.requests('fix:confirm')).toEqual([{ fixRunId: 'fix-1', keep: true }]);
    act(() =>
      fake.emit('fix:event', { type: 'finished', fixRunId: 'fix-1', outcome: 'kept', message: 'kept' }),
    );
    // The checks re-run on their own, then say whether it is solved.
    await waitForStart(fake, 2);
    finish(fake, 'site-ok');
    expect(await screen.findByText('Solved: the website works now.')).toBeTruthy();
  });

  it('reverts on request and stays on the step without re-checking', async () => {
    const { user, fake } = await toVerdict('dns-resolver-failing');
    withDnsChange(fake);
    await user.click(screen.getByRole('button', { name: /^Switch the name lookup service/ }));
    await user.click(await screen.findByRole('button', { name: /^Quick fix/ }));
    await user.click(await screen.findByRole('button', { name: 'Make the change' }));
    await waitFor(() => expect(fake.requests('fix:run')).toHaveLength(1));
    act(() => fake.emit('fix:event', { type: 'countdown', fixRunId: 'fix-1', secondsLeft: 9 }));
    await user.click(screen.getByRole('button', { name: 'Undo it now' }));
    expect(fake.requests('fix:confirm')).toEqual([{ fixRunId: 'fix-1', keep: false }]);
    act(() =>
      fake.emit('fix:event', {
        type: 'finished',
        fixRunId: 'fix-1',
        outcome: 'rolled-back',
        message: 'restored',
      }),
    );
    expect(screen.getByText('Your old settings are back.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.requests('diagnosis:start')).toHaveLength(1);
  });

  it('cancels from the preview, and says when a fix cannot run here', async () => {
    const { user, fake } = await toVerdict('dns-stale-answer');
    await user.click(screen.getByRole('button', { name: 'Clear saved website addresses' }));
    expect(
      screen.getByText(
        `This quick fix is not available on this computer. ${textsEn.fixUnavailable['no-dns-cache']}`,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Quick fix/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: /^Switch the name lookup service/ }));
    await user.click(screen.getByRole('button', { name: /^Quick fix/ }));
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(fake.requests('fix:run')).toHaveLength(0);
  });

  it('shows a fix preview that failed to load', async () => {
    const { user, fake } = await toVerdict('dns-resolver-failing');
    fake.handle('fix:preview', () => Promise.reject(new Error('nope')));
    await user.click(screen.getByRole('button', { name: /^Switch the name lookup service/ }));
    await user.click(screen.getByRole('button', { name: /^Quick fix/ }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toBeTruthy();
  });

  it('guides through a router restart, then checks again and says it is not solved yet', async () => {
    const { user, fake } = await toVerdict('local-network-down');
    await user.click(screen.getByRole('button', { name: /^Restart your router/ }));
    expect(await screen.findByText('Wait 30 seconds.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'I did it, check again' }));
    await waitForStart(fake, 2);
    finish(fake, 'local-network-down');
    expect(await screen.findByText('Not solved yet. Here is what we found this time.')).toBeTruthy();
  });
});

describe('other next steps', () => {
  it('asks before using the outside service, then checks with it', async () => {
    const { user, fake } = await toVerdict('site-unreachable');
    await user.click(screen.getByRole('button', { name: 'Is it down for everyone?' }));
    await user.click(screen.getAllByRole('button', { name: 'Is it down for everyone?' })[0] as HTMLElement);
    expect(screen.getByText(/check-host\.net/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, ask it' }));
    await waitForStart(fake, 2);
    expect(must(fake.requests('diagnosis:start')[1]).options.external).toBe(true);
    expect(screen.getByText('Does the website work for other people?')).toBeTruthy();
  });

  it('previews the report with redaction toggles per kind, then saves, copies and emails', async () => {
    const { user, fake } = await toVerdict('site-server-error');
    await user.click(screen.getByRole('button', { name: 'Make a report' }));
    expect(await screen.findByTitle('The report as it will be saved')).toBeTruthy();
    expect(screen.getByText('For: The website’s owner or support')).toBeTruthy();
    expect(fake.requests('report:preview')[0]).toEqual({
      runId: 'run-1',
      lang: 'en',
      redaction: {
        enabled: true,
        kinds: ['public-ip', 'lan-ip', 'mac', 'hostname', 'username', 'email', 'query', 'credential'],
      },
    });
    expect(
      screen.getByRole('checkbox', { name: /^Your public internet address.*\(1 hidden\)$/ }),
    ).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Hardware (MAC) addresses' })).toBeTruthy();
    await user.click(screen.getByRole('checkbox', { name: /This computer’s name/ }));
    await waitFor(() =>
      expect(must(fake.requests('report:preview').at(-1)).redaction.kinds).toEqual([
        'public-ip',
        'lan-ip',
        'mac',
        'username',
        'email',
        'query',
        'credential',
      ]),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Hide private details (recommended)' }));
    await waitFor(() => expect(must(fake.requests('report:preview').at(-1)).redaction.enabled).toBe(false));
    expect((screen.getByRole('checkbox', { name: /Your user name/ }) as HTMLInputElement).disabled).toBe(
      true,
    );
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    expect(await screen.findByText('The report is saved.')).toBeTruthy();
    expect(must(fake.requests('report:save')[0]).redaction.enabled).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Copy the whole report' }));
    expect(await screen.findByText('The whole report is copied.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /internet provider/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Email it to the website’s support' }));
    expect(await screen.findByText(/Your email program is open/)).toBeTruthy();
    fake.handle('report:save', () => ({ saved: false, format: null }));
    await user.click(screen.getByRole('button', { name: 'Save the report…' }));
    expect(await screen.findByText('The report was not saved.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to the result' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('The website itself has a problem');
  });

  it('shows a report preview that failed', async () => {
    const { user, fake } = await toVerdict('site-server-error');
    fake.handle('report:preview', () => Promise.reject(new Error('x')));
    await user.click(screen.getByRole('button', { name: 'Make a report' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});

describe('recent checks', () => {
  it('lists earlier diagnoses and opens one', async () => {
    const { user, fake } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Recent checks' }));
    const open = await screen.findByRole('button', { name: 'Open the result for site.example' });
    expect(screen.getByRole('button', { name: 'Open the result for other.example' }).textContent).toContain(
      'Your computer cannot look up website names',
    );
    await user.click(open);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'The website itself has a problem' }),
    ).toBeTruthy();
    expect(screen.getByText(/This is an earlier result/)).toBeTruthy();
    expect(fake.requests('history:get')).toEqual([{ runId: 'run-site-server-error' }]);
  });

  it('says when a stored result is gone, when there is none, and when listing fails', async () => {
    const first = renderApp();
    await first.user.click(screen.getByRole('button', { name: 'Recent checks' }));
    await first.user.click(await screen.findByRole('button', { name: 'Open the result for other.example' }));
    expect(await screen.findByText('This result is no longer stored.')).toBeTruthy();
    first.unmount();

    const second = renderApp();
    second.fake.handle('history:list', () => []);
    await second.user.click(screen.getByRole('button', { name: 'Recent checks' }));
    expect(await screen.findByText('There are no earlier checks yet.')).toBeTruthy();
    second.unmount();

    const third = renderApp();
    third.fake.handle('history:list', () => Promise.reject(new Error('store broken')));
    await third.user.click(screen.getByRole('button', { name: 'Recent checks' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});

describe('switch-dns servers field', () => {
  it('previews typed servers through main; a refused list shows the error under the field', async () => {
    const { user, fake } = await toVerdict('dns-resolver-failing');
    withDnsChange(fake);
    await user.click(screen.getByRole('button', { name: /^Switch the name lookup service/ }));
    await user.click(await screen.findByRole('button', { name: /^Quick fix/ }));
    const dialog = await screen.findByRole('dialog');
    const field = await within(dialog).findByRole('textbox', { name: 'DNS servers to use' });
    expect((field as HTMLInputElement).value).toBe('198.51.100.53');
    await user.clear(field);
    await user.type(field, '192.0.2.1, 192.0.2.2');
    await user.click(within(dialog).getByRole('button', { name: 'Show this change' }));
    expect(
      await within(dialog).findByText('Your DNS servers: 192.168.1.1 → 192.0.2.1, 192.0.2.2'),
    ).toBeTruthy();
    expect(fake.requests('fix:preview').at(-1)?.params.servers).toEqual(['192.0.2.1', '192.0.2.2']);
    fake.handle('fix:preview', () => Promise.reject(new Error('invalid parameters')));
    await user.clear(field);
    await user.type(field, '127.0.0.1');
    await user.click(within(dialog).getByRole('button', { name: 'Show this change' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    // the last valid preview stays, so the change offered is still the one shown
    expect(within(dialog).getByText('Your DNS servers: 192.168.1.1 → 192.0.2.1, 192.0.2.2')).toBeTruthy();
  });
});

describe('fix dialog focus', () => {
  it('takes focus, keeps Tab inside, closes on Escape and gives focus back', async () => {
    const { user, fake } = await toVerdict('dns-resolver-failing');
    withDnsChange(fake);
    await user.click(screen.getByRole('button', { name: /^Switch the name lookup service/ }));
    const opener = screen.getByRole('button', { name: /^Quick fix/ });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('button', { name: 'Make the change' });
    expect(document.activeElement).toBe(
      within(dialog).getByRole('heading', { name: 'Before we change anything' }),
    );
    for (let i = 0; i < 6; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('watch edge cases', () => {
  it('checks an earlier result again from the history', async () => {
    const { user, fake } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Recent checks' }));
    await user.click(await screen.findByRole('button', { name: 'Open the result for site.example' }));
    await user.click(await screen.findByRole('button', { name: 'Check again' }));
    await waitForStart(fake);
    expect(fake.requests('diagnosis:start')[0]).toEqual({
      url: 'site.example',
      options: { role: 'visitor' },
    });
    finish(fake, 'site-ok');
    expect(await screen.findByText('Solved: the website works now.')).toBeTruthy();
  });
});

describe('browser-specific steps', () => {
  it('asks for the usual browser and fetches the steps for it', async () => {
    const { user, fake } = await toVerdict('site-ok');
    await user.click(screen.getByRole('button', { name: /^Clear this website’s saved data/ }));
    await waitFor(() =>
      expect(fake.requests('fix:preview')).toEqual([{ fixId: 'guide-clear-site-cache', params: {} }]),
    );
    expect(await screen.findByText('Find the saved data for this site.')).toBeTruthy();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Which browser do you usually use?' }),
      'Firefox',
    );
    await waitFor(() =>
      expect(fake.requests('fix:preview').at(-1)).toEqual({
        fixId: 'guide-clear-site-cache',
        params: { browser: 'firefox' },
      }),
    );
  });

  it('sends the site and the browser with "open a private window"', async () => {
    const fake = new FakeBridge();
    fake.handle('fix:list', () => [
      ...SAMPLE_FIXES,
      {
        ...samplePreview('open-private-window'),
        id: 'open-private-window',
        kind: 'command',
        available: true,
      },
    ]);
    const { user } = renderApp({ fake });
    await answerQuestions(user);
    await waitForStart(fake);
    finish(fake, 'site-ok');
    await user.click(await screen.findByRole('button', { name: /^Try a private window\W+Quick fix$/ }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Which browser do you usually use?' }),
      'Brave',
    );
    await user.click(screen.getByRole('button', { name: 'Quick fix: Try a private window' }));
    await waitFor(() =>
      expect(fake.requests('fix:preview')).toEqual([
        { fixId: 'open-private-window', params: { url: 'https://site.example', browser: 'brave' } },
      ]),
    );
  });
});
