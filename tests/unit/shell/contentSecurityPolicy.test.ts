import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/core/shell/contentSecurityPolicy';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const packaged = directives(contentSecurityPolicy());

  it('lets the packaged page run only its own scripts: no inline code, no eval, no remote script', () => {
    expect(packaged.get('default-src')).toEqual(["'self'"]);
    expect(packaged.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*/);
  });

  it('allows no plugins, base rewriting, form posts, framing by others, or frames but srcdoc previews', () => {
    expect(packaged.get('object-src')).toEqual(["'none'"]);
    expect(packaged.get('base-uri')).toEqual(["'none'"]);
    expect(packaged.get('form-action')).toEqual(["'none'"]);
    expect(packaged.get('frame-ancestors')).toEqual(["'none'"]);
    expect(packaged.get('frame-src')).toEqual(["'none'"]);
    expect(packaged.get('connect-src')).toEqual(["'self'"]);
  });

  it('keeps inline <style> elements out and allows only style attributes inline', () => {
    expect(packaged.get('style-src')).toEqual(["'self'"]);
    expect(packaged.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('opens the dev server and its websocket only when developing', () => {
    const dev = directives(contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' }));
    expect(dev.get('script-src')).toContain('http://localhost:5173');
    expect(dev.get('connect-src')).toEqual(["'self'", 'http://localhost:5173', 'ws://localhost:5173']);
    expect(contentSecurityPolicy()).not.toContain('localhost');
  });
});
