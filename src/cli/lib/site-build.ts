import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Resolved like any dependency, so that it is found from site copies nested in the project too.
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** What a copy of the site is made of: everything the build reads. */
export const siteFiles = ['astro.config.mjs', 'ec.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

export interface BuildResult {
	/** Exit status of `astro build`. */
	status: number;
	/** stdout and stderr together, without colour codes. */
	output: string;
	root: string;
	outDir: string;
}

/** Runs `astro build` in `root` with the Node that runs this process (Astro needs Node >= 22.12). */
export function astroBuild(root: string, env: Record<string, string> = {}, outDir = join(root, 'dist')): BuildResult {
	const result = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	// eslint-disable-next-line no-control-regex
	const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
	return { status: result.status ?? 1, output, root, outDir };
}
