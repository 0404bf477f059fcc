/**
 * The public address of the site, when the build was told one (SITE_URL). Without it Astro's
 * `site` falls back to a loopback address that means nothing on paper, so printed pages show the
 * site path instead.
 */
export function configuredSite(): string | undefined {
	const url = process.env['SITE_URL'];
	return url ? url : undefined;
}

/** What a printed page says it came from: the canonical URL, or the path when no site is configured. */
export function printedAddress(pathname: string): string {
	const site = configuredSite();
	return site ? new URL(pathname, site).href : pathname;
}
