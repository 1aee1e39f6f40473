import type React from 'react';
import { useMemo } from 'react';
import { type CalculateMetadataFunction, interpolate, Sequence, useCurrentFrame, useVideoConfig } from 'remotion';
import { keywordParts } from '../captions/keywords';
import { shownCaptions, subtitleCaptions } from '../captions/subtitles';
import type { ResolvedBrand } from '../brand/brand';
import { displayFamily, FONT_FAMILY } from '../fonts/load-fonts';
import { planRecap, type RecapPlan, type RecapSegment } from '../layout/recap-plan';
import { LINE_HEIGHT, RECAP, TYPE, WEIGHTS } from '../design/tokens';
import { type RecapCompositionProps, type ResolvedRecap, resolvedOf } from '../resolved';
import { parseOrThrow, recapSchema } from '../schema';
import { Background } from './Background';
import { Captions } from './Captions';
import { issueText } from './clip-text';
import { Header } from './Header';
import { Headline } from './Headline';
import { loadBrand } from './load-brand';
import { browserMeasurers } from './measure';
import { Outro } from './Outro';
import { loadMusic } from './load-audio';
import { SafeZoneOverlay } from './SafeZoneOverlay';
import { Soundtrack } from './Soundtrack';
import { useEntrance } from './use-entrance';
import { useFonts } from './use-fonts';

/** The chip's label before the first and after the last takeaway. */
const RECAP_LABEL = '요약';

/** Validates, loads fonts and the music and plans the recap once, before any frame renders. */
export const calculateRecapMetadata: CalculateMetadataFunction<RecapCompositionProps> = async ({ props }) => {
  const valid = parseOrThrow(recapSchema, props, 'Recap props');
  const [{ brand, logo }, music] = await Promise.all([loadBrand(valid), loadMusic(valid.issue)]);
  const plan = planRecap(valid, browserMeasurers(displayFamily(brand.font)), logo);
  const fps = plan.platform.fps;
  const startMs = (s: (typeof plan.segments)[number]) => ((s.startFrame + s.holdFrames) / fps) * 1000;
  const subtitles = plan.segments.flatMap((s) => subtitleCaptions(s.pages, startMs(s)));
  const pages = plan.segments.flatMap((s) => shownCaptions(s.pages, startMs(s)));
  const resolved: ResolvedRecap = { plan, brand, subtitles, pages, warnings: [], music };
  return {
    props: { ...valid, resolved },
    durationInFrames: plan.durationInFrames,
    fps: plan.platform.fps,
    width: plan.platform.width,
    height: plan.platform.height,
  };
};

const Intro: React.FC<{ plan: RecapPlan; brand: ResolvedBrand }> = ({ plan, brand }) => {
  const { leave } = useEntrance(plan.introFrames);
  const { safe, title } = plan;
  const height = title.lines.length * title.fontSize * LINE_HEIGHT.recap;
  return (
    <div
      style={{
        position: 'absolute',
        left: safe.x + TYPE.inset,
        width: safe.width - 2 * TYPE.inset,
        top: safe.y + safe.height * 0.5 - height / 2 - RECAP.introLift,
        opacity: 1 - leave,
      }}
    >
      <Headline
        text={title}
        fontFamily={displayFamily(brand.font)}
        color={brand.theme.text}
        lineHeight={LINE_HEIGHT.recap}
      />
      <div
        style={{
          marginTop: RECAP.introGap,
          fontFamily: FONT_FAMILY,
          fontWeight: WEIGHTS.bold,
          fontSize: TYPE.outroFontSize,
          color: brand.theme.accent,
        }}
      >
        {`핵심 ${plan.segments.length}가지`}
      </div>
    </div>
  );
};

