import { describe, expect, it } from 'vitest';
import { devServerUrl } from '../../../electron/core/shell/devServerUrl';
import { isAllowedFrameNavigation } from '../../../electron/core/shell/isAllowedFrameNavigation';
import { isExternalUrl } from '../../../electron/core/shell/isExternalUrl';

describe('isExternalUrl', () => {
  it('lets web and mail links go to the system browser', () => {
    for (const url of ['https://example.com/news/storm', 'http://example.com', 'mailto:desk@example.com?subject=Storm']) {
      expect(isExternalUrl(url), url).toBe(true);
    }
  });

  it('never hands other schemes, credentials or junk to the operating system', () => {
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://newsdesk/index.html',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vbscript:msgbox',
      'data:text/html,<script>alert(1)</script>',
      'https://user:pass@example.com/',
      'https://',
      'not a url',
      `https://example.com/${'a'.repeat(3000)}`,
      '',
    ]) {
      expect(isExternalUrl(url), url).toBe(false);
    }
    expect(isExternalUrl(undefined)).toBe(false);
    expect(isExternalUrl({ href: 'https://example.com' })).toBe(false);
  });
});

describe('isAllowedFrameNavigation', () => {
  it('never lets the page itself navigate away', () => {
    expect(isAllowedFrameNavigation('https://evil.example/', true)).toBe(false);
    expect(isAllowedFrameNavigation('app://newsdesk/index.html', true)).toBe(false);
  });

  it('lets iframes hold only srcdoc previews', () => {
    expect(isAllowedFrameNavigation('about:srcdoc', false)).toBe(true);
    expect(isAllowedFrameNavigation('about:blank', false)).toBe(true);
    expect(isAllowedFrameNavigation('https://example.com/article', false)).toBe(false);
    expect(isAllowedFrameNavigation('app://newsdesk/index.html', false)).toBe(false);
  });
});

describe('devServerUrl', () => {
  it('uses a local dev server only in an unpackaged app', () => {
    expect(devServerUrl('http://localhost:5173/', false)?.origin).toBe('http://localhost:5173');
    expect(devServerUrl('http://127.0.0.1:5173', false)?.origin).toBe('http://127.0.0.1:5173');
    expect(devServerUrl('http://localhost:5173/', true)).toBeNull();
    expect(devServerUrl(undefined, false)).toBeNull();
  });

  it('refuses remote or odd dev server addresses', () => {
    for (const value of ['https://evil.example/', 'http://evil.example:5173', 'file:///tmp/index.html', 'http://user:pw@localhost:5173', 'localhost:5173', '']) {
      expect(devServerUrl(value, false), value).toBeNull();
    }
  });
});
