// How every chart shows its box of figures: on a click or a tap (and on the arrow keys, from
// recharts' keyboard layer), not on hover. A box shown on hover follows the pointer, so the pointer
// cannot be moved onto it (WCAG 2.2 1.4.13, Content on hover or focus); a clicked box stays where it
// is until Escape, another click or the keyboard moves it, and can be pointed at and read.
export const TOOLTIP_TRIGGER = 'click' as const;

/** Said beside each chart's downloads, so a reader with a mouse knows the box is there. */
export const TOOLTIP_HINT = 'Click or tap the chart for a month’s figures; Escape closes them.';
