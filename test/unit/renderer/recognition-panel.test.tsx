import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { textsDe, textsEn } from '../../../electron/contract/values';
import { explainText } from '../../../electron/engine/recognise';
import { de } from '../../../renderer/locales/de';
import { en } from '../../../renderer/locales/en';
import { FakeBridge } from '../../bridge/fake-bridge';
import { renderApp } from './helpers';

const PAGE =
  'Error 1020 Ray ID: 8a1b2c3d4e5f6789 • 2026-11-22 06:00:00 UTC Access denied What happened? ' +
  'This website is using a security service to protect itself from online attacks. ' +
  'Cloudflare Ray ID: 8a1b2c3d4e5f6789 • Performance & security by Cloudflare';

describe.each([
  ['en', en, textsEn],
  ['de', de, textsDe],
] as const)('the pasted page in %s', (lang, words, texts) => {
  it('names the source and says what the code means and which id support asks for', async () => {
    // The real recogniser behind the fake bridge: the window shows what the engine found.
    const fake = new FakeBridge().handle('diagnosis:explain', ({ text }) => explainText(text));
    const { user } = renderApp({ lang, fake });
    await user.type(screen.getByRole('textbox', { name: words.questions.site.label }), 'site.example');
    await user.click(screen.getByRole('button', { name: words.app.continue }));
    await user.click(screen.getByRole('radio', { name: new RegExp(words.questions.symptom.paste.label) }));
    const field = screen.getByRole('textbox', { name: words.questions.symptom.pasteLabel });
    await user.click(field);
    await user.paste(PAGE);
    await user.click(screen.getByRole('button', { name: words.questions.symptom.recognise }));
    const source = words.recognised.source.replace('{{source}}', texts.sources.cloudflare);
    expect(await screen.findByText(source)).toBeTruthy();
    expect(screen.getByText(texts.pageCodes['cloudflare-1020'])).toBeTruthy();
    expect(screen.getByText(words.recognised.traceId.replace('{{id}}', '8a1b2c3d4e5f6789'))).toBeTruthy();
    expect(screen.getByText(words.recognised.status.replace('{{status}}', '403'))).toBeTruthy();
    // No internal id reaches the visitor.
    expect(document.body.textContent).not.toContain('cloudflare-1020');
  });
});
