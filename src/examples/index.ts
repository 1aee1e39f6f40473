// Entry point for the example media the project draws itself (npm run make:example-visuals); Studio never lists these.
import { registerRoot } from 'remotion';
import { ExampleMediaRoot } from './ExampleMediaRoot';

registerRoot(ExampleMediaRoot);
