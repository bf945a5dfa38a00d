/**
 * Figures: `<figure>` (Gutenberg `wp-block-image` included), WordPress `.wp-caption`, and other captioned
 * images inside the article. A trailing parenthesised credit is cut from the caption into `credit`.
 * @module
 */
import type { Document, Element } from "domhandler";
import { contentContainer, holdsOnlyImage, isImageCaptionParagraph, isQuoteFigure } from "../core/content.js";
import { closest, contains, isElement, previousElement, tagName, textWithout } from "../core/dom.js";
import { IMAGE_SELECTOR, imageSource } from "../core/images.js";
import { elementsWithKey, lowerBound } from "../core/element-lookup.js";
import { letterStats, outermost, pageIndex, positionOf, type PageIndex } from "../core/page-index.js";
import { hasToken, holdsArticleText, inChrome } from "../core/regions.js";
import { matchesSimple, selectSimple } from "../core/simple-select.js";
import { firstAccepted, pageContext, type Explained, type PageContext, type Strategy } from "../core/strategy.js";
import { cleanText } from "../core/text.js";
import type { ExtractOptions, Figure } from "../types.js";

/** Figure containers of common themes and CMSs, outermost first; Blogger captions an image with a table. */
const FIGURE_SELECTOR = "figure, .wp-caption, .image-caption-container, .article-image, .photo-wrap, table.tr-caption-container";
/** Caption elements inside a figure. */
const CAPTION_SELECTOR =
  "figcaption, .wp-caption-text, .wp-element-caption, .caption, .image-caption, .photo-caption, .photo__caption, .tr-caption, .featured-caption, .penci-featured-caption, .photocaption";

/** Separate credit elements inside a figure or its caption. */
const CREDIT_SELECTOR = ".credit, .wp-caption-credit, .image-credit, .photo-credit, .media-credit, [itemprop~=copyrightHolder], [itemprop~=creditText]";

/**
 * A class part that marks a credit element, in any naming scheme: `.article__credit`, `.caption-credit`,
 * `.img_credit`, and the photo's copyright line (`.media__copyright`, BBC's `story-image-copyright`).
 */
const CREDIT_TOKEN = /^(?:credit|credits|copyright)$/;

/** Labels written for screen readers only (BBC's `span.off-screen` "Image caption"): not caption or credit text. */
const SCREEN_READER_LABEL = /^(?:off-screen|offscreen|sr-only|screen-reader-text|visually-hidden|visuallyhidden|element-invisible)$/;

function visibleText(el: Element): string {
  return textWithout(el, (child) => hasToken(child, SCREEN_READER_LABEL));
}

/**
 * What makes a trailing parenthesis a credit rather than part of the caption: a credit label before a colon
 * (`（图片来源：美联社）`, `(Photo: Reuters/Anna Smith)`, `（写真：共同）`), a photo or agency word
 * (`(AP Photo/Mark Lee)`, `(Getty Images)`), a picture source (`（大紀元資料室）`, `（公有領域）`,
 * `(Wikimedia Commons)`), or a `photographer / outlet` slash, half- or full-width (`（李明／大纪元）`). A colon after other words
 * (`(from left: Ana Lee, Bo Chan)`) is not a credit.
 */
