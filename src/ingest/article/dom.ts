import { parseHTML } from 'linkedom';

/** The slice of the DOM Element interface this module uses (the project compiles without lib.dom). */
export type DomElement = {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentElement: DomElement | null;
  innerHTML: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  prepend(...nodes: DomNode[]): void;
};

/** A DOM node: element (nodeType 1) or text (3), enough to walk a tree. */
export type DomNode = {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
};

/** The slice of the DOM Document interface this module uses. */
export type DomDocument = {
  readonly documentElement: DomElement;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  createElement(tag: string): DomElement & DomNode;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
};

/** Parses HTML with linkedom into a document; never throws for malformed markup. */
export function parseDocument(html: string): DomDocument {
  // linkedom is typed against lib.dom, which this project does not load; narrow to what we use.
  return parseHTML(html).document as unknown as DomDocument;
}

/** Trimmed value of `attr` on the first element matching `selector`, or null. */
export function attrOf(root: DomDocument | DomElement, selector: string, attr: string): string | null {
  const value = root.querySelector(selector)?.getAttribute(attr)?.trim();
  return value ? value : null;
}
