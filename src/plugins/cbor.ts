/**
 * Just enough CBOR (RFC 8949) to read and rewrite Pagefind's index files: unsigned and negative
 * integers, byte and text strings, arrays and maps of definite length, and the simple values.
 * Values keep their major type so that what is written back encodes as Pagefind's minicbor did.
 */
export type Cbor =
	| { t: 'uint'; v: number }
	| { t: 'nint'; v: number }
	| { t: 'bytes'; v: Uint8Array }
	| { t: 'text'; v: string }
	| { t: 'array'; v: Cbor[] }
	| { t: 'map'; v: [Cbor, Cbor][] }
	| { t: 'simple'; v: number };

export function decodeCbor(data: Uint8Array): Cbor {
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	let at = 0;
	const length = (info: number): number => {
		if (info < 24) return info;
		const size = info - 24;
		if (size > 3) throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at}`);
		const bytes = 1 << size;
		const value = bytes === 1 ? view.getUint8(at) : bytes === 2 ? view.getUint16(at) : bytes === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
		at += bytes;
		return value;
	};
	const item = (): Cbor => {
		const head = view.getUint8(at++);
		const major = head >> 5;
		const n = length(head & 31);
		switch (major) {
			case 0:
				return { t: 'uint', v: n };
			case 1:
				return { t: 'nint', v: n };
			case 2:
				at += n;
				return { t: 'bytes', v: data.subarray(at - n, at) };
			case 3:
				at += n;
				return { t: 'text', v: new TextDecoder().decode(data.subarray(at - n, at)) };
			case 4:
				return { t: 'array', v: Array.from({ length: n }, item) };
			case 5:
				return { t: 'map', v: Array.from({ length: n }, () => [item(), item()] as [Cbor, Cbor]) };
			case 7:
				return { t: 'simple', v: n };
			default:
				throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
		}
	};
	const value = item();
	if (at !== data.length) throw new Error(`CBOR: ${data.length - at} bytes after the value`);
	return value;
}

export function encodeCbor(value: Cbor): Uint8Array {
	const out: number[] = [];
	const head = (major: number, n: number) => {
		if (n < 24) out.push((major << 5) | n);
		else if (n < 0x100) out.push((major << 5) | 24, n);
		else if (n < 0x10000) out.push((major << 5) | 25, n >> 8, n & 0xff);
		else if (n < 0x100000000) out.push((major << 5) | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
		else {
			const big = BigInt(n);
			out.push((major << 5) | 27);
			for (let shift = 56n; shift >= 0n; shift -= 8n) out.push(Number((big >> shift) & 0xffn));
		}
	};
	const item = (v: Cbor) => {
		switch (v.t) {
			case 'uint':
				return head(0, v.v);
			case 'nint':
				return head(1, v.v);
			case 'bytes':
				head(2, v.v.length);
				for (const b of v.v) out.push(b);
				return;
			case 'text': {
				const bytes = new TextEncoder().encode(v.v);
				head(3, bytes.length);
				for (const b of bytes) out.push(b);
				return;
			}
			case 'array':
				head(4, v.v.length);
				return v.v.forEach(item);
			case 'map':
				head(5, v.v.length);
				for (const [k, x] of v.v) {
					item(k);
					item(x);
				}
				return;
			case 'simple':
				return head(7, v.v);
		}
	};
	item(value);
	return Uint8Array.from(out);
}
