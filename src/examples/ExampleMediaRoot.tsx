import type React from 'react';
import { Composition, Still } from 'remotion';
import { BenchmarkChart } from './BenchmarkChart';
import { BrandLogo } from './BrandLogo';
import { BusyPicture } from './BusyPicture';
import { CityLightsBroll } from './CityLightsBroll';
import { calculateSpeakerMetadata, Speaker, speakerSchema } from './Speaker';

/** Sizes of what an author brings: a landscape chart screenshot, landscape phone b-roll, a tall photo, a portrait selfie video, a logo. */
export const ExampleMediaRoot: React.FC = () => (
  <>
    <Still id="benchmark-chart" component={BenchmarkChart} width={1280} height={720} />
    <Composition
      id="city-lights-broll"
      component={CityLightsBroll}
      width={1280}
      height={720}
      fps={30}
      durationInFrames={120}
    />
    <Still id="busy-picture" component={BusyPicture} width={1080} height={1920} />
    {/* The levels come from the narration (make:example-talking-head); these few show a closed, a half and a fully open mouth. */}
    <Composition
      id="speaker"
      component={Speaker}
      schema={speakerSchema}
      defaultProps={{ levels: [0, 0.5, 1] }}
      calculateMetadata={calculateSpeakerMetadata}
      width={720}
      height={1280}
      fps={30}
      durationInFrames={3}
    />
    <Still id="brand-logo" component={BrandLogo} width={256} height={256} />
  </>
);
