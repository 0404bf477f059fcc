import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkExamples, describe, keysIn, loadKeyLists, problemWith } from '../src/cli/lib/config-keys.ts';
import { projectRoot } from './test-utils.ts';

/** Pages whose examples set Kafka, Hadoop or ZooKeeper config keys. */
const pages = ['kafka', 'hadoop-ha', 'zookeeper', 'zookeeper-deploy'];
const lists = loadKeyLists(join(projectRoot, 'content/config-keys'));
const page = (slug: string) => readFileSync(join(projectRoot, 'content/docs', `${slug}.mdx`), 'utf8');
const examples = (slug: string, root = projectRoot) => join(root, 'content/examples', slug);

for (const slug of pages) {
	test(`every config key in the ${slug} examples exists in the release the ${slug} page names`, () => {
		const findings = checkExamples(examples(slug), page(slug), lists, `content/examples/${slug}`);
		expect(findings.map(describe)).toEqual([]);
	});
}

test('the config examples yield the keys they set, with their lines', () => {
	const read = (slug: string, name: string) => keysIn(name, readFileSync(join(examples(slug), name), 'utf8'));
	expect(read('kafka', 'server.properties')).toContainEqual({ file: 'server.properties', line: 2, key: 'node.id', product: 'kafka' });
	expect(read('zookeeper-deploy', 'zoo.cfg').map((u) => u.key)).toContain('server.1');
	expect(read('hadoop-ha', 'hdfs-site.xml').map((u) => u.key)).toContain('dfs.ha.namenodes.mycluster');
	expect(read('hadoop-ha', 'yarn-site.xml').map((u) => u.key)).toContain('yarn.resourcemanager.hostname.rm1');
	// The loopback ensemble writes its zoo.cfg files with printf inside a loop.
	expect(read('zookeeper-deploy', 'ensemble-loopback.console').map((u) => u.key)).toEqual(
		expect.arrayContaining(['tickTime', 'dataDir', 'admin.enableServer', '4lw.commands.whitelist', 'server.3'])
	);
});

test('shell commands yield the keys of --override and -D', () => {
	const uses = keysIn('x.console', '$ bin/kafka-server-start.sh config/server.properties \\\n> --override log.dirs=/data\n$ hdfs dfs -D dfs.replication=2 -ls /\n');
	expect(uses).toEqual([
		{ file: 'x.console', line: 1, key: 'log.dirs', product: 'kafka' },
		{ file: 'x.console', line: 3, key: 'dfs.replication', product: 'hadoop' },
	]);
});

test('an instance key matches its upstream template only with one name per placeholder', () => {
	const zookeeper = lists.find((l) => l.product === 'zookeeper')!;
	expect(problemWith('server.12', zookeeper)).toBeUndefined();
	expect(problemWith('server.1.extra', zookeeper)).toMatch(/not a config key of Apache ZooKeeper /);
	expect(problemWith('server.', zookeeper)).toMatch(/not a config key of Apache ZooKeeper /);
});

test('an example with a misspelt key is reported with its file, line and key', () => {
	const fixture = join(projectRoot, 'e2e/fixtures/config-key-unknown');
	const findings = checkExamples(examples('kafka', fixture), page('kafka'), lists, 'content/examples/kafka').map(describe);
	expect(findings).toEqual([expect.stringMatching(/^content\/examples\/kafka\/server\.properties:3: zookeeprt\.connect: not a config key of Apache Kafka 4\.4\.\d+$/)]);
});

test('an example with a key the release removed is reported with its file, line and key', () => {
	const fixture = join(projectRoot, 'e2e/fixtures/config-key-removed');
	const findings = checkExamples(examples('kafka', fixture), page('kafka'), lists, 'content/examples/kafka').map(describe);
	expect(findings).toEqual([expect.stringMatching(/^content\/examples\/kafka\/server\.properties:2: zookeeper\.connect: removed since 4\.0 in Apache Kafka 4\.4\.\d+/)]);
});

test('a page naming a release without a key list is reported', () => {
	const older = page('kafka').replace(/(name: Apache Kafka\n\s+version: )'[^']+'/, "$1'3.0.0'");
	expect(older).not.toEqual(page('kafka'));
	const findings = checkExamples(examples('kafka'), older, lists, 'content/examples/kafka').map(describe);
	expect(findings[0]).toMatch(/server\.properties:1: process\.roles: no key list for Apache Kafka 3\.0\.0/);
});
