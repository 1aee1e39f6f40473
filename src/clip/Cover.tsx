import type React from 'react';
import type { CalculateMetadataFunction } from 'remotion';
import { FONT_FAMILY, loadFonts } from '../fonts/load-fonts';
import { planCover } from '../layout/cover-plan';
import { type CoverCompositionProps, resolvedOf } from '../resolved';
import { coverSchema, parseOrThrow } from '../schema';
import { Background } from './Background';
import { Chip } from './Chip';
import { issueText } from './clip-text';
import { Headline } from './Headline';
import { loadVisual } from './load-visual';
import { CoverBackdrop, textShadowOver } from './Visual';
import { browserMeasurers } from './measure';
import { useFonts } from './use-fonts';
import { COVER, WEIGHTS, LINE_HEIGHT } from '../design/tokens';

/** Validates, loads fonts and the picture and plans the cover once, before it renders. */
export const calculateCoverMetadata: CalculateMetadataFunction<CoverCompositionProps> = async ({ props }) => {
  const valid = parseOrThrow(coverSchema, props, 'Cover props');
  // The picture is checked here too: a cover is rendered on its own by `npx remotion still`.
  await Promise.all([loadFonts(issueText(valid.issue)), loadVisual(valid.issue, valid.takeaway)]);
  return {
    props: { ...valid, resolved: { plan: planCover(valid, browserMeasurers()) } },
    width: COVER.width,
    height: COVER.height,
  };
};

/** A takeaway's cover: chip, big headline and the issue title, all inside Instagram's feed crop, over its picture when it has one. */
export const Cover: React.FC<CoverCompositionProps> = (props) => {
  const ready = useFonts(issueText(props.issue));
  const { plan } = resolvedOf(props);
  if (!ready) {
    return null;
  }
  const { box, theme } = { ...plan, theme: props.theme };
  const { visual } = props.issue.takeaways[props.takeaway - 1];
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
          <Headline text={plan.headline} color={theme.text} lineHeight={LINE_HEIGHT.cover} />
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
    </>
  );
};
