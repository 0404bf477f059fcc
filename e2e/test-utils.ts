import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic, type RunningServer } from '../src/lib/static-server.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const fixturesSource = join(projectRoot, 'e2e/fixtures');
const fixturesBuild = join(projectRoot, 'e2e/.fixtures');
// Resolved like any dependency, so that it is found from fixture copies nested in the project too.
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');

/** What a fixture copy of the site is made of: everything the build reads. */
const siteFiles = ['astro.config.mjs', 'ec.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

export interface BuildResult {
	/** Exit status of `astro build`. */
	status: number;
	/** stdout and stderr together, without colour codes. */
	output: string;
	root: string;
	outDir: string;
}

/** Runs `astro build` in `root` with the Node that runs the tests (Astro needs Node >= 22.12). */
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

/**
 * Builds a fixture site: a copy of the handbook with the files of `e2e/fixtures/<name>/` laid over
 * it (so a fixture holds only what it changes, e.g. one bad page). The copy lives inside the
 * project so that it resolves the project's node_modules.
 */
export function buildFixture(
	name: string,
	env: Record<string, string> = {},
	options: { remove?: string[] } = {}
): BuildResult {
	const root = join(fixturesBuild, name);
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	for (const file of siteFiles) {
		if (existsSync(join(projectRoot, file))) cpSync(join(projectRoot, file), join(root, file), { recursive: true });
	}
	const overlay = join(fixturesSource, name);
	if (existsSync(overlay)) cpSync(overlay, root, { recursive: true });
	for (const file of options.remove ?? []) rmSync(join(root, file));
	return astroBuild(root, env);
}

export type { RunningServer };

/** Serves a built site on loopback, on a port the OS assigns. */
export function serve(outDir: string, base = '/'): Promise<RunningServer> {
	return serveStatic(outDir, base);
}
