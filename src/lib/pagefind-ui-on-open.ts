/**
 * Starlight builds Pagefind UI as soon as the browser is idle after load. On a topic page that was
 * the longest script task of the load (up to 90 ms on a phone in Lighthouse's model), for a dialog
 * most visits never open. It is now built the first time the dialog opens, or earlier when the
 * reader points at, touches or tabs to the search button, which is usually before the click.
 *
 * Keys typed while it loads (opened with `/` or Ctrl+K and typed at once) are kept and put into the
 * search box when it appears. If loading fails (a first visit that lost the network), nothing more
 * is held back and the next opening tries again. `data-search-ui` on the container says where it
 * is: waiting → loading → ready.
 */
export function mountOnFirstOpen(selector: string, mount: () => Promise<unknown>): void {
	const host = document.querySelector<HTMLElement>(selector);
	const dialog = host?.closest('dialog');
	if (!host || !dialog) {
		void mount();
		return;
	}
	host.dataset['searchUi'] = 'waiting';
	const button = dialog.closest('site-search')?.querySelector('button[data-open-modal]');
	const typed: string[] = [];
	const keepKey = (event: KeyboardEvent) => {
		if (!dialog.open || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
		// Space on the dialog's Cancel button (phones) is a press, not a character.
		if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
		typed.push(event.key);
		event.preventDefault();
	};
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		opened.disconnect();
		host.dataset['searchUi'] = 'loading';
		window.addEventListener('keydown', keepKey, true);
		mount().then(
			() => {
				window.removeEventListener('keydown', keepKey, true);
				host.dataset['searchUi'] = 'ready';
				const input = host.querySelector('input');
				if (!input || !dialog.open) return;
				if (typed.length) {
					input.value += typed.join('');
					input.dispatchEvent(new Event('input', { bubbles: true }));
				}
				if (document.activeElement !== input) input.focus();
			},
			() => {
				window.removeEventListener('keydown', keepKey, true);
				typed.length = 0;
				started = false;
				host.dataset['searchUi'] = 'waiting';
				opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
			}
		);
	};
	const opened = new MutationObserver(() => {
		if (dialog.open) start();
	});
	opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
	for (const type of ['pointerenter', 'touchstart', 'focus'] as const) button?.addEventListener(type, start, { once: true, passive: true });
}
