import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { SELLER_CENTER_MATCHES } from './lib/pages/hosts';

/** The capture script (entrypoints/page-capture.ts), built by wxt as an unlisted script. */
const PAGE_CAPTURE_SCRIPT = 'page-capture.js';

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
  hooks: {
    // Registered here rather than with `defineContentScript`, whose wrapper announces the extension's
    // id to the page (see entrypoints/page-capture.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: [...SELLER_CENTER_MATCHES], js: [PAGE_CAPTURE_SCRIPT], run_at: 'document_idle' },
      ];
    },
  },
});
