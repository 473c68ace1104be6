import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { SELLER_CENTER_MATCHES } from './lib/pages/hosts';

// The manifest asks for the least it can: the side panel, storage, and the Seller Center hosts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Creator Desk',
    description: 'Affiliate creator program tools for TikTok Shop Seller Center. Your data stays in your browser.',
    permissions: ['sidePanel', 'storage'],
    host_permissions: SELLER_CENTER_MATCHES,
    action: { default_title: 'Open Creator Desk' },
  },
  vite: () => ({ plugins: [tailwindcss()] }),
  webExt: { disabled: true },
});
