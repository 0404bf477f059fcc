/**
 * `npm run verify:record`: writes content/examples/verified-versions.json, the tool versions each
 * verified example and claim check ran against, which pages show next to the example or claim.
 * Run it on the machine that ran `npm run verify`.
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { claimChecks, claimVersionsKey } from '../lib/claim-checks.ts';
import { verifiedExamples, type VerifiedExample } from '../lib/verified-examples.ts';

const out: Record<string, Record<string, string>> = {};
const record = (key: string, example: VerifiedExample) => {
	out[key] = {};
	for (const [tool, command] of Object.entries(example.versions)) {
		out[key]![tool] = execSync(command, { encoding: 'utf8', shell: '/bin/bash' }).trim();
	}
};
for (const example of verifiedExamples) record(example.file, example);
for (const check of claimChecks) record(claimVersionsKey(check.file), check);
writeFileSync('content/examples/verified-versions.json', `${JSON.stringify(out, null, '\t')}\n`);
console.log(`recorded versions for ${verifiedExamples.length} examples and ${claimChecks.length} claim checks`);
