import fs from 'node:fs';
import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { SELLER_CENTER_MATCHES } from './lib/pages/hosts';

/** One summary for package.json, the manifest and the store listing (store/listing.md); the version is package.json's. */
const { description } = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { description: string };

// The manifest asks for the least it can: the side panel, storage, and the Seller Center hosts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Creator Desk',
    description,
    permissions: ['sidePanel', 'storage'],
    host_permissions: SELLER_CENTER_MATCHES,
    action: { default_title: 'Open Creator Desk', default_icon: { 16: 'icon/16.png', 24: 'icon/24.png', 32: 'icon/32.png' } },
  },
  vite: () => ({ plugins: [tailwindcss()] }),
  webExt: { disabled: true },
});
