import type React from 'react';
import { AbsoluteFill, type CalculateMetadataFunction, useCurrentFrame } from 'remotion';
import { z } from 'zod';

/** How loud the voice is on each frame (src/examples/speaker-levels.ts): the mouth follows it, and it sets the length. */
export const speakerSchema = z.object({ levels: z.array(z.number().min(0).max(1)).min(1) }).strict();
type SpeakerProps = z.infer<typeof speakerSchema>;

export const calculateSpeakerMetadata: CalculateMetadataFunction<SpeakerProps> = ({ props }) => ({
  durationInFrames: speakerSchema.parse(props).levels.length,
});

/** Drawn on a 720x1280 canvas: a phone's portrait frame at the size the example keeps (see make-example-talking-head). */
const W = 720;
const H = 1280;
/**
 * The face sits in the band a talking-head clip keeps clear between the topic line and the
 * captions (about 30 % to 46 % of the height), as an author framing a selfie would.
 */
const FACE = { x: 360, y: 465, rx: 104, ry: 132 };
/** Where the neck meets the sweater's collar. */
const NECK_FOOT = 710;
/** A blink every 3.2 s, lasting 4 frames: a person who never blinks looks like a photo. */
const BLINK_EVERY_FRAMES = 97;
const BLINK_FRAMES = 4;
/** The first blink comes 1.9 s in, not on the first frame, which is the clip's thumbnail. */
const BLINK_OFFSET_FRAMES = 40;

const COLOURS = {
  wallTop: '#24465C',
  wallBottom: '#10263A',
  shelf: '#5A3E2B',
  books: ['#D9534F', '#F0AD4E', '#5BC0DE', '#EDE6D6', '#6F9A5B'],
  skin: '#E8B48F',
  skinShade: '#D49A74',
  hair: '#2B1D16',
  sweater: '#3C7A6B',
  collar: '#F3EFE6',
  mouth: '#5B1F1F',
  lip: '#B4584F',
  ink: '#1E1E24',
};

const Shelf: React.FC<{ x: number; y: number; seed: number }> = ({ x, y, seed }) => (
  <g>
    <rect x={x} y={y} width={200} height={14} rx={3} fill={COLOURS.shelf} />
    {Array.from({ length: 7 }, (_, i) => {
      const height = 70 + ((i * 37 + seed * 13) % 45);
      return (
        <rect
          key={i}
          x={x + 8 + i * 27}
          y={y - height}
          width={22}
          height={height}
          rx={3}
          fill={COLOURS.books[(i + seed) % COLOURS.books.length]}
        />
      );
    })}
  </g>
);

