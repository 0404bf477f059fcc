import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the service worker does not precache: the compressed twins and server files, which are for
 * the host, and Pagefind's stand-alone UI bundles (80 KB brotli), which are never loaded because
 * Starlight bundles Pagefind's default UI into its own search script. Everything else is a file a
 * reader can need offline (pages, assets, the whole search index with its filters, icons, PDFs).
 */
const notOffline = /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$|\.(br|gz)$|^nginx-csp\.conf$|^sitemap/;

export const serviceWorkerFile = 'sw.js';

export interface OfflineEntry {
	/** Relative to the site base (where sw.js is): `rsync/`, `_astro/page.cNngjUgL.js`. */
	url: string;
	/** Path of the file in the build directory. */
	file: string;
	revision: string;
}

/**
 * The files of a built site the service worker precaches, with a content hash as revision so
 * that a new build downloads only what changed. Pages are listed by the URL readers open
 * (`rsync/`, not `rsync/index.html`).
 */
export function offlineEntries(root: string): OfflineEntry[] {
	const entries: OfflineEntry[] = [];
	for (const rel of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
		const path = rel.split(sep).join('/');
		if (notOffline.test(path) || path === serviceWorkerFile) continue;
		const file = join(root, rel);
		if (!statSync(file).isFile()) continue;
		const revision = createHash('md5').update(readFileSync(file)).digest('hex');
		const url = path === 'index.html' ? './' : path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
		entries.push({ url, file, revision });
	}
	return entries;
}

/**
 * Writes the service worker (src/lib/service-worker.ts, bundled with its Workbox modules) with the
 * precache list of the finished build. Runs after Pagefind (Starlight's build:done hook, earlier
 * in the integration list) so that the search index is in the list, and before precompression so
 * that sw.js gets its .br/.gz twins and the twins stay out of the list.
 */
export function offline(): AstroIntegration {
	return {
		name: 'ops-handbook:offline',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const entries = offlineEntries(root);
				if (!entries.some((e) => e.url === '404.html')) throw new Error('offline: the build has no 404.html for the service worker to fall back to (src/pages/404.astro)');
				const manifest = entries.map(({ url, revision }) => ({ url, revision }));
				await build({
					entryPoints: [fileURLToPath(new URL('../lib/service-worker.ts', import.meta.url))],
					outfile: join(root, serviceWorkerFile),
					bundle: true,
					minify: true,
					format: 'iife',
					target: 'es2022',
					legalComments: 'none',
					logLevel: 'warning',
					// Workbox logs every request in development builds.
					define: { 'process.env.NODE_ENV': '"production"', 'self.__WB_MANIFEST': JSON.stringify(manifest) },
				});
				const bytes = entries.reduce((sum, e) => sum + statSync(e.file).size, 0);
				logger.info(`${serviceWorkerFile}: ${entries.length} files precached for offline reading (${(bytes / 1024).toFixed(0)} KiB before compression)`);
			},
		},
	};
}
