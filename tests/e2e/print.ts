// Print checks: the width an A4 page leaves for content.
export const A4_CONTENT_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96); // A4 width minus the 14 mm margins, at 96 dpi
