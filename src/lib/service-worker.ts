/// <reference lib="webworker" />
/**
 * The handbook's service worker, bundled into `sw.js` by src/plugins/offline.ts, which also
 * injects the precache list (every page of both languages, CSS, JS, the Pagefind index, icons).
 * The caching itself is Workbox's: precaching with revisions, cache-first from the precache, and
 * removal of entries a new build no longer lists when the new worker activates.
 */
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { setCatchHandler, setDefaultHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PrecacheEntry[] };

// The first visit's page is controlled at once, so that it keeps working if the network goes
// before the reader navigates. An update waits: a page keeps the build it was loaded with until
// the reader accepts the update notice, which sends SKIP_WAITING (old HTML never meets new assets).
clientsClaim();
self.addEventListener('message', (event: ExtendableMessageEvent) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Hosts serve the 404 page itself with status 404 (nginx.conf makes /404.html internal); Workbox
// keeps only 200 responses unless told otherwise, and one refused file fails the whole install.
addPlugins([
	{
		cacheWillUpdate: async ({ request, response }) =>
			response.status === 200 || (response.status === 404 && new URL(request.url).pathname.endsWith('/404.html')) ? response : null,
	},
]);
cleanupOutdatedCaches();
// Pagefind asks for its entry file with a `?ts=` cache-buster; the precached copy answers it.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^ts$/, /^utm_/] });

// Anything not precached goes to the network; a page that cannot be fetched (offline, unknown
// URL) gets the handbook's own 404 page instead of the browser's error.
setDefaultHandler(new NetworkOnly());
setCatchHandler(async ({ request }) => {
	if (request.destination !== 'document') return Response.error();
	const page = await matchPrecache('404.html');
	if (!page) return Response.error();
	return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
});
