import { DigestEmail } from './digest-email.tsx';
import type { DigestModel } from './digest-model.ts';
import { renderDigestText } from './digest-text.ts';

/** A digest ready to send or store. */
export type RenderedDigest = { readonly subject: string; readonly html: string; readonly text: string };

/**
 * Renders a digest model to an email-safe HTML document (escaped by JSX) and its plain-text twin, both
 * from the same model. Throws only on a bug (an asynchronous component).
 */
export function renderDigest(model: DigestModel): RenderedDigest {
  const html = (<DigestEmail model={model} />).toString();
  if (typeof html !== 'string')
    throw new Error('publish/digest: digest components must render synchronously');
  return { subject: model.subject, html: `<!DOCTYPE html>${html}`, text: renderDigestText(model) };
}
