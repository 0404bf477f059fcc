/**
 * Regenerates the upstream config-key lists in content/config-keys/ (read by
 * e2e/config-keys.test.ts). Nothing it reads is committed: point it at a local clone or at saved
 * copies of the upstream pages.
 *
 *   node src/cli/extract-config-keys.ts zookeeper <zookeeper git dir> <tag>
 *   node src/cli/extract-config-keys.ts hadoop <version> core-default=<file> [hdfs-default=<file>] [yarn-default=<file>] [qjm-guide=<file>] [rm-ha-guide=<file>] [rm-restart-guide=<file>] deprecated=<file>
 *   node src/cli/extract-config-keys.ts kafka <version> <broker-configs page .html> [<kafka git dir> <last 3.x tag>]
 *
 * The Hadoop inputs are pages of hadoop.apache.org/docs/r<version>/ (the *-default tables are
 * generated from the release's *-default.xml files); the Kafka page is
 * kafka.apache.org/<major><minor>/configuration/broker-configs/ (generated from the broker's
 * ConfigDefs). Any page may instead be given as a list of names, one a line, when only a stored copy
 * could be read. Hand-kept parts of an existing list (templates, removed keys) are carried over when
 * a list is regenerated.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KeyList } from './lib/config-keys.ts';

const outDir = fileURLToPath(new URL('../../content/config-keys/', import.meta.url));
const today = new Date().toISOString().slice(0, 10);

function write(list: KeyList) {
	const file = join(outDir, `${list.product}-${list.version}.json`);
	if (existsSync(file)) {
		const old = JSON.parse(readFileSync(file, 'utf8')) as KeyList;
		list.templates = [...new Map([...old.templates, ...list.templates].map((t) => [t.key, t])).values()];
		list.retired = [...new Map([...old.retired, ...list.retired].map((r) => [r.key, r])).values()];
	}
	list.keys = [...new Set(list.keys)].sort();
	writeFileSync(file, `${JSON.stringify(list, null, '\t')}\n`);
	console.log(`${file}: ${list.keys.length} keys, ${list.templates.length} templates, ${list.retired.length} removed/deprecated`);
}

function git(gitDir: string, ...args: string[]) {
	return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** zoo.cfg keys: what QuorumPeerConfig.parseProperties handles itself plus the documented parameters. */
function zookeeper(gitDir: string, tag: string) {
	const commit = git(gitDir, 'rev-parse', `${tag}^{commit}`).trim();
	const adminPath = 'zookeeper-docs/src/main/resources/markdown/zookeeperAdmin.md';
	const configPath = 'zookeeper-server/src/main/java/org/apache/zookeeper/server/quorum/QuorumPeerConfig.java';
	const admin = git(gitDir, 'show', `${commit}:${adminPath}`);
	const source = git(gitDir, 'show', `${commit}:${configPath}`);
	// Constants the parser compares keys with (QuorumAuth, JvmPauseMonitor).
	const constants = new Map<string, string>();
	for (const path of git(gitDir, 'ls-tree', '-r', '--name-only', commit).split('\n')) {
		if (!/\/(QuorumAuth|JvmPauseMonitor)\.java$/.test(path)) continue;
		for (const m of git(gitDir, 'show', `${commit}:${path}`).matchAll(/String\s+(\w+)\s*=\s*"([^"]+)"/g)) {
			constants.set(`${basename(path, '.java')}.${m[1]}`, m[2]!);
		}
	}
	const keys: string[] = [];
	const templates: KeyList['templates'] = [];
	for (const m of source.matchAll(/key\.equals\(\s*(?:"([^"]+)"|(\w+\.\w+))\s*\)/g)) {
		const key = m[1] ?? constants.get(m[2]!);
		if (!key) throw new Error(`QuorumPeerConfig compares with ${m[2]}, a constant not found`);
		keys.push(key);
	}
	// Keys with a prefix the parser handles (metricsProvider.*, server.N, group.N, weight.N).
	const start = admin.indexOf('### Configuration Parameters');
	const end = admin.indexOf('### Communication using the Netty framework');
	if (start < 0 || end < 0) throw new Error(`${adminPath}: configuration section not found`);
	for (const line of admin.slice(start, end).split('\n')) {
		const item = /^\s*\* \*(.+?)\*?\s*:?\s*$/.exec(line);
		if (!item) continue;
		for (const part of item[1]!.split(/\*? and \*?/)) {
			const name = part.replace(/\*/g, '').trim();
			const template = /^(server|group|weight)\.x\b/.exec(name);
			if (template) templates.push({ key: `${template[1]}.<id>`, source: `${adminPath} (${name})` });
			else if (/^[A-Za-z0-9][\w.-]*$/.test(name)) keys.push(name);
		}
	}
	write({
		product: 'zookeeper',
		name: 'Apache ZooKeeper',
		version: tag.replace(/^release-/, ''),
		extracted: today,
		sources: [
			{ repository: 'https://github.com/apache/zookeeper', ref: tag, commit, path: adminPath, what: 'Configuration Parameters section (Administrator\'s Guide)' },
			{ repository: 'https://github.com/apache/zookeeper', ref: tag, commit, path: configPath, what: 'keys QuorumPeerConfig.parseProperties handles; any other key becomes the Java system property zookeeper.<key> without a warning' },
		],
		keys,
		templates,
		retired: [],
	});
}

