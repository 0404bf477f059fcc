/**
 * Test-only checks behind sentences: a page puts <Claim id="<slug>/<name>" /> after a sentence,
 * and the check is content/claims/<slug>/<name>.console, a transcript in the examples' format that
 * `npm run verify` runs like a verified example (same `$`/`#` users). Only files listed here run,
 * so a claim mark and the suite cannot disagree.
 */
import type { VerifiedExample } from './verified-examples';
import { bash, coreutils, curl, fdisk, ncOpenbsd, ncTraditional, nginx, openssh, openssl, rsync, zookeeper } from './tool-versions.ts';

// Non-interactive bash numbers the script's lines in its errors; the interactive shell the page shows does not.
const bashErrors: [RegExp, string][] = [
	[/^bash: line \d+: /gm, 'bash: '],
	[/^bash: eval: line \d+: /gm, 'bash: eval: line 1: '],
];

/** Each entry's `file` is relative to content/claims/: `<slug>/<name>.console` for claim id `<slug>/<name>`. */
export const claimChecks: VerifiedExample[] = [
	{ file: 'wait/trap-interrupts.console', packages: ['bash', 'coreutils'], versions: bash },
	{ file: 'wait/wait-n-script.console', packages: ['bash', 'coreutils'], versions: bash },
	{ file: 'wait/chld-trap-keeps-waiting.console', packages: ['bash', 'coreutils'], versions: bash },
	{ file: 'wait/chld-trap-posix.console', packages: ['bash', 'coreutils'], versions: bash },
	{ file: 'kafka/literal-placeholder.console', packages: ['bash'], versions: bash, normalize: bashErrors },
	{
		file: 'partition-tables/not-in-user-path.console',
		packages: ['bash', 'fdisk', 'gdisk', 'parted'],
		versions: { ...bash, ...fdisk },
		normalize: bashErrors,
	},
	{
		file: 'device-files/block-device-denied.console',
		packages: ['coreutils', 'util-linux'],
		versions: coreutils,
		// The throwaway directory is root's and private; nobody must be able to reach the node to be refused by its mode.
		setup: 'chmod 755 .',
	},
	{
		file: 'zookeeper-deploy/start-as-user.console',
		packages: ['zookeeper', 'default-jre-headless'],
		versions: zookeeper,
		normalize: [[/zookeeper-nobody-server-[^/\s]+\.out/g, 'zookeeper-nobody-server-<HOST>.out']],
	},
	{
		file: 'netcat/half-close.console',
		packages: ['netcat-openbsd', 'netcat-traditional', 'coreutils'],
		versions: { ...ncOpenbsd, ...ncTraditional },
	},
	{
		file: 'netcat/udp-scan-status.console',
		packages: ['netcat-openbsd'],
		versions: ncOpenbsd,
		teardown: 'kill %1 %2 2>/dev/null; true',
	},
	{ file: 'rsync/owner-without-root.console', packages: ['rsync', 'coreutils'], versions: rsync },
	{ file: 'rsync/specials-without-root.console', packages: ['rsync', 'coreutils'], versions: rsync },
	{ file: 'ssh-key-permissions/wrong-passphrase.console', packages: ['openssh-client'], versions: openssh },
	{
		file: 'http/empty-reply.console',
		packages: ['netcat-openbsd', 'curl'],
		versions: { ...curl, ...ncOpenbsd },
		teardown: 'kill %1 2>/dev/null; true',
	},
	{
		file: 'http/plain-to-tls.console',
		packages: ['openssl', 'nginx', 'curl'],
		versions: { ...curl, ...openssl, ...nginx },
		teardown: 'kill %1 2>/dev/null; [ -f nginx.pid ] && kill -QUIT "$(cat nginx.pid)" 2>/dev/null; true',
	},
];

/** Key of a claim check in content/examples/verified-versions.json (examples use their bare path). */
export const claimVersionsKey = (file: string) => `claims/${file}`;

export function findClaimCheck(id: string): VerifiedExample | undefined {
	return claimChecks.find((c) => c.file === `${id}.console`);
}
