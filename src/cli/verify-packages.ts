/** Prints the Debian packages that the verified examples and claim checks need, one per line (used by .ci/run). */
import { claimChecks } from '../lib/claim-checks.ts';
import { verifiedExamples } from '../lib/verified-examples.ts';

console.log([...new Set([...verifiedExamples, ...claimChecks].flatMap((e) => e.packages))].sort().join('\n'));
