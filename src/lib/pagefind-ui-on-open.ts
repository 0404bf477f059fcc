/**
 * Starlight builds Pagefind UI as soon as the browser is idle after load. On a topic page that was
 * the longest script task of the load (up to 90 ms on a phone in Lighthouse's model), for a dialog
 * most visits never open. It is now built the first time the dialog opens, or earlier when the
 * reader points at, touches or tabs to the search button, which is usually before the click.
 *
 * Until it is built, the dialog holds a search box of the same look (Pagefind UI's own classes).
 * Starlight focuses the dialog's input inside the click, so a phone shows its keyboard (iOS does so
 * only for a focus made during the tap), and whatever the reader types, pastes or composes with an
 * input method goes into a real text field. When Pagefind UI arrives the text, the caret and the
 * focus move to its box; a composition still open is let finish first. If loading fails (a first
 * visit that lost the network), the dialog says so and the next opening tries again.
 * `data-search-ui` on the container says where it is: waiting → loading → ready.
 */
export interface SearchBoxText {
	placeholder?: string;
	search_label?: string;
}

/** Pagefind UI's own defaults for the handbook's two languages, so both boxes say the same. */
const defaultText = {
	'zh-CN': { placeholder: '搜索', failed: '搜索没能加载。请联网后重新打开搜索。' },
	en: { placeholder: 'Search', failed: 'Search could not load. Open it again once you are online.' },
};

export function mountOnFirstOpen(
	selector: string,
	text: SearchBoxText | undefined,
	/** Pagefind UI's Svelte scope class (`svelte-…`), read from its stylesheet at build time. */
	scope: string,
	mount: (text: SearchBoxText) => Promise<unknown>
): void {
	const local = document.documentElement.lang === 'zh-CN' ? defaultText['zh-CN'] : defaultText.en;
	const boxText = { placeholder: local.placeholder, ...text };
	const host = document.querySelector<HTMLElement>(selector);
	const dialog = host?.closest('dialog');
	if (!host || !dialog) {
		mount(boxText).catch((error: unknown) => console.error(error));
		return;
	}
	const stand = standInBox(scope, boxText);
	const standIn = stand.querySelector('input')!;
	host.replaceChildren(stand);
	host.dataset['searchUi'] = 'waiting';
	let composing = false;
	standIn.addEventListener('compositionstart', () => (composing = true));
	standIn.addEventListener('compositionend', () => (composing = false));
	// Pagefind UI's box empties itself on Escape (which also closes the dialog); so does this one.
	standIn.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && !event.isComposing) standIn.value = '';
	});
	const handOver = () => {
		if (composing) {
			standIn.addEventListener('compositionend', () => setTimeout(handOver), { once: true });
			return;
		}
		const input = [...host.querySelectorAll('input')].find((el) => el !== standIn);
		const hadFocus = document.activeElement === standIn;
		const { value, selectionStart, selectionEnd } = standIn;
		stand.remove();
		if (!input) return;
		if (value) {
			input.value = value;
			input.dispatchEvent(new Event('input', { bubbles: true }));
		}
		if (!dialog.open) return;
		if (hadFocus || document.activeElement === document.body || document.activeElement === dialog) input.focus();
		if (document.activeElement === input && selectionStart !== null) input.setSelectionRange(selectionStart, selectionEnd);
	};
	let started = false;
	const start = () => {
		if (started) return;
		started = true;
		opened.disconnect();
		host.querySelector('[role="status"]')?.remove();
		host.dataset['searchUi'] = 'loading';
		host.setAttribute('aria-busy', 'true');
		mount(boxText).then(
			() => {
				host.dataset['searchUi'] = 'ready';
				host.removeAttribute('aria-busy');
				handOver();
			},
			() => {
				started = false;
				host.dataset['searchUi'] = 'waiting';
				host.removeAttribute('aria-busy');
				const note = document.createElement('p');
				note.setAttribute('role', 'status');
				note.textContent = local.failed;
				host.append(note);
				opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
			}
		);
	};
	const opened = new MutationObserver(() => {
		if (dialog.open) start();
	});
	opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
	// Search may have been opened before Starlight got round to setting it up (it waits for idle).
	if (dialog.open) {
		if (!dialog.contains(document.activeElement) || document.activeElement === dialog) standIn.focus();
		start();
	}
	for (const type of ['pointerenter', 'touchstart', 'focus'] as const) button(dialog)?.addEventListener(type, start, { once: true, passive: true });
}

function button(dialog: HTMLDialogElement): Element | null | undefined {
	return dialog.closest('site-search')?.querySelector('button[data-open-modal]');
}

/** The markup of Pagefind UI's form, input only, so its stylesheet and Starlight's apply as they are. */
function standInBox(scope: string, text: SearchBoxText): HTMLElement {
	const root = document.createElement('div');
	root.className = `pagefind-ui ${scope}`;
	root.dataset['searchStandIn'] = '';
	const form = document.createElement('form');
	form.className = `pagefind-ui__form ${scope}`;
	form.setAttribute('role', 'search');
	if (text.search_label) form.setAttribute('aria-label', text.search_label);
	form.addEventListener('submit', (event) => event.preventDefault());
	const input = document.createElement('input');
	input.className = `pagefind-ui__search-input ${scope}`;
	input.type = 'text';
	input.placeholder = input.title = text.placeholder ?? '';
	input.setAttribute('autocapitalize', 'none');
	input.enterKeyHint = 'search';
	form.append(input);
	root.append(form);
	return root;
}
