// Lint: TypeScript rules, React hooks, no import cycles, and the layering of the code as zones.
// The layering (bottom-up; a folder may import only folders listed before it in LIB_LAYERS
// and named in its `uses`) is also checked, with type-only imports and folder cycles, by
// tests/architecture/import-graph.test.ts.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Each lib folder and the lib folders it may import. */
const LIB_LAYERS = {
  parse: [],
  pages: [],
  calendar: [],
  text: [],
  eligibility: ['parse', 'calendar', 'model'],
  model: ['parse', 'pages', 'calendar'],
  costs: ['parse', 'model'],
  'capture-report': ['pages', 'model'],
  format: ['parse', 'pages', 'calendar', 'model'],
  table: ['parse', 'model'],
  adapters: ['parse', 'pages', 'model', 'table'],
  'page-capture': ['pages', 'model', 'adapters'],
  'page-data': ['parse', 'pages', 'model', 'adapters'],
  'page-reader': ['pages', 'model', 'page-capture', 'page-data'],
  messages: ['parse', 'pages', 'calendar', 'model', 'page-reader'],
  guidance: ['pages'],
  rollups: ['parse', 'calendar', 'model'],
  analytics: ['parse', 'pages', 'calendar', 'model', 'format', 'costs', 'rollups'],
  briefs: ['parse', 'pages', 'calendar', 'model', 'format', 'rollups', 'analytics'],
  samples: ['parse', 'pages', 'calendar', 'model', 'format', 'analytics', 'briefs'],
  review: ['parse', 'pages', 'calendar', 'model', 'format', 'costs', 'analytics', 'samples'],
  export: ['parse', 'pages', 'calendar', 'text', 'model', 'format', 'analytics'],
  import: ['parse', 'pages', 'calendar', 'model', 'format', 'table', 'messages', 'export'],
  db: ['parse', 'pages', 'calendar', 'model', 'format', 'costs', 'rollups', 'analytics', 'briefs', 'eligibility'],
  'tab-status': ['pages', 'model', 'format', 'table'],
  // Decodes page data (lib/page-data) here rather than in the content script, bounding rows as it does (page-capture/row-bounds).
  'background-capture': ['parse', 'pages', 'calendar', 'model', 'page-capture', 'page-data', 'messages', 'db', 'tab-status'],
  'analysis-store': ['parse', 'calendar', 'model', 'rollups', 'analytics', 'review', 'db'],
  backup: ['parse', 'pages', 'calendar', 'model', 'messages', 'rollups', 'briefs', 'db'],
  // Team sharing (docs/team-sync.md): PouchDB lives here only; the content scripts never import it.
  team: ['parse', 'calendar', 'model', 'format', 'briefs', 'analytics', 'db', 'backup'],
};
const LIB_FOLDERS = Object.keys(LIB_LAYERS);

/** Folders the content scripts (page-capture, page-reader) are built from: no React, no zod. */
const CONTENT_SCRIPT_FILES = [
  'entrypoints/page-capture.ts',
  'entrypoints/page-reader.content.ts',
  ...['page-capture', 'page-reader', 'page-data', 'adapters', 'table', 'pages', 'parse'].map((folder) => `lib/${folder}/**/*.ts`),
];

const layerZones = [
  { target: './lib', from: ['./components', './entrypoints'], message: 'lib/ is framework-free: it never imports components or entrypoints.' },
  { target: './components', from: './entrypoints', message: 'Entrypoints wire components up, not the other way round.' },
  ...LIB_FOLDERS.map((folder) => ({
    target: `./lib/${folder}`,
    from: LIB_FOLDERS.filter((other) => other !== folder && !LIB_LAYERS[folder].includes(other)).map((other) => `./lib/${other}`),
    message: `lib/${folder} may import only lib/{${LIB_LAYERS[folder].join(', ')}} (see LIB_LAYERS in eslint.config.mjs).`,
  })),
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      // Sees value imports only; tests/architecture also counts type-only imports and folder cycles.
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
    },
  },
  {
    // Tests may reach across lib folders (an adapter fixture through the background handler, an import
    // through the store) as long as no cycle forms, which tests/architecture checks with tests included.
    files: ['lib/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones.slice(0, 1) }],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The classic rules. The React Compiler diagnostics that react-hooks 7 adds to `recommended`
      // (set-state-in-effect, refs, purity, incompatible-library) are left out: the views are not
      // written for the compiler, and reworking their effects is a change of behaviour, not of lint.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: CONTENT_SCRIPT_FILES,
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'The content script never imports React.' },
            { name: 'react-dom', message: 'The content script never imports React.' },
            { name: 'zod', message: 'The content script never imports zod: the background validates what it sends.' },
          ],
          patterns: [
            {
              group: ['**/model/*', '!**/model/values', '!**/model/keys', '!**/model/limits'],
              allowTypeImports: true,
              message: 'The content script takes only types from lib/model (values from lib/model/values): its schemas would bring zod in.',
            },
          ],
        },
      ],
    },
  },
);
