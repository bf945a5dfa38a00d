/**
 * Values kept with a document for as long as it lives: its page index and the extractors' per-document caches.
 *
 * Why not a `WeakMap` keyed by the document: V8's minor (young-generation) collections keep a `WeakMap`'s
 * entries alive while their keys are young, so every document parsed since the last full collection — its
 * tree, its index, its caches — was copied and promoted by each minor collection instead of being dropped.
 * Measured on the corpus: `parseHtml` in a loop spent 23 % of its time collecting garbage with the page index
 * in a `WeakMap`, 1.7 % with it held by the document (and `parseDocument` spends under 1 %).
 *
 * So the values hang off the document itself, in a private field added to it: a strong reference from the
 * document, which lives and dies with it exactly as a `WeakMap` entry would, and which no one else sees (a
 * private field is not a property: `Object.keys`, `JSON.stringify`, `util.inspect` and `structuredClone` do
 * not show it, and the document's own fields are untouched).
 * @module
 */

/** A base whose constructor returns the object it is given, so that a derived class adds its fields to that object. */
class Stamp {
  constructor(target: object) {
    return target as Stamp;
  }
}

/** The private field that holds a document's values, one per cache. */
class DocumentValues extends Stamp {
  #values = new Map<unknown, unknown>();

  /** The values held by `doc` (an empty set on first use). */
  static of(doc: object): Map<unknown, unknown> {
    if (#values in doc) return (doc as DocumentValues).#values;
    try {
      return new DocumentValues(doc).#values;
    } catch {
      // An object that refuses a private field (a frozen one, in an engine that forbids adding one) keeps
      // nothing: each question about it is worked out again, with the same answer.
      return new Map();
    }
  }
}

/**
 * One value per document (a document, or any object that stands for one), kept with it: `get` and `set` as on
 * a `WeakMap` keyed by the document. Create one per kind of value, at module level.
 */
export class DocumentCache<T> {
  /**
   * The value kept for `doc`; made by `compute(doc)` and kept on the first call (an `undefined` result too).
   * `compute` gets the document so that a caller on a hot path can pass a function of the module rather than
   * a new closure on every call.
   */
  valueFor<D extends object>(doc: D, compute: (doc: D) => T): T {
    const values = DocumentValues.of(doc);
    if (values.has(this)) return values.get(this) as T;
    const value = compute(doc);
    values.set(this, value);
    return value;
  }

  get(doc: object): T | undefined {
    return DocumentValues.of(doc).get(this) as T | undefined;
  }

  set(doc: object, value: T): void {
    DocumentValues.of(doc).set(this, value);
  }
}
