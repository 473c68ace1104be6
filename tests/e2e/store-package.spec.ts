/**
 * Chrome Web Store readiness: `npm run zip` (run by `npm test` in place of a plain build) packs
 * exactly the built extension — every file of .output/chrome-mv3, byte for byte, and nothing else —
 * and the manifest's version, description and icons are what the listing (store/listing.md) says.
 */
import { unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readRgbaPng } from '../support/png';

const OUTPUT = path.resolve('.output');
const BUILT = path.join(OUTPUT, 'chrome-mv3');
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { name: string; version: string; description: string };
const manifest = JSON.parse(fs.readFileSync(path.join(BUILT, 'manifest.json'), 'utf8'));

function filesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the upload zip holds exactly the built extension', () => {
  const zipFile = path.join(OUTPUT, `${pkg.name}-${pkg.version}-chrome.zip`);
  expect(fs.existsSync(zipFile), `${zipFile} missing: run npm run zip`).toBe(true);
  const entries = unzipSync(fs.readFileSync(zipFile));
  const files = Object.keys(entries).filter((name) => !name.endsWith('/'));
  expect(files.sort()).toEqual(filesUnder(BUILT).sort());
  for (const name of files) {
    expect(Buffer.from(entries[name]!).equals(fs.readFileSync(path.join(BUILT, name))), `${name} differs from the build`).toBe(true);
  }
  expect(files).toEqual(expect.arrayContaining(['manifest.json', 'privacy.html', 'sidepanel.html', 'background.js']));
  expect(files.some((name) => name.endsWith('.map') || name.endsWith('.ts') || name.endsWith('.tsx'))).toBe(false);
});

test('manifest version, description and icons match the package and the listing', () => {
  expect(manifest.version).toBe(pkg.version);
  expect(manifest.description).toBe(pkg.description);
  expect(manifest.description.length).toBeLessThanOrEqual(132);
  const listing = fs.readFileSync('store/listing.md', 'utf8');
  expect(/\*\*Summary \(≤ 132 characters\):\*\* (.+)$/m.exec(listing)?.[1]).toBe(manifest.description);

  const icons = { ...manifest.icons, ...Object.fromEntries(Object.entries(manifest.action.default_icon).map(([k, v]) => [k, v])) };
  expect(Object.keys(manifest.icons).map(Number).sort((a, b) => a - b)).toEqual(expect.arrayContaining([16, 32, 48, 128]));
  expect(Object.keys(manifest.action.default_icon).map(Number).sort((a, b) => a - b)).toEqual([16, 24, 32]);
  for (const [size, file] of Object.entries(icons)) expect(pngSize(path.join(BUILT, file as string))).toEqual([Number(size), Number(size)]);
});

test('the 128 px store icon: 96 px of artwork inside a 16 px transparent margin', () => {
  const icon = readRgbaPng(path.join(BUILT, manifest.icons['128']));
  expect([icon.width, icon.height]).toEqual([128, 128]);
  const opaqueOutside: string[] = [];
  for (let y = 0; y < 128; y++) {
    for (let x = 0; x < 128; x++) {
      const inMargin = x < 16 || x >= 112 || y < 16 || y >= 112;
      if (inMargin && icon.alpha(x, y) !== 0) opaqueOutside.push(`${x},${y}`);
    }
  }
  expect(opaqueOutside).toEqual([]);
  // The artwork fills its 96 px: opaque at the middle of each edge, just inside the margin.
  for (const [x, y] of [[64, 16], [64, 111], [16, 64], [111, 64], [64, 64]] as const) expect(icon.alpha(x, y), `${x},${y}`).toBe(255);
});
