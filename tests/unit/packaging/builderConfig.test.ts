import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { electronAddon } from '../../../electron/core/shell/nativeBindingPath';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const loadedConfig: unknown = require(path.join(root, 'electron-builder.config.cjs'));
const schema: unknown = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8'));

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  // electron-builder's schema marks hooks as `{ typeof: 'function' }`, a keyword of its own.
  ajv.addKeyword({ keyword: 'typeof', schemaType: 'string', validate: (expected: string, data: unknown) => typeof data === expected });
  if (typeof schema !== 'object' || schema === null) throw new Error('scheme.json is not a schema');
  return ajv.compile(schema);
}

const Config = z
  .object({
    appId: z.string(),
    productName: z.string(),
    asar: z.literal(true),
    npmRebuild: z.literal(false),
    directories: z.object({ output: z.string(), buildResources: z.string() }),
    files: z.array(z.string()),
    asarUnpack: z.array(z.string()),
    afterPack: z.string(),
    extraResources: z.array(z.object({ from: z.string(), to: z.string() })),
    linux: z.object({ target: z.array(z.string()), category: z.string(), icon: z.string(), maintainer: z.string() }),
    mac: z.object({ target: z.array(z.string()), hardenedRuntime: z.boolean(), entitlements: z.string(), entitlementsInherit: z.string(), icon: z.string() }),
    win: z.object({ target: z.array(z.string()), icon: z.string() }),
  })
  .passthrough();
const config = Config.parse(loadedConfig);

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's own JSON schema", () => {
    const validate = validator();
    const valid = validate(loadedConfig);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('passes the check electron-builder itself runs before packaging', async () => {
    const check: unknown = require('app-builder-lib/out/util/config/config');
    const builderUtil: unknown = require('builder-util');
    const validate: unknown = typeof check === 'object' && check !== null ? Reflect.get(check, 'validateConfiguration') : undefined;
    const Logger: unknown = typeof builderUtil === 'object' && builderUtil !== null ? Reflect.get(builderUtil, 'DebugLogger') : undefined;
    if (typeof validate !== 'function' || typeof Logger !== 'function') throw new Error("electron-builder's validateConfiguration moved");
    const logger: unknown = Reflect.construct(Logger, [false]);
    await expect(Promise.resolve(Reflect.apply(validate, undefined, [{ ...config }, logger]))).resolves.toBeUndefined();
    await expect(Promise.resolve(Reflect.apply(validate, undefined, [{ ...config, asarr: true }, logger]))).rejects.toThrow(/unknown property 'asarr'/);
  });

  it('would catch a misspelt or mistyped option', () => {
    const validate = validator();
    expect(validate({ ...config, asarr: true })).toBe(false);
    expect(validate({ ...config, linux: { ...config.linux, target: 42 } })).toBe(false);
  });

  it('builds AppImage and deb, a hardened dmg, and an nsis installer as Newsdesk', () => {
    expect(config.appId).toBe('com.newsdesk.app');
    expect(config.productName).toBe('Newsdesk');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.directories.output).toBe('release');
  });

  it('grants macOS only the JIT entitlement Electron needs', () => {
    const plist = fs.readFileSync(path.join(root, config.mac.entitlements), 'utf8');
    expect(config.mac.entitlementsInherit).toBe(config.mac.entitlements);
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('has real icons in build/', () => {
    expect(pngSize(path.join(root, config.linux.icon))).toEqual({ width: 512, height: 512 });
    expect(fs.readFileSync(path.join(root, config.mac.icon)).subarray(0, 4).toString('ascii')).toBe('icns');
    expect(fs.readFileSync(path.join(root, config.win.icon)).readUInt16LE(2)).toBe(1);
  });

  it('ships the Electron-ABI addon from where the app and the build script expect it, and never rebuilds node_modules', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toContainEqual({ from: electronAddon.development, to: electronAddon.packaged });
    const scriptPath = execFileSync(process.execPath, [path.join(root, 'scripts/electron-native.js'), '--print-path'], { encoding: 'utf8' }).trim();
    expect(scriptPath).toBe(electronAddon.development);
    expect(config.files).toContain('dist/main/**');
    expect(config.files).toContain('!**/*.map');
    // sharp's addon and libvips must sit outside the archive to load; it ships as a runtime dependency.
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/sharp/**', 'node_modules/@img/**']));
    const manifest: unknown = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    expect(manifest).toHaveProperty('dependencies.sharp');
    expect(fs.existsSync(path.join(root, config.afterPack))).toBe(true);
  });
});
