import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { callFf } from '../../src/render/ff';
import { FIXTURES } from './audio-fixtures';

export const CHART = 'examples/visuals/benchmark-chart.png';
export const BROLL = 'examples/visuals/city-lights.mp4';
export const BUSY = 'examples/visuals/busy-picture.jpg';
const MUSIC = 'examples/audio/music-bed.m4a';

const crc32 = (bytes: Buffer): number => {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
};

const chunk = (type: string, data: Buffer): Buffer => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/** A PNG whose header claims 12000x12000 px (144 MP) with one row of pixel data: cheap to write, huge to decode. */
const hugePng = (): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(12000, 0);
  header.writeUInt32BE(12000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1 + 12000 * 3))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/** Broken pictures and videos for the visual's error tests, and b-roll with its own sound, beside a copy of assets/. */
export const writeVisualFixtures = async (publicDir: string): Promise<void> => {
  const dir = join(publicDir, FIXTURES);
  writeFileSync(join(dir, 'not-a-picture.png'), 'this is a text file named like a picture\n'.repeat(20));
  writeFileSync(join(dir, 'huge.png'), hugePng());
  const chart = readFileSync(join(publicDir, CHART));
  writeFileSync(join(dir, 'cut-short.png'), chart.subarray(0, Math.floor(chart.length / 2)));
  const broll = readFileSync(join(publicDir, BROLL));
  writeFileSync(join(dir, 'cut-short.mp4'), broll.subarray(0, Math.floor(broll.length * 0.4)));
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    join(publicDir, 'examples/audio/t6-voice.wav'),
    '-c:a',
    'aac',
    join(dir, 'audio-only.mp4'),
  ]);
  await callFf('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-i',
    join(publicDir, BROLL),
    '-i',
    join(publicDir, MUSIC),
    '-map',
    '0:v',
    '-map',
    '1:a',
    '-c:v',
    'copy',
    '-c:a',
    'aac',
    '-shortest',
    join(dir, 'broll-with-sound.mp4'),
  ]);
};
