import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
			const scope = pagefindScope();
			return [
				`import { mountOnFirstOpen } from ${JSON.stringify(onOpen)};`,
				'export class PagefindUI {',
				'\tconstructor(options) {',
				`\t\tconst bundlePath = options.bundlePath.replace(/pagefind\\/$/, ${JSON.stringify(`${queryBundleDir}/`)});`,
				`\t\tmountOnFirstOpen(options.element, options.translations, ${JSON.stringify(scope)}, (translations) => import(${JSON.stringify(defaultUi)}).then(({ PagefindUI: Base }) => new Base({ ...options, translations, bundlePath, debounceTimeoutMs: ${debounceMs} })));`,
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

/**
 * The search box shown until Pagefind UI is built reuses Pagefind UI's markup, whose styles are
 * scoped by a Svelte class that changes with its version; it is read from the stylesheet Starlight
 * bundles, and a version that no longer has it stops the build rather than show an unstyled box.
 */
function pagefindScope(): string {
	const cssPath = createRequire(import.meta.url).resolve(`${defaultUi}/css/ui.css`);
	const scope = /\.pagefind-ui__search-input\.(svelte-[\w-]+)\s*\{/.exec(readFileSync(cssPath, 'utf8'))?.[1];
	if (!scope) throw new Error(`${cssPath}: no scoped rule for .pagefind-ui__search-input; src/lib/pagefind-ui-on-open.ts needs its Svelte class to draw the search box shown while Pagefind UI loads`);
	return scope;
}
