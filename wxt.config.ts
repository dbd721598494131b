import { defineConfig } from 'wxt';
import { OFFICIAL_MATCH_PATTERNS } from './utils/portal/origins';

// One manifest for every build: the production one. Tests load exactly what users install.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: [
      // Profiles, settings and the per-tab session state (guide progress, session-only profiles).
      'storage',
      // Injecting the fill engine and the guide runner into a portal tab only when the person asks for them, so every
      // page load carries only the small always-on part of the content script.
      'scripting',
      // "Điền tự động biểu mẫu này" in the right-click menu, shown on the official portals only.
      'contextMenus',
    ],
    commands: {
      // The keyboard way to fill the form on the current portal page.
      'fill-form': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandFill__' },
    },
    // The two official portals and nothing else: the content script runs there and the lookup tab is opened there.
    host_permissions: [...OFFICIAL_MATCH_PATTERNS],
    action: { default_title: '__MSG_extName__' },
  },
  vite: () => ({
    // Preact through the automatic JSX runtime; no Babel plugin needed with Vite 8's Oxc transform.
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
    build: { target: 'chrome120' },
  }),
});