/** A made-up newsletter author talking to the camera in a small study: the project's own stand-in for a phone selfie. */
export const Speaker: React.FC<SpeakerProps> = ({ levels }) => {
  const frame = useCurrentFrame();
  const level = levels[Math.min(frame, levels.length - 1)] ?? 0;
  // A slow sway and a small nod on loud syllables: alive, never wobbling.
  const tilt = 1.6 * Math.sin(frame / 47) + 2.2 * level;
  const bob = -5 * level;
  const blink = (frame + BLINK_OFFSET_FRAMES) % BLINK_EVERY_FRAMES < BLINK_FRAMES ? 0.1 : 1;
  const mouthOpen = 5 + 40 * level;
  const mouthWide = 52 - 10 * level;
  const eyeY = FACE.y - 18;
  return (
    <AbsoluteFill>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height="100%">
        <defs>
          <linearGradient id="wall" x1="0" y1="0" x2="0" y2="1">
            <stop offset="0" stopColor={COLOURS.wallTop} />
            <stop offset="1" stopColor={COLOURS.wallBottom} />
          </linearGradient>
          <radialGradient id="lamp" cx="0.8" cy="0.18" r="0.5">
            <stop offset="0" stopColor="#FFE8B0" stopOpacity="0.45" />
            <stop offset="1" stopColor="#FFE8B0" stopOpacity="0" />
          </radialGradient>
        </defs>
        <rect width={W} height={H} fill="url(#wall)" />
        <rect width={W} height={H} fill="url(#lamp)" />
        <rect x={470} y={150} width={190} height={250} rx={10} fill="#9CC7E0" opacity={0.35} />
        <line x1={565} y1={150} x2={565} y2={400} stroke={COLOURS.wallBottom} strokeWidth={8} opacity={0.5} />
        <Shelf x={30} y={330} seed={1} />
        <Shelf x={30} y={520} seed={3} />
        <Shelf x={500} y={640} seed={2} />
        {/* Shoulders and sweater: wide, so the captions below the face sit on calm colour. */}
        <g transform={`translate(0 ${bob / 2})`}>
          <path
            d={`M 0 ${H + 40} L 0 930 C 10 790 110 735 290 710 L 430 710 C 610 735 710 790 ${W} 930 L ${W} ${H + 40} Z`}
            fill={COLOURS.sweater}
          />
          <rect x={318} y={FACE.y + 90} width={84} height={NECK_FOOT - FACE.y - 70} rx={30} fill={COLOURS.skinShade} />
          <path d="M 300 708 L 360 790 L 420 708 Z" fill={COLOURS.collar} />
        </g>
        <g transform={`translate(0 ${bob}) rotate(${tilt} ${FACE.x} ${FACE.y + 180})`}>
          <ellipse cx={FACE.x - FACE.rx} cy={FACE.y + 10} rx={20} ry={32} fill={COLOURS.skinShade} />
          <ellipse cx={FACE.x + FACE.rx} cy={FACE.y + 10} rx={20} ry={32} fill={COLOURS.skinShade} />
          <ellipse cx={FACE.x} cy={FACE.y} rx={FACE.rx} ry={FACE.ry} fill={COLOURS.skin} />
          <path
            d={`M ${FACE.x - FACE.rx - 8} ${FACE.y - 20} C ${FACE.x - FACE.rx - 10} ${FACE.y - 190} ${FACE.x + FACE.rx + 10} ${FACE.y - 190} ${FACE.x + FACE.rx + 8} ${FACE.y - 20} C ${FACE.x + 60} ${FACE.y - 110} ${FACE.x - 40} ${FACE.y - 120} ${FACE.x - FACE.rx - 8} ${FACE.y - 20} Z`}
            fill={COLOURS.hair}
          />
          {[-1, 1].map((side) => (
            <g key={side}>
              <path
                d={`M ${FACE.x + side * 22} ${eyeY - 34} Q ${FACE.x + side * 45} ${eyeY - 46 - 4 * level} ${FACE.x + side * 70} ${eyeY - 36}`}
                stroke={COLOURS.hair}
                strokeWidth={9}
                strokeLinecap="round"
                fill="none"
              />
              <ellipse cx={FACE.x + side * 44} cy={eyeY} rx={15} ry={15 * blink} fill={COLOURS.ink} />
              <circle cx={FACE.x + side * 44} cy={eyeY} r={30} stroke={COLOURS.ink} strokeWidth={6} fill="none" />
            </g>
          ))}
          <line x1={FACE.x - 14} y1={eyeY} x2={FACE.x + 14} y2={eyeY} stroke={COLOURS.ink} strokeWidth={6} />
          <path
            d={`M ${FACE.x} ${FACE.y + 10} Q ${FACE.x - 14} ${FACE.y + 42} ${FACE.x + 4} ${FACE.y + 46}`}
            stroke={COLOURS.skinShade}
            strokeWidth={7}
            strokeLinecap="round"
            fill="none"
          />
          <ellipse
            cx={FACE.x}
            cy={FACE.y + 82}
            rx={mouthWide / 2}
            ry={mouthOpen / 2}
            fill={COLOURS.mouth}
            stroke={COLOURS.lip}
            strokeWidth={6}
          />
        </g>
      </svg>
    </AbsoluteFill>
  );
};
