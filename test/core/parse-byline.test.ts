import { describe, expect, it } from "vitest";
import { creditReporters, parseBareNames, parseBracketCredit, parseByline, parseInfoLine } from "../../src/core/parse-byline.js";

interface Row {
  /** What the row checks. */
  name: string;
  text: string;
  want: string[];
}

const rows: Row[] = [
  // --- English and other Latin scripts ------------------------------------------------------------
  { name: "en: one author", text: "By Scott Cunningham", want: ["Scott Cunningham"] },
  { name: "en: two authors joined by and", text: "By Jane Doe and John Roe", want: ["Jane Doe", "John Roe"] },
  { name: "en: list with commas and and", text: "By Jane Doe, John Roe and Mary Major", want: ["Jane Doe", "John Roe", "Mary Major"] },
  { name: "en: all caps with an agency affiliation", text: "BY JANE DOE, Associated Press", want: ["JANE DOE"] },
  { name: "en: all caps pair", text: "By DANICA KIRKA and JILL LAWLESS", want: ["DANICA KIRKA", "JILL LAWLESS"] },
  { name: "en: Written by", text: "Written by Alex Chen", want: ["Alex Chen"] },
  { name: "en: Drupal's Submitted by … on <date>", text: "Submitted by Priya Nair on Mon, 04/22/2024 - 09:15", want: ["Priya Nair"] },
  { name: "en: by … on a weekday (PolitiFact)", text: "By Matthew Digby, Minh Do on Monday, November 18th, 2019 at 11:08 a.m.", want: ["Matthew Digby", "Minh Do"] },
  { name: "en: Posted by … on a month", text: "Posted by Jane Doe on March 5, 2024", want: ["Jane Doe"] },
  { name: "en: job title after a comma", text: "By Jane Doe, Staff Writer", want: ["Jane Doe"] },
  { name: "en: agency after the list", text: "By Jane Doe and John Roe, Reuters", want: ["Jane Doe", "John Roe"] },
  { name: "en: affiliation without a comma", text: "By Jane Doe Associated Press", want: ["Jane Doe"] },
  { name: "en: for an outlet", text: "By Jane Doe for CNN", want: ["Jane Doe"] },
  { name: "en: updated time after a bar", text: "By Jane Doe | Updated 5 minutes ago", want: ["Jane Doe"] },
  { name: "en: Updated without a separator", text: "By Jane Doe Updated March 3, 2024", want: ["Jane Doe"] },
  { name: "en: date after a comma", text: "By Jane Doe, March 3, 2021", want: ["Jane Doe"] },
  { name: "en: date after a bar", text: "By Giovanni Gaggero | 12/10/2020", want: ["Giovanni Gaggero"] },
  { name: "en: e-mail after the name", text: "By Jane Doe, jane@example.com", want: ["Jane Doe"] },
  { name: "en: URL after the name", text: "By Jane Doe https://example.com/jane", want: ["Jane Doe"] },
  { name: "en: name suffix after a comma", text: "By John Smith, Jr.", want: ["John Smith"] },
  { name: "en: particles inside a name", text: "By Ursula von der Leyen", want: ["Ursula von der Leyen"] },
  { name: "en: a month-like first name", text: "By May Jeong", want: ["May Jeong"] },
  { name: "de: Von", text: "Von Claudia Ludewig", want: ["Claudia Ludewig"] },
  { name: "de: Von with a colon", text: "Von: Björn Jahner", want: ["Björn Jahner"] },
  { name: "fr: Par, two authors", text: "Par Stefan Häne, Sylvain Besson", want: ["Stefan Häne", "Sylvain Besson"] },
  { name: "es: Por", text: "Por María García", want: ["María García"] },
  { name: "en: job title and organisation after the name", text: "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project", want: ["Daniel Kahn Gillmor"] },
  { name: "en: credentials after the name", text: "By Ilana Muhlstein, MS, RDN", want: ["Ilana Muhlstein"] },
  { name: "en: outlet domain after the name", text: "By Troy L. Smith, Cleveland.com", want: ["Troy L. Smith"] },
  { name: "en: Analysis by", text: "Analysis by Chris Cillizza, CNN Editor-at-large", want: ["Chris Cillizza"] },
  { name: "en: Posted by", text: "Posted by T. V. Raman", want: ["T. V. Raman"] },
  { name: "en: newspaper name after a list", text: "By Kevin Johnson and Kevin McCoy USA TODAY", want: ["Kevin Johnson", "Kevin McCoy"] },
  { name: "fr: a note in brackets after the name", text: "Par Martin Untersinger (avec Damien Leloup et Morgane Tual)", want: ["Martin Untersinger"] },
  { name: "fr: et between names", text: "Par Damien Leloup et Morgane Tual", want: ["Damien Leloup", "Morgane Tual"] },
  { name: "de: und between names", text: "Von Benjamin Fischer und Marcus Theurer", want: ["Benjamin Fischer", "Marcus Theurer"] },
  { name: "en: an agency's name", text: "By European Space Agency", want: [] },
  { name: "en: a newspaper's name", text: "By India Post News Weekly", want: [] },
  { name: "pt: an agency's name", text: "Por Agência O Globo", want: [] },
  { name: "pt: where from after the name", text: "Por Beatriz Almeida, do Rio", want: ["Beatriz Almeida"] },
  { name: "id: Pewarta label", text: "Pewarta: Dewi Anggraini", want: ["Dewi Anggraini"] },
  { name: "fr: an interview's credit", text: "Propos recueillis par Théo Lambert", want: ["Théo Lambert"] },
  { name: "fr: a date glued to the name ends it", text: "par Théo Lambertpublié le 7 juin 2024 à 18h12", want: ["Théo Lambert"] },
  { name: "zh: RFA's 的报道 is not part of the name", text: "自由亚洲电台记者乔龙的报道", want: ["乔龙"] },
  { name: "zh-Hant: the place after a slash is not a name", text: "記者吳佩真／花蓮報導", want: ["吳佩真"] },
  { name: "de: a book's author in a review is not a byline", text: "Autorin: Alys Arden", want: [] },
  { name: "id: Pewarta without a colon is a word, not a label", text: "Pewarta senior itu mengatakan", want: [] },
  { name: "en: where from after two names", text: "By Jane Doe and John Roe, in Kyiv", want: ["Jane Doe", "John Roe"] },
  { name: "en: organisation only", text: "By The Associated Press", want: [] },
  { name: "en: newspaper name", text: "By The New York Times | Source: Reuters", want: [] },
  { name: "en: image agency", text: "von IMAGO", want: [] },
  { name: "en: sentence opening with By and a weekday", text: "By Monday, the city will vote on the plan.", want: [] },
  { name: "en: sentence opening with By and a year", text: "By 2030, emissions must fall by half.", want: [] },
  { name: "en: sentence opening with By the", text: "By the time we arrived, the shop had closed.", want: [] },
  { name: "en: a word that starts with by", text: "Bybee said the plan would work.", want: [] },
  { name: "en: relative time only", text: "Updated 5 minutes ago", want: [] },
  { name: "en: date only", text: "2024-03-05 10:00", want: [] },
  // --- Chinese ----------------------------------------------------------------------------------------
  { name: "zh: 记者 with a space", text: "记者 刘涛", want: ["刘涛"] },
  { name: "zh: two reporters", text: "记者李平、王明", want: ["李平", "王明"] },
  { name: "zh: 本报记者 with spaced names and 报道", text: "本报记者 张三 李四 报道", want: ["张三", "李四"] },
  { name: "zh: reporter with a date after", text: "记者 张三 2024-03-05 10:00", want: ["张三"] },
  { name: "zh: reporter and correspondent", text: "记者张三 通讯员李四", want: ["张三", "李四"] },
  { name: "zh: Latin name after 记者", text: "记者 Eva Fu", want: ["Eva Fu"] },
  { name: "zh: 文/", text: "文/李平", want: ["李平"] },
  { name: "zh: 文｜ full-width bar", text: "文｜张三", want: ["张三"] },
  { name: "zh: 撰文：", text: "撰文：林燕", want: ["林燕"] },
  { name: "zh: 作者：", text: "作者：李在山", want: ["李在山"] },
  { name: "zh: 作者 with a half-width colon", text: "作者:孙仲旻", want: ["孙仲旻"] },
  { name: "zh: author followed by a source label", text: "作者：陈晨 来源：新华社", want: ["陈晨"] },
  { name: "zh: source line is not a byline", text: "来源：新华社", want: [] },
  { name: "zh: editor line is not a byline", text: "责任编辑：王五", want: [] },
  { name: "zh: photo credit is not a byline", text: "记者 张三 摄", want: [] },
  { name: "zh: press-conference sentence", text: "记者会上，他说", want: [] },
  { name: "zh: sentence about what reporters found", text: "记者发现，经济放缓", want: [] },
  { name: "zh: outlet before the title", text: "澎湃新闻记者 段彦超 廖艳", want: ["段彦超", "廖艳"] },
  { name: "zh: outlet with a channel before the title", text: "新华日报·交汇点记者 徐睿翔", want: ["徐睿翔"] },
  { name: "zh: compiled by, then outlet and title", text: "整合 新华日报·交汇点记者 徐睿翔", want: ["徐睿翔"] },
  { name: "zh: outlet, names, and the place filed from", text: "新京报记者 彭冲 山东冠县报道", want: ["彭冲"] },
  { name: "zh: filed from, written together", text: "本报记者罗科苏盈发自北京", want: ["罗科苏盈"] },
  { name: "zh: bullet before the byline", text: "□ 本报记者 葛灵丹", want: ["葛灵丹"] },
  { name: "zh: intern and reporters", text: "本报实习生 刘国栋 周炜 本报记者 王燕平 方云凤", want: ["刘国栋", "周炜", "王燕平", "方云凤"] },
  { name: "zh: staff correspondent", text: "职工通讯员 李琴雯 刘会", want: ["李琴雯", "刘会"] },
  { name: "zh: writer suffix after the name, photo credit after", text: "河南商报记者马俊峰/文受访者供图", want: ["马俊峰"] },
  { name: "zh: words and pictures by", text: "文/图 刘玺东 易赛楠", want: ["刘玺东", "易赛楠"] },
  { name: "zh: 执笔人", text: "执笔人：闵乐夫 赵兰波 刘韬", want: ["闵乐夫", "赵兰波", "刘韬"] },
  { name: "zh: 作者 without a separator", text: "作者魏星", want: ["魏星"] },
  { name: "zh: 作者 with a space", text: "作者 张三", want: ["张三"] },
  { name: "zh: 作者 with a user name", text: "作者:zboygirl 阅读(1660)", want: ["zboygirl"] },
  { name: "zh: single characters spaced to a name's width", text: "作者：赵 培", want: ["赵培"] },
  { name: "zh: translated name with the original", text: "作者： 周思博 (Joel Spolsky)", want: ["周思博 (Joel Spolsky)"] },
  { name: "zh: vertical bar after 作者", text: "作者︱春春", want: ["春春"] },
  { name: "zh: author heading is not a byline", text: "作者简介", want: [] },
  { name: "zh: 作者 opening a sentence", text: "作者认为", want: [] },
  { name: "zh: sentence that tells what a reporter said", text: "记者张三表示，经济放缓", want: [] },
  { name: "zh: sentence naming an outlet's reporter", text: "他告诉新华社记者说", want: [] },
  { name: "zh: reporting according to an outlet", text: "据新华社记者报道", want: [] },
  { name: "zh: bracketed editor line", text: "（ 责任编辑：魏喆 ）", want: [] },
  { name: "zh: editor with a slash", text: "编辑/苏芳", want: [] },
  // --- Japanese ---------------------------------------------------------------------------------------
  { name: "ja: 記者", text: "記者 山田太郎", want: ["山田太郎"] },
  { name: "ja: 文・", text: "文・山田太郎", want: ["山田太郎"] },
  // --- Korean -----------------------------------------------------------------------------------------
  { name: "ko: 기자", text: "김병규 기자", want: ["김병규"] },
  { name: "ko: 특파원", text: "김경희 특파원", want: ["김경희"] },
  { name: "ko: two reporters", text: "김병규 이정현 기자", want: ["김병규", "이정현"] },
  { name: "ko: middle dot and an e-mail", text: "김병규·이정현 기자 kim@yna.co.kr", want: ["김병규", "이정현"] },
  { name: "ko: senior reporter title", text: "김병규 선임기자", want: ["김병규"] },
  { name: "ko: name and title written together", text: "박지수기자 입력 2024.03.05", want: ["박지수"] },
  { name: "ko: sentence about a reporter", text: "김병규 기자가 말했다", want: [] },
  { name: "ko: desk, not a person", text: "편집부 기자", want: [] },
  // --- Adversarial input -------------------------------------------------------------------------------
  { name: "adversarial: repeated By", text: "By ".repeat(20_000), want: [] },
  { name: "adversarial: many one-letter names", text: "By " + "A and ".repeat(30), want: [] },
  { name: "adversarial: run of 记者", text: "记者".repeat(20_000), want: [] },
  { name: "adversarial: run of separators", text: "记者" + "、".repeat(20_000), want: [] },
  { name: "adversarial: run of colons", text: "作者" + "：".repeat(20_000), want: [] },
  // The same within the length a byline may have, so every pattern sees them.
  { name: "adversarial: short repeated By", text: "By ".repeat(60), want: [] },
  { name: "adversarial: short run of separators", text: "记者" + "、".repeat(150), want: [] },
  { name: "adversarial: short run of colons", text: "作者：" + ":".repeat(150), want: [] },
  { name: "adversarial: short run of Korean names", text: "김병규 ".repeat(40), want: [] },
];

