import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const defaultUi = '@pagefind/default-ui';
const wrapper = '\0ops-handbook:pagefind-default-ui';
const api = fileURLToPath(new URL('../lib/pagefind-query-api.ts', import.meta.url));
const onOpen = fileURLToPath(new URL('../lib/pagefind-ui-on-open.ts', import.meta.url));
/** Where the build writes the API module, beside Pagefind's own `pagefind/` bundle. */
export const queryBundleDir = 'pagefind-query';

/**
 * Puts query understanding (src/lib/pagefind-query-api.ts) between Pagefind UI and Pagefind.
 * Pagefind UI loads its API as `<bundlePath>pagefind.js`, and Starlight sets `bundlePath` after
 * the user's options, so the Pagefind UI class Starlight imports is wrapped to point it at the
 * emitted module, which calls Pagefind's. It also shortens Pagefind UI's 300 ms debounce: a
 * search takes about 10 ms here, the wait was most of the time a reader waited. The class Starlight
 * constructs on idle only arranges for the real one to be built when search is first opened
 * (src/lib/pagefind-ui-on-open.ts), so Pagefind UI's own chunk is not loaded with the page.
 */
export function searchQuery(debounceMs: number): Plugin {
	let build = false;
	return {
		name: 'ops-handbook:search-query',
		enforce: 'pre',
		configResolved(config) {
			build = config.command === 'build';
		},
		resolveId(id, importer) {
			if (id !== defaultUi || importer === wrapper) return null;
			return wrapper;
		},
		load(id) {
			if (id !== wrapper) return null;
			return [
				`import { mountOnFirstOpen } from ${JSON.stringify(onOpen)};`,
				'export class PagefindUI {',
				'\tconstructor(options) {',
				`\t\tconst bundlePath = options.bundlePath.replace(/pagefind\\/$/, ${JSON.stringify(`${queryBundleDir}/`)});`,
				`\t\tmountOnFirstOpen(options.element, () => import(${JSON.stringify(defaultUi)}).then(({ PagefindUI: Base }) => new Base({ ...options, bundlePath, debounceTimeoutMs: ${debounceMs} })));`,
				'\t}',
				'}',
			].join('\n');
		},
		buildStart() {
			// The dev server has no search (Pagefind indexes the built site only).
			if (!build || this.environment?.name !== 'client') return;
			this.emitFile({ type: 'chunk', id: api, fileName: `${queryBundleDir}/pagefind.js`, preserveSignature: 'strict' });
		},
	};
}
