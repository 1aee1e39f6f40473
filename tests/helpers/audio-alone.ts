import { readFileSync } from 'node:fs';
import { type HeadlessBrowser, renderMedia } from '@remotion/renderer';
import { decodeWav } from '../../src/audio/wav';
import { chooseBrowser } from '../../src/render/browser';
import { callFf } from '../../src/render/ff';
import { resolveComposition } from '../../src/render/render';

/**
 * A TakeawayClip's sound alone over `frameRange`, rendered audio-only (no frame is captured) to
 * `output` (.wav), and read back as one 48 kHz channel.
 */
export const renderSoundAlone = async ({
  serveUrl,
  browser,
  inputProps,
  output,
  frameRange,
}: {
  serveUrl: string;
  browser: HeadlessBrowser;
  inputProps: Record<string, unknown>;
  output: string;
  frameRange: [number, number];
}): Promise<{ sampleRate: number; samples: Float32Array }> => {
  const composition = await resolveComposition({ serveUrl, browser, id: 'TakeawayClip', inputProps });
  await renderMedia({
    serveUrl,
    composition,
    inputProps,
    codec: 'wav',
    outputLocation: output,
    frameRange,
    puppeteerInstance: browser,
    browserExecutable: chooseBrowser().executable,
    logLevel: 'error',
  });
  const mono = output.replace(/\.wav$/, '-mono.wav');
  await callFf('ffmpeg', ['-v', 'error', '-y', '-i', output, '-ac', '1', '-ar', '48000', '-c:a', 'pcm_s16le', mono]);
  const { sampleRate, channels } = decodeWav(new Uint8Array(readFileSync(mono)));
  return { sampleRate, samples: channels[0] };
};
