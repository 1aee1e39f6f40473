import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSrt, serializeSrt } from '@remotion/captions';
import { callFf } from '../../src/render/ff';
import { encodeWav } from '../../src/audio/wav';

/** Under the test bundle's public folder. */
export const FIXTURES = 'test-fixtures';

export const VOICE = 'examples/audio/t6-voice.wav';

/**
 * The example voice's first two sentences at twice their pace, with those two cues timed to match:
 * a voiced clip of 8.4 s where the example's is 18.5 s, still with a page change to read.
 */
export const TWO_CUES = { voiceover: `${FIXTURES}/voice-two-cues.wav`, captions: `${FIXTURES}/voice-two-cues.srt` };
/** Where the cut falls: after the second cue's end (8.631 s), before the third's start (9.081 s). */
const TWO_CUES_SECONDS = 8.7;
/** ffmpeg's atempo keeps the pitch; the cues' times are divided by the same factor. */
const TWO_CUES_TEMPO = 2;

/** Broken and edge-case audio and captions files, written beside a copy of assets/. */
export const writeAudioFixtures = (publicDir: string): void => {
  const dir = join(publicDir, FIXTURES);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'empty.wav'), '');
  writeFileSync(join(dir, 'not-audio.mp3'), 'this is a text file with the wrong name\n'.repeat(40));
  writeFileSync(join(dir, 'no-samples.wav'), encodeWav({ sampleRate: 22050, channels: [new Float32Array(0)] }));
  writeFileSync(
    join(dir, 'malformed.srt'),
    '1\n00:00:00,300 --> 00:00:02,000\n첫 문장입니다.\n\n2\n00:00:02,500 -> 00:00:04,000\n둘째 문장입니다.\n',
  );
  writeFileSync(
    join(dir, 'too-long.srt'),
    '1\n00:00:00,300 --> 00:00:05,000\n첫 문장입니다.\n\n2\n00:00:05,500 --> 00:00:20,000\n목소리보다 긴 자막입니다.\n',
  );
  writeFileSync(
    join(dir, 'bad-words.json'),
    JSON.stringify([
      { text: ' 하나', startMs: 0, endMs: 500 },
      { text: ' 둘', startMs: 600 },
    ]),
  );
  copyFileSync(join(publicDir, VOICE), join(dir, 'voice.wav'));
  // The voice's three sentences as one cue: too long for a page, so it must be re-paged.
  writeFileSync(
    join(dir, 'one-long-cue.srt'),
    '1\n00:00:00,300 --> 00:00:14,155\n이번 발표의 진짜 승자는 오픈소스 모델입니다. 회사는 모델을 빠르게 바꿀 수 있는 구조가 필요합니다. 최고 모델의 80% 성능이면 일상에는 충분해집니다.\n',
  );
  // Symbolic links: Remotion's renderer answers 404 for a linked file, but serves a file inside a
  // linked folder wherever the folder points (here: out of the bundle's copy of assets/).
  symlinkSync(join(dir, 'voice.wav'), join(dir, 'linked.wav'));
  writeFileSync(join(dir, 'voice.srt'), '1\n00:00:00,300 --> 00:00:02,000\n첫 문장입니다.\n');
  symlinkSync(join(dir, 'voice.srt'), join(dir, 'linked.srt'));
  symlinkSync(join(publicDir, 'examples', 'audio'), join(dir, 'linked-folder'));
  // "첫 문장" in EUC-KR, as Korean Windows tools save it.
  writeFileSync(
    join(dir, 'euc-kr.srt'),
    Buffer.concat([
      Buffer.from('1\n00:00:00,300 --> 00:00:02,000\n'),
      Buffer.from([0xc3, 0xb9, 0x20, 0xb9, 0xae, 0xc0, 0xe5, 0x0a]),
    ]),
  );
};

/** TWO_CUES: the example voice's first two sentences sped up with Remotion's ffmpeg, and their cues. */
export const writeTwoCueVoice = async (publicDir: string): Promise<void> => {
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-t',
    String(TWO_CUES_SECONDS),
    '-i',
    join(publicDir, VOICE),
    '-af',
    `atempo=${TWO_CUES_TEMPO}`,
    '-c:a',
    'pcm_s16le',
    join(publicDir, TWO_CUES.voiceover),
  ]);
  const { captions } = parseSrt({ input: readFileSync(join(publicDir, 'examples/audio/t6-voice.srt'), 'utf8') });
  const faster = captions.slice(0, 2).map((cue) => ({
    ...cue,
    startMs: Math.round(cue.startMs / TWO_CUES_TEMPO),
    endMs: Math.round(cue.endMs / TWO_CUES_TEMPO),
  }));
  writeFileSync(join(publicDir, TWO_CUES.captions), `${serializeSrt({ lines: faster.map((cue) => [cue]) })}\n`);
};

/** The example voice as a raw ADTS .aac (no header with its length), made with Remotion's ffmpeg. */
export const writeAdtsVoice = async (publicDir: string): Promise<void> => {
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    join(publicDir, VOICE),
    '-c:a',
    'aac',
    '-b:a',
    '96k',
    '-f',
    'adts',
    join(publicDir, FIXTURES, 'voice.aac'),
  ]);
};
