import type React from 'react';
import { AbsoluteFill, getRemotionEnvironment } from 'remotion';
import type { PlatformPreset } from '../platforms';

const BAND = 'rgba(255, 64, 64, 0.28)';

/** Shows where the app's UI covers the frame. Studio only: never part of a render. */
export const SafeZoneOverlay: React.FC<{ platform: PlatformPreset }> = ({ platform }) => {
  if (!getRemotionEnvironment().isStudio) {
    return null;
  }
  const { top, bottom, left, right } = platform.safeZone;
  const band = (style: React.CSSProperties) => <div style={{ position: 'absolute', background: BAND, ...style }} />;
  return (
    <AbsoluteFill style={{ pointerEvents: 'none' }}>
      {band({ left: 0, right: 0, top: 0, height: top })}
      {band({ left: 0, right: 0, bottom: 0, height: bottom })}
      {band({ left: 0, width: left, top, bottom })}
      {band({ right: 0, width: right, top, bottom })}
      <div
        style={{
          position: 'absolute',
          left: 16,
          bottom: 16,
          color: 'white',
          font: '600 28px sans-serif',
        }}
      >
        {platform.label} safe zone (Studio only)
      </div>
    </AbsoluteFill>
  );
};
