import type React from 'react';
import { interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { isKeyword } from '../captions/keywords';
import type { TimedPage } from '../captions/timing';
import { CAPTION_SHAPES, LINE_HEIGHT, TIMELINE, TYPE, WEIGHTS } from '../design/tokens';
import type { CaptionStyle, Theme } from '../schema';

type Token = TimedPage['tokenLines'][number][number];

type WordProps = {
  text: string;
  token: Token;
  timeMs: number;
  keyword: boolean;
  fontSize: number;
  theme: Theme;
};

/** A keyword's mark where colour already marks the word being read. */
const underline = (color: string, fontSize: number): React.CSSProperties => ({
  textDecorationLine: 'underline',
  textDecorationColor: color,
  textDecorationThickness: CAPTION_SHAPES.underlineEm * fontSize,
  textUnderlineOffset: CAPTION_SHAPES.underlineOffsetEm * fontSize,
});

/** Every word keeps this padding in every style: it is part of the measured line width. */
const padding = (fontSize: number) => `0 ${TYPE.captionWordPaddingEm * fontSize}px`;

/** The word being read on an accent pill that pops in; keywords in the accent colour. */
const PillWord: React.FC<WordProps> = ({ text, token, timeMs, keyword, fontSize, theme }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const active = timeMs >= token.fromMs && timeMs < token.toMs;
  const lit = spring({
    frame: frame - Math.round((token.fromMs / 1000) * fps),
    fps,
    durationInFrames: 5,
    config: { damping: 200 },
  });
  return (
    <span
      style={{
        padding: padding(fontSize),
        borderRadius: fontSize * CAPTION_SHAPES.pillRadiusEm,
        backgroundColor: active ? theme.accent : 'transparent',
        color: active ? theme.onAccent : keyword ? theme.accent : theme.text,
        // Dark text on the pill needs no halo from a picture behind it.
        textShadow: active ? 'none' : undefined,
        transform: active ? `scale(${interpolate(lit, [0, 1], [0.94, 1])})` : undefined,
      }}
    >
      {text}
    </span>
  );
};

/**
 * Karaoke: the accent fills each word from left to right while it is read and stays on the words
 * already read. The fill is a copy of the word clipped to the share read, over the plain word.
 */
const KaraokeWord: React.FC<WordProps> = ({ text, token, timeMs, keyword, fontSize, theme }) => {
  const read = interpolate(timeMs, [token.fromMs, Math.max(token.toMs, token.fromMs + 1)], [0, 1], {
    extrapolateLeft: 'clamp',
    extrapolateRight: 'clamp',
  });
  const pad = TYPE.captionWordPaddingEm * fontSize;
  return (
    <span
      style={{
        position: 'relative',
        padding: padding(fontSize),
        color: theme.text,
        ...(keyword ? underline(theme.accent, fontSize) : {}),
      }}
    >
      {text}
      <span
        style={{
          position: 'absolute',
          left: pad,
          top: 0,
          color: theme.accent,
          textShadow: 'none',
          clipPath: `inset(0 ${(1 - read) * 100}% 0 0)`,
        }}
      >
        {text}
      </span>
    </span>
  );
};

/** Boxed: each line on its own accent box, dark text on it; the word being read is inverted. */
const BoxedWord: React.FC<WordProps> = ({ text, token, timeMs, keyword, fontSize, theme }) => {
  const active = timeMs >= token.fromMs && timeMs < token.toMs;
  return (
    <span
      style={{
        padding: padding(fontSize),
        borderRadius: fontSize * CAPTION_SHAPES.pillRadiusEm,
        backgroundColor: active ? theme.onAccent : 'transparent',
        color: active ? theme.accent : theme.onAccent,
        ...(keyword ? underline(active ? theme.accent : theme.onAccent, fontSize) : {}),
      }}
    >
      {text}
    </span>
  );
};

const WORDS: Record<CaptionStyle, React.FC<WordProps>> = { pill: PillWord, karaoke: KaraokeWord, boxed: BoxedWord };

const Page: React.FC<{
  page: TimedPage;
  timeMs: number;
  fontSize: number;
  keywordParts: string[];
  theme: Theme;
  captionStyle: CaptionStyle;
}> = ({ page, timeMs, fontSize, keywordParts, theme, captionStyle }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const sinceStart = frame - Math.round((page.startMs / 1000) * fps);
  const enter = spring({ frame: sinceStart, fps, durationInFrames: TIMELINE.entranceFrames, config: { damping: 200 } });
  const Word = WORDS[captionStyle];
  const boxed = captionStyle === 'boxed';
  return (
    <div
      style={{
        opacity: enter,
        transform: `translateY(${interpolate(enter, [0, 1], [fontSize * 0.4, 0])}px)`,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
      }}
    >
      {page.tokenLines.map((line, lineIndex) => (
        <div
          key={lineIndex}
          style={{
            display: 'flex',
            whiteSpace: 'pre',
            ...(boxed
              ? {
                  backgroundColor: theme.accent,
                  borderRadius: fontSize * CAPTION_SHAPES.boxRadiusEm,
                  // The box is the contrast: no halo from a picture behind it.
                  textShadow: 'none',
                }
              : {}),
          }}
        >
          {line.map((token, i) => {
            const text = token.text.trim();
            return (
              <Word
                key={i}
                text={text}
                token={token}
                timeMs={timeMs}
                keyword={isKeyword(text, keywordParts)}
                fontSize={fontSize}
                theme={theme}
              />
            );
          })}
        </div>
      ))}
    </div>
  );
};

/** The body's captions: one measured page at a time, the word being read marked in the brand's caption style. */
export const Captions: React.FC<{
  pages: TimedPage[];
  fontSize: number;
  fontFamily: string;
  keywordParts: string[];
  theme: Theme;
  captionStyle: CaptionStyle;
  style: React.CSSProperties;
}> = ({ pages, fontSize, fontFamily, keywordParts, theme, captionStyle, style }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const timeMs = (frame / fps) * 1000;
  const page = pages.find((p) => timeMs >= p.startMs && timeMs < p.startMs + p.durationMs) ?? pages[pages.length - 1];
  return (
    <div
      style={{
        position: 'absolute',
        display: 'flex',
        justifyContent: 'center',
        alignItems: 'center',
        fontFamily,
        fontWeight: WEIGHTS.bold,
        fontSize,
        lineHeight: LINE_HEIGHT.caption,
        wordBreak: 'keep-all',
        ...style,
      }}
    >
      <Page
        key={page.startMs}
        page={page}
        timeMs={timeMs}
        fontSize={fontSize}
        keywordParts={keywordParts}
        theme={theme}
        captionStyle={captionStyle}
      />
    </div>
  );
};
