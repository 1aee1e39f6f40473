/**
 * The look of every clip, recap and cover in one place: colours, weights, line heights, type
 * sizes, where each row sits and how long each part lasts. Sizes are px at 1080 wide. A brand
 * (assets/brand.json, an issue's `brand`) overrides the theme, the headline and caption font and
 * the caption style; everything else is tuned here. Pure: no React, no Node.
 */
import type { CaptionStyle, Theme } from '../schema';

/** Night-blue ground with a warm yellow accent: high contrast for captions on a phone in daylight. */
export const DEFAULT_THEME: Theme = {
  background: '#0E1320',
  backgroundGradient: '#1C2540',
  text: '#F7F8FA',
  mutedText: '#AEB8CC',
  accent: '#FFD43B',
  onAccent: '#14161C',
};

/** The current word on an accent pill: the look clips had before brands could choose. */
export const DEFAULT_CAPTION_STYLE: CaptionStyle = 'pill';

/** Pretendard's weights the clips use: labels, captions, headlines. */
export const WEIGHTS = { semiBold: 600, bold: 700, extraBold: 800 } as const;

/** Line heights as multiples of the font size: tight for big headlines, open for reading captions. */
export const LINE_HEIGHT = {
  hook: 1.18,
  topic: 1.25,
  caption: 1.34,
  recap: 1.18,
  cover: 1.16,
  chip: 1.2,
  outroName: 1.15,
  /** A lone figure: its box is its glyphs. */
  figure: 1,
} as const;

/** The type and spacing of a takeaway clip, which the recap and the cover share. */
export const TYPE = {
  /** Hook headline: as big as fits, never smaller than what still reads in a feed thumbnail. */
  hookMaxFontSize: 112,
  /** The captions' floor (large social type at 1080 wide): the hook, the thumbnail's text, never reads smaller than the captions after it. */
  hookMinFontSize: 56,
  /** Design rule: the hook is 2 to 3 lines. */
  hookMaxLines: 3,
  /** The headline stays small above the captions so late viewers know the topic. */
  topicMaxFontSize: 46,
  topicMinFontSize: 34,
  topicMaxLines: 2,
  /** Large social type that still gives about 11 Hangul a line on Shorts. */
  captionFontSize: 66,
  /** Design rule: captions at 1080 wide stay at 56 px or more; a long unbreakable word shrinks them to here at most. */
  captionMinFontSize: 56,
  /** Room for the highlight around each word; part of the measured width. */
  captionWordPaddingEm: 0.16,
  captionMaxLines: 2,
  /** Netflix Korean rule, on top of the measured width. */
  captionMaxLineChars: 16,
  /** Space kept between text and the edge of the safe zone. */
  inset: 24,
  chipFontSize: 34,
  /** Below this the chip is no longer legible; longer names are cut by the schema's limit. */
  chipMinFontSize: 22,
  chipPaddingXEm: 0.6,
  chipPaddingYEm: 0.3,
  chipGapEm: 0.5,
  outroNameFontSize: 72,
  outroFontSize: 44,
  /** Between the outro card's lines. */
  outroGap: 28,
} as const;

/** The clip's timeline around the body, which the plan lays out; the components animate by it too. */
export const TIMELINE = {
  /** Long enough to read a 3-line headline once; the first frame is the Shorts thumbnail. */
  hookSeconds: 2,
  /** A beat for the call to action and the handle. */
  outroSeconds: 2,
  /** Springs settle within this, under the design's 0.4 s. */
  entranceFrames: 11,
} as const;

/** The header at the top of the safe zone, in px from its top: the chip, then the story bar under it. */
export const HEADER = {
  chipTop: 8,
  progressTop: 84,
  progressHeight: 8,
  progressGap: 8,
} as const;

/** The brand's logo in the header's right corner, level with the chip, and on the cover's chip row. */
export const LOGO = {
  /** About the chip's height, so the row reads as one line. */
  height: 64,
  /** A wide wordmark is shown smaller rather than crowding the chip. */
  maxWidth: 220,
  /** Between the chip and the logo. */
  gap: 24,
} as const;

/** The caption styles' shapes, in em of the caption size. */
export const CAPTION_SHAPES = {
  /** The pill around the word being read. */
  pillRadiusEm: 0.22,
  /** A boxed line's corners. */
  boxRadiusEm: 0.14,
  /** Karaoke and boxed mark a keyword with an underline, since colour marks the spoken word. */
  underlineEm: 0.07,
  underlineOffsetEm: 0.14,
} as const;

/** Quiet fills on the theme's background: the chip's pill and the story bar's empty track. */
export const FILLS = {
  chip: 'rgba(255, 255, 255, 0.1)',
  progressTrack: 'rgba(255, 255, 255, 0.22)',
} as const;

/** A takeaway clip's rows inside the safe zone, below the header. */
export const TAKEAWAY_ROWS = {
  /** The small headline above the captions, in px from the safe zone's top. */
  topic: 128,
  /** Caption block centre, as a share of the safe zone's height: the middle band. */
  captionCentre: 0.6,
  /** Lower with a picture card above them, which takes the middle band, or a talking head's face. */
  captionCentreUnderCard: 0.8,
  /** Hook headline centre, as a share of the safe zone's height. */
  hookCentre: 0.5,
  /** Air between the middle band's figure and the topic above it or the captions below it. */
  bandGap: 32,
} as const;

export const RECAP = {
  headlineMaxFontSize: 84,
  /** The hook's floor. With the number beside it this is the narrowest headline of all, so MAX_HEADLINE_CHARS is sized for it. */
  headlineMinFontSize: TYPE.hookMinFontSize,
  headlineMaxLines: 3,
  titleMaxFontSize: 104,
  titleMinFontSize: 64,
  titleMaxLines: 3,
  /** The headline alone is on screen for its reading time, within these bounds, before its caption. */
  minHoldMs: 1000,
  maxHoldMs: 3000,
  /**
   * Room on the left of each headline for its number, which hangs into the left inset like a list
   * marker: the headline keeps the width the longest one needs in the layout shared by both platforms.
   */
  numberWidth: 96,
  /** Each takeaway's headline, in px from the safe zone's top. */
  headlineTop: 150,
  /** Caption block centre, as a share of the safe zone's height. */
  captionCentre: 0.66,
  /** The opening title sits this far above the safe zone's middle, so "핵심 N가지" under it is centred. */
  introLift: 60,
  /** Between the opening title and "핵심 N가지". */
  introGap: 36,
} as const;

export const COVER = {
  width: 1080,
  height: 1920,
  /** The 4:5 feed crop, the tighter of Instagram's two crops. */
  essential: { top: 285, bottom: 1635 },
  /** Margin inside the crop so text never touches its edge. */
  margin: 90,
  headlineMaxFontSize: 136,
  headlineMinFontSize: 80,
  headlineMaxLines: 4,
  titleFontSize: 40,
  /** The accent bar above the headline. */
  bar: { width: 120, height: 12, gap: 48 },
} as const;

/** The accent rule between the outro's name and its links. */
export const OUTRO_BAR = { width: 96, height: 8 } as const;
