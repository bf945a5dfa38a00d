/**
 * Site rules, checked and compiled: every key, type and selector of a `SiteRule` is checked once, when the
 * parser is created, so a bad rule fails at once with an error that names it, never halfway through a page.
 * @module
 */
import type { Element, ParentNode } from "domhandler";
import { describeValue } from "../core/document.js";
import type { FieldName } from "../types.js";

/**
 * How a set of rules reads its selectors. The built-in rules use the library's own selector grammar
 * (core/simple-select.ts), so `parseArticle` carries no CSS engine; a user's rules given to `createParser` may
 * use any CSS that css-select reads (core/select.ts).
 */
export interface SelectorEngine {
  /** Throws a `SyntaxError` when the engine cannot read `selector`. */
  check(selector: string): void;
  selectAll(selector: string, root: ParentNode): Element[];
  matches(el: Element, selector: string): boolean;
}

/** The keys each field's rule may have, besides `select`. The order is the `Article`'s. */
const FIELD_KEYS: { readonly [K in FieldName]: readonly string[] } = {
  headline: ["attribute"],
  breadcrumb: [],
  dateline: ["attribute"],
  published: ["attribute"],
  authors: ["attribute"],
  body: ["drop"],
  figures: [],
  tags: [],
  related: [],
};

const RULE_FIELDS = Object.keys(FIELD_KEYS) as FieldName[];

/** One field's rule, checked: its selector, and the attribute to read or the selectors to leave out. */
export interface CompiledFieldRule {
  /** What reads `select` and `drop`. */
  readonly engine: SelectorEngine;
  readonly select: string;
  readonly attribute?: string;
  /** The `drop` selectors as one selector list. */
  readonly drop?: string;
}

/** A checked site rule. */
export interface CompiledSiteRule {
  /** What `explain` reports for the fields the rule found: `site:NAME`. */
  readonly strategy: string;
  /** Lower-case hosts; each matches itself and its subdomains. */
  readonly hosts: readonly string[];
  readonly fields: { readonly [K in FieldName]?: CompiledFieldRule };
}

/**
 * Checks `rules` and compiles them, in order, for `engine` to read. `caller` opens every error message
 * (`createParser`).
 *
 * @throws {TypeError} when `rules` is not an array, or a rule is not an object, has an unknown key, a value of
 *   the wrong type, an empty or malformed host, or no field rule.
 * @throws {SyntaxError} when a selector of a rule is not one `engine` reads (for css-select: not valid CSS).
 */
