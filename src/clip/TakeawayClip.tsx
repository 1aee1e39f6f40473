import type React from 'react';
import { useMemo } from 'react';
import {
  AbsoluteFill,
  type CalculateMetadataFunction,
  interpolate,
  Sequence,
  spring,
  useCurrentFrame,
  useVideoConfig,
} from 'remotion';
import { keywordParts } from '../captions/keywords';
import { figureRuns } from '../figures/figure-runs';
import { fitOf, focusOf } from '../visual/visual';
import { shownVideos } from '../visual/prepared';
import { shownCaptions, subtitleCaptions } from '../captions/subtitles';
import { displayFamily, loadFonts } from '../fonts/load-fonts';
import { type TakeawayPlan, planTakeawayClip } from '../layout/takeaway-plan';
import { LINE_HEIGHT, TAKEAWAY_ROWS, TIMELINE, TYPE } from '../design/tokens';
import { type ResolvedTakeaway, resolvedOf, type TakeawayClipCompositionProps } from '../resolved';
import { LAYOUTS, type Rect } from '../platforms';
import { isVideoPath, parseOrThrow, type TakeawayClipProps, takeawayClipSchema, type Theme } from '../schema';
import { Background } from './Background';
import { Captions } from './Captions';
import { Drift } from './Drift';
import { FigureCallout, figureFontSize } from './FigureCallout';
import { loadBrand } from './load-brand';
import { loadVisual, playableVideo } from './load-visual';
import { CardVisual, CoverVisual, textShadowOver } from './Visual';
import { issueText } from './clip-text';
import { Header } from './Header';
import { Headline } from './Headline';
import { browserMeasurers } from './measure';
import { Outro } from './Outro';
import { loadMusic, loadVoice } from './load-audio';
import { SafeZoneOverlay } from './SafeZoneOverlay';
import { Soundtrack } from './Soundtrack';
import { useEntrance } from './use-entrance';
import { useFonts } from './use-fonts';
import { TalkingHead } from './TalkingHead';

/**
 * Validates, loads fonts, reads the audio and captions files and plans the clip before any frame
 * renders, so bad input fails early; the voice's length sets the body's. The plan is made here
 * once and handed to the component in `resolved`.
 */
export const calculateTakeawayMetadata: CalculateMetadataFunction<TakeawayClipCompositionProps> = async ({ props }) => {
  const valid = parseOrThrow(takeawayClipSchema, props, 'TakeawayClip props');
  const [{ brand, logo }, voice, music, visual] = await Promise.all([
    loadBrand(valid),
    loadVoice(valid.issue, valid.takeaway),
    loadMusic(valid.issue),
    loadVisual(valid.issue, valid.takeaway, LAYOUTS[valid.platform]),
  ]);
  // The talking head's picture: its prepared copy when render:issue has made one (src/visual/prepared.ts).
  const onCamera = shownVideos(valid.issue.takeaways[valid.takeaway - 1]).talkingHead;
  const talkingHead = onCamera
    ? await playableVideo(onCamera, `issue.takeaways[${valid.takeaway - 1}].voiceover`, LAYOUTS[valid.platform])
    : null;
  // A voice's captions come from their own file: their characters may need a font the issue's text did not.
  const spoken = voice?.phrases?.flatMap((phrase) => phrase.words.map((word) => word.text)) ?? [];
  if (spoken.length > 0) await loadFonts(issueText(valid.issue, spoken), brand.font);
  const measure = browserMeasurers(displayFamily(brand.font));
  const plan = planTakeawayClip(valid, measure, voice, logo);
  for (const warning of plan.warnings) {
    console.warn(warning);
  }
  const bodyStartMs = (plan.hookFrames / plan.platform.fps) * 1000;
  const { visual: shown } = valid.issue.takeaways[valid.takeaway - 1];
  // A picture or the author is the page's something to look at; without them the figures it mentions are.
  const runs = shown || isTalkingHead(valid) ? [] : figureRuns(plan.pages);
  const resolved: ResolvedTakeaway = {
    plan,
    brand,
    subtitles: subtitleCaptions(plan.pages, bodyStartMs),
    pages: shownCaptions(plan.pages, bodyStartMs),
    warnings: plan.warnings,
    music,
    visual,
    talkingHead,
    figures: { runs, fontSize: figureFontSize(runs, middleBand(plan, isLow(valid)), measure.headline) },
  };
  return {
    props: { ...valid, resolved },
    durationInFrames: plan.durationInFrames,
    fps: plan.platform.fps,
    width: plan.platform.width,
    height: plan.platform.height,
  };
};

const captionBlockHeight = (plan: TakeawayPlan): number =>
  Math.max(...plan.pages.map((p) => p.lines.length)) * plan.captionFontSize * LINE_HEIGHT.caption;

