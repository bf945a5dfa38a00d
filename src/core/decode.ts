/**
 * Turning bytes into text, in this order (docs/security.md has the rule and its reasons):
 *
 * 1. the byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
 * 2. the first `<meta charset>` or `http-equiv` declaration in the first 64 KiB (some pages declare it after
 *    the first 1024 bytes, where a browser stops looking) — unless it names a legacy charset and the bytes
 *    are valid UTF-8 with non-ASCII in them: then the declaration is a leftover of a migration to UTF-8, and
 *    the page is read as UTF-8 (GBK, Big5 or windows-1252 text is almost never valid UTF-8 by chance);
 * 3. the caller's `charset` option;
 * 4. a sniff: valid UTF-8, else GB18030 for bytes that come in high-byte pairs, else windows-1252. Big5,
 *    Shift_JIS and EUC-KR are not told apart from GB18030: undeclared pages in those need the option.
 * @module
 */

/**
 * Labels mapped to the decoder that really reads them: GB2312 pages routinely use GBK characters, and Big5
 * pages Hong Kong ones.
 */
const LABEL_ALIASES: Record<string, string> = {
  gb2312: "gb18030",
  gbk: "gb18030",
  "x-gbk": "gb18030",
  cp936: "gb18030",
  big5: "big5",
  "big5-hkscs": "big5",
  "iso-8859-1": "windows-1252",
  "latin1": "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  "utf8": "utf-8",
};

/** A decoder label the platform knows, or `undefined`. */
export function supportedCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const clean = label.trim().toLowerCase().replace(/^["']|["']$/g, "");
  const mapped = LABEL_ALIASES[clean] ?? clean;
  try {
    new TextDecoder(mapped);
    return mapped;
  } catch {
    return undefined;
  }
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", skip: 2 };
  return undefined;
}

/** How much of the page is searched for a `<meta>` charset declaration. */
const DECLARATION_REACH = 65536;

/** The longest attribute run a `<meta …>` tag may have and still be read. */
const MAX_META_ATTRIBUTES = 512;

/**
 * The charset a `<meta>` declares, searching the first 64 KiB as ASCII. The bytes are searched as they are, and
 * only a `<meta …>` tag found among them is made into a string: building a string of the whole 64 KiB, one
 * character per byte, took longer than decoding the page.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const end = Math.min(bytes.length, DECLARATION_REACH);
  for (let at = bytes.indexOf(LT); at >= 0 && at < end; ) {
    const close = metaTagEnd(bytes, at, end);
    if (close < 0) {
      at = bytes.indexOf(LT, at + 1);
      continue;
    }
    const tag = String.fromCharCode.apply(null, bytes.subarray(at, close + 1) as unknown as number[]);
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(tag);
    if (direct) {
      const charset = supportedCharset(direct[1]);
      // A page that says UTF-16 in ASCII bytes cannot be UTF-16 (the HTML standard reads it as UTF-8).
      if (charset) return /^utf-16/.test(charset) ? "utf-8" : charset;
    }
    at = bytes.indexOf(LT, close + 1);
  }
  return undefined;
}

const LT = 0x3c;
const GT = 0x3e;

/**
 * Where the `<meta …>` tag that opens at `at` ends (its `>`), or -1 when none does: `<meta` in any case, then a
 * character that is not a word character (or the end of the search), then at most 512 characters before the
 * first `>`, all before `end`.
 */
function metaTagEnd(bytes: Uint8Array, at: number, end: number): number {
  if (at + 5 > end) return -1;
  // ASCII letters in either case: `| 0x20` lower-cases them (and maps no other byte onto a lower-case letter here).
  if ((bytes[at + 1]! | 0x20) !== 0x6d || (bytes[at + 2]! | 0x20) !== 0x65 || (bytes[at + 3]! | 0x20) !== 0x74 || (bytes[at + 4]! | 0x20) !== 0x61) return -1;
  if (at + 5 < end && isWordByte(bytes[at + 5]!)) return -1;
  // A bounded look, so that a head full of `<meta` without `>` costs 512 bytes per tag, not the rest of the page.
  const last = Math.min(end - 1, at + 5 + MAX_META_ATTRIBUTES);
  for (let i = at + 5; i <= last; i++) if (bytes[i] === GT) return i;
  return -1;
}

/** `[A-Za-z0-9_]`: what `\b` counts as a word character. */
function isWordByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

/** The bytes as UTF-8, or `undefined` when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** Decodes page bytes to text; `charset` is the caller's hint, used when the page declares nothing. */
export function decodeHtml(bytes: Uint8Array, charset?: string): { text: string; charset: string } {
  const bom = bomCharset(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.skip), bom.charset), charset: bom.charset };
  const declared = declaredCharset(bytes);
  if (declared !== undefined) {
    // A legacy declaration over valid non-ASCII UTF-8 is a leftover of a migration: the page is UTF-8.
    const utf8 = declared !== "utf-8" && hasHighByte(bytes) ? strictUtf8(bytes) : undefined;
    return utf8 === undefined ? { text: decodeAs(bytes, declared), charset: declared } : { text: utf8, charset: "utf-8" };
  }
  const hinted = supportedCharset(charset);
  if (hinted !== undefined) return { text: decodeAs(bytes, hinted), charset: hinted };
  // The sniff: valid UTF-8 is decoded once, by the test itself.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, charset: "utf-8" };
  const sniffed = legacyCharset(bytes);
  return { text: decodeAs(bytes, sniffed), charset: sniffed };
}

/**
 * Bytes whose charset the transport declared (an HTTP `Content-Type`), which outranks the page's `<meta>`
 * as in a browser; a byte-order mark still wins. `undefined` for a label the platform does not know.
 */
export function decodeWithCharset(bytes: Uint8Array, label: string): string | undefined {
  const bom = bomCharset(bytes);
  if (bom) return decodeAs(bytes.subarray(bom.skip), bom.charset);
  const charset = supportedCharset(label);
  return charset === undefined ? undefined : decodeAs(bytes, charset);
}

/** `bytes` decoded as `charset` (a label `supportedCharset` accepted); every windows-1252 label by hand. */
function decodeAs(bytes: Uint8Array, charset: string): string {
  const decoder = new TextDecoder(charset);
  // `latin1`, `iso-8859-1`, `ascii` … are windows-1252 to the platform too, with the same Node 20 bug.
  return decoder.encoding === "windows-1252" ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

/**
 * What bytes 0x80–0x9F mean in windows-1252 (the rest is Latin-1). Decoded here rather than by
 * `TextDecoder`, because some Node 20 releases map these bytes to C1 control characters.
 */
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units = new Uint16Array(Math.min(bytes.length, 8192));
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      units[i] = b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    // One string per chunk of code units: a string built a character at a time costs ten times as much.
    parts.push(String.fromCharCode.apply(null, units.subarray(0, chunk.length) as unknown as number[]));
  }
  return parts.join("");
}

/**
 * For bytes that are not UTF-8: GB18030 when the high bytes come in pairs of two high bytes, as Chinese text
 * does (an accented Latin letter is one high byte between ASCII letters); else windows-1252.
 */
function legacyCharset(bytes: Uint8Array): string {
  let pairedBytes = 0;
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    const next = bytes[i + 1] ?? 0;
    if (b >= 0x81 && b <= 0xfe && next >= 0x81 && next <= 0xfe) {
      pairedBytes += 2;
      high++;
      i++;
    }
  }
  return high > 0 && pairedBytes >= high * 0.8 ? "gb18030" : "windows-1252";
}
