import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian packages the suites use besides the browser, and a file that shows each is installed. */
const needed: { pkg: string; marker: string; why: string }[] = [
	{ pkg: 'poppler-utils', marker: '/usr/bin/pdftotext', why: 'reading the text of printed PDFs' },
	{ pkg: 'fonts-noto-cjk', marker: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', why: 'Chinese glyphs in screenshots and PDFs' },
	{ pkg: 'nginx-light', marker: '/usr/sbin/nginx', why: 'the hosting test' },
	{ pkg: 'libnginx-mod-http-brotli-static', marker: '/etc/nginx/modules-enabled/50-mod-http-brotli-static.conf', why: 'precompressed brotli in the hosting test' },
];

/**
 * Installs the Debian packages the suites need when they are missing and we are root with apt
 * (a fresh CI machine); otherwise stops with one line that says what to install.
 */
export function ensureSystemPackages() {
	const missing = needed.filter((n) => !existsSync(n.marker));
	if (!missing.length) return;
	const names = missing.map((m) => m.pkg);
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		console.log(`Installing Debian packages for the suites: ${names.join(' ')}`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], { stdio: 'inherit', env });
		// The nginx package starts a default site on port 80; the hosting test runs its own nginx.
		try {
			execFileSync('service', ['nginx', 'stop'], { stdio: 'ignore' });
		} catch {
			// not running, or no service manager: nothing to stop
		}
		return;
	}
	console.error(`Missing Debian packages (${missing.map((m) => m.why).join('; ')}): run \`sudo apt-get install ${names.join(' ')}\`, then \`npm test\` again.`);
	process.exit(1);
}
