import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { iconSizes } from '../lib/web-app-manifest';
import favicon from '../../public/favicon.svg?raw';

/** The app icons of the web app manifest, rendered from the favicon at build time. */
export const getStaticPaths = (() => iconSizes.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const size = Number(params['size']);
	// The favicon is drawn on a 32-unit grid: render it at the icon's size, not scaled up from 32 px.
	const png = await sharp(Buffer.from(favicon), { density: (72 * size) / 32 }).resize(size, size).png({ palette: true, compressionLevel: 9 }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
