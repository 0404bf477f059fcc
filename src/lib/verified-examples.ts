/**
 * The examples that `npm run verify` executes. A page may mark an example as verified (with
 * <Verified example="…" />) only if it is listed here, and the suite runs every entry, so the
 * badge on a page and the suite cannot disagree.
 */
import { bash, coreutils, curl, dash, gdisk, kernel, ncOpenbsd, ncTraditional, nginx, openssh, parted, python, rsync, sfdisk, zookeeper } from './tool-versions.ts';

export interface VerifiedExample {
	/** Path under content/examples/. A `.console` transcript is run command by command and its output compared. */
	file: string;
	/** Debian packages whose tools the example needs. */
	packages: string[];
	/** Commands that print the versions the example is verified against, as `name: command`. */
	versions: Record<string, string>;
	/** Output that legitimately differs between runs (times, sizes, pids): replaced before comparing. */
	normalize?: [RegExp, string][];
	/** Shell lines run before the transcript, not shown on the page (e.g. a fixture file). */
	setup?: string;
	/** Shell lines run after it, whatever happened (e.g. stopping a server). */
	teardown?: string;
}

// Non-interactive bash prefixes errors with "bash: line N:"; an interactive shell, as on the page, does not.
const bashErrors: [RegExp, string][] = [[/^bash: line \d+: /gm, 'bash: ']];

export const verifiedExamples: VerifiedExample[] = [
	{
		file: 'http/raw-exchange.console',
		packages: ['python3', 'netcat-openbsd', 'curl'],
		versions: { ...python, ...curl },
		teardown: 'pkill -f "http.server 47080" || true',
	},
	{ file: 'wait/statuses.console', packages: ['bash'], versions: bash, normalize: bashErrors },
	{ file: 'wait/wait-n.console', packages: ['bash'], versions: bash },
	{ file: 'wait/wait-n-finished.console', packages: ['bash'], versions: bash },
	{ file: 'wait/dash.console', packages: ['dash'], versions: dash },
	{
		file: 'ssh-key-permissions/key-modes.console',
		packages: ['openssh-client'],
		versions: openssh,
	},
	{ file: 'ssh-key-permissions/damaged-keys.console', packages: ['openssh-client'], versions: openssh },
	{ file: 'netcat/which-nc.console', packages: ['netcat-openbsd'], versions: ncOpenbsd, normalize: [[/patchlevel [^)]+/g, 'patchlevel N']] },
	{ file: 'netcat/tcp-loopback.console', packages: ['netcat-openbsd'], versions: ncOpenbsd },
	{ file: 'netcat/udp-loopback.console', packages: ['netcat-openbsd'], versions: ncOpenbsd },
	{ file: 'netcat/port-check.console', packages: ['netcat-openbsd'], versions: ncOpenbsd, teardown: 'kill %1 2>/dev/null; true' },
	{
		file: 'netcat/listen-flavours.console',
		packages: ['netcat-openbsd', 'netcat-traditional'],
		versions: { ...ncOpenbsd, ...ncTraditional },
	},
	{
		file: 'netcat/traditional-port-arg.console',
		packages: ['netcat-traditional', 'coreutils'],
		versions: ncTraditional,
		normalize: [[/listening on \[any\] \d+ /g, 'listening on [any] <RANDOM_PORT> ']],
	},
	{ file: 'netcat/listen-errors.console', packages: ['netcat-openbsd', 'python3'], versions: ncOpenbsd, teardown: 'kill %1 2>/dev/null; true' },
	{ file: 'rsync/trailing-slash.console', packages: ['rsync'], versions: rsync },
	{
		file: 'rsync/delete-dry-run.console',
		packages: ['rsync'],
		versions: rsync,
		// The destination directory's own time is reported only when it differs from the source's,
		// which depends on whether both were created within the same second.
		normalize: [[/^\.d\.\.t\.{6} \.\/\n?/gm, '']],
	},
	{ file: 'rsync/delete-slash.console', packages: ['rsync'], versions: rsync, normalize: [[/^\.d\.\.t\.{6} \.\/\n?/gm, '']] },
	{ file: 'rsync/file-to-name.console', packages: ['rsync'], versions: rsync },
	{ file: 'rsync/without-times.console', packages: ['rsync'], versions: rsync },
	{ file: 'rsync/remote-errors.console', packages: ['rsync'], versions: rsync },
	{
		file: 'rsync/path-errors.console',
		packages: ['rsync'],
		versions: rsync,
		// rsync prints absolute paths; the throwaway directory's name changes on every run.
		normalize: [[/"\/\S*ops-handbook-verify-[^/"]+\//g, '"<CURRENT_DIR>/']],
	},
	{
		file: 'concurrency-models/nginx-threads.console',
		packages: ['nginx', 'procps'],
		versions: nginx,
		teardown: '[ -f nginx.pid ] && kill -QUIT "$(cat nginx.pid)" 2>/dev/null; true',
	},
	{ file: 'partition-tables/mbr-primary-limit.console', packages: ['fdisk'], versions: sfdisk },
	{ file: 'partition-tables/mbr-extended.console', packages: ['fdisk'], versions: sfdisk },
	{
		file: 'partition-tables/gpt-layout.console',
		packages: ['fdisk', 'gdisk', 'xxd'],
		versions: { ...sfdisk, ...gdisk },
	},
	{
		file: 'partition-tables/grow-disk.console',
		packages: ['fdisk', 'gdisk', 'parted'],
		versions: { ...sfdisk, ...gdisk, ...parted },
		// parted names the image by its absolute path, inside the random directory mktemp made.
		normalize: [[/\/tmp\/tmp\.[A-Za-z0-9]{10}\//g, '/tmp/tmp.XXXXXXXXXX/']],
		teardown: 'case $PWD in /tmp/tmp.*) rm -rf "$PWD";; esac',
	},
	{ file: 'device-files/ls-major-minor.console', packages: ['coreutils'], versions: coreutils },
	{ file: 'device-files/mknod.console', packages: ['coreutils', 'xxd'], versions: coreutils },
	{ file: 'device-files/mknod-unprivileged.console', packages: ['coreutils'], versions: coreutils },
	{ file: 'device-files/no-driver.console', packages: ['coreutils'], versions: { ...coreutils, ...kernel } },
	{ file: 'device-files/proc-devices.console', packages: ['mawk'], versions: kernel },
	{
		file: 'zookeeper-deploy/ensemble-loopback.console',
		packages: ['zookeeper', 'netcat-openbsd', 'default-jre-headless'],
		versions: {
			...zookeeper,
			...ncOpenbsd,
		},
		teardown: 'for i in 1 2 3; do kill $(cat zk$i.pid) 2>/dev/null; done; true',
	},
	{
		file: 'zookeeper-deploy/missing-myid.console',
		packages: ['zookeeper', 'default-jre-headless', 'libslf4j-java'],
		versions: zookeeper,
		// zkServer.sh prints the config path, inside the random directory mktemp made.
		normalize: [[/\/tmp\/tmp\.[A-Za-z0-9]{10}\//g, '/tmp/tmp.XXXXXXXXXX/']],
		teardown: 'case $PWD in /tmp/tmp.*) rm -rf "$PWD";; esac',
	},
];

export function findVerified(file: string): VerifiedExample | undefined {
	return verifiedExamples.find((e) => e.file === file);
}
