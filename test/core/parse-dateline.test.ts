import { describe, expect, it } from "vitest";
import { parseDateline } from "../../src/core/parse-dateline.js";
import type { Dateline } from "../../src/types.js";

interface Row {
  /** What the row checks. */
  name: string;
  text: string;
  ref?: string;
  want: Dateline | undefined;
}

const rows: Row[] = [
  // --- Chinese: 【outlet date】（credit）-------------------------------------------------------------
  {
    name: "zh: Sound of Hope bracket and credit",
    text: "【希望之声2021年7月28日】（希望之声记者高健雯综合报导）",
    want: { raw: "【希望之声2021年7月28日】（希望之声记者高健雯综合报导）", date: "2021-07-28", source: "希望之声", reporters: ["高健雯"] },
  },
  {
    name: "zh: Sound of Hope dateline opening a longer paragraph",
    text: "【希望之声2021年7月28日】（希望之声记者高健雯综合报导）三位了解情况的韩国政府消息人士说，朝鲜和韩国正在谈判。",
    want: { raw: "【希望之声2021年7月28日】（希望之声记者高健雯综合报导）", date: "2021-07-28", source: "希望之声", reporters: ["高健雯"] },
  },
  {
    name: "zh: Epoch Times, two reporters and a place",
    text: "【大纪元2024年3月5日讯】（大纪元记者李平、王明台北报导）立法院周二三读通过修正案。",
    want: { raw: "【大纪元2024年3月5日讯】（大纪元记者李平、王明台北报导）", date: "2024-03-05", location: "台北", source: "大纪元", reporters: ["李平", "王明"] },
  },
  {
    name: "zh: Epoch Times traditional, bracket only, zero-padded date",
    text: "【大紀元2015年06月10日訊】",
    want: { raw: "【大紀元2015年06月10日訊】", date: "2015-06-10", source: "大紀元", reporters: [] },
  },
  {
    name: "zh: NTD with a time zone before the date",
    text: "【新唐人北京时间2024年3月5日讯】",
    want: { raw: "【新唐人北京时间2024年3月5日讯】", date: "2024-03-05", source: "新唐人", reporters: [] },
  },
  {
    name: "zh: NTD with a New York credit",
    text: "【新唐人2024年3月5日讯】（新唐人记者李佳秀纽约报导）",
    want: { raw: "【新唐人2024年3月5日讯】（新唐人记者李佳秀纽约报导）", date: "2024-03-05", location: "纽约", source: "新唐人", reporters: ["李佳秀"] },
  },
  {
    name: "zh: Secret China compiled report",
    text: "【看中国2024年3月5日讯】（看中国记者林燕综合报导）",
    want: { raw: "【看中国2024年3月5日讯】（看中国记者林燕综合报导）", date: "2024-03-05", source: "看中国", reporters: ["林燕"] },
  },
  {
    name: "zh: Secret China traditional, bracket opening a paragraph",
    text: "【看中國2024年3月5日訊】據美國媒體報導，",
    want: { raw: "【看中國2024年3月5日訊】", date: "2024-03-05", source: "看中國", reporters: [] },
  },
  {
    name: "zh: reporter/compiled (李辰/综合报导)",
    text: "【大纪元2024年3月5日讯】（大纪元记者李辰/综合报导）",
    want: { raw: "【大纪元2024年3月5日讯】（大纪元记者李辰/综合报导）", date: "2024-03-05", source: "大纪元", reporters: ["李辰"] },
  },
  {
    name: "zh: two reporters split by a slash (李辰/林燕综合报导)",
    text: "【大纪元2024年3月5日讯】（大纪元记者李辰/林燕综合报导）",
    want: { raw: "【大纪元2024年3月5日讯】（大纪元记者李辰/林燕综合报导）", date: "2024-03-05", source: "大纪元", reporters: ["李辰", "林燕"] },
  },
  {
    name: "zh: a space between bracket and credit is kept in raw",
    text: "【大纪元2024年3月5日讯】 （大纪元记者李平报导）",
    want: { raw: "【大纪元2024年3月5日讯】 （大纪元记者李平报导）", date: "2024-03-05", source: "大纪元", reporters: ["李平"] },
  },
  {
    name: "zh: outlet with 讯 and no date",
    text: "【大纪元讯】",
    want: { raw: "【大纪元讯】", source: "大纪元", reporters: [] },
  },
  {
    name: "zh: ROC year (民國115年 is 2026)",
    text: "【大紀元民國115年3月5日訊】",
    want: { raw: "【大紀元民國115年3月5日訊】", date: "2026-03-05", source: "大紀元", reporters: [] },
  },
  {
    name: "zh: month and day only, year from the reference date",
    text: "【希望之声7月28日】",
    ref: "2021-07-29",
    want: { raw: "【希望之声7月28日】", date: "2021-07-28", source: "希望之声", reporters: [] },
  },
  {
    name: "zh: month and day only, no reference date: no date",
    text: "【希望之声7月28日】",
    want: { raw: "【希望之声7月28日】", source: "希望之声", reporters: [] },
  },
  // --- Chinese: standalone credits -------------------------------------------------------------
  {
    name: "zh: standalone Epoch Times credit",
    text: "（大纪元记者张婷台北报导）",
    want: { raw: "（大纪元记者张婷台北报导）", location: "台北", source: "大纪元", reporters: ["张婷"] },
  },
  {
    name: "zh: CNA credit, day only, month from the reference (leap day)",
    text: "（中央社記者王三台北29日電）行政院今天宣布",
    ref: "2024-03-01",
    want: { raw: "（中央社記者王三台北29日電）", date: "2024-02-29", location: "台北", source: "中央社", reporters: ["王三"] },
  },
  {
    name: "zh: how the story was gathered (采访报导) is not part of the name; the place after it is split off",
    text: "（大纪元记者李文、张华旧金山采访报导）",
    want: { raw: "（大纪元记者李文、张华旧金山采访报导）", location: "旧金山", source: "大纪元", reporters: ["李文", "张华"] },
  },
  {
    name: "zh: 专访 and 整理 close a credit too (traditional and simplified)",
    text: "（大紀元記者陳明專訪報導）",
    want: { raw: "（大紀元記者陳明專訪報導）", source: "大紀元", reporters: ["陳明"] },
  },
  {
    name: "zh: names joined by 和 and 及",
    text: "（记者李明和王华及陈平整理报导）",
    want: { raw: "（记者李明和王华及陈平整理报导）", reporters: ["李明", "王华", "陈平"] },
  },
  {
    name: "zh: a name that holds 和 stays whole",
    text: "（记者王和平报导）",
    want: { raw: "（记者王和平报导）", reporters: ["王和平"] },
  },
  {
    name: "zh: CNA foreign news, a day before 綜合外電報導",
    text: "（中央社東京5日綜合外電報導）日本央行今天宣布",
    ref: "2024-03-05",
    want: { raw: "（中央社東京5日綜合外電報導）", date: "2024-03-05", location: "東京", source: "中央社", reporters: [] },
  },
  {
    name: "zh: 综合编译 and 综合整理 close a credit",
    text: "（希望之聲記者王曉綜合整理）",
    want: { raw: "（希望之聲記者王曉綜合整理）", source: "希望之聲", reporters: ["王曉"] },
  },
  {
    name: "zh: 综合编译 closes a credit",
    text: "（希望之声记者林若溪综合编译）",
    want: { raw: "（希望之声记者林若溪综合编译）", source: "希望之声", reporters: ["林若溪"] },
  },
  {
    name: "zh: CNA without a reporter",
    text: "（中央社台北4日電）",
    ref: "2024-03-04",
    want: { raw: "（中央社台北4日電）", date: "2024-03-04", location: "台北", source: "中央社", reporters: [] },
  },
  {
    name: "zh: CNA without a reference date: no date",
    text: "（中央社台北4日電）",
    want: { raw: "（中央社台北4日電）", location: "台北", source: "中央社", reporters: [] },
  },
  {
    name: "zh: CNA special dispatch from Washington (專電)",
    text: "（中央社記者陳家倫華盛頓28日專電）",
    ref: "2025-10-29",
    want: { raw: "（中央社記者陳家倫華盛頓28日專電）", date: "2025-10-28", location: "華盛頓", source: "中央社", reporters: ["陳家倫"] },
  },
  {
    name: "zh: Liberty Times 〔記者／地點報導〕",
    text: "〔記者王三／台北報導〕台北市政府今天表示",
    want: { raw: "〔記者王三／台北報導〕", location: "台北", reporters: ["王三"] },
  },
  // --- Chinese: outlet place date 电 --------------------------------------------------------------
  {
    name: "zh: Xinhua with reporters in parentheses",
    text: "新华社北京7月8日电（记者王雨萧、于佳欣）",
    ref: "2024-07-08",
    want: { raw: "新华社北京7月8日电（记者王雨萧、于佳欣）", date: "2024-07-08", location: "北京", source: "新华社", reporters: ["王雨萧", "于佳欣"] },
  },
  {
    name: "zh: Xinhua opening a paragraph",
    text: "新华社北京7月8日电（记者王雨萧、于佳欣）商务部8日发布数据显示，",
    ref: "2024-07-09",
    want: { raw: "新华社北京7月8日电（记者王雨萧、于佳欣）", date: "2024-07-08", location: "北京", source: "新华社", reporters: ["王雨萧", "于佳欣"] },
  },
  {
    name: "zh: Xinhua, Dec 31 read on Jan 1 belongs to the year before",
    text: "新华社北京12月31日电",
    ref: "2025-01-01",
    want: { raw: "新华社北京12月31日电", date: "2024-12-31", location: "北京", source: "新华社", reporters: [] },
  },
  {
    name: "zh: China News Service, half-width parentheses and a space",
    text: "中新网北京3月5日电 (记者 李四) 全国两会5日开幕。",
    ref: "2024-03-05",
    want: { raw: "中新网北京3月5日电 (记者 李四)", date: "2024-03-05", location: "北京", source: "中新网", reporters: ["李四"] },
  },
  {
    name: "zh: 本报讯 alone",
    text: "本报讯",
    want: { raw: "本报讯", reporters: [] },
  },
  {
    name: "zh: 本报讯 opening a paragraph",
    text: "本报讯　经过有关部门的调查，事故原因已经查明。",
    want: { raw: "本报讯", reporters: [] },
  },
  {
    name: "zh: 本报讯 with a reporter",
    text: "本报讯（记者陈晨）",
    want: { raw: "本报讯（记者陈晨）", reporters: ["陈晨"] },
  },
  {
    name: "zh: 本报讯 with trainee and staff reporters",
    text: "本报讯 （实习记者 樊亮 张明超 记者惠禾）",
    want: { raw: "本报讯 （实习记者 樊亮 张明超 记者惠禾）", reporters: ["樊亮", "张明超", "惠禾"] },
  },
  {
    name: "zh: 本报 with place and date",
    text: "本报上海3月5日讯（记者周涛）",
    ref: "2024-03-06",
    want: { raw: "本报上海3月5日讯（记者周涛）", date: "2024-03-05", location: "上海", reporters: ["周涛"] },
  },
  {
    name: "zh: staff correspondents, no outlet named",
    text: "（职工通讯员 李琴雯 刘会）",
    want: { raw: "（职工通讯员 李琴雯 刘会）", reporters: ["李琴雯", "刘会"] },
  },
  {
    name: "zh: translated report, Latin name and translator",
    text: "（英文大纪元记者Eva Fu报导/王君编译）",
    want: { raw: "（英文大纪元记者Eva Fu报导/王君编译）", source: "英文大纪元", reporters: ["Eva Fu", "王君"] },
  },
  // --- Chinese: not datelines --------------------------------------------------------------------
  { name: "zh: photo credit", text: "（图片来源：美联社）", want: undefined },
  { name: "zh: editor note in a bracket", text: "【编辑:刘欢】", want: undefined },
  { name: "zh: column label in a bracket", text: "【视评】习近平的讲话", want: undefined },
  { name: "zh: sentence naming Xinhua", text: "新华社报道，美国总统周二表示", want: undefined },
  { name: "zh: sentence opening with a date", text: "2024年3月5日，台北市政府宣布新政策。", want: undefined },
  { name: "zh: Xinhua TV is not 新华社北京电", text: "新华社北京电视台报道", want: undefined },
  { name: "zh: parenthesised aside", text: "（本文有删节）以下是全文", want: undefined },
  { name: "zh: outlet alone in parentheses", text: "（中央社）", want: undefined },
  // --- Japanese ------------------------------------------------------------------------------------
  {
    name: "ja: Kyodo",
    text: "【ワシントン共同】バイデン米大統領は5日、",
    want: { raw: "【ワシントン共同】", location: "ワシントン", source: "共同", reporters: [] },
  },
  {
    name: "ja: Jiji",
    text: "【ロンドン時事】",
    want: { raw: "【ロンドン時事】", location: "ロンドン", source: "時事", reporters: [] },
  },
  {
    name: "ja: full-width ＝ with a reporter",
    text: "【ワシントン＝行方史郎】",
    want: { raw: "【ワシントン＝行方史郎】", location: "ワシントン", reporters: ["行方史郎"] },
  },
  {
    name: "ja: = with an agency",
    text: "【ワシントン=共同】",
    want: { raw: "【ワシントン=共同】", location: "ワシントン", source: "共同", reporters: [] },
  },
  {
    name: "ja: kanji place with Kyodo",
    text: "【北京共同】中国政府は",
    want: { raw: "【北京共同】", location: "北京", source: "共同", reporters: [] },
  },
  { name: "ja: breaking-news label", text: "【速報】日経平均が反落", want: undefined },
  // --- Korean --------------------------------------------------------------------------------------
  {
    name: "ko: Yonhap with a reporter, opening a paragraph",
    text: "(서울=연합뉴스) 김병규 기자 = 정부는 5일 발표했다.",
    want: { raw: "(서울=연합뉴스) 김병규 기자 =", location: "서울", source: "연합뉴스", reporters: ["김병규"] },
  },
  {
    name: "ko: Yonhap with two reporters",
    text: "(서울=연합뉴스) 김병규 이정현 기자 =",
    want: { raw: "(서울=연합뉴스) 김병규 이정현 기자 =", location: "서울", source: "연합뉴스", reporters: ["김병규", "이정현"] },
  },
  {
    name: "ko: Yonhap correspondent",
    text: "(워싱턴=연합뉴스) 김경희 특파원 =",
    want: { raw: "(워싱턴=연합뉴스) 김경희 특파원 =", location: "워싱턴", source: "연합뉴스", reporters: ["김경희"] },
  },
  {
    name: "ko: Newsis in square brackets",
    text: "[서울=뉴시스] 김민수 기자 = 검찰이",
    want: { raw: "[서울=뉴시스] 김민수 기자 =", location: "서울", source: "뉴시스", reporters: ["김민수"] },
  },
  {
    name: "ko: News1, name and title written together",
    text: "(서울=뉴스1) 박지수기자 =",
    want: { raw: "(서울=뉴스1) 박지수기자 =", location: "서울", source: "뉴스1", reporters: ["박지수"] },
  },
  {
    name: "ko: place and agency without a reporter",
    text: "(서울=연합뉴스) 정부는 5일",
    want: { raw: "(서울=연합뉴스)", location: "서울", source: "연합뉴스", reporters: [] },
  },
  { name: "ko: Reuters photo credit via Yonhap", text: "(워싱턴 로이터=연합뉴스) 조 바이든 대통령이 연설하고 있다.", want: undefined },
  // --- English -------------------------------------------------------------------------------------
  {
    name: "en: AP, opening a paragraph",
    text: "TORONTO (AP) — The city council voted on Tuesday.",
    want: { raw: "TORONTO (AP) —", location: "TORONTO", source: "AP", reporters: [] },
  },
  {
    name: "en: AP with a state",
    text: "AUSTIN, Texas (AP) —",
    want: { raw: "AUSTIN, Texas (AP) —", location: "AUSTIN, Texas", source: "AP", reporters: [] },
  },
  {
    name: "en: AP with abbreviations in the place",
    text: "ST. JOSEPH, Mich. (AP) — A man",
    want: { raw: "ST. JOSEPH, Mich. (AP) —", location: "ST. JOSEPH, Mich.", source: "AP", reporters: [] },
  },
  {
    name: "en: Reuters, year from the reference date",
    text: "HOUSTON, Jan 27 (Reuters) - Oil prices rose on Monday",
    ref: "2025-01-27",
    want: { raw: "HOUSTON, Jan 27 (Reuters) -", date: "2025-01-27", location: "HOUSTON", source: "Reuters", reporters: [] },
  },
  {
    name: "en: Reuters without a reference date: no date",
    text: "HOUSTON, Jan 27 (Reuters) - Oil prices rose on Monday",
    want: { raw: "HOUSTON, Jan 27 (Reuters) -", location: "HOUSTON", source: "Reuters", reporters: [] },
  },
  {
    name: "en: Reuters, Dec 31 read on Jan 2",
    text: "NEW YORK, Dec 31 (Reuters) -",
    ref: "2025-01-02",
    want: { raw: "NEW YORK, Dec 31 (Reuters) -", date: "2024-12-31", location: "NEW YORK", source: "Reuters", reporters: [] },
  },
  {
    name: "en: Reuters with two places",
    text: "LONDON/NEW YORK, May 2 (Reuters) - Shares fell",
    ref: "2023-05-02",
    want: { raw: "LONDON/NEW YORK, May 2 (Reuters) -", date: "2023-05-02", location: "LONDON/NEW YORK", source: "Reuters", reporters: [] },
  },
  {
    name: "en: AFP",
    text: "PARIS (AFP) - France said",
    want: { raw: "PARIS (AFP) -", location: "PARIS", source: "AFP", reporters: [] },
  },
  {
    name: "en: UPI with a double hyphen",
    text: "WASHINGTON, March 3 (UPI) -- The Senate",
    ref: "2021-03-04",
    want: { raw: "WASHINGTON, March 3 (UPI) --", date: "2021-03-03", location: "WASHINGTON", source: "UPI", reporters: [] },
  },
  {
    name: "en: date with its own year",
    text: "WASHINGTON, March 3, 2021 (UPI) --",
    want: { raw: "WASHINGTON, March 3, 2021 (UPI) --", date: "2021-03-03", location: "WASHINGTON", source: "UPI", reporters: [] },
  },
  {
    name: "en: Bloomberg without a place",
    text: "(Bloomberg) -- Stocks fell for a third day.",
    want: { raw: "(Bloomberg) --", source: "Bloomberg", reporters: [] },
  },
  {
    name: "en: all-caps place and an em dash (no agency)",
    text: "WASHINGTON — The president signed the bill.",
    want: { raw: "WASHINGTON —", location: "WASHINGTON", reporters: [] },
  },
  {
    name: "en: collapsed whitespace in raw",
    text: "  TORONTO \u00a0(AP)  —  The city",
    want: { raw: "TORONTO (AP) —", location: "TORONTO", source: "AP", reporters: [] },
  },
  { name: "en: AP photo credit", text: "(AP Photo/Evan Vucci)", want: undefined },
  { name: "en: byline is not a dateline", text: "By John Smith", want: undefined },
  { name: "en: sentence with a parenthesis", text: "NASA said on Tuesday (local time) that the launch was delayed.", want: undefined },
  { name: "en: sentence opening with an all-caps word", text: "NATO allies met in Brussels on Tuesday.", want: undefined },
  { name: "en: label with a dash", text: "BREAKING — Markets tumble", want: undefined },
  { name: "en: ticker in parentheses", text: "Apple (AAPL) - shares rose 3%.", want: undefined },
  { name: "en: sentence with a date", text: "On March 3, 2021, the Senate voted.", want: undefined },
  { name: "en: AP wire slug", text: "BC-EU--Britain-Brexit,1st Ld-Writethru", want: undefined },
  // --- German, French, Spanish, Russian --------------------------------------------------------------
  {
    name: "de: dpa",
    text: "Berlin (dpa) - Die Bundesregierung will",
    want: { raw: "Berlin (dpa) -", location: "Berlin", source: "dpa", reporters: [] },
  },
  {
    name: "de: dpa regional service",
    text: "Hamburg (dpa/lno) -",
    want: { raw: "Hamburg (dpa/lno) -", location: "Hamburg", source: "dpa", reporters: [] },
  },
  {
    name: "de: dpa-AFX with a slash in the place",
    text: "Frankfurt/Main (dpa-AFX) - Der Dax",
    want: { raw: "Frankfurt/Main (dpa-AFX) -", location: "Frankfurt/Main", source: "dpa-AFX", reporters: [] },
  },
  {
    name: "fr: AFP",
    text: "Paris (AFP) - Le gouvernement",
    want: { raw: "Paris (AFP) -", location: "Paris", source: "AFP", reporters: [] },
  },
  {
    name: "fr: AFP with a full date",
    text: "PARIS, 28 juil 2021 (AFP) -",
    want: { raw: "PARIS, 28 juil 2021 (AFP) -", date: "2021-07-28", location: "PARIS", source: "AFP", reporters: [] },
  },
  {
    name: "fr: abbreviated month with an accent and a period",
    text: "PARIS, 3 févr. 2022 (AFP) -",
    want: { raw: "PARIS, 3 févr. 2022 (AFP) -", date: "2022-02-03", location: "PARIS", source: "AFP", reporters: [] },
  },
  {
    name: "es: EFE with .-",
    text: "MADRID, 5 may (EFE).- El Gobierno",
    ref: "2023-05-06",
    want: { raw: "MADRID, 5 may (EFE).-", date: "2023-05-05", location: "MADRID", source: "EFE", reporters: [] },
  },
  {
    name: "es: EFE, accented place",
    text: "BOGOTÁ, 12 mar (EFE).-",
    ref: "2024-03-12",
    want: { raw: "BOGOTÁ, 12 mar (EFE).-", date: "2024-03-12", location: "BOGOTÁ", source: "EFE", reporters: [] },
  },
  {
    name: "es: Europa Press, day only",
    text: "MADRID, 5 (EUROPA PRESS) - El Congreso",
    ref: "2024-03-06",
    want: { raw: "MADRID, 5 (EUROPA PRESS) -", date: "2024-03-05", location: "MADRID", source: "EUROPA PRESS", reporters: [] },
  },
  {
    name: "ru: RIA Novosti",
    text: "МОСКВА, 28 июл — РИА Новости. Президент заявил",
    ref: "2024-07-28",
    want: { raw: "МОСКВА, 28 июл — РИА Новости.", date: "2024-07-28", location: "МОСКВА", source: "РИА Новости", reporters: [] },
  },
  {
    name: "ru: RIA Novosti with a reporter",
    text: "МОСКВА, 28 июл — РИА Новости, Мария Петрова. Текст",
    ref: "2024-07-29",
    want: { raw: "МОСКВА, 28 июл — РИА Новости, Мария Петрова.", date: "2024-07-28", location: "МОСКВА", source: "РИА Новости", reporters: ["Мария Петрова"] },
  },
  {
    name: "en: ANI's place, date and agency closed by a colon",
    text: "New Delhi [India], March 5 (ANI): The Northern Railway",
    ref: "2024-03-05",
    want: { raw: "New Delhi [India], March 5 (ANI):", date: "2024-03-05", location: "New Delhi [India]", source: "ANI", reporters: [] },
  },
  {
    name: "en: a place in capitals and a colon (Times of India)",
    text: "NEW DELHI: The government said on Tuesday",
    ref: "2024-03-05",
    want: { raw: "NEW DELHI:", location: "NEW DELHI", reporters: [] },
  },
  {
    name: "en: a place in capitals, a date and a colon (Dawn)",
    text: "ISLAMABAD, March 5: The cabinet approved",
    ref: "2024-03-05",
    want: { raw: "ISLAMABAD, March 5:", date: "2024-03-05", location: "ISLAMABAD", reporters: [] },
  },
  { name: "en: a label in capitals and a colon is not a place", text: "READ MORE: The council's earlier vote", ref: "2024-03-05", want: undefined },
  { name: "en: an acronym and a colon is an attribution, not a place", text: "FBI: Agents searched the house", ref: "2024-03-05", want: undefined },
  { name: "en: a capitalised place and a colon in plain text is left to the markup", text: "New Delhi: The Delhi government", ref: "2024-03-05", want: undefined },
  {
    name: "tr: Anadolu Ajansı (AA)",
    text: "ANKARA (AA) - Ankara Büyükşehir Belediyesi",
    ref: "2024-03-05",
    want: { raw: "ANKARA (AA) -", location: "ANKARA", source: "AA", reporters: [] },
  },
  {
    name: "it: ANSA, the place and date after the agency",
    text: "(ANSA) - ROMA, 05 MAR - Il Campidoglio ha approvato",
    ref: "2024-03-05",
    want: { raw: "(ANSA) - ROMA, 05 MAR -", date: "2024-03-05", location: "ROMA", source: "ANSA", reporters: [] },
  },
  {
    name: "en: a sentence after an agency and a dash is not a place",
    text: "(Reuters) - The company said on Monday - after a review",
    ref: "2024-03-05",
    want: { raw: "(Reuters) -", source: "Reuters", reporters: [] },
  },
  {
    name: "zh: an outlet's reporter credit closed by a colon (RFA)",
    text: "自由亚洲电台记者林立文报道：中国多地的中小企业主近日向本台反映",
    ref: "2024-03-05",
    want: { raw: "自由亚洲电台记者林立文报道：", source: "自由亚洲电台", reporters: ["林立文"] },
  },
  {
    name: "zh: the same credit with a place (VOA)",
    text: "美国之音记者王明华盛顿报道：美国国务院周一表示",
    ref: "2024-03-05",
    want: { raw: "美国之音记者王明华盛顿报道：", source: "美国之音", location: "华盛顿", reporters: ["王明"] },
  },
  {
    name: "zh: an outlet's report without a reporter is not a dateline",
    text: "自由亚洲电台报道：地方政府拖欠工程款",
    ref: "2024-03-05",
    want: undefined,
  },
  {
    name: "ru: an agency not on the list, named by an abbreviation in capitals",
    text: "МОСКВА, 5 мар — РИА Горизонт. Министерство транспорта подготовило",
    ref: "2024-03-05",
    want: { raw: "МОСКВА, 5 мар — РИА Горизонт.", date: "2024-03-05", location: "МОСКВА", source: "РИА Горизонт", reporters: [] },
  },
  {
    name: "ru: ИА before the agency's name",
    text: "САНКТ-ПЕТЕРБУРГ, 5 мар — ИА Регнум. Текст",
    ref: "2024-03-05",
    want: { raw: "САНКТ-ПЕТЕРБУРГ, 5 мар — ИА Регнум.", date: "2024-03-05", location: "САНКТ-ПЕТЕРБУРГ", source: "ИА Регнум", reporters: [] },
  },
  {
    name: "ru: a short sentence after the dash is not an agency",
    text: "МОСКВА, 5 мар — Цены выросли. Текст",
    ref: "2024-03-05",
    want: { raw: "МОСКВА, 5 мар —", date: "2024-03-05", location: "МОСКВА", reporters: [] },
  },
  {
    name: "en: a short sentence with an abbreviation after the dash is not an agency",
    text: "LONDON — UK inflation fell. The figures",
    ref: "2024-03-05",
    want: { raw: "LONDON —", location: "LONDON", reporters: [] },
  },
  {
    name: "ru: TASS between slashes",
    text: "МОСКВА, 28 июля. /ТАСС/. Текст",
    ref: "2024-07-28",
    want: { raw: "МОСКВА, 28 июля. /ТАСС/.", date: "2024-07-28", location: "МОСКВА", source: "ТАСС", reporters: [] },
  },
  // --- Indonesian and other sites that write their own domain --------------------------------------------
  {
    name: "id: place and the outlet's domain, en dash",
    text: "JAKARTA, KOMPAS.com – Pemerintah akan menaikkan tarif listrik mulai Juli.",
    want: { raw: "JAKARTA, KOMPAS.com –", location: "JAKARTA", source: "KOMPAS.com", reporters: [] },
  },
  {
    name: "id: place and the outlet's domain, spaced hyphen",
    text: "BANDUNG, KOMPAS.com - Hujan deras mengguyur kota sejak pagi.",
    want: { raw: "BANDUNG, KOMPAS.com -", location: "BANDUNG", source: "KOMPAS.com", reporters: [] },
  },
  {
    name: "id: domain first, then the place",
    text: "TRIBUNNEWS.COM, SURABAYA - Warga memadati alun-alun.",
    want: { raw: "TRIBUNNEWS.COM, SURABAYA -", location: "SURABAYA", source: "TRIBUNNEWS.COM", reporters: [] },
  },
  {
    name: "id: a mixed-case domain and place",
    text: "Liputan6.com, Jakarta - Harga cabai turun.",
    want: { raw: "Liputan6.com, Jakarta -", location: "Jakarta", source: "Liputan6.com", reporters: [] },
  },
  {
    name: "de: the domain alone",
    text: "Motorsport-Magazin.com - Der Start der Saison rückt näher.",
    want: { raw: "Motorsport-Magazin.com -", source: "Motorsport-Magazin.com", reporters: [] },
  },
  { name: "en: an all-caps word and a spaced hyphen is no dateline", text: "NASA - The agency said on Tuesday.", want: undefined },
  { name: "en: a code in capitals and a spaced hyphen is no dateline", text: "COVID-19 - what the new rules mean for schools.", want: undefined },
  { name: "nl: a place in capitals and a spaced hyphen (ANP)", text: "AMSTERDAM - De gemeente wil meer fietsparkeerplekken.", want: { raw: "AMSTERDAM -", location: "AMSTERDAM", reporters: [] } },
  {
    name: "it: ANSA's place and date before a spaced hyphen",
    text: "ROMA, 5 MAR - Il governo ha approvato il decreto.",
    ref: "2024-03-05",
    want: { raw: "ROMA, 5 MAR -", date: "2024-03-05", location: "ROMA", reporters: [] },
  },
  {
    name: "ms: a Malay month, Bernama",
    text: "KUALA LUMPUR, 5 Mac (Bernama) -- Kerajaan akan memperkenalkan dasar baharu.",
    ref: "2024-03-05",
    want: { raw: "KUALA LUMPUR, 5 Mac (Bernama) --", date: "2024-03-05", location: "KUALA LUMPUR", source: "Bernama", reporters: [] },
  },
  {
    name: "id: a place in any case before a full date and a dash",
    text: "Jakarta, 12 Agustus 2024 – Pemerintah menaikkan tarif.",
    want: { raw: "Jakarta, 12 Agustus 2024 –", date: "2024-08-12", location: "Jakarta", reporters: [] },
  },
  { name: "id: a related label in capitals is no place", text: "BACA JUGA: Harga cabai naik lagi", want: undefined },
  { name: "zh: a listed outlet and a listed place in the bracket", text: "【希望之声纽约2024年6月11日讯】", want: { raw: "【希望之声纽约2024年6月11日讯】", date: "2024-06-11", location: "纽约", source: "希望之声", reporters: [] } },
  { name: "zh: a bureau (记者站) names a place, not a reporter", text: "（希望之声纽约记者站报导）", want: { raw: "（希望之声纽约记者站报导）", location: "纽约", source: "希望之声", reporters: [] } },
  { name: "zh: a posting (驻) names the place", text: "（希望之声驻华盛顿记者李明报导）", want: { raw: "（希望之声驻华盛顿记者李明报导）", location: "华盛顿", source: "希望之声", reporters: ["李明"] } },
  { name: "zh: a commentator's credit after the bracket", text: "【希望之声2024年6月13日】（希望之声特约评论员陈思远）", want: { raw: "【希望之声2024年6月13日】（希望之声特约评论员陈思远）", date: "2024-06-13", source: "希望之声", reporters: ["陈思远"] } },
  { name: "zh: a writer's credit (文/) after the bracket", text: "【希望之声2024年6月14日】（文/林一帆）", want: { raw: "【希望之声2024年6月14日】（文/林一帆）", date: "2024-06-14", source: "希望之声", reporters: ["林一帆"] } },
  { name: "zh: words and pictures (文/图) name the writers only", text: "（文/图 刘玺东 易赛楠）", want: { raw: "（文/图 刘玺东 易赛楠）", reporters: ["刘玺东", "易赛楠"] } },
  { name: "zh-Hant: LTN's reporter and place standing alone", text: "記者吳佩真／花蓮報導", want: { raw: "記者吳佩真／花蓮報導", location: "花蓮", reporters: ["吳佩真"] } },
  { name: "zh: VOA's listed place and a dash", text: "华盛顿 — 美国财政部星期二宣布新的制裁措施。", want: { raw: "华盛顿 —", location: "华盛顿", reporters: [] } },
  { name: "zh: a place, the outlet in brackets and a dash", text: "华盛顿 (美国之音) — 美国财政部星期二宣布。", want: { raw: "华盛顿 (美国之音) —", location: "华盛顿", source: "美国之音", reporters: [] } },
  { name: "zh: an unlisted word and a dash is no dateline", text: "消息人士 — 他们说", want: undefined },
  { name: "zh: RFA's credit standing alone, with 的", text: "自由亚洲电台记者乔龙的报道", want: { raw: "自由亚洲电台记者乔龙的报道", source: "自由亚洲电台", reporters: ["乔龙"] } },
  { name: "zh: an outlet's bracket without a date, and the credit written out after it", text: "【阿波罗网报道】阿波罗网记者方远报导", want: { raw: "【阿波罗网报道】阿波罗网记者方远报导", source: "阿波罗网", reporters: ["方远"] } },
  { name: "zh: a sentence after a bracket is not a credit", text: "【大纪元2024年3月5日讯】据美国之音报道，白宫周二表示", ref: "2024-03-05", want: { raw: "【大纪元2024年3月5日讯】", date: "2024-03-05", source: "大纪元", reporters: [] } },
  { name: "zh: a country and a city after the names are the place", text: "（大紀元記者宋唐、林妍美國紐約報導）", want: { raw: "（大紀元記者宋唐、林妍美國紐約報導）", location: "美國紐約", source: "大紀元", reporters: ["宋唐", "林妍"] } },
  { name: "zh: a US state after the reporters' names is their place", text: "（希望之声记者李明、王华加州报导）", want: { raw: "（希望之声记者李明、王华加州报导）", location: "加州", source: "希望之声", reporters: ["李明", "王华"] } },
  { name: "ja: a place alone in brackets", text: "【名古屋】自動車部品メーカーの株価が上がった。", want: { raw: "【名古屋】", location: "名古屋", reporters: [] } },
  { name: "en: a sentence with spaced hyphens", text: "The Mayor - who spoke first - said no.", want: undefined },
  {
    name: "en: D.C. is a place, not a domain",
    text: "WASHINGTON, D.C. — The council met.",
    want: { raw: "WASHINGTON, D.C. —", location: "WASHINGTON, D.C.", reporters: [] },
  },
  // --- Adversarial input: must return (quickly) --------------------------------------------------------
  { name: "adversarial: run of 【", text: "【".repeat(50_000), want: undefined },
  { name: "adversarial: run of （", text: "（".repeat(50_000), want: undefined },
  { name: "adversarial: run of (", text: "(".repeat(50_000) + "AP) —", want: undefined },
  { name: "adversarial: run of spaces", text: " ".repeat(50_000) + "x", want: undefined },
  { name: "adversarial: run of digits", text: "【" + "1".repeat(50_000), want: undefined },
  { name: "adversarial: run of dashes", text: "-".repeat(50_000), want: undefined },
  { name: "adversarial: run of em dashes", text: "—".repeat(50_000), want: undefined },
  { name: "adversarial: run of colons", text: "（" + ":".repeat(50_000), want: undefined },
  { name: "adversarial: repeated By", text: "By ".repeat(20_000), want: undefined },
  { name: "adversarial: place words without an agency", text: "WASHINGTON ".repeat(5_000) + "(AP) —", want: undefined },
  { name: "adversarial: repeated 记者", text: "（" + "记者".repeat(20_000) + "）", want: undefined },
  { name: "adversarial: repeated place=", text: "(서울=".repeat(20_000), want: undefined },
  // The same inside the inspected head (the first 200 characters), so every pattern sees them.
  { name: "adversarial: short run of 【", text: "【".repeat(150), want: undefined },
  { name: "adversarial: short run of （ then digits", text: "（".repeat(60) + "1".repeat(100), want: undefined },
  { name: "adversarial: short run of spaced dashes", text: "A - ".repeat(45), want: undefined },
  { name: "adversarial: short repeated By", text: "By ".repeat(60), want: undefined },
  { name: "adversarial: outlet repeated without 电", text: "新华社北京".repeat(35), want: undefined },
];

describe("parseDateline", () => {
  it("has a broad table", () => {
    expect(rows.length).toBeGreaterThanOrEqual(70);
  });

  it.each(rows)("$name", ({ text, ref, want }) => {
    const got = parseDateline(text, ref ? { referenceDate: ref } : undefined);
    expect(got).toStrictEqual(want);
  });
});
