/** The type and spacing of a takeaway clip, which the recap and the cover share: sizes in px at 1080 wide. */
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
  captionLineHeight: 1.34,
  /** Room for the highlight pill around each word; part of the measured width. */
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
  chipGapEm: 0.5,
  outroNameFontSize: 72,
  outroFontSize: 44,
} as const;
