/**
 * Node side of prepared b-roll (src/visual/prepared.ts says what and why): makes, once per video,
 * focus and frame size, the copy a clip decodes, into assets/.prepared/ before the bundle copies
 * assets/. A copy already there is kept; a copy is written under a temporary name and renamed, so
 * an interrupted run leaves none half-made.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CancelSignal } from '@remotion/renderer';
import { LAYOUTS, type LayoutId } from '../platforms';
import { fileStamp } from '../publish/state-file';
import type { Issue } from '../schema';
import {
  PREPARED_CRF,
  PREPARED_KEYFRAME_INTERVAL,
  preparedFilter,
  preparedPath,
  type PreparedSpec,
  shownVideos,
} from '../visual/prepared';
import { callFf } from './ff';
import { ASSETS_DIR, writeAtomically } from './files';

export type PreparedVideo = { src: string; prepared: string; made: boolean };

/** The b-roll and talking heads of the clips a run renders (a takeaway drawn for a layout), each with the copy its clips decode. */
export const videosToPrepare = async (
  issue: Issue,
  clips: Array<{ takeaway: number | null; layout: LayoutId }>,
  publicDir = ASSETS_DIR,
): Promise<Array<{ src: string; spec: PreparedSpec }>> => {
  const wanted = new Map<string, { src: string; spec: PreparedSpec }>();
  const hashes = new Map<string, string>();
  for (const { takeaway, layout } of clips) {
    if (takeaway === null) continue;
    const { broll, talkingHead } = shownVideos(issue.takeaways[takeaway - 1]);
    for (const { src, fit, focus } of [broll, talkingHead].filter((video) => video !== null)) {
      let hash = hashes.get(src);
      if (!hash) {
        hash = (await fileStamp(join(publicDir, src))).sha256.slice(0, 16);
        hashes.set(src, hash);
      }
      const { width, height } = LAYOUTS[layout];
      const spec: PreparedSpec = { hash, fit, focus, frame: { width, height } };
      wanted.set(preparedPath(spec), { src, spec });
    }
  }
  return [...wanted.values()];
};

/** Makes each copy that is not in `publicDir` yet; `onMake` is told before each one made. */
export const prepareVideos = async (
  videos: Array<{ src: string; spec: PreparedSpec }>,
  {
    publicDir = ASSETS_DIR,
    cancelSignal,
    onMake,
  }: { publicDir?: string; cancelSignal?: CancelSignal; onMake?: (src: string) => void } = {},
): Promise<PreparedVideo[]> => {
  const done: PreparedVideo[] = [];
  for (const { src, spec } of videos) {
    const prepared = preparedPath(spec);
    const output = join(publicDir, prepared);
    if (await stat(output).catch(() => null)) {
      done.push({ src, prepared, made: false });
      continue;
    }
    onMake?.(src);
    await writeAtomically(output, (temp) =>
      callFf(
        'ffmpeg',
        [
          '-v',
          'error',
          '-y',
          '-i',
          join(publicDir, src),
          '-map',
          '0:v:0',
          '-vf',
          preparedFilter(spec),
          // Every frame at its own time: a phone's variable frame rate stays as the original plays.
          '-fps_mode',
          'passthrough',
          '-c:v',
          'libx264',
          '-preset',
          'veryfast',
          '-crf',
          String(PREPARED_CRF),
          '-g',
          String(PREPARED_KEYFRAME_INTERVAL),
          '-pix_fmt',
          'yuv420p',
          // The picture only: a b-roll's sound, when the issue keeps it, plays from the original.
          '-an',
          '-movflags',
          '+faststart',
          temp,
        ],
        cancelSignal,
      ),
    );
    done.push({ src, prepared, made: true });
  }
  return done;
};
