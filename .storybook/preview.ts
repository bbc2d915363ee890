import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define/all.ts';

// Autodocs (attributes, properties, events, parts, CSS properties) come from the
// custom-elements manifest, itself generated from the JSDoc above each element class.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    // The site opens on the first entry: Getting started, then the guides, then the elements.
    options: {
      storySort: {
        order: ['Getting started', 'Introduction', 'Theming', 'Data contract', 'Frameworks and server rendering', 'CSP and Trusted Types', 'Metric catalogue', '*', 'Elements'],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