/** A picture shown whole sits on a card in the middle band, and the captions move below it. */
const isCard = ({ issue, takeaway }: Pick<TakeawayClipProps, 'issue' | 'takeaway'>): boolean => {
  const { visual } = issue.takeaways[takeaway - 1];
  return Boolean(visual && fitOf(visual) === 'contain');
};

/** A video voiceover is the author on camera: the picture, with the captions low under the face. */
const isTalkingHead = ({ issue, takeaway }: Pick<TakeawayClipProps, 'issue' | 'takeaway'>): boolean => {
  const { voiceover } = issue.takeaways[takeaway - 1];
  return voiceover !== undefined && isVideoPath(voiceover);
};

/** Captions sit low under a picture card or a talking head's face. */
const isLow = (props: Pick<TakeawayClipProps, 'issue' | 'takeaway'>): boolean => isCard(props) || isTalkingHead(props);

const captionCentre = (low: boolean): number =>
  low ? TAKEAWAY_ROWS.captionCentreUnderCard : TAKEAWAY_ROWS.captionCentre;

/** The body's free space between the topic and the captions: where a figure or a picture card goes. */
const middleBand = (plan: TakeawayPlan, low: boolean): Rect => {
  const captionsTop = plan.safe.y + plan.safe.height * captionCentre(low) - captionBlockHeight(plan) / 2;
  const topicBottom =
    plan.safe.y + TAKEAWAY_ROWS.topic + plan.topic.lines.length * plan.topic.fontSize * LINE_HEIGHT.topic;
  return {
    x: plan.safe.x + TYPE.inset,
    y: topicBottom + TAKEAWAY_ROWS.bandGap,
    width: plan.safe.width - 2 * TYPE.inset,
    height: captionsTop - topicBottom - 2 * TAKEAWAY_ROWS.bandGap,
  };
};

/** The brand's colours and the family its headlines and captions were measured in. */
type Look = { theme: Theme; font: string };

const lookOf = ({ brand }: ResolvedTakeaway): Look => ({ theme: brand.theme, font: displayFamily(brand.font) });

const Hook: React.FC<{ plan: TakeawayPlan; look: Look }> = ({ plan, look }) => {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const { safe } = plan;
  // The first frame is the Shorts thumbnail: the headline is fully there from frame 0 and only settles.
  const settle = spring({ frame, fps, durationInFrames: TIMELINE.entranceFrames * 2, config: { damping: 200 } });
  const { leave } = useEntrance(plan.hookFrames);
  const height = plan.hook.lines.length * plan.hook.fontSize * LINE_HEIGHT.hook;
  return (
    <Headline
      text={plan.hook}
      fontFamily={look.font}
      color={look.theme.text}
      lineHeight={LINE_HEIGHT.hook}
      align="left"
      style={{
        position: 'absolute',
        left: safe.x + TYPE.inset,
        top: safe.y + safe.height * TAKEAWAY_ROWS.hookCentre - height / 2,
        width: safe.width - 2 * TYPE.inset,
        opacity: 1 - leave,
        transform: `translateY(${interpolate(leave, [0, 1], [0, -60])}px) scale(${interpolate(settle, [0, 1], [0.97, 1])})`,
        transformOrigin: 'left center',
      }}
    />
  );
};

const Topic: React.FC<{ plan: TakeawayPlan; look: Look }> = ({ plan, look }) => {
  const { enter, leave } = useEntrance(plan.bodyFrames);
  return (
    <Headline
      text={plan.topic}
      fontFamily={look.font}
      color={look.theme.mutedText}
      lineHeight={LINE_HEIGHT.topic}
      style={{
        position: 'absolute',
        left: plan.safe.x + TYPE.inset,
        top: plan.safe.y + TAKEAWAY_ROWS.topic,
        width: plan.safe.width - 2 * TYPE.inset,
        opacity: enter * (1 - leave),
        transform: `translateY(${interpolate(enter, [0, 1], [24, 0])}px)`,
      }}
    />
  );
};

const Body: React.FC<{ props: TakeawayClipProps; resolved: ResolvedTakeaway }> = ({ props, resolved }) => {
  const { plan, visual, figures } = resolved;
  const look = lookOf(resolved);
  const { leave } = useEntrance(plan.bodyFrames);
  const takeaway = props.issue.takeaways[props.takeaway - 1];
  const card = isCard(props);
  const low = isLow(props);
  const blockHeight = captionBlockHeight(plan);
  const parts = useMemo(() => keywordParts(takeaway.keywords), [takeaway.keywords]);
  const band = useMemo(() => middleBand(plan, low), [plan, low]);
  return (
    <>
      {card && takeaway.visual && visual ? (
        <CardVisual
          visual={takeaway.visual}
          file={visual}
          theme={look.theme}
          durationInFrames={plan.bodyFrames}
          band={band}
          audio={{
            speech: plan.speech,
            settings: props.issue.audio,
            offsetFrames: plan.hookFrames,
            clipFrames: plan.durationInFrames,
          }}
        />
      ) : null}
      <FigureCallout
        runs={figures.runs}
        band={band}
        fontSize={figures.fontSize}
        fontFamily={look.font}
        theme={look.theme}
      />
      <Topic plan={plan} look={look} />
      <Captions
        pages={plan.pages}
        fontSize={plan.captionFontSize}
        fontFamily={look.font}
        keywordParts={parts}
        theme={look.theme}
        captionStyle={resolved.brand.captionStyle}
        style={{
          left: plan.safe.x + TYPE.inset,
          width: plan.captionWidth,
          top: plan.safe.y + plan.safe.height * captionCentre(low) - blockHeight / 2,
          height: blockHeight,
          opacity: 1 - leave,
        }}
      />
    </>
  );
};

