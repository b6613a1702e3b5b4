export { type OpmlSource, parseOpml, type RenderOpmlOptions, renderOpml } from './opml.ts';
