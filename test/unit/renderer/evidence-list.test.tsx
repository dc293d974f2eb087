import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { EvidenceList } from '../../../renderer/components/evidence-list';
import { initI18n } from '../../../renderer/i18n';
import { check } from '../../bridge/fixtures';

const located = check('path-mtu', 'problem', {
  problems: ['mtu-blackhole'],
  evidence: {
    router: '192.168.77.1',
    pathMtu: 1400,
    startsAtHop: 2,
    startsAtAddress: '198.51.100.1',
    previousHop: 1,
    previousAddress: '192.168.77.1',
  },
});

function list(lang: string, checks = [located]) {
  return render(
    <I18nextProvider i18n={initI18n(lang)}>
      <EvidenceList checks={checks} />
    </I18nextProvider>,
  );
}

describe('evidence list: where large packets stop', () => {
  it('names the hop and the link, in the window’s language', () => {
    list('en');
    expect(
      screen.getByText(
        '· Large packets are lost from hop 2 (198.51.100.1), on the link from your router to your internet provider.',
        { exact: false },
      ),
    ).toBeTruthy();
  });

  it('German', () => {
    list('de');
    expect(
      screen.getByText(
        /Große Pakete gehen ab Hop 2 \(198\.51\.100\.1\) verloren, auf der Verbindung von Ihrem Router/,
      ),
    ).toBeTruthy();
  });

  it('says nothing of hops when none was located', () => {
    const { container } = list('en', [check('path-mtu', 'problem', { evidence: { startsAtHop: null } })]);
    expect(container.textContent).not.toMatch(/hop/i);
  });
});
