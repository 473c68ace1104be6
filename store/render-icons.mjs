// `npm run icons`: renders store/icon.svg to every size Chrome and the Web Store use
// (16 favicon/menus, 24 and 32 toolbar, 48 extensions page, 96 and 128 install dialog and store)
// into public/icon/<size>.png, with Chromium, so the icons never drift from their one source.
import fs from 'node:fs';
import { chromium } from '@playwright/test';

export const ICON_SIZES = [16, 24, 32, 48, 96, 128];

const svg = fs.readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
