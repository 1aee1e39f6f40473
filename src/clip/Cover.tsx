import type React from 'react';
import type { CalculateMetadataFunction } from 'remotion';
import { displayFamily, FONT_FAMILY } from '../fonts/load-fonts';
import { planCover } from '../layout/cover-plan';
import { type CoverCompositionProps, resolvedOf } from '../resolved';
import { coverSchema, isVideoPath, parseOrThrow, type Visual } from '../schema';
import { Background } from './Background';
import { Chip } from './Chip';
import { issueText } from './clip-text';
import { Headline } from './Headline';
import { loadVoice } from './load-audio';
import { loadBrand } from './load-brand';
import { loadVisual } from './load-visual';
import { Logo } from './Logo';
import { CoverBackdrop, textShadowOver } from './Visual';
import { browserMeasurers } from './measure';
import { useFonts } from './use-fonts';
import { COVER, WEIGHTS, LINE_HEIGHT } from '../design/tokens';

/** Validates, loads the brand, fonts and picture and plans the cover once, before it renders. */
export const calculateCoverMetadata: CalculateMetadataFunction<CoverCompositionProps> = async ({ props }) => {
  const valid = parseOrThrow(coverSchema, props, 'Cover props');
  // The picture and a talking head are checked here too: a cover is rendered on its own by `npx remotion still`.
  const [{ brand, logo }] = await Promise.all([
    loadBrand(valid),
    loadVisual(valid.issue, valid.takeaway, null),
    loadVoice(valid.issue, valid.takeaway),
  ]);
  const plan = planCover(valid, browserMeasurers(displayFamily(brand.font)), logo);
  return {
    props: { ...valid, resolved: { plan, brand } },
    width: COVER.width,
    height: COVER.height,
  };
};

/**
 * A takeaway's cover: chip and logo, big headline and the issue title, all inside Instagram's feed
 * crop, in the brand's colours, over its picture when it has one.
 */
export const Cover: React.FC<CoverCompositionProps> = (props) => {
  const { plan, brand } = resolvedOf(props);
  const ready = useFonts(issueText(props.issue), brand.font);
  if (!ready) {
    return null;
  }
  const { box } = plan;
  const { theme } = brand;
  const font = displayFamily(brand.font);
  const takeaway = props.issue.takeaways[props.takeaway - 1];
  // Without a picture of its own, a talking head's cover is the author: the video's first frame.
  const visual: Visual | undefined =
    takeaway.visual ??
    (takeaway.voiceover && isVideoPath(takeaway.voiceover)
      ? { src: takeaway.voiceover, fit: 'cover', focus: takeaway.voiceoverFocus }
      : undefined);
  return (
    <>
      {visual ? <CoverBackdrop visual={visual} theme={theme} /> : <Background theme={theme} />}
      <div
        style={{
          textShadow: visual ? textShadowOver(theme) : undefined,
          position: 'absolute',
          left: box.x,
          top: box.y,
          width: box.width,
          height: box.height,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
        }}
      >
        <Chip
          name={props.issue.newsletter.name}
          position={plan.position}
          fontSize={plan.chipFontSize}
          displayFamily={font}
          theme={theme}
          style={{ position: 'relative', alignSelf: 'flex-start' }}
        />
        <div>
          <div
            style={{
              width: COVER.bar.width,
              height: COVER.bar.height,
              borderRadius: COVER.bar.height / 2,
              background: theme.accent,
              marginBottom: COVER.bar.gap,
            }}
          />
          <Headline text={plan.headline} fontFamily={font} color={theme.text} lineHeight={LINE_HEIGHT.cover} />
        </div>
        <div
          style={{
            fontFamily: FONT_FAMILY,
            fontWeight: WEIGHTS.semiBold,
            fontSize: plan.title.fontSize,
            color: theme.mutedText,
            whiteSpace: 'pre',
          }}
        >
          {plan.title.text}
        </div>
      </div>
      {brand.logo && plan.logo ? <Logo src={brand.logo} rect={plan.logo} /> : null}
    </>
  );
};