describe("parseByline", () => {
  it.each(rows)("$name", ({ text, want }) => {
    expect(parseByline(text)).toStrictEqual(want);
  });
});

const infoRows: Row[] = [
  { name: "fields run together", text: "2019-09-26 12:11来源：证券时报网作者：李在山", want: ["李在山"] },
  { name: "date and author", text: "时间：2004年10月21日14:18 作者：郭励弘", want: ["郭励弘"] },
  { name: "fields between bars, author without a colon", text: "2015-08-25 10:30| 1164次阅读| 来源CSDN| 0 条评论| 作者魏星", want: ["魏星"] },
  { name: "author, then where it comes from", text: "02日14:25 作者： 赵婕 出自 [人民文学出版社]", want: ["赵婕"] },
  { name: "editor and source before the author", text: "编辑： 金金 来源： 21世纪经济报道 作者：宋怡 杨志华", want: ["宋怡", "杨志华"] },
  { name: "author field in brackets", text: "【作者：张三】", want: ["张三"] },
  { name: "bare name in brackets in a dated bar", text: "BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]", want: ["黄宇"] },
  { name: "an empty author field", text: "版权声明 来源：当代商报 时间：2019-09-23 14:34:05 作者：", want: [] },
  { name: "editor only", text: "发布日期：2019-03-06 责任编辑：龙慧", want: [] },
  { name: "source only", text: "来源：巴彦淖尔日报 编辑：苏亮", want: [] },
  { name: "a post list entry with a bracketed user name and no year", text: "出门在外，吃也是令人头疼的问题【芊草凡凡】08-15 15:44", want: [] },
  { name: "a forum post's header", text: "ggjjzhzz 发表于 2005-9-15 11:46:00", want: ["ggjjzhzz"] },
  { name: "a forum post's footer", text: "〓 网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓", want: ["duscha"] },
  { name: "updated by a full name", text: "Updated 2020-01-01 by Jane Doe", want: ["Jane Doe"] },
  { name: "published in a paper", text: "2005年发表于人民日报", want: [] },
  { name: "adversarial: run of labels", text: "作者：".repeat(20_000), want: [] },
  { name: "adversarial: short run of brackets in a dated bar", text: "2005年" + "[".repeat(150), want: [] },
];

