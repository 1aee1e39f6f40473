/**
 * Browser side: the files an issue names, found in the bundle's public folder (assets/), with the
 * field and the file named when one is missing, refused or empty.
 */
import { getRemotionEnvironment, getStaticFiles, staticFile } from 'remotion';

/**
 * A file's URL. In Studio it carries the file's modification time, so a picture, voice or video
 * replaced on disk is fetched again instead of coming from the browser's cache under the same URL;
 * a render uses the plain URL, so its frames never depend on when a file was saved.
 */
export const assetUrl = (path: string): string => {
  const url = staticFile(path);
  const { isStudio, isRendering } = getRemotionEnvironment();
  const file = isStudio && !isRendering ? getStaticFiles().find((candidate) => candidate.name === path) : undefined;
  return file ? `${url}?v=${file.lastModified}` : url;
};

export const requireFile = (path: string, field: string): string => {
  if (!getStaticFiles().some((file) => file.name === path)) {
    throw new Error(`${field}: assets/${path} does not exist (paths are relative to assets/)`);
  }
  return assetUrl(path);
};

/**
 * A listed file can still be refused by the server (Remotion's renderer answers 404 for a symbolic
 * link): say so instead of reading its error page as the file.
 */
export const fetchFile = async (path: string, field: string, init?: RequestInit): Promise<ArrayBuffer> => {
  const response = await fetch(requireFile(path, field), init);
  if (!response.ok) {
    throw new Error(`${field}: assets/${path} could not be read (HTTP ${response.status})`);
  }
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength === 0) {
    throw new Error(`${field}: assets/${path} is empty (0 bytes)`);
  }
  return bytes;
};
