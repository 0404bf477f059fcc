import { strings, type Lang } from './i18n';

/** Sizes of the app icons drawn from public/favicon.svg (src/pages/icon-[size].png.ts). */
export const iconSizes = [192, 512] as const;

/** File name of a locale's web app manifest, below the locale's home (`/` or `/en/`). */
export const manifestFile = 'manifest.webmanifest';

/** The web app manifest of one locale, so that the handbook can be installed as an app. */
export function webAppManifest(lang: Lang, base: string): string {
	const t = strings[lang];
	const start = lang === 'en' ? `${base}en/` : base;
	return JSON.stringify({
		id: start,
		name: t.homeTitle,
		short_name: t.homeTitle,
		description: t.homeDescription,
		lang,
		start_url: start,
		scope: base,
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: '#1f3b73',
		icons: iconSizes.map((size) => ({ src: `${base}icon-${size}.png`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
	});
}
