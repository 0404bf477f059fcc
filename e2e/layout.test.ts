import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { projectRoot } from './test-utils.ts';

/**
 * What the site ships (components, plugins, pages, the site's part of src/lib and the config it
 * loads) must never reach tooling: the CLI scripts and their helpers in src/cli, or the tests.
 * Tooling pulls in Playwright, Lighthouse and node-only modules that have no place in a build.
 */
const shipping = ['src/components', 'src/plugins', 'src/pages', 'src/lib', 'src/middleware.ts', 'src/content.config.ts', 'astro.config.mjs', 'ec.config.mjs'];
const tooling = ['src/cli', 'e2e'];
const sourceFile = /\.(?:ts|mts|mjs|js|astro)$/;
const importSpecifier = /(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

function filesUnder(path: string): string[] {
	const full = join(projectRoot, path);
	if (statSync(full).isFile()) return [full];
	return readdirSync(full, { recursive: true, encoding: 'utf8' })
		.map((f) => join(full, f))
		.filter((f) => sourceFile.test(f) && statSync(f).isFile());
}

/** Every relative import of a file, resolved to a project path. */
export function relativeImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found: string[] = [];
	for (const m of text.matchAll(importSpecifier)) {
		const spec = m[1] ?? m[2] ?? m[3];
		if (spec?.startsWith('.')) found.push(relative(projectRoot, resolve(dirname(file), spec)));
	}
	return found;
}

test('shipping code never imports tooling', () => {
	const offenders: string[] = [];
	const files = shipping.flatMap(filesUnder);
	expect(files.length).toBeGreaterThan(20);
	for (const file of files) {
		for (const target of relativeImports(file)) {
			if (tooling.some((t) => target === t || target.startsWith(`${t}/`))) offenders.push(`${relative(projectRoot, file)} imports ${target}`);
		}
	}
	expect(offenders).toEqual([]);
});

test('the import scanner sees an import of tooling', () => {
	const probe = join(projectRoot, 'src/cli/pdf.ts');
	expect(relativeImports(probe)).toContain('src/cli/lib/browser.ts');
});