export function compileSiteRules(rules: unknown, caller: string, engine: SelectorEngine): CompiledSiteRule[] {
  if (!Array.isArray(rules)) throw new TypeError(`${caller} option "sites" must be an array of site rules, got ${describeValue(rules)}`);
  return (rules as unknown[]).map((rule, index) => compileRule(rule, index, caller, engine));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function compileRule(rule: unknown, index: number, caller: string, engine: SelectorEngine): CompiledSiteRule {
  if (!isPlainObject(rule)) throw new TypeError(`${caller}: site rule ${index} must be an object, got ${describeValue(rule)}`);
  // The rule's label in messages: its index, and its host as written when it has a readable one.
  const firstHost = isPlainObject(rule.match) ? (Array.isArray(rule.match.host) ? rule.match.host[0] : rule.match.host) : undefined;
  const label = `${caller}: site rule ${index}${typeof firstHost === "string" && firstHost !== "" ? ` (host ${JSON.stringify(firstHost)})` : ""}`;
  for (const key of Object.keys(rule)) {
    if (key !== "name" && key !== "match" && !(RULE_FIELDS as string[]).includes(key)) {
      throw new TypeError(`${label} has an unknown key ${JSON.stringify(key)}; a rule has "name", "match" and the fields ${RULE_FIELDS.join(", ")}`);
    }
  }
  if (rule.name !== undefined && !(typeof rule.name === "string" && rule.name.trim() !== "")) {
    throw new TypeError(`${label}: "name" must be a non-empty string, got ${describeValue(rule.name)}`);
  }
  const hosts = compileMatch(rule.match, label);
  const fields: { [K in FieldName]?: CompiledFieldRule } = {};
  for (const field of RULE_FIELDS) {
    if (rule[field] !== undefined) fields[field] = compileField(field, rule[field], label, engine);
  }
  if (Object.keys(fields).length === 0) throw new TypeError(`${label} has no field rule; give at least one of ${RULE_FIELDS.join(", ")}`);
  const name = typeof rule.name === "string" ? rule.name.trim() : hosts[0]!;
  return { strategy: `site:${name}`, hosts, fields };
}

function compileMatch(match: unknown, label: string): string[] {
  if (!isPlainObject(match)) throw new TypeError(`${label}: "match" must be an object such as { host: "example.com" }, got ${describeValue(match)}`);
  for (const key of Object.keys(match)) {
    if (key !== "host") throw new TypeError(`${label}: "match" has an unknown key ${JSON.stringify(key)}; it has only "host"`);
  }
  const given = match.host;
  const list = Array.isArray(given) ? (given as unknown[]) : [given];
  if (list.length === 0) throw new TypeError(`${label}: "match.host" must name at least one host`);
  return list.map((host) => {
    const normal = typeof host === "string" ? normalHost(host) : undefined;
    if (normal === undefined) {
      throw new TypeError(
        `${label}: "match.host" must be a host name such as "example.com" (no scheme, port, path or wildcard: a host matches its subdomains), got ${typeof host === "string" ? JSON.stringify(host) : describeValue(host)}`,
      );
    }
    return normal;
  });
}

/** The host in lower case (IDNs in punycode, as `URL` writes them), or `undefined` when `host` is not a bare host name. */
export function normalHost(host: string): string | undefined {
  const trimmed = host.trim().toLowerCase().replace(/\.$/, "");
  if (!trimmed || /[\s/\\:?#@*[\]%]/.test(trimmed) || trimmed.startsWith(".")) return undefined;
  try {
    const hostname = new URL(`http://${trimmed}/`).hostname;
    return hostname && !hostname.includes("..") ? hostname : undefined;
  } catch {
    return undefined;
  }
}

function compileField(field: FieldName, value: unknown, label: string, engine: SelectorEngine): CompiledFieldRule {
  const where = `${label} field ${JSON.stringify(field)}`;
  if (!isPlainObject(value)) throw new TypeError(`${where} must be an object such as { select: "…" }, got ${describeValue(value)}`);
  const allowed = ["select", ...FIELD_KEYS[field]];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new TypeError(`${where} has an unknown key ${JSON.stringify(key)}; its keys are ${allowed.join(", ")}`);
  }
  const select = selector(value.select, `${where} "select"`, engine);
  const out: { engine: SelectorEngine; select: string; attribute?: string; drop?: string } = { engine, select };
  if (value.attribute !== undefined) {
    if (typeof value.attribute !== "string" || !/^[^\s"'>/=]+$/.test(value.attribute)) {
      throw new TypeError(`${where} "attribute" must be an attribute name such as "content", got ${describeValue(value.attribute)}`);
    }
    out.attribute = value.attribute.toLowerCase();
  }
  if (value.drop !== undefined) {
    const drops = Array.isArray(value.drop) ? (value.drop as unknown[]) : [value.drop];
    if (drops.length > 0) out.drop = drops.map((d, i) => selector(d, `${where} "drop"${Array.isArray(value.drop) ? `[${i}]` : ""}`, engine)).join(", ");
  }
  return out;
}

/** A non-empty string that `engine` reads. */
function selector(value: unknown, where: string, engine: SelectorEngine): string {
  if (typeof value !== "string" || value.trim() === "") throw new TypeError(`${where} must be a non-empty CSS selector string, got ${describeValue(value)}`);
  try {
    engine.check(value);
  } catch (error) {
    throw new SyntaxError(`${where}: ${(error as Error).message}`);
  }
  return value;
}
