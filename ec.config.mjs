// Expressive Code options live here (not in astro.config.mjs) so that Starlight's <Code>
// component, which renders at page time, gets the same plugins as fenced code blocks.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginCopyReady } from './src/plugins/ec-copy-ready.ts';
import { pluginKnownLanguages } from './src/plugins/ec-known-languages.ts';

export default defineEcConfig({
	plugins: [pluginKnownLanguages(), pluginCopyReady()],
	// Long commands wrap (with a hanging indent marking the continuation) instead of scrolling:
	// readable on a phone and in print, and no unnamed scroll regions for screen readers.
	defaultProps: { wrap: true, hangingIndent: 2 },
});
