/**
 * From a file's bytes to text, refusing what is not text. Pure (TextDecoder is a web standard):
 * UTF-8 first; UTF-16 when a byte order mark says so; EUC-KR (CP949), which older Korean Windows
 * tools still save, when the bytes are not UTF-8 but are valid EUC-KR. Word, zip and PDF files are
 * refused with how to get their text.
 */
import { ExtractError } from './extract-error';

/** Above this share of control or undecodable characters a file is not prose, whatever its name. */
const MAX_NOISE_SHARE = 0.05;

const NOT_TEXT = 'give the issue as a .txt, .md or .html file';

/** Control characters other than whitespace, and U+FFFD, which decoding puts where bytes were not text. */
const isNoise = (code: number): boolean =>
  code <= 0x08 || (code >= 0x0e && code <= 0x1f) || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;

/** Throws an ExtractError for text that is empty, whitespace or binary (NUL or mostly noise). */
export const assertText = (text: string): void => {
  if (text.length === 0) {
    throw new ExtractError('The issue file is empty: there is no text to draft takeaways from.');
  }
  if (text.includes('\u0000')) {
    throw new ExtractError(`The file looks binary (it contains NUL characters), not text: ${NOT_TEXT}.`);
  }
  let noise = 0;
  for (let i = 0; i < text.length; i++) {
    noise += isNoise(text.charCodeAt(i)) ? 1 : 0;
  }
  if (noise / text.length > MAX_NOISE_SHARE) {
    throw new ExtractError(
      `The file looks binary (${Math.round((noise / text.length) * 100)}% of its characters are control or undecodable characters), not text: ${NOT_TEXT}.`,
    );
  }
  if (text.trim().length === 0) {
    throw new ExtractError('The issue file holds only whitespace: there is no text to draft takeaways from.');
  }
};

const decodes = (bytes: Uint8Array, encoding: string): string | undefined => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

const startsWith = (bytes: Uint8Array, signature: string): boolean =>
  [...signature].every((ch, i) => bytes[i] === ch.charCodeAt(0));

/** Word, Pages and OpenDocument files are zip archives; PDF has its own signature. Say how to get text out of them. */
const assertNotDocument = (bytes: Uint8Array, fileName: string): void => {
  if (startsWith(bytes, 'PK\u0003\u0004')) {
    const kind = /\.docx$/iu.test(fileName)
      ? 'a Word document (.docx)'
      : 'a zip archive (a Word, Pages or OpenDocument file?)';
    throw new ExtractError(
      `${fileName || 'The file'} is ${kind}, not text: open it and save it as "Web Page (.htm)" or "Plain Text (.txt)", or copy the issue's text into a .txt file, and give that file.`,
    );
  }
  if (startsWith(bytes, '%PDF-')) {
    throw new ExtractError(
      `${fileName || 'The file'} is a PDF, not text: copy the issue's text into a .txt file (or save the e-mail or web page as .html) and give that file.`,
    );
  }
};

/** The text of an issue file, with a warning when it was not plain UTF-8. */
export const decodeIssueBytes = (bytes: Uint8Array, fileName = ''): { text: string; warnings: string[] } => {
  if (bytes.length === 0) {
    throw new ExtractError('The issue file is empty: there is no text to draft takeaways from.');
  }
  assertNotDocument(bytes, fileName);
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const text = new TextDecoder(b0 === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
    assertText(text);
    return { text, warnings: [] };
  }
  if (bytes.includes(0)) {
    throw new ExtractError(`The file looks binary (it contains NUL bytes), not text: ${NOT_TEXT}.`);
  }
  const utf8 = decodes(bytes, 'utf-8');
  if (utf8 !== undefined) {
    assertText(utf8);
    return { text: utf8, warnings: [] };
  }
  const eucKr = decodes(bytes, 'euc-kr');
  if (eucKr !== undefined && /\p{Script=Hangul}/u.test(eucKr)) {
    assertText(eucKr);
    return {
      text: eucKr,
      warnings: [
        'The file is not UTF-8; it was read as EUC-KR (CP949). To be sure, convert it: iconv -f CP949 -t UTF-8 in.txt > out.txt.',
      ],
    };
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  assertText(lossy);
  const replaced = lossy.match(/\ufffd/gu)?.length ?? 0;
  return {
    text: lossy,
    warnings: [
      `${replaced} invalid UTF-8 sequence${replaced === 1 ? ' was' : 's were'} replaced with �; check the points for it.`,
    ],
  };
};