const htmlText = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();

/** Where each Hadoop input comes from, under hadoop.apache.org/docs/r<version>/ (hadoop-site: content/docs/r<version>/). */
const hadoopPages: Record<string, { path: string; what: string; complete: boolean }> = {
	'core-default': { path: 'hadoop-project-dist/hadoop-common/core-default.html', what: 'core-default.xml as published', complete: true },
	'hdfs-default': { path: 'hadoop-project-dist/hadoop-hdfs/hdfs-default.xml', what: 'hdfs-default.xml as published', complete: true },
	'yarn-default': { path: 'hadoop-yarn/hadoop-yarn-common/yarn-default.xml', what: 'yarn-default.xml as published', complete: true },
	'qjm-guide': { path: 'hadoop-project-dist/hadoop-hdfs/HDFSHighAvailabilityWithQJM.html', what: 'HDFS HA with QJM guide: the keys it names', complete: false },
	'rm-ha-guide': { path: 'hadoop-yarn/hadoop-yarn-site/ResourceManagerHA.html', what: 'ResourceManager HA guide: the keys it names', complete: false },
	'rm-restart-guide': { path: 'hadoop-yarn/hadoop-yarn-site/ResourceManagerRestart.html', what: 'ResourceManager Restart guide: the keys it names', complete: false },
	deprecated: { path: 'hadoop-project-dist/hadoop-common/DeprecatedProperties.html', what: 'Deprecated Properties table (MapReduce rows left out: mapred-default is not listed here)', complete: true },
};

const hadoopKey = /^(?:dfs|yarn|hadoop|ha|fs|io|ipc|net|file|ftp|tfile|security|nfs|rpc|seq|adl)\.[\w.\[\] -]*[\w\]]$/;

