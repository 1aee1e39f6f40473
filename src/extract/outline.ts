/**
 * Outline: from the blocks of any input, which line is the title, which are the sections, and what
 * is masthead, preamble, intro, table of contents, sub-heading, link line or sign-off.
 *
 * - Link lines ("[원문] …", "👉 원문 보기", "기사 보기", a line that is mostly a link) are never
 *   text to caption; a section of only link lines ("함께 읽을 뉴스") is not a takeaway.
 * - A table of contents: lines before a heading that repeat it (in other marks or spacing), in a
 *   run with no body text between them, and the lines under a "목차" heading.
 * - Masthead: short lines above the title with the issue number or date ("스타트업 레터 #142",
 *   "제58호", "2026년 3월 9일"), and a name-like line right above a greeting.
 * - Sub-headings ("팩트 요약") are not sections: a heading deeper than the section level; one whose
 *   words repeat in every section; one of the usual sub-heading words; or, when the sections carry
 *   a mark ("1.", "①", an emoji), a heading at their level without it.
 * - Title: Markdown front matter's `title`, else the last heading above the first section that is
 *   shallower than the sections (a brand `#` may sit above a `##` title), else the first heading
 *   (greeting or not after it), unless it carries the sections' mark: then it is the first section.
 *   Text between title and first section is an intro; neither becomes a takeaway.
 * - No section at all: a digest, whose items are the list items (when there are two or more) or
 *   the paragraphs after the title, without the greeting and intro before them and the sign-off
 *   after them.
 *
 * Pure: no React, no Node.
 */
import { type Block, LEAD_IN_LEVEL } from './blocks';
import { isDateline } from './datelines';
import { headingKey, headingWords, isHeadingLike, markerOf, type Marker } from './headings';
import { isHousekeeping, splitSentences } from './sentences';

export type Section = {
  heading: string;
  paragraphs: string[];
  /** The section held only link lines ("함께 읽을 뉴스"). */
  onlyLinks: boolean;
};

export type Outline = {
  title?: string;
  /** Lines above the title: a masthead with the newsletter's name, issue number or date. */
  masthead: string[];
  /** Paragraphs before the title (all greetings when there is no title). */
  preamble: string[];
  /** Paragraphs between the title and the first section. */
  intro: string[];
  /** Alt texts of images above the title: a logo names the newsletter. */
  images: string[];
  sections: Section[];
  /** A digest's items, when there are no sections. */
  items: string[];
  /** A digest's sign-off paragraphs. */
  signOff: string[];
};

type Heading = Block & { level: number; index: number };

const GREETING = /안녕하세요|반갑습니다|구독자\s*(?:님|여러분)|^(?:hi|hello|hey|dear)\b|^welcome\b/iu;
/** A greeting opens a few lines about the newsletter; a longer paragraph that opens with one is the issue itself. */
const MAX_GREETING_SENTENCES = 5;
/** A name-like line is a few words. */
const MAX_NAME_LINE_WORDS = 4;
/** A link line is mostly link text. */
const LINK_LINE_MIN_SHARE = 0.5;
/** A line with a link and less than this much else is a link line. */
const LINK_LINE_MAX_OTHER_CHARS = 30;
/** A table-of-contents entry matches a heading by its first words at least this long. */
const MIN_TOC_KEY_CHARS = 4;

const NEWSLETTER_NOUN =
  /(?:뉴스레터|레터|브리핑|위클리|데일리|매거진|다이제스트|리포트|노트|편지|클럽|letter|weekly|daily|digest|briefing|bulletin|report|notes)$/iu;
const LINK_WORDS =
  /원문|기사\s*(?:보기|읽기|전문|바로|링크)|전문\s*보기|자세히\s*(?:보기|읽기|알아보기)|더\s*(?:보기|읽기|알아보기)|바로\s*가기|보러\s*가기|링크|read (?:more|the (?:full|whole))|full (?:story|article)|source/iu;
