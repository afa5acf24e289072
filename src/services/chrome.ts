/**
 * The page chrome around the mini-program's own pages. On weapp WeChat draws the title bar and
 * its back button natively: nothing to do.
 */
export function decorateChrome (): void {}
