import type React from 'react';
import { AbsoluteFill } from 'remotion';
import { seeded } from './seeded';

/**
 * The worst picture to set captions on: saturated colours, white and black shapes and stripes at
 * every size. Tests read the captions back off it.
 */
export const BusyPicture: React.FC = () => {
  const random = seeded(42);
  const shapes = Array.from({ length: 420 }, () => ({
    x: random() * 1080,
    y: random() * 1920,
    size: 20 + random() * 260,
    hue: Math.floor(random() * 360),
    light: [8, 50, 92][Math.floor(random() * 3)],
    round: random() < 0.5,
    angle: random() * 180,
  }));
  return (
    <AbsoluteFill
      style={{
        background:
          'repeating-linear-gradient(45deg, #ff0055 0 40px, #ffee00 40px 80px, #00c2ff 80px 120px, #ffffff 120px 160px, #000000 160px 200px)',
      }}
    >
      {shapes.map((s, i) => (
        <div
          key={i}
          style={{
            position: 'absolute',
            left: s.x - s.size / 2,
            top: s.y - s.size / 2,
            width: s.size,
            height: s.size * (s.round ? 1 : 0.35),
            borderRadius: s.round ? '50%' : 4,
            background: `hsl(${s.hue} 95% ${s.light}%)`,
            transform: `rotate(${s.angle}deg)`,
          }}
        />
      ))}
    </AbsoluteFill>
  );
};
