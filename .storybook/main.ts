import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { PluginOption } from 'vite';

// Storybook's Vite builder loads the repository's vite.config.ts (its "serve" branch for
// `storybook dev`, its "build" branch for `storybook build`) and merges its own config on top.
// Storybook replaces `server` and `cacheDir`, and sets `root` (set again below so this doesn't
// depend on it), but keeps the demo's plugins: the relying-party plugin would mount the demo RP
// and its SQLite store on Storybook's dev server. viteFinal drops it.
const DEMO_ONLY_PLUGINS = new Set(['passkey-register:relying-party']);

function withoutDemoPlugins(plugins: PluginOption[] = []): PluginOption[] {
  return plugins
    .map((plugin) => (Array.isArray(plugin) ? withoutDemoPlugins(plugin) : plugin))
    .filter(
      (plugin) =>
        !(
          plugin &&
          typeof plugin === 'object' &&
          'name' in plugin &&
          DEMO_ONLY_PLUGINS.has(plugin.name)
        ),
    );
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  viteFinal(config) {
    return {
      ...config,
      root: fileURLToPath(new URL('..', import.meta.url)),
      plugins: withoutDemoPlugins(config.plugins),
      // Storybook's own chunks (axe, the docs blocks, the preview runtime) exceed Vite's 500 kB.
      build: { ...config.build, chunkSizeWarningLimit: 1000 },
      optimizeDeps: {
        ...config.optimizeDeps,
        // Pre-bundle Lit once, or dev mode loads it twice ("Multiple versions of Lit loaded").
        include: [
          ...new Set([...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js']),
        ],
      },
    };
  },
};

export default config;