const CREDIT_LABEL = /^(?:photo(?:graph)?s?|image|picture|pic|credit|photo credit|source|courtesy|illustration|graphic|video|file photo|图片来源|圖片來源|图像来源|圖像來源|照片来源|照片來源|配图来源|配圖來源|图片|圖片|图|圖|照片|摄影|攝影|来源|來源|资料图|資料圖|写真|撮影|提供|사진|출처|foto|fotos|bild|bildquelle|quelle|图片提供|圖片提供|图源|圖源|供图|供圖|crédits? photo|crédit|crédits|crédito|créditos|imagem|sumber|gambar|beeld|źródło|fotoğraf|ảnh|ภาพ|ที่มา|फोटो साभार|फोटो|तस्वीर|фото|источник|تصوير|صورة|الصورة|المصدر|مصدر الصورة|عدسة|photo ?:)\s*[:：]/i;
const CREDIT_WORDS = /\p{L}\s*[/／]\s*\p{L}|photo|getty|reuters|afp|\bap\b|epa|shutterstock|associated press|xinhua|wikimedia|wikipedia|pixabay|unsplash|pexels|freepik|istock|depositphotos|adobe stock|kyodo|yonhap|twitter|\b(?:ntd|voa|rfa|nasa)\b|韩联社|韓聯社|白宫|白宮|推特|看中国|看中國|希望之声|希望之聲|合成图|合成圖|公共领域|公共領域|पीटीआई|एएनआई|新华社|新華社|中新社|中央社|美联社|美聯社|路透|法新社|欧新社|歐新社|共同|時事|大纪元|大紀元|新唐人|美国之音|美國之音|自由亚洲|自由亞洲|资料室|資料室|公有领域|公有領域|维基|維基|配图|配圖|연합뉴스|제공|\bfoto\b|提供|摄|攝|撮影|照片|截图|截圖|图片|圖片|رويترز|فرانس برس|أ ف ب|أسوشيتد برس|الأناضول|غيتي|courtesy/iu;

/** A news agency's initials standing alone in the parentheses: `(PTI)`, `(ANI)`, `(IANS)`. */
const AGENCY_INITIALS = /^(?:PTI|ANI|IANS|UNI|AAP|ANSA|EFE|dpa|TASS|KNA|APA|ANP|Belga|PAP|CTK|ČTK)$/;

function isCredit(inner: string): boolean {
  return CREDIT_LABEL.test(inner) || AGENCY_INITIALS.test(inner.trim()) || (!/[:：]/.test(inner) && CREDIT_WORDS.test(inner));
}

/**
 * A credit label and its credit closing a caption without parentheses, after the caption's last sentence or
 * after a spaced dash or bar: `The screen at dusk. Photo: Ben Ortiz` (Ghost, the Guardian's `Photograph: …`),
 * `Rua em Itaquera — Foto: Ana Lima/Futura Press` (g1). Something must come before the label, so a caption
 * that is a label and a text (`Image: an artist's impression`) stays a caption.
 */
const TRAILING_LABELLED_CREDIT = /* @__PURE__ */ new RegExp(
  // The New York Times writes the label with an ellipsis, in its own span: `…since 1971.Credit...Dana Reyes`.
  `(?<=[.!?。！？]|\\s[—–|-])\\s*${CREDIT_LABEL.source.slice(1).replace(/\[:：\]$/, "(?:[:：]|\\.{3}|…)")}\\s*([^:：()（）]{2,80})$`,
  "i",
);

function labelledCredit(text: string): { caption: string; credit: string } | undefined {
  const match = TRAILING_LABELLED_CREDIT.exec(text);
  if (!match) return undefined;
  // The dash or bar before the label only separated the credit.
  const caption = cleanText(text.slice(0, match.index).replace(/\s[—–|-]$/, ""));
  const credit = cleanText(match[1]!);
  return caption && credit ? { caption, credit } : undefined;
}

/**
 * A credit in the caption's last element: a labelled one (`Foto: …`), or a photographer's name after a caption
 * that ends its sentence (El País's `<figcaption><span>… este martes.</span><span>Claudio Álvarez</span>
 * </figcaption>`; a name is one to four capitalised words, with no sentence punctuation of its own).
 */
function closingName(caption: Element): { caption: string; credit: string } | undefined {
  const parts = caption.children.filter((child) => isElement(child) || (child.type === "text" && child.data.trim() !== ""));
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !last || !isElement(last)) return undefined;
  const name = cleanText(visibleText(last));
  const before = cleanText(parts.slice(0, -1).map((part) => (isElement(part) ? visibleText(part) : part.type === "text" ? part.data : "")).join(" "));
  if (!before) return undefined;
  // A labelled credit in its own element needs no full stop before it: SPIEGEL's `<span>Foto: Christian Schmidt /
  // DER SPIEGEL</span>` after the caption's paragraph.
  const labelled = CREDIT_LABEL.exec(name);
  if (labelled && name.length > labelled[0].length) return { caption: before, credit: cleanText(name.slice(labelled[0].length)) };
  if (!CLOSING_NAME.test(name) || !/[.!?。！？]$/.test(before)) return undefined;
  return { caption: before, credit: name };
}

