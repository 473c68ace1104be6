// `npm run icons`: renders store/icon.svg to every size Chrome and the Web Store use
// (16 favicon/menus, 24 and 32 toolbar, 48 extensions page, 96 and 128 install dialog and store)
// into public/icon/<size>.png, with Chromium, so the icons never drift from their one source.
// The 128 px icon is the store's and the install dialog's: the Chrome Web Store asks for 96×96 px of
// artwork inside 16 px of transparent margin on every side. The smaller ones fill their square.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

export const ICON_SIZES = [16, 24, 32, 48, 96, 128];
/** Transparent margin around the artwork, per size (px). */
export const ICON_MARGINS = { 128: 16 };

const svg = fs.readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const margin = ICON_MARGINS[size] ?? 0;
    const art = size - 2 * margin;
    await page.setContent(
      `<body style="margin:0;padding:${margin}px;background:transparent">${svg.replace('<svg ', `<svg style="display:block" width="${art}" height="${art}" `)}</body>`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
