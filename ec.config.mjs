// Expressive Code options live here (not in astro.config.mjs) so that Starlight's <Code>
// component, which renders at page time, gets the same plugins as fenced code blocks.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginCopyReady } from './src/plugins/ec-copy-ready.ts';
import { pluginKnownLanguages } from './src/plugins/ec-known-languages.ts';
import { pluginLineBreaks } from './src/plugins/ec-line-breaks.ts';

export default defineEcConfig({
	plugins: [pluginKnownLanguages(), pluginCopyReady(), pluginLineBreaks()],
	// Long commands wrap (with a hanging indent marking the continuation) instead of scrolling:
	// readable on a phone and in print. They wrap only between words (src/plugins/ec-line-breaks.ts).
	// Config files scroll sideways instead: a wrapped `key=value` line reads as two settings.
	// In print they wrap (print.css).
	defaultProps: { wrap: true, hangingIndent: 2, overridesByLang: { 'ini,properties,xml': { wrap: false } } },
});
