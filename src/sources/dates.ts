/**
 * Publication dates stated by structured data: JSON-LD `datePublished`, `article:published_time` and its
 * kin, microdata `itemprop=datePublished`, and `<time datetime>`. Each is normalised to ISO 8601.
 * @module
 */
import type { Document } from "domhandler";
import { inChrome } from "../core/regions.js";
import { selectAll } from "../core/select.js";
import { cleanText } from "../core/text.js";
import { jsonLdArticles, jsonLdString } from "./json-ld.js";
import { metaValue } from "./meta.js";

/**
 * Normalises a machine-readable date to ISO 8601: `2024-05-02`, `2024-05-02T14:30:00-04:00`,
 * `2024-05-02T14:30:00Z`. A time without a zone is kept without one. Returns `undefined` for anything that is
 * not a plausible calendar date.
 */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = cleanText(value);
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(text);
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    const date = isoDate(Number(y), Number(mo), Number(d));
    if (!date) return undefined;
    if (h === undefined) return date;
    if (Number(h) > 23 || Number(mi) > 59) return date;
    const time = `${h!.padStart(2, "0")}:${mi}:${s ?? "00"}`;
    const tz = zone ? (zone.toUpperCase() === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : "";
    return `${date}T${time}${tz}`;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$/.exec(text);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // RFC 2822 and other forms Date can read, only when they carry a zone (so the clock's zone is not assumed).
  if (/[a-z]{3},?\s+\d{1,2}\s+[a-z]{3}\s+\d{4}.*(?:GMT|UTC|[+-]\d{4})/i.test(text)) {
    const ms = Date.parse(text);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString().replace(".000Z", "Z");
  }
  return undefined;
}

/** `YYYY-MM-DD` for a real calendar date between 1990 and 2100, else `undefined`. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A date with the source it came from. */
export interface SourcedDate {
  date: string;
  source: string;
}

const cache = /* @__PURE__ */ new WeakMap<Document, SourcedDate | null>();

/** The publication date stated by the page's structured data, most reliable source first. */
export function metadataPublished(doc: Document): SourcedDate | undefined {
  let found = cache.get(doc);
  if (found === undefined) {
    found = findMetadataPublished(doc) ?? null;
    cache.set(doc, found);
  }
  return found ?? undefined;
}

function findMetadataPublished(doc: Document): SourcedDate | undefined {
  for (const article of jsonLdArticles(doc)) {
    const date = normalizeDate(jsonLdString(article.datePublished) ?? jsonLdString(article.dateCreated));
    if (date) return { date, source: "json-ld" };
  }
  const meta = normalizeDate(
    metaValue(doc, "article:published_time", "og:published_time", "article:published", "datepublished", "publishdate", "pubdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "date", "og:article:published_time", "cxenseparse:recs:publishtime"),
  );
  if (meta) return { date: meta, source: "meta" };
  for (const el of selectAll("[itemprop~=datePublished]", doc)) {
    const date = normalizeDate(el.attribs.content ?? el.attribs.datetime ?? cleanText(el.children.map((c) => ("data" in c ? String(c.data) : "")).join("")));
    if (date) return { date, source: "microdata" };
  }
  const times = selectAll("time[datetime]", doc).filter((el) => !inChrome(el));
  const preferred = times.find((el) => /publish|posted|entry-date|pubdate/i.test(`${el.attribs.class ?? ""} ${el.attribs.pubdate !== undefined ? "pubdate" : ""}`)) ?? times[0];
  const fromTime = normalizeDate(preferred?.attribs.datetime);
  if (fromTime) return { date: fromTime, source: "time" };
  return undefined;
}