const CLOSING_NAME = /^\p{Lu}[\p{L}\p{M}.'’-]*(?: (?:\p{Lu}[\p{L}\p{M}.'’-]*|de|da|del|van|von|la|le)){0,3}$/u;

/**
 * A credit without its label, and without the parentheses around it: `Photo: Reuters` → `Reuters`,
 * `图片来源：美联社` → `美联社`, `(Photo: Sam Ortega)` → `Sam Ortega`.
 */
function withoutCreditLabel(text: string): string {
  return cleanText(cleanText(text).replace(/^[(（](.*)[)）]$/, "$1").replace(/^[^:：]{1,30}[:：]\s*/, ""));
}

/** A credit after a bar closing a caption, when it is one: `… in het centrum van Utrecht | ANP` (NOS). */
const BAR_CREDIT = /\s[|｜]\s*([^|｜]{2,60})$/;

function barCredit(text: string): { caption: string; credit: string } | undefined {
  const m = BAR_CREDIT.exec(text);
  const caption = m ? cleanText(text.slice(0, m.index)) : "";
  return m && caption && isCredit(cleanText(m[1]!)) ? { caption, credit: withoutCreditLabel(m[1]!) } : undefined;
}

/** A copyright sign and a name closing a caption: `… left it in 2011. © Jonas Weber`. */
const TRAILING_COPYRIGHT = /\s(©\s*[^©()（）]{2,60})$/;

/** The caption and its closing `© Name` credit (the sign kept, as a credit element's is). */
function copyrightCredit(text: string): { caption: string; credit: string } | undefined {
  const m = TRAILING_COPYRIGHT.exec(text);
  const caption = m ? cleanText(text.slice(0, m.index).replace(/[\s\-–—|]+$/, "")) : "";
  return m && caption ? { caption, credit: cleanText(m[1]!) } : undefined;
}

/** The trailing parenthesised credit of a caption: `…。（图片来源：美联社）`, `… (AP Photo/Mark Lee)`. */
const TRAILING_PARENS = /[（(]([^（）()]{1,120})[）)]\s*$/;

/**
 * Splits a caption into its text and its trailing credit. The credit is what the parentheses hold, less a
 * leading label that ends in a colon.
 */
export function splitCaptionCredit(caption: string): { caption?: string; credit?: string } {
  const text = cleanText(caption);
  const match = TRAILING_PARENS.exec(text);
  if (!match || !isCredit(cleanText(match[1]!))) return labelledCredit(text) ?? barCredit(text) ?? copyrightCredit(text) ?? (text ? { caption: text } : {});
  const inner = cleanText(match[1]!);
  const credit = withoutCreditLabel(inner);
  const rest = cleanText(text.slice(0, match.index));
  const out: { caption?: string; credit?: string } = {};
  if (rest) out.caption = rest;
  if (credit) out.credit = credit;
  return out;
}

/** One figure container read as a `Figure` (caption, credit, image); `undefined` when it has neither caption nor image. */
export function figureFrom(container: Element, page: PageContext): Figure | undefined {
  const captionEl = selectSimple(CAPTION_SELECTOR, container)[0];
  // A class part says "credit" in any naming scheme (`.article__credit`); an element that holds the caption too
  // (Slate's `figcaption.image__caption-credit`) is not the credit itself.
  const creditEl =
    selectSimple(CREDIT_SELECTOR, container)[0] ??
    selectSimple("[class]", container).find((el) => hasToken(el, CREDIT_TOKEN) && !(captionEl && contains(el, captionEl)));
  let captionText = captionEl ? visibleText(captionEl) : "";
  let credit: string | undefined;
  const closing = creditEl || !captionEl ? undefined : closingName(captionEl);
  if (closing) {
    credit = closing.credit;
    captionText = closing.caption;
  } else if (creditEl) {
    credit = withoutCreditLabel(visibleText(creditEl)) || undefined;
    // Leave the separate credit element out of the caption text when it sits inside the caption element (its words
    // may stand in the caption too: `欧洲华人报记者日前…<span class="wp-caption-credit">欧洲华人报</span>`).
    if (captionEl && contains(captionEl, creditEl)) captionText = textWithout(captionEl, (child) => child === creditEl || hasToken(child, SCREEN_READER_LABEL));
  }
  const split = splitCaptionCredit(captionText);
  const image = imageIn(container, page);
  // A caption that is only a credit, in a figure without its image: pages copied without their images keep
  // `<figure><figcaption>（Getty Images）</figcaption></figure>` (the seed's family prints its figures so).
  if (!split.caption && !image && !creditEl && split.credit) return { credit: split.credit };
  return assembleFigure(split.caption, credit ?? split.credit, image);
}

