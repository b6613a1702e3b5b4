// Email clients ignore <style> and external CSS unevenly: tables for layout, every style inline.

/** Font stack shared by every text style. */
export const FONT = 'font-family:Helvetica,Arial,sans-serif;';
/** Body text. */
export const TEXT = `${FONT}color:#1f2933;font-size:15px;line-height:1.5;`;
/** Secondary text. */
export const MUTED = `${FONT}color:#52606d;font-size:13px;line-height:1.5;`;
/** Links (underlined by default; `text-decoration` is unsupported in some clients). */
export const LINK = 'color:#0b5cad;';
