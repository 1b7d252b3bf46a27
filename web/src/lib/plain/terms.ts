// A description list of a plain page drawn again by a part (the check page's answers, the consent
// step's read-back): each item a copy of one the server wrote, so it keeps the page's classes.
/**
 * Draws `list` again from `rows`: each item a copy of `model`, its term the row's label and its
 * first description the row's lines, each a copy of `line`; `fill` adds what else an item shows.
 */
export function drawTerms<Row extends { label: string; lines: readonly string[] }>(
	list: Element,
	model: Element,
	rows: readonly Row[],
	line: Element,
	fill?: (item: HTMLElement, row: Row) => void
): void {
	list.replaceChildren(
		...rows.map((row) => {
			const item = model.cloneNode(true) as HTMLElement;
			const term = item.querySelector('dt');
			if (term) term.textContent = row.label;
			item.querySelector('dd')?.replaceChildren(
				...row.lines.map((text) => {
					const p = line.cloneNode() as HTMLElement;
					p.textContent = text;
					return p;
				})
			);
			fill?.(item, row);
			return item;
		})
	);
}
