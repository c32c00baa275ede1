import { Grid } from 'antd';

/** antd's breakpoints that hold now (xs < 576 ≤ sm < 768 ≤ md < 992 ≤ lg …), as Grid.useBreakpoint gives them. */
export type Screens = Partial<Record<'xs' | 'sm' | 'md' | 'lg' | 'xl' | 'xxl', boolean>>;

/**
 * A phone, upright or turned (below md, 768 px): lists become cards, the menu a drawer, side-by-side panes one
 * column. Before antd has measured (no breakpoint known) it is not, so a desktop does not flash a phone's layout.
 */
export function isNarrow(screens: Screens): boolean {
  return Object.keys(screens).length > 0 && !screens.md;
}

export function useNarrow(): boolean {
  return isNarrow(Grid.useBreakpoint());
}
