import legacy from '@vitejs/plugin-legacy';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The ui module's Maven build runs `npm run build`; the result is copied into the jar under static/ and served by
// Spring Boot. `npm run dev` proxies the API to an application running on localhost:8080.
export default defineConfig({
  plugins: [
    react(),
    // Government desktops run old Chromium engines (docs/PITFALLS.md), some older than module scripts. The plugin sets
    // the syntax targets: modern chunks for the engines that pass its module check (Chromium 64 and up, so the 69 of
    // 360/QQ cores), legacy SystemJS chunks for the rest. modernPolyfills adds the built-ins those engines lack
    // (Object.fromEntries, globalThis, ...) by what the bundle uses. index.html then holds the plugin's inline
    // scripts, which the CSP allows by hash (ContentSecurityPolicy on the server); compat.test.ts checks both outputs.
    legacy({ targets: ['chrome >= 49'], modernPolyfills: true }),
  ],
  build: {
    outDir: process.env.DUBAN_WEB_OUT ?? '../../../target/frontend',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1300,
    rollupOptions: {
      output: {
        // Libraries change less often than Duban's pages: separate files keep them in the browser's cache.
        manualChunks: {
          react: ['react', 'react-dom', 'react-router-dom'],
          antd: ['antd', '@ant-design/cssinjs', 'dayjs'],
          echarts: ['echarts/core', 'echarts/charts', 'echarts/components', 'echarts/renderers', 'echarts-for-react/lib/core'],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/login': 'http://localhost:8080',
      '/logout': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
