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
