/**
 * Query rewriting applied in the search box before Pagefind sees the query.
 *
 * On zh-CN pages Pagefind segments the query with `Intl.Segmenter`, which splits a dotted config
 * key such as `node.id` into `node` and `id`; those parts then match unrelated keys by prefix
 * (`rm-ids` on the Hadoop page outranked Kafka's `node.id`). The indexer, however, also stores the
 * dot-less compound (`nodeid`), and that is what English pages already search for. Joining the
 * parts here makes both locales look up the whole key.
 */
export function joinDottedIdentifiers(term: string): string {
	return term.replace(/([\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '$1');
}
