import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Fails the build on any internal link or `#fragment` in the built HTML that does not resolve.
 *
 * Why not starlight-links-validator: it derives page ids from `src/content/docs`, but this
 * project's pages live in `content/docs`, so it cannot map them. Checking the output instead
 * also covers links written by components and works unchanged under a base path.
 */
export function linkCheck(): AstroIntegration {
	let base = '/';
	let root = '';
	return {
		name: 'ops-handbook:link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const problems = checkLinks(outDir, base, root);
				if (problems.length) {
					throw new Error(
						`${problems.length} broken internal link(s):\n` + problems.map((p) => `  - ${p}`).join('\n')
					);
				}
				logger.info('all internal links and anchors resolve');
			},
		},
	};
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

const idPattern = /\sid="([^"]+)"/g;
const hrefPattern = /<a\s[^>]*?href="([^"]*)"/g;

function decode(s: string): string {
	return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** The content file a built page comes from, so that an error names what the author edits. */
function sourceOf(htmlFile: string, outDir: string, root: string): string {
	const route = relative(outDir, htmlFile).replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
	for (const candidate of [`content/docs/${route || 'index'}.mdx`, `content/docs/${route}/index.mdx`]) {
		if (existsSync(join(root, candidate))) return candidate;
	}
	return `${relative(root, htmlFile)} (generated page)`;
}

export function checkLinks(outDir: string, base: string, root: string): string[] {
	const files = htmlFiles(outDir);
	const ids = new Map<string, Set<string>>();
	const html = new Map<string, string>();
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		html.set(file, text);
		ids.set(file, new Set([...text.matchAll(idPattern)].map((m) => decode(m[1]!))));
	}

	const problems: string[] = [];
	const basePath = base === '/' ? '/' : base;
	for (const [file, text] of html) {
		const pageUrl = new URL(`http://site${basePath}${relative(outDir, file).replace(/index\.html$/, '')}`);
		for (const match of text.matchAll(hrefPattern)) {
			const href = decode(match[1]!);
			if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
			const target = new URL(href, pageUrl);
			let path = decodeURIComponent(target.pathname);
			if (!path.startsWith(basePath) && `${path}/` !== basePath) {
				problems.push(`${sourceOf(file, outDir, root)}: link "${href}" points outside the site base ${base}`);
				continue;
			}
			path = path.slice(basePath.length - 1);
			let targetFile = join(outDir, path);
			if (path.endsWith('/')) targetFile = join(targetFile, 'index.html');
			else if (existsSync(targetFile) && statSync(targetFile).isDirectory()) targetFile = join(targetFile, 'index.html');
			if (!existsSync(targetFile)) {
				problems.push(`${sourceOf(file, outDir, root)}: link "${href}" has no page`);
				continue;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			if (fragment && fragment !== '_top' && !ids.get(targetFile)?.has(fragment)) {
				problems.push(`${sourceOf(file, outDir, root)}: link "${href}" points to a missing anchor #${fragment}`);
			}
		}
	}
	return problems;
}
