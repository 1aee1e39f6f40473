import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callFf } from '../../src/render/ff';
import { FIXTURES } from './audio-fixtures';
import { BUSY } from './visual-fixtures';

export const TALKING_HEAD = 'examples/talking-head/speaker.mp4';
export const TALKING_HEAD_SRT = 'examples/talking-head/speaker.srt';
/** The busiest picture as a talking head with a voice: the worst case for the text over it. */
export const BUSY_TALKING_HEAD = `${FIXTURES}/busy-talking-head.mp4`;
/** What an iPhone records by default: H.265 in a QuickTime file, which WebCodecs may not decode. */
export const HEVC_TALKING_HEAD = `${FIXTURES}/talking-hevc.mov`;
/** Long enough for the hook's headline and a caption page over it. */
const BUSY_SECONDS = 3;

/** Broken talking heads for the error tests, a phone's H.265 one, and the busiest one for the legibility test, beside a copy of assets/. */
export const writeTalkingHeadFixtures = async (publicDir: string): Promise<void> => {
  const dir = join(publicDir, FIXTURES);
  const speaker = join(publicDir, TALKING_HEAD);
  writeFileSync(join(dir, 'not-a-video.mp4'), 'this is a text file named like a video\n'.repeat(20));
  const bytes = readFileSync(speaker);
  writeFileSync(join(dir, 'talking-cut-short.mp4'), bytes.subarray(0, Math.floor(bytes.length * 0.4)));
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    speaker,
    '-t',
    String(BUSY_SECONDS),
    '-c:v',
    'libx265',
    '-preset',
    'ultrafast',
    '-tag:v',
    'hvc1',
    '-c:a',
    'copy',
    join(publicDir, HEVC_TALKING_HEAD),
  ]);
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
