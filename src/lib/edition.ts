import { execFileSync } from 'node:child_process';
import pkg from '../../package.json';

export interface Edition {
	version: string;
	/** UTC date of the build, YYYY-MM-DD. */
	built: string;
	/** Short commit hash, when the site is built from a git checkout. */
	commit?: string;
}

let edition: Edition | undefined;

/** Which edition a printed handbook is: the package version, the build date and the commit. */
export function currentEdition(): Edition {
	if (edition) return edition;
	let commit: string | undefined;
	try {
		commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
	} catch {
		// Built from an export without git history: the version and date still say which edition.
	}
	edition = { version: pkg.version, built: new Date().toISOString().slice(0, 10), ...(commit ? { commit } : {}) };
	return edition;
}
