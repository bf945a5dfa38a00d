/**
 * Byline parsing: the author names in `By Jane Doe and John Roe`, `记者 王明`, `文/李平`, `김병규 기자`
 * (`parseByline`), and in the other places a page credits its authors: a bar of fields
 * (`来源：X 作者：Y`, `parseInfoLine`), a bracketed credit that opens or closes a paragraph
 * (`本站讯（通讯员 X）…`, `…（记者 X）`, `parseBracketCredit`), and a line of bare Chinese names
 * (`parseBareNames`). Pure functions of text, no DOM.
 *
 * A byline is short, so only texts of at most 200 characters are read, and every pattern has bounded
 * repetition. The parser is conservative: a text that holds anything it cannot account for as a name, an
 * affiliation or a date is not a byline, so a sentence such as "By Monday, the city will…" or
 * "记者张三表示，…" gives `[]`. Editors, sources and photographers are never authors.
 * @module
 */
import { KO_ROLES } from "./korean-roles.js";
import { parseDateline } from "./parse-dateline.js";
import { allMatches, cleanText } from "./text.js";

// ---------------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------------

/** Longer texts are prose, not bylines. */
const MAX_BYLINE = 200;
/** Longest name returned. */
const MAX_NAME = 40;
/** Most names in one byline; more is a list of something else. */
const MAX_NAMES = 12;
/** Most words in a Latin-script name ("Juan Carlos de la Fuente Ruiz"). */
const MAX_NAME_WORDS = 6;

/**
 * Latin-script byline openers: `By`, `Written by`, `Posted by`, `Analysis by`, `BY`, and the German, French and
 * Spanish `Von`, `Par`, `Por`; and, before a colon only, the Indonesian words for the reporter or the writer:
 * `Pewarta:`, `Penulis:`, `Wartawan:`. (`Autor:` is left out: a book review lists the book's author that way.)
 */
const LATIN_OPENER =
  /^(?:(?:written|reported|reporting|story|words|text|posted|submitted|analysis|commentary|opinion|review|interview|propos recueillis|recueillie?s?|entretien réalisé|interview réalisée) )?(?:by|von|par|por)(?: ?: ?| )(?=\S)|^(?:pewarta|penulis|wartawan) ?: ?(?=\S)/i;

/**
 * An outlet written before a reporter title: `澎湃新闻记者`, `新华日报·交汇点记者`, `总台记者`, `CGTN记者`. It must end
 * like an outlet (报, 网, 社, 台, 新闻 …) and hold no word of a sentence (`他告诉新华社记者`, `据本报记者`), so
 * prose that mentions a reporter is not read as a byline.
 */
const CJK_OUTLET =
  "(?:(?![^记記]{0,12}?(?:他|她|我|你|对|對|向|据|據|让|讓|和|与|與|跟|给|給|被|在|从|從|说|說|告诉|告訴|接受|称|稱|一名|多名))[\\p{Script=Han}A-Za-z0-9]{0,10}(?:报|報|网|網|社|台|新闻|新聞|周刊|週刊|杂志|雜誌|频道|頻道|客户端|客戶端|传媒|傳媒|之声|之聲|之音|电视|電視|广播|廣播|报道|報道)(?:[·・][\\p{Script=Han}A-Za-z0-9]{1,10})?|[A-Z]{2,8})";
/**
 * Reporter titles, with what may come before them: `整合` (compiled by), `本报`, an outlet, `驻京`, `实习` /
 * `特约` / `职工` …
 */
const CJK_TITLE =
  "(?:(?:整合|整理|采写|採寫) ?)?(?:本报|本報|本刊|本台|本网|本網|本站|" + CJK_OUTLET + ")?(?:(?:驻|駐)\\p{Script=Han}{1,4}?)?(?:实习|實習|特约|特約|见习|見習|首席|资深|資深|职工|職工|融媒体|融媒體)?(?:记者|記者|特派员|特派員|通讯员|通訊員|实习生|實習生)";
/** Chinese and Japanese reporter titles that open a byline: `记者 王明`, `本报记者 李平`, `澎湃新闻记者 段彦超`, `記者 山田太郎`. */
const CJK_ROLE_OPENER = /* @__PURE__ */ new RegExp("^" + CJK_TITLE + " ?[:：]? ?", "u");
/** The same titles anywhere, to split `记者张三 通讯员李四` (or `本报实习生 X 本报记者 Y`) into its names. */
const CJK_ROLE = /* @__PURE__ */ new RegExp("(?:本报|本報)?(?:实习|實習|特约|特約|见习|見習|首席|资深|資深|职工|職工)?(?:记者|記者|特派员|特派員|通讯员|通訊員|实习生|實習生)", "gu");

