import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callFf } from '../../src/render/ff';
import { FIXTURES } from './audio-fixtures';
import { BUSY } from './visual-fixtures';

export const TALKING_HEAD = 'examples/talking-head/speaker.mp4';
export const TALKING_HEAD_SRT = 'examples/talking-head/speaker.srt';
/** The busiest picture as a talking head with a voice: the worst case for the text over it. */
export const BUSY_TALKING_HEAD = `${FIXTURES}/busy-talking-head.mp4`;
/** Long enough for the hook's headline and a caption page over it. */
const BUSY_SECONDS = 3;

/** Broken talking heads for the error tests, and the busiest one for the legibility test, beside a copy of assets/. */
export const writeTalkingHeadFixtures = async (publicDir: string): Promise<void> => {
  const dir = join(publicDir, FIXTURES);
  const speaker = join(publicDir, TALKING_HEAD);
  writeFileSync(join(dir, 'not-a-video.mp4'), 'this is a text file named like a video\n'.repeat(20));
  writeFileSync(
    join(dir, 'talking-cut-short.mp4'),
    readFileSync(speaker).subarray(0, Math.floor(readFileSync(speaker).length * 0.4)),
  );
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    speaker,
    '-an',
    '-c:v',
    'copy',
    join(dir, 'talking-no-sound.mp4'),
  ]);
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-loop',
    '1',
    '-framerate',
    '30',
    '-t',
    String(BUSY_SECONDS),
    '-i',
    join(publicDir, BUSY),
    '-i',
    join(publicDir, 'examples/audio/t6-voice.wav'),
    '-t',
    String(BUSY_SECONDS),
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    join(publicDir, BUSY_TALKING_HEAD),
  ]);
};