const Segment: React.FC<{ segment: RecapSegment; plan: RecapPlan; brand: ResolvedBrand; keywords: string[] }> = ({
  segment,
  plan,
  brand,
  keywords,
}) => {
  const { theme } = brand;
  const font = displayFamily(brand.font);
  const { enter, leave } = useEntrance(segment.durationInFrames);
  const { safe } = plan;
  const parts = useMemo(() => keywordParts(keywords), [keywords]);
  const blockHeight =
    Math.max(...segment.pages.map((p) => p.lines.length)) * segment.captionFontSize * LINE_HEIGHT.caption;
  return (
    <div style={{ opacity: 1 - leave }}>
      <div
        style={{
          position: 'absolute',
          left: safe.x,
          top: safe.y + RECAP.headlineTop,
          width: safe.width - TYPE.inset,
          display: 'flex',
          opacity: enter,
          transform: `translateY(${interpolate(enter, [0, 1], [30, 0])}px)`,
        }}
      >
        <div
          style={{
            width: RECAP.numberWidth,
            flexShrink: 0,
            // Pretendard, as RECAP.numberWidth was sized for its digits: a brand font's are not measured.
            fontFamily: FONT_FAMILY,
            fontWeight: WEIGHTS.extraBold,
            fontSize: segment.headline.fontSize,
            lineHeight: LINE_HEIGHT.recap,
            color: theme.accent,
          }}
        >
          {segment.takeaway}
        </div>
        <Headline text={segment.headline} fontFamily={font} color={theme.text} lineHeight={LINE_HEIGHT.recap} />
      </div>
      <Sequence from={segment.holdFrames} layout="none">
        <Captions
          pages={segment.pages}
          fontSize={segment.captionFontSize}
          fontFamily={font}
          keywordParts={parts}
          theme={theme}
          captionStyle={brand.captionStyle}
          style={{
            left: safe.x + TYPE.inset,
            width: safe.width - 2 * TYPE.inset,
            top: safe.y + safe.height * RECAP.captionCentre - blockHeight / 2,
            height: blockHeight,
          }}
        />
      </Sequence>
    </div>
  );
};

/** Every takeaway of an issue in one clip: numbered headlines, each with one short caption. */
export const Recap: React.FC<RecapCompositionProps> = (props) => {
  const { plan, music, brand } = resolvedOf(props);
  const ready = useFonts(issueText(props.issue), brand.font);
  const fps = useVideoConfig().fps;
  const frame = useCurrentFrame();
  if (!ready) {
    return null;
  }
  const { safe } = plan;
  const current = plan.segments.find((s) => frame >= s.startFrame && frame < s.startFrame + s.durationInFrames);
  const bars = plan.segments.map((s) => ({
    startMs: ((s.startFrame - plan.introFrames) / fps) * 1000,
    durationMs: (s.durationInFrames / fps) * 1000,
  }));
  return (
    <>
      <Soundtrack voice={null} music={props.issue.music} musicFile={music} settings={props.issue.audio} speech={[]} />
      <Background theme={brand.theme} />
      <Header
        name={props.issue.newsletter.name}
        position={current ? `${current.takeaway}/${plan.segments.length}` : RECAP_LABEL}
        chipFontSize={plan.chipFontSize}
        displayFamily={displayFamily(brand.font)}
        logo={brand.logo && plan.logo ? { src: brand.logo, rect: plan.logo } : null}
        segments={bars}
        segmentsStartFrame={plan.introFrames}
        safe={safe}
        theme={brand.theme}
      />
      <Sequence name="Intro" durationInFrames={plan.introFrames} layout="none">
        <Intro plan={plan} brand={brand} />
      </Sequence>
      {plan.segments.map((segment) => (
        <Sequence
          key={segment.takeaway}
          name={`Takeaway ${segment.takeaway}`}
          from={segment.startFrame}
          durationInFrames={segment.durationInFrames}
          layout="none"
        >
          <Segment
            segment={segment}
            plan={plan}
            brand={brand}
            keywords={props.issue.takeaways[segment.takeaway - 1].keywords ?? []}
          />
        </Sequence>
      ))}
      <Sequence
        name="Outro"
        from={plan.durationInFrames - plan.outroFrames}
        durationInFrames={plan.outroFrames}
        layout="none"
      >
        <Outro text={plan.outro} safe={safe} theme={brand.theme} displayFamily={displayFamily(brand.font)} />
      </Sequence>
      <SafeZoneOverlay platform={plan.platform} />
    </>
  );
};
