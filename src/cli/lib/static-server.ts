import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pagefind': 'application/octet-stream',
};

/** The precompressed twins the build writes, in the order a client that accepts both gets them. */
const encodings = [
	{ name: 'br', accepted: /\bbr\b/, ext: '.br' },
	{ name: 'gzip', accepted: /\bgzip\b/, ext: '.gz' },
];

export interface RunningServer {
	/** Origin plus base, with a trailing slash: `http://127.0.0.1:34567/handbook/`. */
	url: string;
	origin: string;
	close(): Promise<void>;
}

export interface ServeOptions {
	/** The precompressed twins served, as a host configured with only some of them does (default both). */
	encodings?: ('br' | 'gzip')[];
}

/**
 * Serves a built site the way a static host does: under its base path, `dir/` as
 * `dir/index.html`, precompressed when the client accepts it, and the site's own 404 page with
 * status 404. Loopback only, on a port the OS assigns unless one is given.
 */
export function serveStatic(root: string, base = '/', port = 0, options: ServeOptions = {}): Promise<RunningServer> {
	const basePath = base.endsWith('/') ? base : `${base}/`;
	const served = encodings.filter((e) => (options.encodings ?? ['br', 'gzip']).includes(e.name as 'br' | 'gzip'));
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		if (!path.startsWith(basePath)) {
			if (`${path}/` === basePath) {
				res.writeHead(301, { location: basePath }).end();
				return;
			}
			return notFound();
		}
		path = normalize(path.slice(basePath.length - 1));
		let file = join(root, path);
		if (!file.startsWith(root)) return notFound();
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			file = join(file, 'index.html');
		}
		if (!existsSync(file)) return notFound();
		// Like nginx's brotli_static/gzip_static with the shipped nginx.conf: the twins the build
		// wrote, so that what browsers and Lighthouse measure here is what a reader downloads.
		const accepts = String(req.headers['accept-encoding'] ?? '');
		const encoding = served.find((e) => e.accepted.test(accepts) && existsSync(file + e.ext));
		const headers: Record<string, string> = { 'content-type': types[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
		if (encoding) headers['content-encoding'] = encoding.name;
		res.writeHead(200, headers);
		createReadStream(encoding ? file + encoding.ext : file).pipe(res);

		function notFound() {
			// Like nginx.conf: the English edition has its own 404 page.
			const english = path.startsWith('/en/') && existsSync(join(root, 'en/404.html'));
			const page = join(root, english ? 'en/404.html' : '404.html');
			res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
			if (existsSync(page)) createReadStream(page).pipe(res);
			else res.end('404');
		}
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const { port: actual } = server.address() as AddressInfo;
			const origin = `http://127.0.0.1:${actual}`;
			resolve({
				url: origin + basePath,
				origin,
				close: () =>
					new Promise((done) => {
						server.close(() => done());
						// close() only stops new connections and waits for open ones; Chromium keeps a
						// keep-alive socket (or a speculative request) open for as long as the page
						// lives, so a test that closes its server before its page waited for the test
						// timeout (seen: 58 s after the last assertion).
						server.closeAllConnections();
					}),
			});
		});
	});
}
