// Builds the demo portal's Thanh Hóa SPA (React + antd + Form.io) into tests/portal/dist. Run from the project root:
// npm run portal:build. The national, SSO and payment pages are plain HTML served by server/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./app', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  // No @vitejs/plugin-react: Vite 8 transforms JSX with Oxc.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  // formiojs 4's CSS has rules Lightning CSS rejects; recover instead of failing the build.
  css: { lightningcss: { errorRecovery: true } },
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    rolldownOptions: {
      // antd marks its modules "use client" (for React Server Components); meaningless in this SPA bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