/**
 * Writer labels: `文/X`, `文｜X`, `文・X` (Japanese), `撰文：X`, `作者：X`, `执笔人：X`, and the joint credit `文/图 X`
 * (words and pictures by X).
 */
const WRITER_LABEL =
  /^(?:文[/／]图|文[/／]圖|图[/／]文|圖[/／]文)(?: ?[｜|:：] ?| )|^(?:图文|圖文|文|撰文|撰稿|作者|采写|採寫|执笔人|執筆人|执笔|執筆|文字) ?[/／｜|:：・·︱丨] ?/;
/**
 * `作者` with only a space, or nothing, before the names (`作者 张三`, `作者魏星` in a bar of fields). Read only when
 * the rest is names, and not when `作者` starts a phrase (`作者简介`, `作者认为`).
 */
const AUTHOR_WORD = /^(?:作者|作 者) ?/;
const AFTER_AUTHOR_WORD =
  /^(?:简介|簡介|介绍|介紹|单位|單位|信息|資訊|按|注|系|是|为|為|在|认为|認為|表示|称|稱|指出|说|說|的|们|們|自述|声明|聲明|本人|授权|授權|原创|原創|投稿|专栏|專欄|主页|主頁|其他|其它|更多|相关|相關|文章|列表|排行|推荐|推薦)/;

/** Labels of lines that name no author: the source, the editor, the photographer. */
const NOT_AUTHOR_LABEL =
  /^(?:来源|來源|出处|出處|图片来源|圖片來源|图片|圖片|图|圖|摄影|攝影|编辑|編輯|责任编辑|責任編輯|责编|責編|校对|校對|source|photo|editor)\s?[:：/／｜|]/i;

/** Endings of a Chinese credit that are not names: `记者张三报道`. A photo credit (`摄`) is not a byline. */
const CJK_CREDIT_ENDINGS: readonly string[] = ["综合报道", "綜合報道", "综合报导", "綜合報導", "的报道", "的報道", "的报导", "的報導", "报道", "報道", "报导", "報導", "编译", "編譯"];
const CJK_PHOTO_ENDING = /(?:摄|攝|摄影|攝影)$/;
/** Where the reporter filed from, after the names: `彭冲 山东冠县报道`, `吳佩真／花蓮報導`, `罗科苏盈发自北京`, `张三北京报道`. */
const CJK_FILED_FROM = /(?:[ /／]\p{Script=Han}{2,8}(?:报道|報道|报导|報導)|(?:发自|發自) ?\p{Script=Han}{2,8})$/u;
/** A writer credit written after the name (`马俊峰/文`): the names end there; a photo credit may follow. */
const CJK_WRITER_SUFFIX = /[/／](?:文字|撰文|文)/;

