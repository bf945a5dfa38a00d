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

/** The charset a `<meta>` declares, searching the first 64 KiB as ASCII. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 65536));
  const re = /<meta\b[^>]{0,512}?>/gi;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(tag);
    if (direct) {
      const charset = supportedCharset(direct[1]);
      // A page that says UTF-16 in ASCII bytes cannot be UTF-16 (the HTML standard reads it as UTF-8).
      if (charset) return /^utf-16/.test(charset) ? "utf-8" : charset;
    }
  }
  return undefined;
}

function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The declared charset, or UTF-8 when a legacy declaration is contradicted by valid non-ASCII UTF-8. */
function trustedDeclaration(bytes: Uint8Array): string | undefined {
  const declared = declaredCharset(bytes);
  if (declared === undefined || declared === "utf-8") return declared;
  return hasHighByte(bytes) && isValidUtf8(bytes) ? "utf-8" : declared;
}

function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** Decodes page bytes to text; `charset` is the caller's hint, used when the page declares nothing. */
export function decodeHtml(bytes: Uint8Array, charset?: string): { text: string; charset: string } {
  const bom = bomCharset(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.skip), bom.charset), charset: bom.charset };
  const chosen = trustedDeclaration(bytes) ?? supportedCharset(charset) ?? sniffCharset(bytes);
  return { text: decodeAs(bytes, chosen), charset: chosen };
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
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    let out = "";
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      out += b >= 0x80 && b <= 0x9f ? WINDOWS_1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    parts.push(out);
  }
  return parts.join("");
}

/**
 * UTF-8 when the bytes are valid UTF-8; GB18030 when the high bytes come in pairs of two high bytes, as
 * Chinese text does (an accented Latin letter is one high byte between ASCII letters); else windows-1252.
 */
function sniffCharset(bytes: Uint8Array): string {
  if (isValidUtf8(bytes)) return "utf-8";
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
