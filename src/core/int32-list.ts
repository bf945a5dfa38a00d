/**
 * A growable list of 32-bit integers in a typed array: 4 bytes a number, outside the JS heap, where a JS
 * array's slot takes 8 and each growth leaves the old store behind as garbage. For the columns of numbers the
 * parser and the lookup tables fill, one per element or per class token of a page.
 * @module
 */

/** A list of 32-bit integers that doubles its typed array when it is full. */
export class Int32List {
  /** The values; only the first `count` are the list's. */
  values: Int32Array;
  count: number;

  constructor(capacity: number) {
    this.values = new Int32Array(Math.max(1, capacity));
    this.count = 0;
  }

  push(value: number): void {
    if (this.count === this.values.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = value;
  }

  /** The values pushed, as a view of their exact number. */
  view(): Int32Array {
    return this.values.subarray(0, this.count);
  }
}
