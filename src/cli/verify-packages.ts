/** Prints the Debian packages that the verified examples need, one per line (used by .ci/run). */
import { verifiedExamples } from '../lib/verified-examples.ts';

console.log([...new Set(verifiedExamples.flatMap((e) => e.packages))].sort().join('\n'));
