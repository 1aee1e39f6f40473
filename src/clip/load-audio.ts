/**
 * Browser side of calculateMetadata: finds the issue's audio and captions files in the bundle's
 * public folder (assets/), reads their lengths and timings, and fails with the field and file named
 * before any frame renders.
 */
import { parseMedia } from '@remotion/media-parser';
import type { ResolvedAudioFile } from '../audio/mix';
import { overrunningPhrase, parseCaptionsFile } from '../captions/import';
import type { ResolvedVoice } from '../layout/takeaway-plan';
import { type Issue, isVideoPath } from '../schema';
import { assetUrl, fetchFile } from './asset-files';
import { readVideo } from './load-visual';

/** Captions may end this much after the voice: editors round cue times to 10 ms or a frame. */
const CAPTIONS_OVERRUN_TOLERANCE_MS = 50;

const readDuration = async (src: string, slow: boolean): Promise<number | null> => {
  const result = await parseMedia({
    src,
    fields: slow ? { slowDurationInSeconds: true } : { durationInSeconds: true },
    acknowledgeRemotionLicense: true,
    logLevel: 'error',
  });
  return ('slowDurationInSeconds' in result ? result.slowDurationInSeconds : result.durationInSeconds) ?? null;
};

/**
 * The length of an audio file, read by @remotion/media-parser: from the header where there is one,
 * else by reading it through (a raw ADTS .aac has none). An unreadable or empty file is an error.
 */
export const loadAudioFile = async (path: string, field: string): Promise<ResolvedAudioFile> => {
  // One byte shows the file is served and not empty; media-parser would report either as a Content-Range problem.
  await fetchFile(path, field, { headers: { Range: 'bytes=0-0' } });
  const src = assetUrl(path);
  let durationInSeconds: number | null;
  try {
    durationInSeconds = (await readDuration(src, false)) ?? (await readDuration(src, true));
  } catch (error) {
    throw new Error(`${field}: assets/${path} cannot be read as audio (${(error as Error).message.split('\n')[0]})`);
  }
  if (!durationInSeconds || !(durationInSeconds > 0)) {
    throw new Error(`${field}: assets/${path} has no sound in it (its length is 0 s)`);
  }
  return { src: path, durationMs: Math.round(durationInSeconds * 1000) };
};

/** Captions files as their editors save them: UTF-8 (with or without a BOM), or UTF-16 with a BOM; TextDecoder drops the BOM. */
const decodeText = (bytes: ArrayBuffer, path: string, field: string): string => {
  const head = new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength));
  const encoding =
    head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new Error(
      `${field}: assets/${path} is not UTF-8 text (Korean Windows tools may save EUC-KR/CP949): save it as UTF-8`,
    );
  }
};

/**
 * A talking head's sound is the voice, so a video without an audio stream is refused rather than
 * rendered silent: a muted phone recording or an export without sound is a mistake, and a silent
 * picture has its own field (`visual`).
 */
const loadTalkingHead = async (path: string, field: string): Promise<ResolvedAudioFile> => {
  const video = await readVideo(path, field);
  if (!video.hasAudio) {
    throw new Error(
      `${field}: assets/${path} has no audio stream: a talking head's sound is its voice. Export it with sound, or use a silent video as \`visual\` (b-roll)`,
    );
  }
  return { src: path, durationMs: video.durationMs };
};

/** A takeaway's voiceover (audio, or a talking head's video) with its captions file read and checked against the voice's length. */
export const loadVoice = async (issue: Issue, takeaway: number): Promise<ResolvedVoice | null> => {
  const field = `issue.takeaways[${takeaway - 1}]`;
  const item = issue.takeaways[takeaway - 1];
  if (!item.voiceover) {
    return null;
  }
  const audio = await (isVideoPath(item.voiceover) ? loadTalkingHead : loadAudioFile)(
    item.voiceover,
    `${field}.voiceover`,
  );
  if (!item.captions) {
    return { src: audio.src, durationMs: audio.durationMs, phrases: null, captionsFile: null };
  }
  const text = decodeText(await fetchFile(item.captions, `${field}.captions`), item.captions, `${field}.captions`);
  let phrases;
  try {
    phrases = parseCaptionsFile(text, `assets/${item.captions}`);
  } catch (error) {
    throw new Error(`${field}.captions: ${(error as Error).message}`);
  }
  const overrun = overrunningPhrase(phrases, audio.durationMs + CAPTIONS_OVERRUN_TOLERANCE_MS);
  if (overrun) {
    throw new Error(
      `${field}.captions: assets/${item.captions} ${overrun.phrase.source} ends at ${(overrun.endMs / 1000).toFixed(3)} s, after the end of the voiceover assets/${item.voiceover} (${(audio.durationMs / 1000).toFixed(3)} s)`,
    );
  }
  return { src: audio.src, durationMs: audio.durationMs, phrases, captionsFile: `assets/${item.captions}` };
};

export const loadMusic = async (issue: Issue): Promise<ResolvedAudioFile | null> =>
  issue.music ? loadAudioFile(issue.music.src, 'issue.music.src') : null;
