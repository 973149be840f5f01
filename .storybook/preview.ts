import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
// Generated from src/ JSDoc by `npm run analyze` (the storybook scripts run it first).
import manifest from '../custom-elements.json';

// Autodocs build each component's args table (attributes, properties, events, CSS parts and
// custom properties) from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: {
      matchers: {
        color: /(background|color)$/i,
        date: /Date$/,
      },
    },
    // Accessibility violations fail the story's test (addon-a11y 10: 'off' | 'todo' | 'error').
    a11y: { test: 'error' },
  },
};

export default preview;
