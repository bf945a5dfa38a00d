/**
 * Turning bytes into text the way a browser would, in this order: the byte-order mark; a `<meta charset>` or
 * `http-equiv` declaration anywhere in the head (some pages declare it after the first 1024 bytes); the
 * caller's `charset`; a sniff (valid UTF-8, else GB18030 for CJK-heavy bytes, else windows-1252).
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

/** Decodes page bytes to text; `charset` is the caller's hint, used when the page declares nothing. */
export function decodeHtml(bytes: Uint8Array, charset?: string): { text: string; charset: string } {
  const bom = bomCharset(bytes);
  if (bom) return { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.skip)), charset: bom.charset };
  const chosen = declaredCharset(bytes) ?? supportedCharset(charset) ?? sniffCharset(bytes);
  const text = chosen === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(chosen).decode(bytes);
  return { text, charset: chosen };
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
