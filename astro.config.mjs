// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { linkCheck } from './src/plugins/link-check.ts';
import { pdfDownloads } from './src/plugins/pdf-downloads.ts';
import { precompress } from './src/plugins/precompress.ts';
import { pagefindChunks } from './src/plugins/pagefind-chunks.ts';
import { offline } from './src/plugins/offline.ts';
import { cspHashes } from './src/plugins/csp-hashes.ts';
import { baseLinks } from './src/plugins/base-links.ts';
import { inlineCodeBreaks } from './src/plugins/inline-code-breaks.ts';
import { searchQuery } from './src/plugins/search-query.ts';
import { locale404 } from './src/plugins/locale-404.ts';
import { categories, locales, topicsByCategory } from './src/lib/topics.ts';

const base = process.env.BASE_PATH || '/';
// The address the site is served from (canonical URLs, sitemap). Set SITE_URL when deploying; printed
// pages show it only then (src/lib/site-address.ts), since this loopback default means nothing on paper.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',

	markdown: {
		// Smart quotes would turn the notes' quoted ASCII ("/") into typographic quotes.
		processor: satteri({ features: { smartPunctuation: false }, mdastPlugins: [inlineCodeBreaks()], hastPlugins: [baseLinks(base, process.env.SITE_URL)] }),
	},
	vite: {
		plugins: [searchQuery(60)],
		resolve: {
			alias: {
				'@examples': fileURLToPath(new URL('./content/examples', import.meta.url)),
				'@diagrams': fileURLToPath(new URL('./content/diagrams', import.meta.url)),
				'@components': fileURLToPath(new URL('./src/components', import.meta.url)),
				'@lib': fileURLToPath(new URL('./src/lib', import.meta.url)),
			},
		},
	},
	integrations: [
		starlight({
			title: { 'zh-CN': '运维手册', en: 'Ops Handbook' },
			description: '面向运维工程师的命令与原理手册：经过上游文档逐条核对。',
			defaultLocale: 'root',
			locales,
			lastUpdated: false,
			// Pages live in content/docs/, not Starlight's default src/content/docs/: without this its
			// Markdown transforms (heading anchor links, asides) skip every page.
			markdown: { processedDirs: ['./content/docs/'] },
			// Engineers search for exact identifiers (node.id, zookeeper.connect): favour exact term
			// matches over stems and partial words.
			pagefind: { ranking: { termSimilarity: 4, termFrequency: 0.6 } },
			// The handbook's 404 lists the topics and points to search: src/pages/404.astro and
			// src/pages/en/404.astro (written as en/404.html by src/plugins/locale-404.ts).
			disable404Route: true,
			pagination: true,
			tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
			sidebar: topicsByCategory().map(({ category, slugs }) => ({
				label: categories[category].zh,
				translations: { en: categories[category].en },
				items: slugs,
			})),
			components: {
				Head: './src/components/overrides/Head.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: './src/components/overrides/Search.astro',
				LanguageSelect: './src/components/overrides/LanguageSelect.astro',
				Footer: './src/components/overrides/Footer.astro',
			},
			customCss: ['./src/styles/custom.css', './src/styles/print.css'],
		}),
		mdx(),
		pdfDownloads(),
		locale404(Object.keys(locales).filter((l) => l !== 'root')),
		linkCheck(),
		// After Starlight's Pagefind run, before the offline list and precompression see its files.
		pagefindChunks(),
		// After Starlight's Pagefind run (its index goes offline too), before precompression.
		offline(),
		cspHashes(),
		precompress(),
	],
});
