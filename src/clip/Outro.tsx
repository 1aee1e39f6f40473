import type React from 'react';
import { interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { FONT_FAMILY } from '../fonts/load-fonts';
import type { Rect } from '../platforms';
import type { Theme } from '../schema';
import type { OutroText } from '../layout/outro-text';
import { LINE_HEIGHT, OUTRO_BAR, TIMELINE, TYPE, WEIGHTS } from '../design/tokens';

/** The closing card: call to action, the newsletter's name, and its handle or link when known. */
export const Outro: React.FC<{ text: OutroText; safe: Rect; theme: Theme; displayFamily: string }> = ({
  text,
  safe,
  theme,
  displayFamily,
}) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const enter = spring({ frame, fps, durationInFrames: TIMELINE.entranceFrames, config: { damping: 200 } });
  return (
    <div
      style={{
        position: 'absolute',
        left: safe.x,
        top: safe.y,
        width: safe.width,
        height: safe.height,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        alignItems: 'center',
        gap: TYPE.outroGap,
        fontFamily: FONT_FAMILY,
        textAlign: 'center',
        whiteSpace: 'pre',
        opacity: enter,
        transform: `translateY(${interpolate(enter, [0, 1], [40, 0])}px)`,
      }}
    >
      <div style={{ color: theme.mutedText, fontWeight: WEIGHTS.semiBold, fontSize: text.callToAction.fontSize }}>
        {text.callToAction.text}
      </div>
      <div
        style={{
          color: theme.text,
          fontFamily: displayFamily,
          fontWeight: WEIGHTS.extraBold,
          fontSize: text.name.fontSize,
          lineHeight: LINE_HEIGHT.outroName,
        }}
      >
        {text.name.text}
      </div>
      <div
        style={{
          width: OUTRO_BAR.width,
          height: OUTRO_BAR.height,
          borderRadius: OUTRO_BAR.height / 2,
          background: theme.accent,
        }}
      />
      {text.links.map((link) => (
        <div
          key={link.text}
          style={{ color: theme.accent, fontFamily: displayFamily, fontWeight: WEIGHTS.bold, fontSize: link.fontSize }}
        >
          {link.text}
        </div>
      ))}
    </div>
  );
};
