import type React from 'react';
import { interpolate, spring, useCurrentFrame, useVideoConfig } from 'remotion';
import { FONT_FAMILY, WEIGHTS } from '../fonts/load-fonts';
import { TIMELINE } from '../layout/takeaway-plan';
import type { Rect } from '../platforms';
import type { Theme } from '../schema';
import type { OutroText } from '../layout/outro-text';

/** The closing card: call to action, the newsletter's name, and its handle or link when known. */
export const Outro: React.FC<{ text: OutroText; safe: Rect; theme: Theme }> = ({ text, safe, theme }) => {
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
        gap: 28,
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
      <div style={{ color: theme.text, fontWeight: WEIGHTS.extraBold, fontSize: text.name.fontSize, lineHeight: 1.15 }}>
        {text.name.text}
      </div>
      <div style={{ width: 96, height: 8, borderRadius: 4, background: theme.accent }} />
      {text.links.map((link) => (
        <div key={link.text} style={{ color: theme.accent, fontWeight: WEIGHTS.bold, fontSize: link.fontSize }}>
          {link.text}
        </div>
      ))}
    </div>
  );
};
