import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { astroBuild, siteFiles, type BuildResult } from '../src/cli/lib/site-build.ts';
import { serveStatic, type RunningServer, type ServeOptions } from '../src/cli/lib/static-server.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const fixturesSource = join(projectRoot, 'e2e/fixtures');
const fixturesBuild = join(projectRoot, 'e2e/.fixtures');

export { astroBuild, type BuildResult };

/**
 * Builds a fixture site: a copy of the handbook with the files of `e2e/fixtures/<name>/` laid over
 * it (so a fixture holds only what it changes, e.g. one bad page). The copy lives inside the
 * project so that it resolves the project's node_modules.
 */
export function buildFixture(
	name: string,
	env: Record<string, string> = {},
	options: { remove?: string[]; edit?: Record<string, (text: string) => string> } = {}
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
	for (const [file, edit] of Object.entries(options.edit ?? {})) writeFileSync(join(root, file), edit(readFileSync(join(root, file), 'utf8')));
	return astroBuild(root, env);
}

export type { RunningServer };

/** Serves a built site on loopback, on a port the OS assigns. */
export function serve(outDir: string, base = '/', options: ServeOptions = {}): Promise<RunningServer> {
	return serveStatic(outDir, base, 0, options);
}
