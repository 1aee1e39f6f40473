import type React from 'react';
import { AbsoluteFill } from 'remotion';
import { FONT_FAMILY } from '../fonts/load-fonts';
import { useFonts } from '../clip/use-fonts';
import { WEIGHTS } from '../design/tokens';

/** MMLU scores as Google's Gemini announcement (December 2023) reported them, in %. */
const BARS = [
  { label: 'GPT-4', value: 86.4, color: '#7A8599' },
  { label: 'Gemini Ultra', value: 90.0, color: '#4C8BF5' },
];
/** The axis starts at 80 %: the gap is the story, as in the announcement's own chart. */
const AXIS_FROM = 80;
const AXIS_TO = 92;

/** A chart like the screenshots an author pastes into an issue: light card, two bars, big labels. */
export const BenchmarkChart: React.FC = () => {
  const ready = useFonts('MMLU 점수');
  if (!ready) return null;
  const chart = { left: 140, right: 1140, top: 260, bottom: 600 };
  const barWidth = (chart.bottom - chart.top) / BARS.length - 40;
  return (
    <AbsoluteFill style={{ background: '#F6F7FB', fontFamily: FONT_FAMILY, color: '#1B2030' }}>
      <div style={{ position: 'absolute', left: 80, top: 70, fontSize: 64, fontWeight: WEIGHTS.extraBold }}>
        MMLU 점수 (%)
      </div>
      <div
        style={{
          position: 'absolute',
          left: 80,
          top: 160,
          fontSize: 36,
          fontWeight: WEIGHTS.semiBold,
          color: '#5C667A',
        }}
      >
        57개 과목 객관식 문제, 높을수록 좋음
      </div>
      <svg width={1280} height={720} style={{ position: 'absolute', inset: 0 }}>
        {[80, 84, 88, 92].map((tick) => {
          const x = chart.left + 240 + ((tick - AXIS_FROM) / (AXIS_TO - AXIS_FROM)) * (chart.right - chart.left - 240);
          return (
            <g key={tick}>
              <line x1={x} x2={x} y1={chart.top - 10} y2={chart.bottom + 10} stroke="#D5DAE5" strokeWidth={3} />
              <text
                x={x}
                y={chart.bottom + 60}
                fontSize={32}
                textAnchor="middle"
                fill="#5C667A"
                fontFamily={FONT_FAMILY}
                fontWeight={WEIGHTS.semiBold}
              >
                {tick}
              </text>
            </g>
          );
        })}
        {BARS.map((bar, i) => {
          const y = chart.top + i * (barWidth + 40) + 20;
          const x0 = chart.left + 240;
          const length = ((bar.value - AXIS_FROM) / (AXIS_TO - AXIS_FROM)) * (chart.right - x0);
          return (
            <g key={bar.label}>
              <text
                x={chart.left + 220}
                y={y + barWidth / 2 + 14}
                fontSize={40}
                textAnchor="end"
                fill="#1B2030"
                fontFamily={FONT_FAMILY}
                fontWeight={WEIGHTS.bold}
              >
                {bar.label}
              </text>
              <rect x={x0} y={y} width={length} height={barWidth} rx={16} fill={bar.color} />
              <text
                x={x0 + length + 20}
                y={y + barWidth / 2 + 16}
                fontSize={48}
                fill="#1B2030"
                fontFamily={FONT_FAMILY}
                fontWeight={WEIGHTS.extraBold}
              >
                {bar.value.toFixed(1)}
              </text>
            </g>
          );
        })}
      </svg>
    </AbsoluteFill>
  );
};