const LINK_TAG = /^\[(?:원문|기사|링크|출처|관련\s*기사|더\s*보기|바로\s*가기|source|link|read)\]/iu;
const POINTER = /^(?:👉|👇|➡️?|→|▶️?|►|☞|⇒|🔗)/u;
/** Sponsored sections sell something; they are not the issue's takeaways. */
export const SPONSORED = /^\[?(?:광고|협찬|스폰서|AD|sponsored?|partner)\]?(?:\s|:|$)/iu;
const TOC_HEADING =
  /^(?:(?:오늘의|이번\s*(?:호|주)의?)\s*)?(?:목차|차례|contents|table of contents|in this (?:issue|edition)|이번\s*호에서는|오늘\s*다룰\s*(?:내용|소식))$/iu;
/** Sections of links to read elsewhere ("함께 읽을 뉴스"). */
export const LINK_SECTION =
  /함께\s*(?:읽을|보면\s*좋은|볼)|더\s*읽을|읽을\s*거리|읽어\s*볼|추천\s*(?:기사|링크|콘텐츠)|링크\s*모음|이번\s*주\s*링크|단신|뉴스\s*(?:클리핑|모음)|further reading|more (?:links|reads|stories)|quick (?:hits|links)|worth (?:reading|a read)|reading list|link roundup/iu;
