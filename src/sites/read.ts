/**
 * Reading a page with site rules: which rules apply to the page (by host), and each field read from the
 * elements a rule selects, with the built-in extractors' own readers (a breadcrumb container, a body
 * container, a figure element …), so a site rule changes where a field is read, not how. A rule that finds
 * nothing valid leaves the field to the next rule, then to the built-in strategies.
 * @module
 */
import type { Element } from "domhandler";
import { isHiddenOrNoise } from "../core/content.js";
import { contains, rawText, tagName } from "../core/dom.js";
import { parseBareNames, parseByline } from "../core/parse-byline.js";
import { parseDateText } from "../core/parse-date-text.js";
import { parseDateline } from "../core/parse-dateline.js";
import { selectSimple } from "../core/simple-select.js";
import type { Explained, PageContext } from "../core/strategy.js";
import { cleanText, uniqueBy } from "../core/text.js";
import { resolveUrl } from "../core/url.js";
import { bodyOf } from "../extractors/body.js";
import { crumbsFromContainer } from "../extractors/breadcrumb.js";
import { referenceOptions } from "../extractors/dateline.js";
import { figureFrom } from "../extractors/figures.js";
import { linksIn, sameDocumentKey } from "../extractors/related.js";
import { tagsFromLinks } from "../extractors/tags.js";
import { canonicalUrl } from "../sources/canonical.js";
import { normalizeDate } from "../sources/dates.js";
import { metaValue } from "../sources/meta.js";
import type { Article, FieldName } from "../types.js";
import type { CompiledFieldRule, CompiledSiteRule } from "./compile.js";

/** Reads one field with one rule's field rule; `undefined` (or an empty value) when it finds nothing valid. */
type FieldReader<K extends FieldName> = (rule: CompiledFieldRule, page: PageContext, strategy: string) => Article[K] | undefined;

/** Names longer than this are not a name but a sentence the selector caught. */
const MAX_NAME = 80;

/**
 * The host the rules are matched against: that of the `url` option, else of the page's canonical link, else
 * of its `og:url`. `undefined` when none is known (then no site rule applies).
 */
function pageHost(page: PageContext): string | undefined {
  const stated = page.options.url ?? canonicalUrl(page.doc, page.base) ?? resolveUrl(metaValue(page.doc, "og:url"), page.base);
  if (!stated) return undefined;
  try {
    return new URL(stated).hostname.toLowerCase().replace(/\.$/, "") || undefined;
  } catch {
    return undefined;
  }
}

/** True when `host` is `ruleHost` or one of its subdomains. */
function hostMatches(host: string, ruleHost: string): boolean {
  return host === ruleHost || (host.length > ruleHost.length && host.endsWith(ruleHost) && host[host.length - ruleHost.length - 1] === ".");
}

/** The rules that apply to this page, in their order. */
function rulesForPage(rules: readonly CompiledSiteRule[], page: PageContext): CompiledSiteRule[] {
  if (rules.length === 0) return [];
  const host = pageHost(page);
  return host === undefined ? [] : rules.filter((rule) => rule.hosts.some((ruleHost) => hostMatches(host, ruleHost)));
}

/** The elements a field rule selects, in document order. */
function selected(rule: CompiledFieldRule, page: PageContext): Element[] {
  return rule.engine.selectAll(rule.select, page.doc);
}

/** The selected elements, outermost only (an element inside another selected one is read with it). */
function outermost(rule: CompiledFieldRule, page: PageContext): Element[] {
  const out: Element[] = [];
  for (const el of selected(rule, page)) {
    const last = out[out.length - 1];
    if (!last || !contains(last, el)) out.push(el);
  }
  return out;
}

/** The text of an element (or the rule's attribute), whitespace-collapsed. */
function valueOf(el: Element, rule: CompiledFieldRule): string {
  return cleanText(rule.attribute !== undefined ? (el.attribs[rule.attribute] ?? "") : rawText(el));
}

/** A selected element's links; a selected link is its own; an element without links stands for itself. */
function linksOf(el: Element): Element[] {
  if (tagName(el) === "a") return [el];
  const links = selectSimple("a[href]", el);
  return links.length > 0 ? links : [el];
}

/** The names in an author element's text: a byline (`By A and B`, `记者 X`), Chinese names, or the text as one name. */
function namesIn(text: string): string[] {
  const byline = parseByline(text);
  if (byline.length > 0) return byline;
  const bare = parseBareNames(text);
  if (bare.length > 0) return bare;
  const name = text.replace(/^[\s,，、;；|·•]+|[\s,，、;；|·•]+$/g, "");
  return name && name.length <= MAX_NAME ? [name] : [];
}