describe("parseInfoLine", () => {
  it.each(infoRows)("$name", ({ text, want }) => {
    expect(parseInfoLine(text)).toStrictEqual(want);
  });
});

const creditRows: (Row & { where: "start" | "end" })[] = [
  { name: "end: words and pictures by", where: "end", text: "…让金融的发展更好地满足人民日益增长的美好生活需要。(文/图 刘玺东 易赛楠)", want: ["刘玺东", "易赛楠"] },
  { name: "end: reporter", where: "end", text: "…建立高效、清洁、低碳、循环的绿色制造体系。（记者 胡晓蓉） ", want: ["胡晓蓉"] },
  { name: "end: outlet's reporter", where: "end", text: "…定期获得信息交流。(信报记者 蔡雪婧)", want: ["蔡雪婧"] },
  { name: "end: bare names", where: "end", text: "…过一个平安、祥和、温馨、廉洁的新春佳节。（常书香 马丹阳 ）", want: ["常书香", "马丹阳"] },
  { name: "end: bare name and the place filed from", where: "end", text: "…所有的改革难道不都是利益再分配的过程吗？”（姚峰 上海报道）", want: ["姚峰"] },
  { name: "end: an office is not a person", where: "end", text: "…总体全县投资结构趋稳趋优。（德清县发改局）", want: [] },
  { name: "end: a contributor note is not a credit", where: "end", text: "（实习生王金茹对此文亦有贡献）", want: [] },
  { name: "end: a note", where: "end", text: "…就这样结束了。（完）", want: [] },
  { name: "start: staff correspondents after 本站讯", where: "start", text: "本站讯（职工通讯员 李琴雯 刘会）为深入推进党建与业务工作紧密结合，…", want: ["李琴雯", "刘会"] },
  { name: "start: bare name after 本报讯", where: "start", text: "本报讯（李平）昨天，…", want: ["李平"] },
  { name: "end: a reporter's credit and an editor's split by a slash (NTD)", where: "end", text: "当局在两会期间加强了维稳。（记者李雯慧报导/责任编辑：林清）", want: ["李雯慧"] },
  { name: "end: the outlet, how the story was gathered and an editor's credit (NTD)", where: "end", text: "…当局加强了维稳。（新唐人记者李雯慧、周欣然采访报导/责任编辑：林清）", want: ["李雯慧", "周欣然"] },
  { name: "end: a place after the names is not a name", where: "end", text: "…立法院三讀通過。（記者李明、王華台北報導/責任編輯：林清）", want: ["李明", "王華"] },
  { name: "end: a place after a slash is not a name", where: "end", text: "…引来不少市民驻足。（记者李明／台北报导）", want: ["李明"] },
  { name: "end: a CNA wire credit", where: "end", text: "…行政院今天宣布。（中央社記者王三台北29日電）", want: ["王三"] },
  { name: "start: a bracket that is not a credit", where: "start", text: "7岁小花（化名）“眼睛被塞纸”事件，仍有许多疑问。", want: [] },
  { name: "end: adversarial run of brackets", where: "end", text: "（".repeat(20_000) + "）", want: [] },
];

