import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeWav } from '../../src/audio/wav';

/** Under the test bundle's public folder. */
export const FIXTURES = 'test-fixtures';

export const VOICE = 'examples/audio/t6-voice.wav';

/** Broken and edge-case audio and captions files, written beside a copy of assets/. */
export const writeAudioFixtures = (publicDir: string): void => {
	const dir = join(publicDir, FIXTURES);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'empty.wav'), '');
	writeFileSync(join(dir, 'not-audio.mp3'), 'this is a text file with the wrong name\n'.repeat(40));
	writeFileSync(join(dir, 'no-samples.wav'), encodeWav({ sampleRate: 22050, channels: [new Float32Array(0)] }));
	writeFileSync(join(dir, 'malformed.srt'), '1\n00:00:00,300 --> 00:00:02,000\n첫 문장입니다.\n\n2\n00:00:02,500 -> 00:00:04,000\n둘째 문장입니다.\n');
	writeFileSync(join(dir, 'too-long.srt'), '1\n00:00:00,300 --> 00:00:05,000\n첫 문장입니다.\n\n2\n00:00:05,500 --> 00:00:20,000\n목소리보다 긴 자막입니다.\n');
	writeFileSync(join(dir, 'bad-words.json'), JSON.stringify([{ text: ' 하나', startMs: 0, endMs: 500 }, { text: ' 둘', startMs: 600 }]));
	copyFileSync(join(publicDir, VOICE), join(dir, 'voice.wav'));
};
