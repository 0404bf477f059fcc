import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starlight ships a few small inline scripts (theme, search shortcut, sidebar state). A strict
 * Content-Security-Policy must allow exactly those, so after the build this collects the SHA-256
 * of every inline script in every page and writes them as an nginx variable
 * (dist/nginx-csp.conf) that nginx.conf puts into the script-src directive.
 */
export function cspHashes(): AstroIntegration {
	return {
		name: 'ops-handbook:csp-hashes',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const hashes = new Set<string>();
				for (const rel of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
					if (!rel.endsWith('.html')) continue;
					const html = readFileSync(join(root, rel), 'utf8');
					for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
						if (/type="application\/(ld\+)?json"/.test(m[0])) continue;
						hashes.add(`'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
					}
				}
				writeFileSync(join(root, 'nginx-csp.conf'), `set $handbook_script_hashes "${[...hashes].sort().join(' ')}";\n`);
				logger.info(`${hashes.size} inline script hashes written to nginx-csp.conf`);
			},
		},
	};
}
