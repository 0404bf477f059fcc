import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip, gzipSync } from 'node:zlib';

/**
 * Pagefind's index, meta, fragment and filter files are a gzip stream of `pagefind_dcd` followed
 * by the payload; pagefind.js skips its own gunzip when a response already starts with that
 * signature. Both build steps that touch these files read and write them here, so that a change
 * of Pagefind's format fails the build in one place, naming the file.
 */
export const pagefindSignature = Buffer.from('pagefind_dcd');
const gunzipAsync = promisify(gunzip);

/** The decoded content of a Pagefind file, signature included. */
export async function readPagefindFile(file: string): Promise<Buffer> {
	const decoded = await gunzipAsync(await readFile(file)).catch((error: Error) => {
		throw new Error(`${file}: not a gzip stream, as Pagefind writes its files (${error.message})`);
	});
	if (!decoded.subarray(0, pagefindSignature.length).equals(pagefindSignature)) {
		throw new Error(`${file}: Pagefind file without the pagefind_dcd signature (has Pagefind's format changed?)`);
	}
	return decoded;
}

/** A Pagefind file holding `payload`, as Pagefind itself would write it. */
export const pagefindFileData = (payload: Uint8Array): Buffer => gzipSync(Buffer.concat([pagefindSignature, payload]), { level: 9 });
