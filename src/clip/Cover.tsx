import type React from 'react';
import { useMemo } from 'react';
import type { CalculateMetadataFunction } from 'remotion';
import { FONT_FAMILY, loadFonts, WEIGHTS } from '../fonts/load-fonts';
import { COVER, planCover } from '../layout/cover-plan';
import { type CoverProps, coverSchema, isVideoPath, parseOrThrow, type Visual } from '../schema';
import { Background } from './Background';
import { Chip } from './Chip';
import { issueText } from './clip-text';
import { Headline } from './Headline';
import { loadVoice } from './load-audio';
import { loadVisual } from './load-visual';
import { CoverBackdrop, textShadowOver } from './Visual';
import { browserMeasurers } from './measure';
import { useFonts } from './use-fonts';

export const calculateCoverMetadata: CalculateMetadataFunction<CoverProps> = async ({ props }) => {
  const valid = parseOrThrow(coverSchema, props, 'Cover props');
  // The picture and a talking head are checked here too: a cover is rendered on its own by `npx remotion still`.
  await Promise.all([
    loadFonts(issueText(valid.issue)),
    loadVisual(valid.issue, valid.takeaway),
    loadVoice(valid.issue, valid.takeaway),
  ]);
  planCover(valid, browserMeasurers());
  return { width: COVER.width, height: COVER.height };
};

/** A takeaway's cover: chip, big headline and the issue title, all inside Instagram's feed crop, over its picture when it has one. */
export const Cover: React.FC<CoverProps> = (props) => {
  const ready = useFonts(issueText(props.issue));
  const plan = useMemo(() => (ready ? planCover(props, browserMeasurers()) : null), [ready, props]);
  if (!plan) {
    return null;
  }
  const { box, theme } = { ...plan, theme: props.theme };
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
          theme={theme}
          style={{ position: 'relative', alignSelf: 'flex-start' }}
        />
        <div>
          <div style={{ width: 120, height: 12, borderRadius: 6, background: theme.accent, marginBottom: 48 }} />
          <Headline text={plan.headline} color={theme.text} lineHeight={1.16} />
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
