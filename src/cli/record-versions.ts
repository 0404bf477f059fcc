/**
 * `npm run verify:record`: writes content/examples/verified-versions.json, the tool versions each
 * verified example ran against, which pages show next to the example. Run it on the machine that
 * ran `npm run verify`.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { verifiedExamples } from '../lib/verified-examples.ts';

const out: Record<string, Record<string, string>> = {};
for (const example of verifiedExamples) {
	out[example.file] = {};
	for (const [tool, command] of Object.entries(example.versions)) {
		out[example.file]![tool] = execSync(command, { encoding: 'utf8', shell: '/bin/bash' }).trim();
	}
}
writeFileSync('content/examples/verified-versions.json', `${JSON.stringify(out, null, '\t')}\n`);
console.log(`recorded versions for ${verifiedExamples.length} examples`);
