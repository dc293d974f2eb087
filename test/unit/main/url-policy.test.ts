import { describe, expect, it } from 'vitest';
import { isAppUrl, parseExternalUrl, resolveAppEntry } from '../../../electron/main/url-policy';

describe('parseExternalUrl', () => {
  it.each([
    ['https://status.example.test/', 'https://status.example.test/'],
    ['http://example.test/a?b=1#c', 'http://example.test/a?b=1#c'],
    ['HTTPS://EXAMPLE.TEST', 'https://example.test/'],
  ])('accepts %s', (input, expected) => {
    expect(parseExternalUrl(input)).toBe(expected);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'smb://host/share',
    'ms-settings:network',
    '/relative/path',
    'https://user:pw@example.test/',
    'https://example.test/\nfoo',
    ' https://example.test/',
    '',
    `https://example.test/${'a'.repeat(3000)}`,
  ])('refuses %s', (input) => {
    expect(parseExternalUrl(input)).toBeNull();
  });

  it('refuses non-strings', () => {
    expect(parseExternalUrl(undefined)).toBeNull();
    expect(parseExternalUrl({ href: 'https://example.test/' })).toBeNull();
  });
});

describe('app entry and origin', () => {
  const file = resolveAppEntry({
    isPackaged: true,
    devServerUrl: 'http://localhost:5173',
    rendererIndexPath: '/opt/gd/out/renderer/index.html',
  });

  it('serves the built renderer folder as app:// and ignores the dev server when packaged', () => {
    expect(file).toEqual({
      kind: 'app',
      url: 'app://gateway-doctor/index.html',
      origin: 'app://gateway-doctor',
      root: '/opt/gd/out/renderer',
    });
  });

  it('uses a loopback dev server only when not packaged', () => {
    const dev = resolveAppEntry({
      isPackaged: false,
      devServerUrl: 'http://localhost:5173/',
      rendererIndexPath: '/x/index.html',
    });
    expect(dev).toMatchObject({
      kind: 'dev',
      origin: 'http://localhost:5173',
      url: 'http://localhost:5173/',
    });
    const remote = resolveAppEntry({
      isPackaged: false,
      devServerUrl: 'http://evil.example.test:5173/',
      rendererIndexPath: '/x/index.html',
    });
    expect(remote.kind).toBe('app');
    const none = resolveAppEntry({
      isPackaged: false,
      devServerUrl: undefined,
      rendererIndexPath: '/x/index.html',
    });
    expect(none).toMatchObject({ kind: 'app', root: '/x' });
  });

  it('accepts exactly app://gateway-doctor/index.html (with any hash or query)', () => {
    expect(isAppUrl('app://gateway-doctor/index.html', file)).toBe(true);
    expect(isAppUrl('app://gateway-doctor/index.html#/verdict', file)).toBe(true);
    expect(isAppUrl('app://gateway-doctor/index.html?x=1', file)).toBe(true);
    expect(isAppUrl('app://gateway-doctor/other.html', file)).toBe(false);
    expect(isAppUrl('app://gateway-doctor/assets/index.html', file)).toBe(false);
    expect(isAppUrl('app://evil.example.test/index.html', file)).toBe(false);
    expect(isAppUrl('app://u:p@gateway-doctor/index.html', file)).toBe(false);
    expect(isAppUrl('app://gateway-doctor:8080/index.html', file)).toBe(false);
    expect(isAppUrl('https://gateway-doctor/index.html', file)).toBe(false);
    expect(isAppUrl('file:///opt/gd/out/renderer/index.html', file)).toBe(false);
    expect(isAppUrl('not a url', file)).toBe(false);
    expect(isAppUrl(null, file)).toBe(false);
  });

  it('accepts the dev server origin only', () => {
    const dev = resolveAppEntry({
      isPackaged: false,
      devServerUrl: 'http://localhost:5173/',
      rendererIndexPath: '/x/index.html',
    });
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('app://gateway-doctor/index.html', dev)).toBe(false);
    expect(isAppUrl('file:///x/index.html', dev)).toBe(false);
  });
});
