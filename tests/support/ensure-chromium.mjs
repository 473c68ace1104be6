// Makes sure a Chromium is there for the demo and the browser tests (`npm start`, `npm test`):
// CHROMIUM_PATH, else Debian's /usr/bin/chromium, installed with apt-get when missing.
// Browsers are never downloaded by Playwright here: our machines only reach npm and Debian.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
if (candidates.some((candidate) => fs.existsSync(candidate))) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but nothing is there.`);
  process.exit(1);
}
const hasAptGet = (() => {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasAptGet) {
  console.error('Chromium is needed: install it, or set CHROMIUM_PATH to a Chromium or Chrome binary.');
  process.exit(1);
}
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
console.log("Installing Debian's chromium package (once)…");
execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
