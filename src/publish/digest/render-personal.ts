import { type TopicFilter, topicKey } from '../subscriptions/topic-filter.ts';
import type { DigestModel } from './digest-model.ts';
import { personaliseDigest } from './personalise-digest.ts';
import { type RenderedDigest, renderDigest } from './render-digest.tsx';

// Stands in for a subscriber's manage token; tokens use only [A-Za-z0-9_.-], which need no escaping in
// HTML or text, so a plain string replacement after rendering is exact.
const PLACEHOLDER = '__threatbrief_manage_token__';

/** Renders a subscriber's copy: topic-filtered content plus their own preferences and unsubscribe links. */
export type PersonalRenderer = (filter: TopicFilter, manageToken: string) => RenderedDigest;

/**
 * A renderer for one digest that renders each distinct topic filter once and fills in each subscriber's
 * token by replacement, so 10,000 subscribers with a handful of filters cost a handful of renders.
 */
export function createPersonalRenderer(model: DigestModel): PersonalRenderer {
  const cache = new Map<string, RenderedDigest>();
  const links = {
    preferencesUrl: `${model.publicUrl}/preferences/${PLACEHOLDER}`,
    unsubscribeUrl: `${model.publicUrl}/unsubscribe/${PLACEHOLDER}`,
  };
  return (filter, manageToken) => {
    if (!/^[A-Za-z0-9_.-]+$/.test(manageToken))
      throw new Error('publish/digest: manage token has unsafe characters');
    const key = topicKey(filter);
    let rendered = cache.get(key);
    if (!rendered) {
      rendered = renderDigest(personaliseDigest(model, filter, links));
      cache.set(key, rendered);
    }
    return {
      subject: rendered.subject,
      html: rendered.html.replaceAll(PLACEHOLDER, manageToken),
      text: rendered.text.replaceAll(PLACEHOLDER, manageToken),
    };
  };
}
