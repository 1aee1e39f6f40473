import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { PlatformId } from '../../src/platforms';
import { callFf } from '../../src/render/ff';
import { type ClipReport, type IssueReport, issueReportSchema } from '../../src/render/report-schema';
import type { Check } from '../../src/render/spec';
import type { Issue } from '../../src/schema';
import {
  checkUploadText,
  recapSubject,
  takeawaySubject,
  uploadText,
  type UploadText,
} from '../../src/upload/upload-text';

/** Markup in every user text: the page must show it as text, never run or render it. */
export const HOSTILE_TITLE = '<script>alert("title")</script> 제미나이 & "GPT-4"';

export const fixtureIssue: Issue = {
  newsletter: { name: '주간 실리콘밸리', url: 'https://example.com/weekly?a=1&b=2' },
  title: HOSTILE_TITLE,
  takeaways: [
    {
      headline: '늦었지만 <b>OpenAI</b>를 뛰어넘었다',
      points: ['제미나이는 세 가지 크기로 나온다.', '울트라는 MMLU에서 90%를 넘었다.'],
      keywords: ['GPT-4', 'Gemini Nano'],
    },
    { headline: '검색 회사의 반격 </pre><img src=x onerror=alert(1)>', points: ['구글은 검색에 AI를 넣는다.'] },
  ],
};

const videoChecks = (ok: boolean): Record<string, Check> => ({
  codec: { ok: true, found: 'h264', expected: 'h264' },
  pixelFormat: { ok, found: ok ? 'yuv420p' : 'yuvj420p', expected: 'yuv420p' },
  integratedLoudness: { ok: true, found: -14.1, expected: '-14 ± 1 LUFS' },
});

const clip = (slug: string, takeaway: number | null, platform: PlatformId, ok = true): ClipReport => {
  const id = `${slug}-${takeaway === null ? 'recap' : `t${takeaway}`}-${platform}`;
  const upload = clipUpload(takeaway, platform);
  const checks = {
    ...videoChecks(ok),
    ...Object.fromEntries(Object.entries(checkUploadText(upload)).map(([name, c]) => [`upload.${name}`, c])),
  };
  return {
    id,
    platform,
    takeaway,
    video: `${id}.mp4`,
    cover: `${id}.jpg`,
    subtitles: `${id}.srt`,
    captions: `${id}.captions.json`,
    upload: `${id}.upload.json`,
    durationSeconds: 0.3,
    propsHash: '0123456789abcdef',
    audio: {
      codec: 'aac',
      profile: 'LC',
      sampleRate: 48000,
      channels: 2,
      integratedLufs: -14.1,
      truePeakDbtp: -1.6,
      loudnessRangeLu: 3.2,
      normalising: { mode: 'linear', passes: 1, before: { integratedLufs: -20.3, truePeakDbtp: -6 } },
    },
    warnings: ok ? [] : ['the <voice> runs 0.4 s past the captions'],
    checks,
    ok: Object.values(checks).every((c) => c.ok),
  };
};

export const clipUpload = (takeaway: number | null, platform: PlatformId): UploadText =>
  uploadText(
    platform,
    fixtureIssue,
    takeaway === null ? recapSubject(fixtureIssue) : takeawaySubject(fixtureIssue, takeaway),
  );

/** Takeaway 2 has only its Reels clip, with a failed check (as after `--platform reels` and a bad render). */
export const fixtureReport = (slug = 'hostile-issue'): IssueReport => {
  const clips = [
    clip(slug, null, 'shorts'),
    clip(slug, 2, 'reels', false),
    clip(slug, 1, 'shorts'),
    clip(slug, 1, 'reels'),
  ];
  return issueReportSchema.parse({ slug, title: HOSTILE_TITLE, ok: clips.every((c) => c.ok), clips });
};

/** Exactly what each box of the platform's form needs, written out independently of the page's code. */
export const expectedFields = (upload: UploadText): string[] =>
  upload.platform === 'reels' ? [upload.caption] : [upload.title, upload.description, upload.tags.join(', ')];

export const writeUploadTexts = (dir: string, report: IssueReport): void => {
  for (const c of report.clips) {
    writeFileSync(join(dir, c.upload), `${JSON.stringify(clipUpload(c.takeaway, c.platform), null, 2)}\n`);
  }
};

/** A real, tiny MP4 (0.3 s of a flat colour and a tone) and a JPEG cover per clip, made once with Remotion's ffmpeg. */
export const writeClipMedia = async (dir: string, report: IssueReport): Promise<void> => {
  const frame = new PNG({ width: 108, height: 192 });
  for (let i = 0; i < frame.data.length; i += 4) frame.data.set([48, 96, 192, 255], i);
  const png = join(dir, 'frame.png');
  const video = join(dir, 'tiny.mp4');
  const cover = join(dir, 'tiny.jpg');
  writeFileSync(png, PNG.sync.write(frame));
  await callFf('ffmpeg', [
    ...['-v', 'error', '-y', '-loop', '1', '-framerate', '30', '-i', png],
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:sample_rate=48000', '-t', '0.3'],
    ...['-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-movflags', '+faststart', video],
  ]);
  await callFf('ffmpeg', ['-v', 'error', '-y', '-i', png, cover]);
  for (const c of report.clips) {
    copyFileSync(video, join(dir, c.video));
    copyFileSync(cover, join(dir, c.cover));
    writeFileSync(join(dir, c.subtitles), '1\n00:00:00,000 --> 00:00:00,300\n제미나이\n');
  }
};
