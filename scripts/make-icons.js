#!/usr/bin/env node
// Renders build/icon.svg with headless Chromium into the icons electron-builder uses:
// build/icon.png (512×512), build/icon.ico (Windows, 16–256) and build/icon.icns (macOS, 16–1024).
// Run it after changing the SVG: node scripts/make-icons.js (CHROMIUM_PATH picks the browser).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = path.join(root, 'build');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-icons-'));

function render(size) {
  const svg = fs.readFileSync(path.join(buildDir, 'icon.svg'), 'utf8');
  const page = path.join(work, `icon-${size}.html`);
  fs.writeFileSync(page, `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  const output = path.join(work, `icon-${size}.png`);
  execFileSync(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${path.join(work, 'profile')}`, '--default-background-color=00000000',
    `--window-size=${size},${size}`, `--screenshot=${output}`, `file://${page}`,
  ], { stdio: 'ignore' });
  return fs.readFileSync(output);
}

function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

function icns(entries) {
  const chunks = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((total, chunk) => total + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

try {
  const png = new Map([16, 32, 48, 64, 128, 256, 512, 1024].map((size) => [size, render(size)]));
  const at = (size) => png.get(size) ?? Buffer.alloc(0);
  fs.writeFileSync(path.join(buildDir, 'icon.png'), at(512));
  fs.writeFileSync(path.join(buildDir, 'icon.ico'), ico([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: at(size) }))));
  const icnsTypes = [['icp4', 16], ['icp5', 32], ['icp6', 64], ['ic07', 128], ['ic08', 256], ['ic09', 512], ['ic10', 1024], ['ic11', 32], ['ic12', 64], ['ic13', 256], ['ic14', 512]];
  fs.writeFileSync(path.join(buildDir, 'icon.icns'), icns(icnsTypes.map(([type, size]) => ({ type, png: at(size) }))));
  console.log('Wrote build/icon.png, build/icon.ico and build/icon.icns.');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
