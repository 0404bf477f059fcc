import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { categoryIds } from './lib/topics';
import { starlightStrings } from './lib/i18n';

const upstreamEntry = z.object({
	/** The project, document or distribution checked against, e.g. "ZooKeeper" or "RFC 9110". */
	name: z.string().min(1),
	/** Its version or release as checked, e.g. "3.9.4". */
	version: z.string().min(1),
});

/** Frontmatter of topic pages. The same schema validates Starlight's own pages (home, 404, print). */
export const topicFields = z
	.object({
		description: z.string().min(10, 'description is required: one sentence for the home page and search results'),
		/** Subject group; one of the categories in src/lib/topics.ts. */
		category: z.enum(categoryIds).optional(),
		/** Upstream versions the page was checked against. */
		upstream: z.array(upstreamEntry).min(1, 'name at least one upstream release the page was checked against').optional(),
		/** Identifiers and terms readers search for that the page explains; weighted in search. */
		keywords: z.array(z.string().min(1)).optional(),
		/** Words readers search with that the page itself does not use (长连接 for keep-alive); weighted in search. */
		aliases: z.array(z.string().min(1)).optional(),
		/** When the page was last checked against upstream (YYYY-MM-DD). */
		lastChecked: z.coerce.date().optional(),
	})
	.superRefine((data, ctx) => {
		// Pages rendered through <StarlightPage> (home, 404, print) are validated by this schema too
		// and have none of the topic fields; a content page must have all of them.
		const fields = ['category', 'upstream', 'lastChecked'] as const;
		const present = fields.filter((f) => data[f] !== undefined);
		if (present.length === 0 || present.length === fields.length) return;
		for (const f of fields) {
			if (data[f] === undefined) ctx.addIssue({ code: 'custom', path: [f], message: `${f} is required on a topic page` });
		}
	});

const i18nDir = fileURLToPath(new URL('./content/i18n/', import.meta.url));

export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema({ extend: topicFields }),
	}),
	// Starlight UI strings: those read at page render, kept with the handbook's other strings in
	// src/lib/i18n.ts, plus src/content/i18n/*.json, which Starlight's Markdown plugins read from disk.
	i18n: defineCollection({
		loader: () => {
			const fromDisk = Object.fromEntries(
				readdirSync(i18nDir)
					.filter((f) => f.endsWith('.json'))
					.map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(i18nDir, f), 'utf8')) as Record<string, string>])
			);
			const langs = new Set([...Object.keys(fromDisk), ...Object.keys(starlightStrings)]);
			return [...langs].map((id) => ({ id, ...fromDisk[id], ...(starlightStrings as Record<string, Record<string, string>>)[id] }));
		},
		schema: i18nSchema(),
	}),
};
