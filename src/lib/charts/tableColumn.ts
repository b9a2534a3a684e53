// The column definition SortableTable takes, importable from TypeScript modules and other components (the component
// declares the same shape in its instance script, where it cannot be exported).
export interface Column<R> {
	key: string;
	label: string;
	/** Display text of a cell. */
	text: (r: R) => string;
	/** Sort key; nulls sort last whatever the direction. */
	sort?: (r: R) => number | string | null;
	numeric?: boolean;
}