/** A figure of its parts; `undefined` when it has neither caption nor image. */
function assembleFigure(caption: string | undefined, credit: string | undefined, image: Figure["image"] | undefined): Figure | undefined {
  if (!caption && !image) return undefined;
  const figure: Figure = {};
  if (caption) figure.caption = caption;
  if (credit) figure.credit = credit;
  if (image) figure.image = image;
  return figure;
}

/** The first image in `holder`: its URL (see `imageSource`) and alt text. */
function imageIn(holder: Element, page: PageContext): Figure["image"] | undefined {
  const img = selectSimple(IMAGE_SELECTOR, holder)[0];
  const src = img && imageSource(img, page.base);
  if (!src) return undefined;
  const alt = cleanText(img.attribs.alt ?? "");
  return alt ? { src, alt } : { src };
}

/**
 * Caption classes that say "image caption" wherever they stand. Themes put them outside figure markup too:
 * JNews's featured image is `div.jeg_featured > a > img` followed by `p.wp-caption-text`, Soledad's is followed
 * by `div.penci-featured-caption`, Kadence's by `div.article-post-thumbnail-caption`, JoongAng's `div.ab_photo`
 * holds `p.caption`, many CMSs' `div.photo` holds a `div.photo-caption`, Sahifa's `div.single-post-thumb` is
 * followed by `div.single-post-caption` and Zox News's by `span.mvp-feat-caption` or `span.mvp-post-img-cap`. The
 * holder must have an image and little text besides the caption.
 */
const LOOSE_CAPTION_CLASS = /^(?:wp-caption-text|wp-element-caption|caption|photo__caption|photocaption|imagecaption)$|(?:featured|feat|thumbnail|photo|image|img|post)-caption$|img-cap$/;

/** The most letters a loose caption may have: a page wrapper may be classed `caption` too. */
const LOOSE_CAPTION_MAX_LETTERS = 300;

/** How many letters besides its caption the element around a loose caption may hold and still be its figure. */
const LOOSE_HOLDER_OTHER_LETTERS = 40;

/**
 * The figure a caption outside any figure markup belongs to: its parent, when that holds an image and little
 * text besides the caption (a parent with paragraphs in it is the article, not a figure). The caption must be
 * text, not links: some themes reuse the class for a share bar under the byline.
 */
function looseCaptionHolder(caption: Element): Element | undefined {
  if (closest(caption, (el) => matchesSimple(el, FIGURE_SELECTOR))) return undefined;
  const { letters, linkLetters } = letterStats(caption);
  if (letters === 0 || letters > LOOSE_CAPTION_MAX_LETTERS || linkLetters * 2 > letters) return undefined;
  const parent = caption.parent;
  if (!isElement(parent) || letterStats(parent).letters - letters > LOOSE_HOLDER_OTHER_LETTERS) return undefined;
  if (selectSimple(IMAGE_SELECTOR, parent).length > 0) return parent;
  // An info box of the caption and its credit beside the image: Kompas's `div.photo > div.photo__info >
  // (div.photo__caption, div.photo__credit)`.
  const outer = parent.parent;
  const credited = parent.children.some((child) => isElement(child) && child !== caption && hasToken(child, CREDIT_TOKEN));
  if (!credited || !isElement(outer) || letterStats(outer).letters - letters > LOOSE_HOLDER_OTHER_LETTERS) return undefined;
  return selectSimple(IMAGE_SELECTOR, outer).length > 0 ? outer : undefined;
}

