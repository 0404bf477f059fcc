import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const starlightModule = 'virtual:starlight/pagefind-config';
const wrapper = '\0ops-handbook:pagefind-config';
const searchTerms = fileURLToPath(new URL('../lib/search-terms.ts', import.meta.url));

/**
 * Starlight passes its `pagefind` config to Pagefind UI through a virtual module, serialised as
 * JSON, so a function option such as Pagefind UI's `processTerm` cannot be set from
 * `astro.config.mjs`. This plugin puts a module in front of Starlight's that adds it, keeping every
 * option Starlight resolved.
 */
export function pagefindProcessTerm(): Plugin {
	return {
		name: 'ops-handbook:pagefind-process-term',
		enforce: 'pre',
		resolveId(id, importer) {
			if (id !== starlightModule) return null;
			// The wrapper's own import must reach Starlight's module.
			if (importer === wrapper) return null;
			return wrapper;
		},
		load(id) {
			if (id !== wrapper) return null;
			return [
				`import { pagefindUserConfig as starlight } from ${JSON.stringify(starlightModule)};`,
				`import { joinDottedIdentifiers } from ${JSON.stringify(searchTerms)};`,
				'export const pagefindUserConfig = { ...starlight, processTerm: joinDottedIdentifiers };',
			].join('\n');
		},
	};
}
