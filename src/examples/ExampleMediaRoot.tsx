import type React from 'react';
import { Composition, Still } from 'remotion';
import { BenchmarkChart } from './BenchmarkChart';
import { BrandLogo } from './BrandLogo';
import { BusyPicture } from './BusyPicture';
import { CityLightsBroll } from './CityLightsBroll';

/** Sizes of what an author brings: a landscape chart screenshot, landscape phone b-roll, a tall photo, a logo. */
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
    <Still id="brand-logo" component={BrandLogo} width={256} height={256} />
  </>
);