/** Figure markup outside page chrome and related-post lists; a figure inside another figure is read with it. */
function markedFigures(page: PageContext): Figure[] | undefined {
  const container = contentContainer(page.doc)?.container;
  const marked = selectSimple(FIGURE_SELECTOR, page.doc);
  // By class name, each distinct name tested once (a substring selector would test every element with a class).
  const looseCaptions = elementsWithKey(page.doc, (name) => LOOSE_CAPTION_CLASS.test(name)).filter((el) => (el.attribs.class ?? "").split(/\s+/).some((name) => LOOSE_CAPTION_CLASS.test(name)));
  const markedSet = new Set(marked);
  const looseHolders = looseCaptions.map(looseCaptionHolder);
  const loose = looseHolders.filter((el): el is Element => el !== undefined && !markedSet.has(el));
  const index = pageIndex(page.doc);
  const candidates = loose.length === 0 ? marked : [...new Set([...marked, ...loose])].sort((a, b) => positionOf(index, a)! - positionOf(index, b)!);
  // Inside the article's content container a figure is the article's, whatever the wrappers around it say. A
  // quotation set as a figure (`figure.quote`: a blockquote and its source) is text, not a picture.
  const containers = candidates.filter(
    (el) => !inTeaserList(el, container) && !isQuoteFigure(el) && ((container !== undefined && contains(container, el)) || !inChrome(el)),
  );
  const outer = outermost(page.doc, containers).filter((el) => !isLinkedThumbnail(el));
  const inOuter = coverage(index, outer);
  // Positions of the containers, in document order: the figures inside a gallery are a range of them.
  const containerAt = containers.map((el) => positionOf(index, el)!);
  const found: { at: Element; figure: Figure | undefined }[] = [];
  for (const el of outer) {
    // A gallery (`figure.wp-block-gallery` around image figures) is its pictures, each a figure, and its own
    // caption, a figure without an image.
    const from = positionOf(index, el)!;
    const first = lowerBound(containerAt, from + 1);
    let last = first;
    while (last < containerAt.length && containerAt[last]! <= index.subtreeEnd[from]!) last++;
    const pictures = last - first < 2 ? [] : containers.slice(first, last).filter((inner) => !isLinkedThumbnail(inner));
    if (pictures.length < 2) {
      found.push({ at: el, figure: figureFrom(el, page) });
      continue;
    }
    const own = el.children.find((child): child is Element => isElement(child) && matchesSimple(child, CAPTION_SELECTOR));
    if (own) {
      const split = splitCaptionCredit(visibleText(own));
      if (split.caption || split.credit) found.push({ at: el, figure: split });
    }
    for (const picture of outermost(page.doc, pictures)) found.push({ at: picture, figure: figureFrom(picture, page) });
  }
  // A caption element right after an element that holds only the image (Kadence's `div.post-thumbnail` then
  // `div.article-post-thumbnail-caption`), outside page chrome and lists of other articles.
  for (const [i, caption] of looseCaptions.entries()) {
    const image = previousElement(caption);
    if (!image || !holdsOnlyImage(image) || looseHolders[i] || inOuter(caption) || inOuter(image)) continue;
    if (letterStats(caption).letters > LOOSE_CAPTION_MAX_LETTERS || (!(container && contains(container, image)) && inChrome(image)) || inTeaserList(image, container)) continue;
    found.push({ at: image, figure: pairFigure(image, caption, page) });
  }
  // Photos set as a paragraph with their caption in the next one (people.cn, xinhua), in the content container.
  if (container) {
    for (const caption of selectSimple("p", container)) {
      if (!isImageCaptionParagraph(caption)) continue;
      const image = previousElement(caption)!;
      if (!inOuter(image)) found.push({ at: image, figure: pairFigure(image, caption, page) });
    }
  }
  found.sort((a, b) => positionOf(index, a.at)! - positionOf(index, b.at)!);
  return found.map((f) => f.figure).filter((f): f is Figure => f !== undefined);
}