/** Key names in one Hadoop input: a rendered *-default table, a raw *-default.xml, a guide page, or a list of names. */
function hadoopNames(text: string): string[] {
	if (text.includes('<td><a name="')) return [...text.matchAll(/<td><a name="([^"]+)">/g)].map((m) => m[1]!);
	if (/<property>\s*<name>/.test(text)) return [...text.matchAll(/<name>\s*([^<\s]+)\s*<\/name>/g)].map((m) => m[1]!);
	if (/<html/i.test(text)) {
		const found = [
			...[...text.matchAll(/&lt;name&gt;([^&]+)&lt;\/name&gt;/g)].map((m) => m[1]!),
			...[...text.matchAll(/<(?:b|code)>\s*([^<]+?)\s*<\/(?:b|code)>(?:<i>([\w-]+)<\/i>)?/g)].map((m) => (m[2] ? `${m[1]}[${m[2]}]` : m[1]!)),
		];
		return found.filter((k) => hadoopKey.test(k) && !k.includes(' ') || /\[[\w -]+\]/.test(k));
	}
	return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** Upstream writes instance parts as [nameservice ID], [name node ID], [port_number], <rm-id> or EXAMPLE…; the lists use <…>. */
function hadoopTemplate(key: string): string {
	return key
		.replace(/\[nameservice ID\]|EXAMPLENAMESERVICE/g, '<nameservice>')
		.replace(/\[name node ID\]/g, '<namenode>')
		.replace(/\[port_number\]/g, '<port>')
		.replace(/\[rm-id\]/g, '<rm-id>')
		.replace(/EXAMPLECIPHERSUITE/g, '<cipher-suite>');
}

function hadoop(version: string, inputs: string[]) {
	const keys: string[] = [];
	const templates: KeyList['templates'] = [];
	const retired: KeyList['retired'] = [];
	const sources: KeyList['sources'] = [];
	for (const input of inputs) {
		const [label, file] = input.split('=') as [string, string | undefined];
		const page = hadoopPages[label];
		if (!page || !file) throw new Error(`${input}: expected <${Object.keys(hadoopPages).join('|')}>=<file>`);
		const text = readFileSync(file, 'utf8');
		const path = `content/docs/r${version}/${page.path}`;
		const fromPage = /<html|<property>/i.test(text);
		sources.push({ repository: 'https://github.com/apache/hadoop-site', ref: `r${version}`, path, what: `${page.what}${page.complete ? '' : ' (not a complete list of the module\'s keys)'}${fromPage ? '' : '; names as read from the stored copy of the page'}` });
		if (label === 'deprecated') {
			const rows = text.includes('<td')
				? [...text.matchAll(/<tr[^>]*>\s*<td[^>]*>([\s\S]*?)<\/td>\s*<td[^>]*>([\s\S]*?)<\/td>\s*<\/tr>/g)].map((m) => [htmlText(m[1]!), htmlText(m[2]!)] as const)
				: text.split('\n').filter(Boolean).map((l) => l.split('\t') as unknown as readonly [string, string]);
			for (const [key, replacement] of rows) {
				if (/^(mapred|mapreduce|job|map|reduce|keep|key|jobclient|min\.num|sequencefile|user\.name|create\.empty|hadoop\.pipes|io\.sort|security\.(job|task))/.test(key)) continue;
				retired.push({ key, status: 'deprecated', ...(replacement.startsWith('NONE') ? {} : { replacement }), source: path });
			}
			continue;
		}
		for (const name of hadoopNames(text)) {
			const template = hadoopTemplate(name);
			if (template.includes('<')) templates.push({ key: template, source: path });
			else keys.push(name);
		}
	}
	write({ product: 'hadoop', name: 'Apache Hadoop', version, extracted: today, sources, keys, templates, retired });
}

/** Broker config names: the brokerconfigs_<key> anchors of the Broker Configs page, or a list of names, one a line. */
function kafka(version: string, input: string, oldKafka?: string, oldTag?: string) {
	const text = readFileSync(input, 'utf8');
	const fromPage = [...text.matchAll(/id=["']?brokerconfigs_([\w.-]+)/g)].map((m) => m[1]!);
	const keys = fromPage.length > 0 ? fromPage : text.split('\n').map((l) => l.trim()).filter((l) => /^[\w.-]+$/.test(l));
	if (keys.length === 0) throw new Error(`${input}: no brokerconfigs_<key> anchors and no key names`);
	const [major, minor] = version.split('.');
	const retired: KeyList['retired'] = [];
	const sources: KeyList['sources'] = [
		{
			repository: 'https://github.com/apache/kafka-site',
			ref: `${major}${minor}`,
			path: `${major}${minor}/configuration/broker-configs/index.html`,
			what: `Broker Configs of Kafka ${major}.${minor}, generated from the broker's ConfigDefs${fromPage.length > 0 ? '' : ' (names as read from the stored copy of the page)'}`,
		},
	];
	// ZooKeeper mode is gone since 4.0: every zookeeper.* broker key of the last 3.x release is removed.
	if (oldKafka && oldTag) {
		const commit = git(oldKafka, 'rev-parse', `${oldTag}^{commit}`).trim();
		for (const path of ['server/src/main/java/org/apache/kafka/server/config/ZkConfigs.java', 'server/src/main/java/org/apache/kafka/server/config/KRaftConfigs.java']) {
			for (const m of git(oldKafka, 'show', `${commit}:${path}`).matchAll(/String\s+\w+_CONFIG\s*=\s*"(zookeeper\.[\w.-]+)"/g)) {
				if (!keys.includes(m[1]!)) retired.push({ key: m[1]!, status: 'removed', since: '4.0', replacement: 'KRaft (process.roles, node.id, controller.quorum.bootstrap.servers)', source: `apache/kafka ${oldTag}:${path}; Kafka 4.0 upgrade notes: ZooKeeper mode removed` });
			}
			sources.push({ repository: 'https://github.com/apache/kafka', ref: oldTag, commit, path, what: 'zookeeper.* broker keys of the last 3.x release, all removed in 4.0' });
		}
	}
	write({ product: 'kafka', name: 'Apache Kafka', version, extracted: today, sources, keys, templates: [], retired });
}

const [product, ...args] = process.argv.slice(2);
if (product === 'zookeeper' && args.length === 2) zookeeper(args[0]!, args[1]!);
else if (product === 'hadoop' && args.length >= 2) hadoop(args[0]!, args.slice(1));
else if (product === 'kafka' && (args.length === 2 || args.length === 4)) kafka(args[0]!, args[1]!, args[2], args[3]);
else {
	console.error('usage: see the comment at the top of src/cli/extract-config-keys.ts');
	process.exit(2);
}