const BodyDrift: React.FC<{ plan: TakeawayPlan; theme: Theme }> = ({ plan, theme }) => {
  const { enter, leave } = useEntrance(plan.bodyFrames);
  const band = middleBand(plan, false);
  return <Drift theme={theme} area={plan.safe} centreY={band.y + band.height / 2} opacity={enter * (1 - leave)} />;
};

/** One takeaway as a vertical clip: hook headline, paged captions with a word highlight, outro card. */
export const TakeawayClip: React.FC<TakeawayClipCompositionProps> = (props) => {
  const resolved = resolvedOf(props);
  const ready = useFonts(
    issueText(
      props.issue,
      resolved.pages.map((page) => page.text),
    ),
    resolved.brand.font,
  );
  if (!ready) {
    return null;
  }
  const { plan, visual: file, brand } = resolved;
  const look = lookOf(resolved);
  const { safe } = plan;
  const { visual, voiceover, voiceoverFocus } = props.issue.takeaways[props.takeaway - 1];
  const talkingHead = isTalkingHead(props);
  const overPicture = Boolean(visual && file && fitOf(visual) === 'cover');
  return (
    <>
      <Soundtrack
        voice={plan.voice ? { src: plan.voice.src, from: plan.hookFrames } : null}
        music={props.issue.music}
        musicFile={resolved.music}
        settings={props.issue.audio}
        speech={plan.speech}
      />
      <Background theme={look.theme} />
      {visual && file && overPicture ? (
        <Sequence name="Visual" durationInFrames={plan.hookFrames + plan.bodyFrames} layout="none">
          <CoverVisual
            visual={visual}
            file={file}
            theme={look.theme}
            durationInFrames={plan.hookFrames + plan.bodyFrames}
            safe={safe}
            audio={{
              speech: plan.speech,
              settings: props.issue.audio,
              offsetFrames: 0,
              clipFrames: plan.durationInFrames,
            }}
          />
        </Sequence>
      ) : null}
      {talkingHead && voiceover ? (
        <Sequence name="Talking head" durationInFrames={plan.hookFrames + plan.bodyFrames} layout="none">
          <TalkingHead
            src={resolved.talkingHead ?? voiceover}
            focus={focusOf({ focus: voiceoverFocus })}
            theme={look.theme}
            hookFrames={plan.hookFrames}
            bodyFrames={plan.bodyFrames}
            clear={middleBand(plan, true)}
            textBottom={plan.safe.y + plan.safe.height * captionCentre(true) + captionBlockHeight(plan) / 2}
            height={plan.platform.height}
          />
        </Sequence>
      ) : null}
      {visual || talkingHead ? null : (
        <Sequence name="Drift" from={plan.hookFrames} durationInFrames={plan.bodyFrames} layout="none">
          <BodyDrift plan={plan} theme={look.theme} />
        </Sequence>
      )}
      <Header
        name={props.issue.newsletter.name}
        position={plan.position}
        chipFontSize={plan.chipFontSize}
        displayFamily={look.font}
        logo={brand.logo && plan.logo ? { src: brand.logo, rect: plan.logo } : null}
        segments={plan.pages}
        segmentsStartFrame={plan.hookFrames}
        safe={safe}
        theme={look.theme}
      />
      <AbsoluteFill style={{ textShadow: overPicture || talkingHead ? textShadowOver(look.theme) : undefined }}>
        <Sequence name="Hook" durationInFrames={plan.hookFrames} layout="none">
          <Hook plan={plan} look={look} />
        </Sequence>
        <Sequence name="Body" from={plan.hookFrames} durationInFrames={plan.bodyFrames} layout="none">
          <Body props={props} resolved={resolved} />
        </Sequence>
      </AbsoluteFill>
      <Sequence name="Outro" from={plan.hookFrames + plan.bodyFrames} durationInFrames={plan.outroFrames} layout="none">
        <Outro text={plan.outro} safe={safe} theme={look.theme} displayFamily={look.font} />
      </Sequence>
      <SafeZoneOverlay platform={plan.platform} />
    </>
  );
};
