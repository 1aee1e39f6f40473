import type React from 'react';
import { Html5Audio, Sequence, useVideoConfig } from 'remotion';
import { type Interval, loopFrames, musicGain, type ResolvedAudioFile, voiceVolume } from '../audio/mix';
import type { AudioSettings, Music } from '../schema';
import { assetUrl } from './asset-files';

/**
 * The clip's audio: the voiceover from `voice.from`, and the music bed (the issue's `music`, whose
 * length calculateMetadata read into `musicFile`) looped under the whole clip, faded in and out and
 * ducked where the voice speaks.
 */
export const Soundtrack: React.FC<{
  voice: { src: string; from: number } | null;
  music: Music | undefined;
  musicFile: ResolvedAudioFile | null;
  settings: AudioSettings | undefined;
  speech: Interval[];
}> = ({ voice, music: issueMusic, musicFile, settings, speech }) => {
  const { fps, durationInFrames } = useVideoConfig();
  const music = issueMusic && musicFile ? { ...musicFile, volume: issueMusic.volume } : null;
  const musicFrames = music ? loopFrames(music.durationMs, fps) : 0;
  const passes = music ? Math.ceil(durationInFrames / musicFrames) : 0;
  const durationMs = (durationInFrames / fps) * 1000;
  return (
    <>
      {music
        ? Array.from({ length: passes }, (_, pass) => (
            <Sequence
              key={pass}
              name={`Music ${pass + 1}/${passes}`}
              from={pass * musicFrames}
              durationInFrames={musicFrames}
              layout="none"
            >
              <Html5Audio
                src={assetUrl(music.src)}
                volume={(frame) =>
                  musicGain({
                    timeMs: ((pass * musicFrames + frame) / fps) * 1000,
                    durationMs,
                    volume: music.volume,
                    settings,
                    speech,
                  })
                }
              />
            </Sequence>
          ))
        : null}
      {voice ? (
        <Sequence name="Voiceover" from={voice.from} layout="none">
          <Html5Audio src={assetUrl(voice.src)} volume={() => voiceVolume(settings)} />
        </Sequence>
      ) : null}
    </>
  );
};
