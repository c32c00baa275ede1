import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The ui module's Maven build runs `npm run build`; the result is copied into the jar under static/ and served by
// Spring Boot. `npm run dev` proxies the API to an application running on localhost:8080.
export default defineConfig({
  plugins: [react()],
  build: {
    // Government desktops run old Chromium engines (PITFALLS.md); Vite's default target is far newer.
    target: 'chrome87',
    cssTarget: 'chrome87',
    outDir: process.env.DUBAN_WEB_OUT ?? '../../../target/frontend',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
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
