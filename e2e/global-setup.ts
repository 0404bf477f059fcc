import type { FullConfig } from '@playwright/test';
import { join } from 'node:path';
import { astroBuild, buildFixture, projectRoot, serve, type RunningServer } from './test-utils.ts';

/** The base path of the second build, which proves the site works under a sub-path. */
export const basePathUnderTest = '/handbook/';
/** Where the footer sends error reports: by mail on the root build, to the repository's issues on the base-path build. */
export const reportEmailUnderTest = 'handbook-errors@example.org';
export const repoUrlUnderTest = 'https://git.example.org/ops/handbook';

/**
 * Builds the real site and a copy under a base path once for all suites, and serves both on
 * loopback. Workers find them through SITE_URL_* variables.
 */
export default async function globalSetup(_config: FullConfig) {
	const sites = [
		// The two ways a footer's "report an error" link can be configured (README, "Deploying").
		{ env: 'SITE_URL_ROOT', build: () => astroBuild(projectRoot, { REPORT_EMAIL: reportEmailUnderTest }), base: '/' },
		{ env: 'SITE_URL_BASE', build: () => buildFixture('base-path', { BASE_PATH: basePathUnderTest, REPO_URL: repoUrlUnderTest }), base: basePathUnderTest },
	];
	const servers: RunningServer[] = [];
	for (const site of sites) {
		const started = Date.now();
		const result = site.build();
		if (result.status !== 0) {
			throw new Error(`astro build failed for ${result.root} (base ${site.base}):\n${result.output.slice(-4000)}`);
		}
		console.log(`built ${join(result.outDir)} with base ${site.base} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		const server = await serve(result.outDir, site.base);
		process.env[site.env] = server.url;
		servers.push(server);
	}
	return async () => {
		await Promise.all(servers.map((s) => s.close()));
	};
}
