/**
 * The result types of article-anatomy. They follow `CONTRACT.md`: every text is entity-decoded,
 * whitespace-collapsed and trimmed, and every URL is absolute.
 * @module
 */

/** One step of a breadcrumb trail, home first. The current page may have no `url`. */
export interface Crumb {
  /** The crumb's visible text. */
  label: string;
  /** Absolute URL the crumb links to; absent for an unlinked crumb such as the current page. */
  url?: string;
}

/** The line that says who filed a story, from where and when. */
export interface Dateline {
  /** The dateline as written, whitespace collapsed. */
  raw: string;
  /** ISO 8601 date (or date-time) the dateline states. */
  date?: string;
  /** Place the story was filed from, as written. */
  location?: string;
  /** Outlet or agency: 希望之声, 大纪元, AP, Reuters, 연합뉴스 … */
  source?: string;
  /** Reporter names only, without 记者 / 기자 / "By". */
  reporters: string[];
}

/** The article's own text. */
export interface Body {
  /** Text of each body block in order: paragraphs, subheadings, list items, quotes. */
  paragraphs: string[];
  /** `paragraphs` joined by a blank line. */
  text: string;
  /** The same blocks as sanitized HTML: no script, style, event handlers or `javascript:` URLs. */
  html: string;
}

/** An image inside the article. */
export interface FigureImage {
  /** Absolute image URL (lazy-loading attributes resolved). */
  src: string;
  /** The image's alt text, when it has one. */
  alt?: string;
}

/** A figure of the article: a captioned image, or a caption whose image was not in the markup. */
export interface Figure {
  /** The caption text, without its trailing credit. */
  caption?: string;
  /** Who the image is credited to: `（图片来源：美联社）` gives `美联社`. */
  credit?: string;
  /** The figure's image, when it has one. */
  image?: FigureImage;
}

/** A topic tag. Tags from metadata (`article:tag`, JSON-LD `keywords`) have no `url`. */
export interface TagLink {
  /** The tag's visible text. */
  label: string;
  /** Absolute URL of the tag's archive page. */
  url?: string;
}

/** A link to a related article. */
export interface RelatedLink {
  /** The linked article's title as shown. */
  title: string;
  /** Absolute URL of the linked article. */
  url: string;
}

/** Everything article-anatomy reads from one article page. */
export interface Article {
  /** The article's own title, not the site name. */
  headline?: string;
  /** The visible breadcrumb trail; `[]` when the page has none. */
  breadcrumb: Crumb[];
  /** The dateline, when the article has one. */
  dateline?: Dateline;
  /** ISO 8601 publication date: `2021-07-28`, or `2024-05-02T14:30:00-04:00` when a time is known. */
  published?: string;
  /** Author names, from the dateline, bylines or structured data. */
  authors: string[];
  /** The article's own text. */
  body: Body;
  /** Figures and captioned images inside the article. */
  figures: Figure[];
  /** Topic tags, in document order, without duplicates. */
  tags: TagLink[];
  /** Related-article links, in document order. */
  related: RelatedLink[];
}

/** Options every extractor accepts. */
export interface ExtractOptions {
  /**
   * The page's own absolute URL. Relative links are resolved against `<base href>` when the page has one,
   * else against this.
   */
  url?: string;
}

/** The name of one field of an `Article`: what the `fields` option of `parseArticle` lists. */
export type FieldName = keyof Article;

/** Which pages a `SiteRule` applies to. */
export interface SiteMatch {
  /**
   * The site's host name (`"example.com"`), or several. A host matches itself and any subdomain of it:
   * `"example.com"` matches `example.com`, `www.example.com` and `news.example.com`, not `myexample.com`.
   * Case does not matter; give the host alone, without a scheme, port or path.
   */
  host: string | readonly string[];
}

/** A field rule that selects elements with a CSS selector (css-select syntax, as `querySelectorAll` reads it). */
export interface SelectRule {
  /** CSS selector of the elements the field is read from, in document order. */
  select: string;
}

/** A field rule read from the text of the selected elements, or from one of their attributes. */
export interface TextRule extends SelectRule {
  /** Read this attribute of the selected elements instead of their text (`"content"` for a `<meta>`). */
  attribute?: string;
}

/** The body rule: the containers of the article's text, less the parts `drop` selects. */
export interface BodyRule extends SelectRule {
  /** CSS selectors of elements inside the containers that are not body (ads, promos); the page is not changed. */
  drop?: string | readonly string[];
}

/**
 * A site rule: plain data that says where each field is on one site's pages. Rules are tried before the
 * built-in strategies; a field whose selector finds nothing (or nothing valid) falls through to them. See
 * docs/site-rules.md.
 *
 * @example
 * ```ts
 * const rule: SiteRule = {
 *   match: { host: "example.com" },
 *   headline: { select: "h1.title" },
 *   body: { select: ".story", drop: [".ad"] },
 * };
 * ```
 */
export interface SiteRule {
  /** Name reported by `explain` (`"site:NAME"`); default: the first host. */
  name?: string;
  /** The pages the rule applies to. */
  match: SiteMatch;
  /** The trail's container; crumbs are read from its links and text the way the built-in extractor reads one. */
  breadcrumb?: SelectRule;
  /** The headline element: the first selected element with text. */
  headline?: TextRule;
  /** Elements that may hold the dateline: the first whose text `parseDateline` reads. */
  dateline?: TextRule;
  /** Date elements: the first `datetime` / `content` attribute (or `attribute`), else text, that is a date. */
  published?: TextRule;
  /** Author elements: each one's text is a byline (`By A and B`, `记者 X`) or a name. */
  authors?: TextRule;
  /** The containers of the article's text, read (and filtered) the way the built-in body extractor reads one. */
  body?: BodyRule;
  /** Figure elements, each read as one figure (caption, credit, image). */
  figures?: SelectRule;
  /** Tag links (or containers of tag links). */
  tags?: SelectRule;
  /** Related-article links (or containers of them). */
  related?: SelectRule;
}
