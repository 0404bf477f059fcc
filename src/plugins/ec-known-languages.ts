import { definePlugin } from '@expressive-code/core';
import { bundledLanguages } from 'shiki/langs';

// Plain-text languages Shiki handles without a grammar.
const plainLanguages = new Set(['text', 'plaintext', 'txt', 'plain', 'ansi']);

/**
 * Expressive Code only warns about a language Shiki does not know and renders the block as plain
 * text; a typo in a fence (```shel) would then ship unhighlighted. This plugin makes it a build
 * error that names the file.
 */
export function pluginKnownLanguages() {
	return definePlugin({
		name: 'ops-handbook:known-languages',
		hooks: {
			preprocessLanguage: ({ codeBlock }) => {
				const lang = codeBlock.language;
				if (plainLanguages.has(lang) || lang in bundledLanguages) return;
				const file = codeBlock.parentDocument?.sourceFilePath ?? '(unknown file)';
				throw new Error(
					`${file}: code block language "${lang}" is not a Shiki language. ` +
						'Use one of Shiki\'s bundled languages (e.g. console, bash, ini, properties, xml, http, text).'
				);
			},
		},
	});
}
