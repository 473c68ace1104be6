import fs from 'node:fs';
import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';
import { SELLER_CENTER_MATCHES } from './lib/pages/hosts';

/** One summary for package.json, the manifest and the store listing (store/listing.md); the version is package.json's. */
const { description } = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { description: string };

/** The capture script (entrypoints/page-capture.ts), built by wxt as an unlisted script. */
const PAGE_CAPTURE_ENTRYPOINT = 'page-capture';
const PAGE_CAPTURE_SCRIPT = `${PAGE_CAPTURE_ENTRYPOINT}.js`;

// The manifest asks for the least it can: the side panel, storage, and the Seller Center hosts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Creator Desk',
    description,
    permissions: ['sidePanel', 'storage'],
    host_permissions: SELLER_CENTER_MATCHES,
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    optional_permissions: ['alarms'],
    action: { default_title: 'Open Creator Desk', default_icon: { 16: 'icon/16.png', 24: 'icon/24.png', 32: 'icon/32.png' } },
  },
  vite: () => ({ plugins: [tailwindcss()] }),
  webExt: { disabled: true },
  hooks: {
    // The capture script runs on every Seller Center page (budget: 20 KB gzipped, issue #12): terser's
    // compression gzips about 0.6 KB smaller than the default minifier's. Only for this script: the
    // other bundles keep the faster default.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === PAGE_CAPTURE_ENTRYPOINT)) return;
      viteConfig.build = { ...viteConfig.build, minify: 'terser', terserOptions: { compress: { passes: 2 } } };
    },
    // Registered here rather than with `defineContentScript`, whose wrapper announces the extension's
    // id to the page (see entrypoints/page-capture.ts).
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        // document_start: the page-data bridge must be listening before the page-world reader's handshake.
        { matches: [...SELLER_CENTER_MATCHES], js: [PAGE_CAPTURE_SCRIPT], run_at: 'document_start' },
      ];
    },
  },
});
