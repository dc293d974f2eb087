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
  const file = resolveAppEntry({ isPackaged: true, devServerUrl: 'http://localhost:5173', rendererIndexPath: '/opt/gd/out/renderer/index.html' });

  it('ignores the dev server when packaged', () => {
    expect(file).toEqual({ kind: 'file', url: 'file:///opt/gd/out/renderer/index.html', path: '/opt/gd/out/renderer/index.html' });
  });

  it('uses a loopback dev server only when not packaged', () => {
    const dev = resolveAppEntry({ isPackaged: false, devServerUrl: 'http://localhost:5173/', rendererIndexPath: '/x/index.html' });
    expect(dev).toMatchObject({ kind: 'dev', origin: 'http://localhost:5173' });
    const remote = resolveAppEntry({ isPackaged: false, devServerUrl: 'http://evil.example.test:5173/', rendererIndexPath: '/x/index.html' });
    expect(remote.kind).toBe('file');
  });

  it('accepts exactly the built index.html (with any hash or query)', () => {
    expect(isAppUrl('file:///opt/gd/out/renderer/index.html', file)).toBe(true);
    expect(isAppUrl('file:///opt/gd/out/renderer/index.html#/verdict', file)).toBe(true);
    expect(isAppUrl('file:///opt/gd/out/renderer/other.html', file)).toBe(false);
    expect(isAppUrl('file:///home/user/Downloads/index.html', file)).toBe(false);
    expect(isAppUrl('https://opt/gd/out/renderer/index.html', file)).toBe(false);
    expect(isAppUrl('not a url', file)).toBe(false);
    expect(isAppUrl(null, file)).toBe(false);
  });

  it('matches Windows install paths with spaces, whatever the drive letter case', () => {
    const win = { kind: 'file' as const, url: 'file:///C:/Program%20Files/Gateway%20Doctor/resources/app.asar/out/renderer/index.html', path: 'x' };
    expect(isAppUrl('file:///c:/Program%20Files/Gateway%20Doctor/resources/app.asar/out/renderer/index.html', win)).toBe(true);
    expect(isAppUrl('file:///C:/Program Files/Gateway Doctor/resources/app.asar/out/renderer/index.html#x', win)).toBe(true);
    expect(isAppUrl('file:///C:/Users/me/Downloads/index.html', win)).toBe(false);
    // Elsewhere paths are case-sensitive.
    expect(isAppUrl('file:///OPT/gd/out/renderer/index.html', file)).toBe(false);
  });

  it('accepts the dev server origin only', () => {
    const dev = resolveAppEntry({ isPackaged: false, devServerUrl: 'http://localhost:5173/', rendererIndexPath: '/x/index.html' });
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('file:///x/index.html', dev)).toBe(false);
  });
});