const SUB_HEADING =
  /^(?:팩트\s*(?:요약|체크)|(?:한\s*줄|세\s*줄|3줄)\s*요약|요약|핵심\s*(?:요약|정리|포인트)|주요\s*내용|왜\s*중요(?:한가|할까|해)?\??|시사점|배경|전망|숫자로\s*(?:보기|본)|에디터(?:의)?\s*(?:코멘트|생각|한마디|시선)|(?:나의|제)\s*생각|tl;?dr|why it matters|the big picture|key (?:points|takeaways)|by the numbers|what(?:'|’)s next|background)[:：!?]?$/iu;
/** Closing sections are about the newsletter, not the news. */
export const OUTRO_HEADING =
  /^(?:마치며|맺으며|끝으로|마무리|에필로그|편집(?:자|후기)|에디터(?:의)?\s*(?:말|노트|편지)|p\.?\s*s\.?|closing (?:thoughts|notes)|wrap-?up|that(?:'|’)s (?:a wrap|all|it)|until next time)\b/iu;
const INTRO =
  /^(?:오늘의?|이번\s*(?:주|호)의?|금주의?)\s.*(?:브리핑|레터|소식|뉴스|이슈|키워드|주제)(?:은|는|에서는|입니다|으로|로)|(?:\d+|한|두|세|네|다섯|여섯)\s*(?:가지|개의?)\s*(?:소식|뉴스|이슈|이야기)|골라\s*(?:봤|왔)|준비했|정리했|전해\s*드립니다|^here(?:'s| is| are) (?:what|today|this week)|^in (?:today|this week)(?:'|’)s (?:issue|edition)/iu;
const SIGN_OFF =
  /여기까지|다음\s*(?:주|호|시간|편|번)에|내일\s*(?:또|다시)|또\s*(?:만나|봬|뵈)|좋은\s*(?:하루|주말|한\s*주|저녁|밤)|즐거운\s*(?:하루|주말|한\s*주)|감사합니다|고맙습니다|뵙겠습니다|(?:드림|올림)$|see you|thanks for reading|until next|stay curious|have a (?:great|good)/iu;

const isLinkLine = (block: Block): boolean => {
  if (block.linkShare >= LINK_LINE_MIN_SHARE || LINK_TAG.test(block.text)) {
    return true;
  }
  const withoutUrls = block.text.replace(/https?:\/\/\S+|www\.\S+/giu, '').trim();
  if (withoutUrls !== block.text.trim() && withoutUrls.length < LINK_LINE_MAX_OTHER_CHARS) {
    return true;
  }
  return (POINTER.test(block.text) || block.linkShare > 0) && LINK_WORDS.test(block.text) && !isSentence(block.text);
};

/** Ends like a sentence and is long enough to say something. */
const isSentence = (text: string): boolean => !isHeadingLike(text) && text.length > 20;

const isGreetingParagraph = (paragraph: string): boolean => {
  const sentences = splitSentences(paragraph);
  return (
    (GREETING.test(sentences[0] ?? '') && sentences.length <= MAX_GREETING_SENTENCES) ||
    sentences.filter(isHousekeeping).length * 2 > sentences.length
  );
};

const isSignOff = (paragraph: string): boolean => {
  const sentences = splitSentences(paragraph);
  return sentences.filter((s) => SIGN_OFF.test(s) || isHousekeeping(s)).length * 2 >= sentences.length;
};

const isMastheadLine = (text: string): boolean => isDateline(text) && !/^#\d{1,3}\s+\S/u.test(text);

const isNameLike = (text: string): boolean =>
  text.split(/\s+/u).length <= MAX_NAME_LINE_WORDS && NEWSLETTER_NOUN.test(text.replace(/[\s\p{P}]+$/u, ''));

const sectionLevel = (headings: Heading[]): number | undefined => {
  const counts = new Map<number, number>();
  for (const { level } of headings) {
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  return [...counts].sort(([levelA, a], [levelB, b]) => b - a || levelA - levelB)[0]?.[0];
};

/** The mark most of these headings share, if at least two do. */
const sharedMarker = (headings: Heading[]): Marker | undefined => {
  const counts = new Map<Marker, number>();
  for (const h of headings) {
    const marker = markerOf(h.text);
    if (marker !== 'none') {
      counts.set(marker, (counts.get(marker) ?? 0) + 1);
    }
  }
  const [marker, count] = [...counts].sort(([, a], [, b]) => b - a)[0] ?? [];
  return marker !== undefined && (count ?? 0) >= 2 ? marker : undefined;
};

/** A table-of-contents entry is a heading's length. */
const HEADING_ENTRY_MAX_CHARS = 80;

/** Indexes of table-of-contents lines: under a 목차 heading, or repeating a later heading with no body between them. */
const tableOfContents = (blocks: Block[]): Set<number> => {
  const keys = blocks.map((b) => (b.text !== '' && b.text.length <= HEADING_ENTRY_MAX_CHARS ? headingKey(b.text) : ''));
  // Where each heading key, and each of its prefixes a table of contents may shorten it to, last occurs.
  const lastHeading = new Map<string, number>();
  const lastPrefix = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.level !== undefined && keys[i].length >= MIN_TOC_KEY_CHARS) {
      lastHeading.set(keys[i], i);
      for (let end = MIN_TOC_KEY_CHARS; end <= keys[i].length; end++) {
        lastPrefix.set(keys[i].slice(0, end), i);
      }
    }
  });
  /** Whether a later heading starts with this line's words, or this line starts with a later heading's. */
  const repeatsLater = (i: number): boolean => {
    const key = keys[i];
    if (key.length < MIN_TOC_KEY_CHARS) {
      return false;
    }
    if ((lastPrefix.get(key) ?? -1) > i) {
      return true;
    }
    for (let end = MIN_TOC_KEY_CHARS; end < key.length; end++) {
      if ((lastHeading.get(key.slice(0, end)) ?? -1) > i) {
        return true;
      }
    }
    return false;
  };
  const isEntry = (i: number) => keys[i] !== '' && !isSentence(blocks[i].text);
  const toc = new Set<number>();
  blocks.forEach((block, i) => {
    if (block.level !== undefined && TOC_HEADING.test(headingWords(block.text))) {
      toc.add(i);
      for (let j = i + 1; j < blocks.length && isEntry(j) && !toc.has(j); j++) {
        if (blocks[j].level !== undefined && !blocks[j].listItem && !repeatsLater(j)) {
          break;
        }
        toc.add(j);
      }
    }
  });
  blocks.forEach((_, i) => {
    const next = blocks[i + 1];
    const inRun = next === undefined || next.level !== undefined || next.listItem || !isSentence(next.text);
    if (isEntry(i) && inRun && repeatsLater(i)) {
      toc.add(i);
    }
  });
  return toc;
};

/** Paragraph texts of a section's blocks: link lines out, a label lead-in back in front of its paragraph. */
const paragraphsOf = (blocks: Block[]): { paragraphs: string[]; links: number } => {
  const paragraphs: string[] = [];
  let links = 0;
  let label: string | undefined;
  for (const block of blocks) {
    if (block.text === '') {
      continue;
    }
    if (block.level === undefined) {
      if (isLinkLine(block)) {
        links++;
      } else {
        paragraphs.push(label ? `${label}: ${block.text}` : block.text);
      }
    }
    label = block.leadIn === 'label' ? block.text : undefined;
  }
  return { paragraphs, links };
};

export const outline = (all: Block[], frontMatterTitle?: string): Outline => {
  const toc = tableOfContents(all);
  const blocks = all.map((b, i) => (toc.has(i) ? { ...b, text: '' } : b));
  const headings = blocks.flatMap((block, index): Heading[] =>
    block.level === undefined || block.text === '' || isLinkLine(block)
      ? []
      : [{ ...block, level: block.level, index }],
  );
  // The next block with text after each block: headings are judged by what follows them.
  const nextAfter: (Block | undefined)[] = [];
  for (let i = blocks.length - 1, next: Block | undefined; i >= 0; i--) {
    nextAfter[i] = next;
    next = blocks[i].text !== '' ? blocks[i] : next;
  }
  /** The greeting right after a heading, if one follows it. */
  const greetingAfter = (h: Heading): string | undefined => {
    const next = nextAfter[h.index];
    return next !== undefined && next.level === undefined && isGreetingParagraph(next.text) ? next.text : undefined;
  };
  // A title right above the first section: unmarked, and followed by a heading that is not a sub-heading.
  const titleShaped = (h: Heading) => {
    const next = nextAfter[h.index];
    return markerOf(h.text) === 'none' && next?.level !== undefined && !SUB_HEADING.test(headingWords(next.text));
  };
  const titleShapedAfter: boolean[] = [];
  for (let i = headings.length - 1, any = false; i >= 0; i--) {
    titleShapedAfter[i] = any;
    any ||= titleShaped(headings[i]);
  }
  // A name above a greeting that names it again ("정책 워치" … "이번 주 정책 워치에서는") is a masthead too.
  const leading = headings.findIndex((h, i) => {
    const greeting = greetingAfter(h);
    return (
      !isMastheadLine(h.text) &&
      !(greeting !== undefined && (isNameLike(h.text) || greeting.includes(h.text) || titleShapedAfter[i]))
    );
  });
  const candidates = leading === -1 ? [] : headings.slice(leading);
  const keyCounts = new Map<string, number>();
  for (const h of candidates) {
    keyCounts.set(headingKey(h.text), (keyCounts.get(headingKey(h.text)) ?? 0) + 1);
  }
  const repeated = new Set([...keyCounts].filter(([, count]) => count > 1).map(([key]) => key));
  const marker = sharedMarker(
    candidates.filter((h) => h.level < LEAD_IN_LEVEL || candidates.every((c) => c.level === h.level)),
  );
  let title: Heading | undefined;
  if (frontMatterTitle) {
    title =
      candidates[0] && headingKey(candidates[0].text) === headingKey(frontMatterTitle) ? candidates[0] : undefined;
  } else {
    const likelyLevel = sectionLevel(candidates.slice(1));
    const firstSection = candidates.findIndex((h, i) => i > 0 && h.level === likelyLevel);
    const lead = candidates.slice(0, firstSection === -1 ? candidates.length : firstSection);
    const first = candidates[0];
    title =
      lead.filter((h) => likelyLevel !== undefined && h.level < likelyLevel).at(-1) ??
      (first && (marker === undefined || markerOf(first.text) !== marker) && !repeated.has(headingKey(first.text))
        ? first
        : undefined);
  }
  const rest = candidates.filter((h) => title === undefined || h.index > title.index);
  const level = sectionLevel(rest.filter((h) => !repeated.has(headingKey(h.text))));
  const firstAtLevel = rest.findIndex((h) => h.level === level);
  const isSection = (h: Heading, i: number): boolean => {
    const words = headingWords(h.text);
    if (
      LINK_SECTION.test(words) ||
      OUTRO_HEADING.test(words) ||
      SPONSORED.test(words) ||
      SPONSORED.test(h.text.trim())
    ) {
      return true;
    }
    if (level === undefined || h.level > level || repeated.has(headingKey(h.text))) {
      return false;
    }
    if (i > firstAtLevel && SUB_HEADING.test(words)) {
      return false;
    }
    return marker === undefined || markerOf(h.text) === marker || markerOf(rest[firstAtLevel]?.text ?? '') !== marker;
  };
  const heads = firstAtLevel === -1 ? [] : rest.filter((h, i) => i >= firstAtLevel && isSection(h, i));
  const anchor = title?.index ?? heads[0]?.index ?? candidates[0]?.index;
  const before = anchor === undefined ? topLines(blocks) : blocks.slice(0, anchor);
  const preambleParagraphs = paragraphsOf(before).paragraphs;
  const masthead = [
    ...headings.filter((h) => anchor === undefined || h.index < anchor).map((h) => h.text),
    ...before.filter((b) => b.level === undefined && isMastheadLine(b.text)).map((b) => b.text),
  ];
  const images = before.flatMap((b) => (b.image ? [b.image] : []));
  const signOff: string[] = [];
  const sections = heads.map((h, i) => {
    const { paragraphs, links } = paragraphsOf(blocks.slice(h.index + 1, heads[i + 1]?.index ?? blocks.length));
    // The last section runs to the end of the text, so the sign-off lands in it.
    while (i === heads.length - 1 && paragraphs.length > 0 && isSignOff(paragraphs[paragraphs.length - 1])) {
      signOff.unshift(paragraphs.pop() as string);
    }
    return { heading: h.text, paragraphs, onlyLinks: paragraphs.length === 0 && links > 0 };
  });
  if (sections.length > 0) {
    const intro = title ? paragraphsOf(blocks.slice(title.index + 1, heads[0].index)).paragraphs : [];
    return {
      title: frontMatterTitle || title?.text,
      masthead: [...masthead, ...intro.filter(isMastheadLine)],
      preamble: preambleParagraphs,
      intro,
      images,
      sections,
      items: [],
      signOff,
    };
  }
  return {
    title: frontMatterTitle || title?.text,
    masthead,
    images,
    sections,
    intro: [],
    ...digest(blocks, title, anchor === undefined),
  };
};

/** Without a title or heading: the lines at the top before the first item (headings, datelines, greetings, images). */
const topLines = (blocks: Block[]): Block[] => {
  const end = blocks.findIndex(
    (b) =>
      b.text !== '' &&
      b.level === undefined &&
      !isMastheadLine(b.text) &&
      !isGreetingParagraph(b.text) &&
      !INTRO.test(b.text),
  );
  return blocks.slice(0, end === -1 ? blocks.length : end);
};

/** A digest's items, with the greeting, intro and sign-off around them set apart. */
const digest = (
  blocks: Block[],
  title: Heading | undefined,
  untitled: boolean,
): Pick<Outline, 'preamble' | 'items' | 'signOff'> => {
  const body = blocks
    .slice((title?.index ?? -1) + 1)
    .filter((b) => b.text !== '' && b.level === undefined && !isLinkLine(b) && !(untitled && isMastheadLine(b.text)));
  const listed = body.filter((b) => b.listItem);
  let end = body.length;
  while (end > 0 && !body[end - 1].listItem && isSignOff(body[end - 1].text)) {
    end--;
  }
  const signOff = body.slice(end).map((b) => b.text);
  const main = body.slice(0, end);
  const preamble = main.filter((b, i) => isGreetingParagraph(b.text) || (i <= 1 && !b.listItem && INTRO.test(b.text)));
  const items = (listed.length >= 2 ? listed : main.filter((b) => !preamble.includes(b))).map((b) => b.text);
  return { preamble: preamble.map((b) => b.text), items, signOff };
};
