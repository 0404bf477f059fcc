import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Astro writes only the root 404 page as `404.html`; `src/pages/<locale>/404.astro` comes out as
 * `<locale>/404/index.html`. Hosts look for `<locale>/404.html` (nginx.conf's error_page for
 * /en/), so the page is moved there — before the later hooks precompress it.
 */
export function locale404(locales: string[]): AstroIntegration {
	return {
		name: 'ops-handbook:locale-404',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				for (const locale of locales) {
					const built = join(out, locale, '404', 'index.html');
					if (!existsSync(built)) throw new Error(`src/pages/${locale}/404.astro: expected the build to write ${built}`);
					await rename(built, join(out, locale, '404.html'));
					await rm(join(out, locale, '404'), { recursive: true });
				}
				logger.info(`404 pages: ${locales.map((l) => `${l}/404.html`).join(', ')}`);
			},
		},
	};
}
