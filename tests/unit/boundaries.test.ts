import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  const absolute = path.join(root, folder);
  return readdirSync(absolute).flatMap((name) => {
    const full = path.join(absolute, name);
    const relative = path.join(folder, name);
    if (statSync(full).isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx)$/.test(name) ? [relative] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g), ...text.matchAll(/(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specifiers.map((match) => match[1] ?? '');
}

function violations(folder: string, isForbidden: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => isForbidden(specifier, file))
      .map((specifier) => `${file} imports ${specifier}`),
  );
}

function resolvesInto(specifier: string, file: string, folder: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = path.relative(root, path.resolve(path.dirname(path.join(root, file)), specifier));
  return target === folder || target.startsWith(`${folder}${path.sep}`);
}

const nodeBuiltin = (specifier: string) => specifier.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url'].includes(specifier);

describe('process boundaries', () => {
  it('keeps electron out of the engine, the shared code and the renderer', () => {
    for (const folder of ['electron/core', 'electron/shared', 'renderer/src']) {
      expect(violations(folder, (specifier) => specifier === 'electron' || specifier.startsWith('electron/'))).toEqual([]);
    }
  });

  it('keeps Node, SQLite and the engine out of electron/shared', () => {
    const found = violations('electron/shared', (specifier, file) =>
      nodeBuiltin(specifier) || specifier === 'better-sqlite3' || specifier.startsWith('@tiptap/html/server') || resolvesInto(specifier, file, 'electron/core') || resolvesInto(specifier, file, 'electron/main'),
    );
    expect(found).toEqual([]);
  });

  it('lets the renderer reach only electron/shared, never the engine or Node', () => {
    const found = violations('renderer/src', (specifier, file) =>
      nodeBuiltin(specifier) || specifier === 'better-sqlite3' || resolvesInto(specifier, file, 'electron/core') || resolvesInto(specifier, file, 'electron/main') || resolvesInto(specifier, file, 'electron/preload'),
    );
    expect(found).toEqual([]);
  });

  it('keeps the preload from exposing ipcRenderer or importing the engine', () => {
    const found = violations('electron/preload', (specifier, file) => resolvesInto(specifier, file, 'electron/core') || specifier === 'better-sqlite3');
    expect(found).toEqual([]);
    for (const file of sourceFiles('electron/preload')) {
      const text = readFileSync(path.join(root, file), 'utf8');
      expect(text).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    }
  });
});