describe("parseBracketCredit", () => {
  it.each(creditRows)("$name", ({ text, where, want }) => {
    expect(parseBracketCredit(text, where)).toStrictEqual(want);
  });
});

describe("creditReporters", () => {
  it.each([
    { inner: "新唐人记者李雯慧、周欣然采访报导/责任编辑：林清", want: ["李雯慧", "周欣然"] },
    { inner: "记者王明/李华综合报导", want: ["王明", "李华"] },
    { inner: "责任编辑：林清", want: [] },
    // Without a reporter's title (记者) a bracket names no reporter here: bare names are parseBareNames' to judge.
    { inner: "王明", want: [] },
    { inner: "常书香 马丹阳", want: [] },
    { inner: "中央社台北4日電", want: [] },
  ])("$inner", ({ inner, want }) => {
    expect(creditReporters(inner)).toStrictEqual(want);
  });
});

const bareRows: Row[] = [
  { name: "one name", text: "胡平", want: ["胡平"] },
  { name: "two names with 、", text: "赵延东、风笑天", want: ["赵延东", "风笑天"] },
  { name: "compound surname", text: "欧阳娜娜", want: ["欧阳娜娜"] },
  { name: "a word that is not a name", text: "编者按", want: [] },
  { name: "four characters after a one-character surname", text: "国内财经", want: [] },
  { name: "no common surname", text: "扬眼", want: [] },
  { name: "a sentence", text: "胡平说了很多话", want: [] },
];

describe("parseBareNames", () => {
  it.each(bareRows)("$name", ({ text, want }) => {
    expect(parseBareNames(text)).toStrictEqual(want);
  });
});