/** Korean desks that sign as "기자" without naming a person: `편집부 기자`. */
const KO_DESKS: ReadonlySet<string> = new Set([
  "편집부", "취재팀", "뉴스팀", "온라인팀", "온라인뉴스팀", "디지털뉴스팀", "디지털뉴스부", "온라인뉴스부", "사회부", "정치부",
  "경제부", "국제부", "산업부", "문화부", "체육부",
]);
/** What may follow a Korean title in a byline: `=`, brackets, an e-mail, a date, or an "entered / edited" label. */
const KO_AFTER_ROLE = /^(?:$|[=(\[<|/·,]|\d|\S+@|(?:입력|수정|승인|등록|기사입력|최종수정|발행))/;

/**
 * Words that mark an affiliation or a job title rather than a person: `Associated Press`, `staff writer`.
 * A comma part holding one of them is dropped; a name followed by one (`Jane Doe Associated Press`) is cut
 * before it.
 */
const AFFILIATION_WORDS: ReadonlySet<string> = new Set([
  "press", "associated", "news", "times", "tribune", "post", "journal", "herald", "gazette", "chronicle", "observer",
  "agency", "service", "wire", "writer", "writers", "reporter", "reporters", "correspondent", "correspondents",
  "editor", "editors", "staff", "contributor", "contributors", "contributing", "columnist", "magazine", "network",
  "radio", "television", "tv", "daily", "bureau", "inc", "inc.", "media", "group", "board", "team", "desk",
  "reuters", "afp", "ap", "upi", "bloomberg", "cnn", "bbc", "npr", "dpa", "efe", "pti", "ani", "ians", "xinhua", "kyodo",
  "yonhap", "aap", "ansa", "tass", "interfax", "anadolu", "usa", "editorial", "presse", "zeitung", "redaktion", "verlag",
  "gmbh", "ltd", "llc", "agência", "agencia", "agence",
  // Job titles that follow a name after a comma: "By Jane Doe, Senior Staff Technologist, ACLU …".
  "senior", "chief", "deputy", "associate", "assistant", "executive", "managing", "technologist", "director",
  "professor", "fellow", "analyst", "president", "officer", "manager", "founder", "ceo", "project", "producer",
  "photographer", "photographers", "illustrator", "anchor",
  // Image agencies and widget vendors that sign "by" / "von" lines too.
  "getty", "images", "imago", "shutterstock", "keystone", "epa", "taboola", "outbrain",
]);

/** Words that come with a name in a byline but are not names: suffixes, dates, "Updated". */
const NOISE_WORDS: ReadonlySet<string> = new Set([
  "updated", "published", "posted", "ago", "today",
  "yesterday", "am", "pm", "edt", "est", "gmt", "utc", "cet", "min", "mins", "minutes", "hours",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.",
  "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
]);

/** Name suffixes that stand alone after a comma (`John Smith, Jr.`): not a name of their own. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set([
  "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d.",
  // Degrees and credentials written after a name: "Ilana Muhlstein, MS, RDN".
  "ms", "ma", "mba", "msc", "mph", "rd", "rdn", "rn", "cpa", "esq", "esq.", "jd", "dds", "dvm",
]);
/**
 * Words that end an organisation's name ("European Space Agency"): a part that ends with one is not a person,
 * where a newspaper word only cuts a trailing affiliation ("Jane Doe Associated Press").
 */
const ORG_TAILS: ReadonlySet<string> = new Set([
  "agency", "institute", "foundation", "association", "society", "university", "service", "network", "group", "team",
  "board", "desk", "editorial", "staff",
]);

/** Lower-case particles inside Latin names: `Ursula von der Leyen`, `Juan de la Cruz`. */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "del", "della", "dei", "di", "du", "dos", "das", "do", "van", "von", "der", "den", "ter", "ten", "la",
  "le", "al", "el", "bin", "bint", "ibn", "y", "e", "zu",
]);

