import type React from 'react';
import { interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { isKeyword } from '../captions/keywords';
import type { TimedPage } from '../captions/timing';
import { FONT_FAMILY } from '../fonts/load-fonts';
import { LINE_HEIGHT, TIMELINE, TYPE, WEIGHTS } from '../design/tokens';
import type { Theme } from '../schema';

const Page: React.FC<{
  page: TimedPage;
  timeMs: number;
  fontSize: number;
  keywordParts: string[];
  theme: Theme;
}> = ({ page, timeMs, fontSize, keywordParts, theme }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const sinceStart = frame - Math.round((page.startMs / 1000) * fps);
  const enter = spring({ frame: sinceStart, fps, durationInFrames: TIMELINE.entranceFrames, config: { damping: 200 } });
  const pad = TYPE.captionWordPaddingEm * fontSize;
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
        <div key={lineIndex} style={{ display: 'flex', whiteSpace: 'pre' }}>
          {line.map((token, i) => {
            const active = timeMs >= token.fromMs && timeMs < token.toMs;
            const lit = spring({
              frame: frame - Math.round((token.fromMs / 1000) * fps),
              fps,
              durationInFrames: 5,
              config: { damping: 200 },
            });
            const text = token.text.trim();
            const keyword = isKeyword(text, keywordParts);
            return (
              <span
                key={i}
                style={{
                  padding: `0 ${pad}px`,
                  borderRadius: fontSize * 0.22,
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
          })}
        </div>
      ))}
    </div>
  );
};

/** The body's captions: one measured page at a time, the word being read on an accent pill. */
export const Captions: React.FC<{
  pages: TimedPage[];
  fontSize: number;
  keywordParts: string[];
  theme: Theme;
  style: React.CSSProperties;
}> = ({ pages, fontSize, keywordParts, theme, style }) => {
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
        fontFamily: FONT_FAMILY,
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
      />
    </div>
  );
};