/** A date in a date element: its `datetime` / `content` attribute (or the rule's `attribute`), else its text. */
function dateIn(el: Element, rule: CompiledFieldRule): string | undefined {
  const values = rule.attribute !== undefined ? [el.attribs[rule.attribute]] : [el.attribs.datetime, el.attribs.content, rawText(el)];
  for (const value of values) {
    if (value === undefined) continue;
    const text = cleanText(value);
    const date = normalizeDate(text) ?? parseDateText(text);
    if (date) return date;
  }
  return undefined;
}

/**
 * True when a body rule's `drop` selectors select `el`. The selectors are the rule's data, checked when
 * `compileSiteRules` compiles the rules (test/selectors.test.ts reads it as a selector parameter).
 */
function isDropped(el: Element, rule: CompiledFieldRule, selector: string): boolean {
  return rule.engine.matches(el, selector);
}

const READERS: { readonly [K in FieldName]: FieldReader<K> } = {
  headline: (rule, page) => {
    for (const el of selected(rule, page)) {
      const text = valueOf(el, rule);
      if (text) return text;
    }
    return undefined;
  },
  breadcrumb: (rule, page) => {
    for (const el of outermost(rule, page)) {
      const crumbs = crumbsFromContainer(el, page.base);
      if (crumbs.length > 0) return crumbs;
    }
    return undefined;
  },
  dateline: (rule, page) => {
    for (const el of selected(rule, page)) {
      const dateline = parseDateline(valueOf(el, rule), referenceOptions(page));
      if (dateline) return dateline;
    }
    return undefined;
  },
  published: (rule, page) => {
    for (const el of selected(rule, page)) {
      const date = dateIn(el, rule);
      if (date) return date;
    }
    return undefined;
  },
  authors: (rule, page) => uniqueBy(
    selected(rule, page).flatMap((el) => namesIn(valueOf(el, rule))),
    (name) => name,
  ),
  body: (rule, page, strategy) => {
    const parts = outermost(rule, page);
    if (parts.length === 0) return undefined;
    const drop = rule.drop;
    const skip = drop === undefined ? isHiddenOrNoise : (el: Element) => isHiddenOrNoise(el) || isDropped(el, rule, drop);
    return bodyOf(parts, page, strategy, skip)?.value;
  },
  figures: (rule, page) => outermost(rule, page).flatMap((el) => figureFrom(el, page) ?? []),
  tags: (rule, page) => tagsFromLinks(outermost(rule, page).flatMap(linksOf), page),
  related: (rule, page) => {
    const own = page.options.url ? sameDocumentKey(page.options.url) : undefined;
    const links = outermost(rule, page)
      .flatMap((el) => linksIn(el, page))
      .map((item) => item.link)
      .filter((link) => sameDocumentKey(link.url) !== own);
    return uniqueBy(links, (link) => link.url);
  },
};

/** True for a value worth returning: not absent, not an empty list or string. */
function isPresent(value: unknown): boolean {
  if (Array.isArray(value) || typeof value === "string") return value.length > 0;
  return value !== undefined && value !== null;
}

/** Reads the fields of one page with the rules that apply to it; each field is read at most once. */
export interface SiteReader {
  /** The field from the first rule that finds a valid value for it, with `site:NAME`; else `undefined`. */
  find<K extends FieldName>(field: K): Explained<Article[K]> | undefined;
}

/**
 * A reader of this page's fields with the rules that apply to it, or `undefined` when none does. When a rule
 * found the dateline, the published date and the authors come next from that dateline (before the built-in
 * strategies, which read their own): the order the built-in extractors follow.
 */
export function siteReader(rules: readonly CompiledSiteRule[], page: PageContext): SiteReader | undefined {
  const applying = rulesForPage(rules, page);
  if (applying.length === 0) return undefined;
  const found = new Map<FieldName, Explained<unknown> | undefined>();
  const direct = <K extends FieldName>(field: K): Explained<Article[K]> | undefined => {
    for (const rule of applying) {
      const fieldRule = rule.fields[field];
      if (!fieldRule) continue;
      const value = (READERS[field] as FieldReader<K>)(fieldRule, page, rule.strategy);
      if (isPresent(value)) return { value: value as Article[K], strategy: rule.strategy };
    }
    return undefined;
  };
  const find = <K extends FieldName>(field: K): Explained<Article[K]> | undefined => {
    if (found.has(field)) return found.get(field) as Explained<Article[K]> | undefined;
    let result = direct(field);
    if (!result && (field === "published" || field === "authors")) {
      const dateline = find("dateline");
      const value = field === "published" ? dateline?.value?.date : dateline?.value?.reporters;
      if (dateline && isPresent(value)) result = { value: value as Article[K], strategy: `${dateline.strategy}+dateline` };
    }
    found.set(field, result);
    return result;
  };
  return { find };
}