/** Where a Latin byline stops: a separator, a digit (dates, times), a URL, or an "Updated" label. */
const LATIN_CUT = /[|•·\d]| [-—–] |https?:|www\.|\b(?:updated|published|posted|last updated)\b|(?:publiée?|mise? à jour|mis en ligne|publicado|veröffentlicht|aktualisiert)(?= |$)| on (?=(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/i;

/** Chinese and Japanese names are kept to what a name can be: Han (with ·), kana, or Hangul. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー·・•‧]{2,12}$/u;
/** A Han-only name without a middle dot has at most five characters (長谷川健太 / 欧阳娜娜); longer is prose. */
const HAN_ONLY_LONG = /^\p{Script=Han}{6,}$/u;
const HANGUL_NAME = /^\p{Script=Hangul}{2,5}$/u;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;

/**
 * How prose goes on after 记者 ("记者会上", "记者发现，…", "记者们"): a byline whose first name starts so is a
 * sentence, not a byline.
 */
const CJK_PROSE_AFTER_ROLE = /^(?:会|會|们|們|节|節|证|證|站|团|團|招待|协会|協會|发现|發現|看到|注意到|了解到|获悉|獲悉|采访|採訪|问|問|表示|说|說|在|从|從|向|对|對|跟|与|與|随|隨|近日|日前|昨天|昨日|今天|今日|致电|致電|走访|走訪|来到|來到|调查|調查|询问|詢問|前往|身份|家|也|都|还|還|就|曾|已|正|将|將|又|再)/;

/** Verbs that end a sentence's subject, not a name: `记者张三表示`, `记者李四了解到`. */
const CJK_PROSE_ENDING =
  /(?:表示|说|說|称|稱|介绍|介紹|发现|發現|看到|了解|了解到|获悉|獲悉|采访|採訪|注意到|得知|指出|认为|認為|问|問|告诉|告訴|来到|來到|走访|走訪|写道|寫道)$/;

/** Words that look like names in a CJK credit but are not: this paper, a compilation note. */
const CJK_NOT_NAMES: ReadonlySet<string> = new Set(["本报", "本報", "综合", "綜合", "编译", "編譯", "报道", "報道", "报导", "報導"]);

// ---------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------

/**
 * The author names of a byline, in order, or `[]` when `text` is not a byline.
 *
 * Reads `By A and B`, `By A, B and C`, `BY JANE DOE, Associated Press` (the affiliation is dropped),
 * `Written by X`; `记者 X`, `记者X、Y`, `澎湃新闻记者 X Y`, `本报实习生 X 本报记者 Y`, `文/X`, `文/图 X Y`, `文｜X`,
 * `撰文：X`, `作者：X`, `执笔人：X`; `記者X`, `文・X`; `X 기자`, `X 특파원`. Dates, times, "Updated …", e-mails and
 * URLs are never names; `来源：…`, `责任编辑：…` and photo credits are not bylines.
 *
 * @example
 * parseByline("By Jane Doe and John Roe, Associated Press") // ["Jane Doe", "John Roe"]
 * parseByline("记者 李平、王明") // ["李平", "王明"]
 */
export function parseByline(text: string): string[] {
  const trimmed = text.trimStart();
  if (trimmed.length > MAX_BYLINE * 2) return [];
  const t = cleanText(trimmed).replace(LEADING_MARK, "");
  if (!t || t.length > MAX_BYLINE || NOT_AUTHOR_LABEL.test(t)) return [];
  const names = readNames(t);
  return names.length <= MAX_NAMES ? names : [];
}

/** Bullets and dashes that some pages print before a byline: `□ 本报记者 X`, `— By X`. */
const LEADING_MARK = /^[□■◆◇●○▲△★☆※»>*—–-]{1,3} ?/;

function readNames(t: string): string[] {
  const latin = LATIN_OPENER.exec(t);
  if (latin) return latinNames(t.slice(latin[0].length));
  const role = CJK_ROLE_OPENER.exec(t);
  if (role) return cjkNames(t.slice(role[0].length));
  const writer = WRITER_LABEL.exec(t);
  if (writer) return writerNames(t.slice(writer[0].length), /^(?:作者|撰文|撰稿|执笔|執筆)/.test(t));
  const word = AUTHOR_WORD.exec(t);
  if (word && word[0].length < t.length) {
    const rest = t.slice(word[0].length);
    return AFTER_AUTHOR_WORD.test(rest) ? [] : writerNames(rest, true);
  }
  return koreanNames(t);
}

/**
 * The names after a writer label. After `作者` a site's user name (`作者:zboygirl`) is a name too; it is read only
 * there, where the label says what it is.
 */
function writerNames(rest: string, mayBeHandle: boolean): string[] {
  if (/^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(rest)) return cjkNames(rest);
  if (mayBeHandle) {
    const handle = HANDLE.exec(rest);
    if (handle) return [handle[1]!];
  }
  return latinNames(rest);
}

/** A user name standing alone after `作者：`: letters first, then letters, digits, `_`, `.` or `-`. */
const HANDLE = /^([A-Za-z][A-Za-z0-9_.-]{2,24})(?=$| |[|｜│(（])/;

// ---------------------------------------------------------------------------------------------------
// Latin scripts
// ---------------------------------------------------------------------------------------------------

/**
 * The names after `By`: cut at the first separator or date, split on `,` `and` `&`, affiliations dropped. A
 * comma part after the first that is a job title or an affiliation ("Senior Staff Technologist, ACLU …") ends
 * the names: what follows describes the author.
 */
function latinNames(rest: string): string[] {
  let s = rest;
  const cut = LATIN_CUT.exec(s);
  if (cut) s = s.slice(0, cut.index);
  // An e-mail ends the names; cut at the start of its word.
  const at = s.indexOf("@");
  if (at >= 0) s = s.slice(0, s.lastIndexOf(" ", at) + 1);
  // A note in brackets after a full name ends it: "Martin Untersinger (avec …)"; "Richard (R.J.) Eskow" keeps it.
  const paren = s.indexOf(" (");
  if (paren > 0 && s.slice(0, paren).trim().split(" ").length >= 2) s = s.slice(0, paren);
  const names: string[] = [];
  for (const part of s.split(/,|;|&| and | AND | And | et | und |、|，/)) {
    const chunk = part.trim();
    if (!chunk) continue;
    const words = chunk.split(" ");
    // "By The New York Times": a name that starts with "The" is an organisation, not a person.
    if (/^the$/i.test(words[0]!)) continue;
    // A later part that opens with a preposition in lower case says where from: "Por Beatriz Almeida, do Rio",
    // "By Jane Doe, in Kyiv".
    if (names.length > 0 && /^(?:do|da|dos|das|de|desde|em|no|na|from|in|aus|en|à)$/.test(words[0]!)) break;
    // "Do UOL", "Da Redação": from an outlet, not a person.
    if (/^(?:do|da|dos|das)$/i.test(words[0]!)) {
      if (names.length > 0) break;
      continue;
    }
    // Cut a trailing affiliation: "Jane Doe Associated Press", "Jane Doe for CNN", "Jane Doe of The Times".
    let end = words.findIndex((w, i) => i > 0 && (isAffiliation(w) || /^(?:for|of|at)$/i.test(w)));
    if (end > 0 && /^the$/i.test(words[end - 1]!)) end--;
    // A later part with a title word after at most one other word is a job title ("Senior Staff Writer"); a part
    // that starts with an outlet's word names the outlet ("Agência O Globo").
    if (isAffiliation(words[0]!)) {
      if (names.length > 0) break;
      continue;
    }
    if (names.length > 0 && end === 1) break;
    // "European Space Agency", "India Post": an organisation's name, not a person followed by an affiliation.
    if (end > 0 && ORG_TAILS.has(words[words.length - 1]!.toLowerCase()) && !words.slice(0, end).some(isAffiliation)) continue;
    // One word before an outlet's word is the outlet's own name: "India Post News Weekly", "Denver Post".
    if (end === 1 && isAffiliation(words[1]!)) continue;
    const kept = end > 0 ? words.slice(0, end) : [...words];
    if (kept.every((w) => isAffiliation(w) || /^the$/i.test(w) || isNoise(w))) {
      if (names.length > 0) break;
      continue;
    }
    if (kept.length === 1 && NAME_SUFFIXES.has(kept[0]!.toLowerCase())) continue;
    // A date left after the cut at its digits: "Jane Doe March" from "Jane Doe March 3, 2021".
    while (kept.length > 1 && isNoise(kept[kept.length - 1]!)) kept.pop();
    const name = kept.join(" ");
    if (!isLatinName(name) && !CJK_NAME.test(name)) return [];
    names.push(name);
  }
  return names;
}

function isAffiliation(word: string): boolean {
  // A domain ("Cleveland.com") names the outlet.
  return AFFILIATION_WORDS.has(word.toLowerCase().replace(/[’']s$/, "")) || /\.(?:com|org|net|co|uk|de|fr|in|au|ca)$/i.test(word);
}

function isNoise(word: string): boolean {
  return NOISE_WORDS.has(word.toLowerCase());
}

/** One to six capitalised words (particles allowed), no digits, at most 40 characters. */
function isLatinName(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  const words = name.split(" ");
  if (words.length > MAX_NAME_WORDS || NAME_PARTICLES.has(words[0]!)) return false;
  return words.every((w) => NAME_PARTICLES.has(w) || /^\p{Lu}[\p{L}\p{M}'’.-]{0,30}$/u.test(w));
}

// ---------------------------------------------------------------------------------------------------
// Chinese and Japanese
// ---------------------------------------------------------------------------------------------------

/**
 * The names after `记者` or `文/`: `李平、王明`, `张三 李四`, `张三 通讯员 李四`, `Eva Fu`, `彭冲 山东冠县报道`,
 * `马俊峰/文`. Single characters spaced to the width of a longer name (`赵 培`) are one name.
 */
function cjkNames(rest: string): string[] {
  // Stop at a sentence mark, a bracket, a date, or the next labelled field ("张三 来源：新华社").
  let s = rest;
  if (CJK_PROSE_AFTER_ROLE.test(s)) return [];
  // A translated name with the original in brackets is one name: `周思博 (Joel Spolsky)`.
  const translated = TRANSLATED_NAME.exec(s);
  if (translated && isLatinName(translated[2]!)) return [`${translated[1]} (${translated[2]})`];
  const writer = CJK_WRITER_SUFFIX.exec(s);
  if (writer) s = s.slice(0, writer.index);
  const stop = /[。；;！？!?()（）【】［］\[\]|｜│\d]|https?:|www\./.exec(s);
  if (stop) s = s.slice(0, stop.index);
  const colon = s.search(/[:：]/);
  if (colon >= 0) s = s.slice(0, s.lastIndexOf(" ", colon) + 1);
  s = s.trim();
  if (CJK_PHOTO_ENDING.test(s)) return [];
  s = s.replace(CJK_FILED_FROM, "").trim();
  const ending = CJK_CREDIT_ENDINGS.find((e) => s.endsWith(e));
  if (ending) s = s.slice(0, s.length - ending.length).trim();
  const names: string[] = [];
  for (const group of s.split(CJK_ROLE)) {
    for (const chunk of group.split(/[、，,/／]/)) {
      const c = chunk.trim();
      if (!c) continue;
      const words = c.split(" ");
      // Spaces separate Chinese names (樊亮 张明超) but belong to a Latin one (Eva Fu); single characters
      // spaced out (赵 培) are one name.
      const parts = words.length > 1 && words.length <= 3 && words.every((w) => SINGLE_HAN.test(w))
        ? [words.join("")]
        : words.every((w) => CJK_NAME.test(w) || HANGUL_NAME.test(w)) ? words : [c];
      for (const p of parts) {
        if (CJK_NOT_NAMES.has(p) || p.includes("@")) continue;
        // "记者张三表示，…" is a sentence about a reporter, not a byline.
        if (p.length >= 3 && CJK_PROSE_ENDING.test(p)) return [];
        if (!((CJK_NAME.test(p) && !HAN_ONLY_LONG.test(p)) || HANGUL_NAME.test(p) || isLatinName(p))) return [];
        names.push(p);
      }
    }
  }
  return names;
}

const SINGLE_HAN = /^\p{Script=Han}$/u;
const TRANSLATED_NAME = /^(\p{Script=Han}{2,5}(?:[·・]\p{Script=Han}{1,6})?) ?[(（]([A-Z][\p{L}.' -]{1,38}?)[)）] ?$/u;

// ---------------------------------------------------------------------------------------------------
// Korean
// ---------------------------------------------------------------------------------------------------

/** `김병규 기자`, `김병규 이정현 기자`, `김병규·이정현 기자 =`, `김경희 특파원 kim@yna.co.kr`. */
function koreanNames(t: string): string[] {
  const head = t.slice(0, 80);
  // Every name comes with a role of KO_ROLES, all Hangul syllables: most texts asked have none at all.
  if (!HANGUL_SYLLABLE.test(head)) return [];
  const tokens = head.split(" ");
  const names: string[] = [];
  for (let i = 0; i < tokens.length && i < 8; i++) {
    const token = tokens[i]!;
    // An exact title first, so "선임기자" is one title and not the name "선임" with "기자".
    const role = KO_ROLES.includes(token)
      ? token
      : KO_ROLES.filter((r) => token.endsWith(r) && HANGUL_NAME.test(token.slice(0, -r.length))).sort((a, b) => b.length - a.length)[0];
    if (role) {
      if (token !== role) names.push(token.slice(0, -role.length));
      const after = tokens.slice(i + 1).join(" ");
      return names.length > 0 && !names.some((n) => KO_DESKS.has(n)) && KO_AFTER_ROLE.test(after) ? names : [];
    }
    const group = token.split(/[·,]/).filter(Boolean);
    if (!group.length || !group.every((n) => HANGUL_NAME.test(n))) return [];
    for (const name of group) names.push(name);
  }
  return [];
}

// ---------------------------------------------------------------------------------------------------
// Credits inside other text: a bar of fields, a bracketed credit, a line of bare names
// ---------------------------------------------------------------------------------------------------

/** Field labels of a metadata bar; a field starts at each (with or without a colon after it). */
const INFO_LABEL =
  "来源|來源|出处|出處|出自|作者|记者|記者|撰文|执笔人|執筆人|编辑|編輯|责任编辑|責任編輯|责编|責編|时间|時間|日期|发布时间|發佈時間|发布|發佈|更新|阅读|閱讀|点击|點擊|浏览|瀏覽|评论|評論|字号|字號|分享|栏目|欄目|摄影|攝影|校对|校對|审核|審核";
/** Where a bar splits into fields: a separator, or just before a label with a colon, or a label after a space. */
const INFO_SPLIT = /* @__PURE__ */ new RegExp(`\\s*[|｜│丨┃]\\s*|(?=(?:${INFO_LABEL})\\s?[:：])|\\s(?=(?:${INFO_LABEL}))`, "u");

/**
 * The author names a metadata bar states among its other fields, or `[]`: `2019-09-26 12:11来源：证券时报网作者：李在山`,
 * `时间：2004年10月21日14:18 作者：郭励弘`, `2015-08-25 | 1164次阅读 | 来源CSDN | 作者魏星`. The bar is cut into fields
 * and the first field that is a byline gives the names; a source or editor field never does.
 *
 * @example
 * parseInfoLine("2019-09-26 12:11来源：证券时报网作者：李在山") // ["李在山"]
 */
export function parseInfoLine(text: string): string[] {
  const t = cleanText(text);
  if (!t || t.length > MAX_BYLINE) return [];
  for (const field of t.split(INFO_SPLIT)) {
    const f = field.trim().replace(/^[\[【［(（]\s*(.*?)\s*[\]】］)）]$/, "$1");
    if (!f) continue;
    const names = parseByline(f);
    if (names.length > 0) return names;
  }
  if (!DATED.test(t)) return [];
  // A bar that dates the story may name its author bare, in brackets: `2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]`.
  for (const m of allMatches(BRACKETED, t)) {
    const names = parseBareNames(m[1]!);
    if (names.length > 0) return names;
  }
  // A post's header or footer names the poster: `ggjjzhzz 发表于 2005-9-15 11:46:00`, `发布时间 2005/03/15 22:36:13 by duscha`.
  const poster = POSTED_BEFORE.exec(t) ?? POSTED_AFTER.exec(t);
  if (poster) {
    const byline = parseByline(`By ${poster[1]}`);
    if (byline.length > 0) return byline;
    if (USER_NAME.test(poster[1]!)) return [poster[1]!];
  }
  return [];
}

/** The poster before `发表于` and a date. */
const POSTED_BEFORE = /^(\S{2,24}) (?:发表于|發表於|发布于|發佈於|posted on|posted at) ?\d/iu;
/** The poster after a date and `by`. */
const POSTED_AFTER = /\d (?:posted )?by ([^\s〓|｜│]{2,24}(?: [A-Z][\p{L}.'-]+){0,3})(?= |$|[〓|｜│])/iu;
/** A site user name: Latin letters first (then letters, digits, `_`, `.`, `-`), or two to six Han characters. */
const USER_NAME = /^(?:[A-Za-z][A-Za-z0-9_.-]{2,23}|\p{Script=Han}{2,6})$/u;

/** A date in a bar of fields: `2004年7月16日`, `2019-09-26`, `2005/03/15`. */
const DATED = /\d{4} ?(?:年|[-/.]\d)/;
/** A short bracketed field. */
const BRACKETED = /[\[【［]\s*([^\]】］\[【［]{2,12}?)\s*[\]】］]/g;

/**
 * Common Chinese surnames (simplified and traditional forms, and the compound ones). A line of bare names
 * (`（常书香 马丹阳）`, a name under the headline) carries no label, so each name must start with one of them.
 */
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公湛宾戎勾茅利於居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由风" +
  "張劉陳楊黃趙吳孫馬鄭謝許韓馮鄧蕭葉蔣蘇呂盧鍾譚陸賈韋鄒錢嚴龔顧賀湯溫聶莊鄔鄺閻龐顏羅鄔歐廖魯嶽詹蘭俞紀畢涂駱藍靳鮑饒繆車項蘆婁竇岑費衛閔邊欒隋鄧樓聞闞權帥蓋練祿龍雷萬";
const COMPOUND_SURNAMES: readonly string[] = [
  "欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "慕容", "令狐",
  "夏侯", "长孙", "長孫", "宇文", "司徒", "端木", "西门", "西門", "南宫", "南宮", "独孤", "獨孤", "轩辕", "軒轅", "澹台", "申屠",
];
/** Words that can look like a bare name but are not one: section labels, notes, sign-offs. */
const NOT_BARE_NAMES: ReadonlySet<string> = new Set([
  "完", "全文完", "图", "圖", "图文", "圖文", "原创", "原創", "转载", "轉載", "待续", "待續", "未完", "连载", "連載", "编者按", "編者按",
  "前言", "引言", "摘要", "简介", "簡介", "附件", "说明", "說明", "注释", "註釋", "备注", "備註", "责编", "責編", "小编", "小編",
]);

/** True for a Chinese personal name written bare: two to three Han characters after a common surname (four with a compound one). */
function isBareChineseName(name: string): boolean {
  if (NOT_BARE_NAMES.has(name) || !/^\p{Script=Han}{2,4}$/u.test(name)) return false;
  if (COMPOUND_SURNAMES.some((s) => name.startsWith(s))) return name.length >= 3;
  return name.length <= 3 && SURNAMES.includes(name[0]!);
}

/**
 * The names of a line that is only Chinese personal names, or `[]`: `胡平`, `赵延东、风笑天`, `常书香 马丹阳`,
 * `姚峰 上海报道`. Every name must look like one (a common surname, two to four characters), so a word or an
 * office (`德清县发改局`) is not read as a name. A line with a label is a byline: see `parseByline`.
 */
export function parseBareNames(text: string): string[] {
  const t = cleanText(text).replace(CJK_FILED_FROM, "").trim();
  if (!t || t.length > 40) return [];
  const names = t.split(/[ 、，,]+/).filter(Boolean);
  if (names.length === 0 || names.length > 6 || !names.every(isBareChineseName)) return [];
  return names;
}

/** A bracketed credit that ends a paragraph: `…空间。(文/图 刘玺东 易赛楠)`, `…体系。（记者 胡晓蓉）`. */
const CLOSING_CREDIT = /[(（]\s*([^()（）]{2,60}?)\s*[)）]\s*$/;
/** A bracketed credit after the opening `…讯` of a report: `本站讯（职工通讯员 李琴雯 刘会）…`, `本报讯（李平）…`. */
const OPENING_CREDIT = /^[^()（）。，,]{0,20}?(?:讯|訊|电|電|消息)\s*[(（]\s*([^()（）]{2,60}?)\s*[)）]/;

/**
 * The names in a bracketed credit at the end of a paragraph (`(文/图 刘玺东 易赛楠)`, `（记者 胡晓蓉）`,
 * `（常书香 马丹阳）`, `（姚峰 上海报道）`) or after the `…讯` that opens one (`本站讯（职工通讯员 李琴雯 刘会）`), or `[]`.
 * A labelled credit is read with `parseByline`; a bare one must be Chinese personal names (`parseBareNames`), so
 * an office that signs a notice (`（德清县发改局）`) is not an author.
 *
 * @example
 * parseBracketCredit("…让金融的发展更好地满足人民日益增长的美好生活需要。(文/图 刘玺东 易赛楠)", "end") // ["刘玺东", "易赛楠"]
 */
export function parseBracketCredit(paragraph: string, where: "start" | "end"): string[] {
  const text = where === "end" ? paragraph.slice(-MAX_BYLINE) : paragraph.slice(0, MAX_BYLINE);
  const m = (where === "end" ? CLOSING_CREDIT : OPENING_CREDIT).exec(cleanText(text));
  if (!m) return [];
  const inner = m[1]!;
  const credited = creditReporters(inner);
  if (credited.length > 0) return credited;
  const labelled = parseByline(inner);
  if (labelled.length > 0) return labelled;
  // A reporter's credit and an editor's, split by a slash: `（记者李雯慧报导/责任编辑：林清）` (NTD).
  const parts = inner.split(/[/／|｜]/);
  if (parts.length > 1) {
    const names = parts.flatMap((part) => parseByline(part.trim()));
    if (names.length > 0) return names;
  }
  return parseBareNames(inner);
}

/**
 * The reporters of a bracketed credit written as a dateline writes it, read by the dateline grammar, which knows
 * the outlets, the places after a name and how the story was gathered: `新唐人记者李雯慧、周欣然采访报导`,
 * `中央社記者王三台北29日電`, `记者李明／台北报导`. An editor's credit may follow a slash
 * (`…采访报导/责任编辑：林清`). Only a credit with a reporter's title (记者) names anyone; `[]` otherwise.
 */
export function creditReporters(inner: string): string[] {
  // Without a reporter's title there is nothing to read: most brackets at the end of a paragraph are not credits.
  if (!/[记記]者|特派|通[讯訊]/.test(inner)) return [];
  const whole = parseDateline(`（${inner}）`)?.reporters ?? [];
  if (whole.length > 0 || !/[/／|｜]/.test(inner)) return whole;
  for (const part of inner.split(/[/／|｜]/)) {
    const names = parseDateline(`（${part.trim()}）`)?.reporters ?? [];
    if (names.length > 0) return names;
  }
  return [];
}
