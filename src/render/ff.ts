import { type CancelSignal, RenderInternals } from '@remotion/renderer';

/**
 * Runs the ffmpeg or ffprobe that ships inside Remotion (the machine needs no other), quietly,
 * resolving with what it printed; it rejects when the tool fails. It runs in the binary's own
 * folder, so file arguments must be absolute paths.
 */
export const callFf = async (
  bin: 'ffmpeg' | 'ffprobe',
  args: string[],
  cancelSignal?: CancelSignal,
): Promise<{ stdout: string; stderr: string }> => {
  const { stdout, stderr } = await RenderInternals.callFf({
    bin,
    args,
    indent: false,
    logLevel: 'error',
    binariesDirectory: null,
    cancelSignal,
  });
  return { stdout, stderr };
};
