import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook is where news developers and editors preview the widget before
 * embedding it, and where we see every state at a glance. The static build
 * (`npm run build-storybook`) must work offline: stories import their data or
 * fetch it from the `examples/` folder copied into the build.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Stories that load through `src` fetch `examples/…` relative to iframe.html,
  // so the same URL works under `storybook dev` and in storybook-static/.
  staticDirs: [{ from: '../examples', to: '/examples' }],
};

export default config;