/**
 * A test of whether an element lies inside one of `outer` (elements of one page, none inside another, in document
 * order): a binary search over their positions, not a walk per pair (a page of thousands of captioned photos).
 */
function coverage(index: PageIndex, outer: readonly Element[]): (el: Element) => boolean {
  const starts = outer.map((el) => positionOf(index, el)!);
  return (el) => {
    const at = positionOf(index, el);
    if (at === undefined) return false;
    const i = lowerBound(starts, at + 1) - 1;
    return i >= 0 && at <= index.subtreeEnd[starts[i]!]!;
  };
}

/** The figure of an element holding an image and the caption element after it. */
function pairFigure(image: Element, caption: Element, page: PageContext): Figure | undefined {
  const split = splitCaptionCredit(visibleText(caption));
  return assembleFigure(split.caption, split.credit, imageIn(image, page));
}

/**
 * A figure without a caption whose image links to another page (not to the image itself): a story card's
 * thumbnail (El País's "Más información" box), not a picture of this article.
 */
function isLinkedThumbnail(el: Element): boolean {
  if (selectSimple(CAPTION_SELECTOR, el).length > 0) return false;
  const img = selectSimple(IMAGE_SELECTOR, el)[0];
  const link = img && closest(img, (up) => tagName(up) === "a");
  const href = link && contains(el, link) ? link.attribs.href : undefined;
  return href !== undefined && href !== "" && !href.startsWith("#") && !IMAGE_FILE.test(href);
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i;

/**
 * Class/id tokens of lists of other articles, whose thumbnails are not this article's figures, and of the
 * author box, whose photo is the writer's (`.mh-author-box`, `.avatar`).
 */
const TEASER_LIST = /^(related|relatedposts|related-posts|yarpp|jp-relatedposts|recommend|recommended|popular|most-read|trending|widget|thumbnail-list|post-list|teaser|teasers|author|avatar)$/;

/**
 * True when a figure sits in a list of other articles (related posts, a popular-posts widget), in the author
 * box, or inside a link. A wrapper that holds the article's own text (Elementor's
 * `elementor-widget-theme-post-content`, Blogger's `div.widget.Blog`) or the article's content container is not
 * such a list, whatever its class says. An `<article>` ends the search when it is the page's article; a post card
 * (`article.mh-posts-grid-item` in MH Magazine's related posts), with no text of its own, does not.
 */
function inTeaserList(el: Element, container: Element | undefined): boolean {
  let parent = el.parent;
  while (parent && isElement(parent)) {
    const name = tagName(parent);
    if (name === "main" || name === "body") return false;
    if (name === "article" && (holdsArticleText(parent) || (container && contains(parent, container)))) return false;
    if (name === "a") return true;
    if (hasToken(parent, TEASER_LIST) && !holdsArticleText(parent) && !(container && contains(parent, container))) return true;
    parent = parent.parent;
  }
  return false;
}

/** The figure strategies, in the order they are tried. */
export const figureStrategies: readonly Strategy<Figure[]>[] = [{ name: "figure-markup", run: markedFigures }];

/** The figures with the strategy that found them, or `undefined`. */
export function findFigures(page: PageContext): Explained<Figure[]> | undefined {
  return firstAccepted(figureStrategies, page);
}

/**
 * The article's figures in document order: caption, credit and image of each; `[]` when it has none.
 *
 * @example
 * ```ts
 * extractFigures(parseHtml("<figure><img src='/a.jpg'><figcaption>Flooded road (AP Photo/Mark Lee)</figcaption></figure>"), { url: "https://example.com/" });
 * // [{ caption: "Flooded road", credit: "AP Photo/Mark Lee", image: { src: "https://example.com/a.jpg" } }]
 * ```
 */
export function extractFigures(doc: Document, options?: ExtractOptions): Figure[] {
  return findFigures(pageContext(doc, options))?.value ?? [];
}
