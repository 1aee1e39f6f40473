/**
 * Timed captions the author brings with a voiceover: SubRip from Vrew, CapCut or Premiere, or a
 * JSON array of @remotion/captions Caption objects with word times (a Whisper run). Pure: the
 * text comes in, timed words grouped into phrases come out, or an error naming the file and line.
 */
import type { Caption } from '@remotion/captions';
import { z } from 'zod';
import { stripBom } from '../strip-bom';
import { tokenize } from './layout';
import { spreadOverWords, type TimedWord } from './timing';

export class CaptionsFileError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'CaptionsFileError';
  }
}

/** One spoken phrase (an SRT cue, or a sentence of word captions) with a time for every word. */
export type Phrase = {
  words: TimedWord[];
  /** Where it came from, for error messages: "cue 3 (line 9)" or "captions [12]". */
  source: string;
};

const TIMING = /^(\S+) --> (\S+)(?:\s.*)?$/;
const TIMESTAMP = /^(\d{1,2}):([0-5]\d):([0-5]\d)[,.](\d{3})$/;

const timestampMs = (text: string): number | null => {
  const m = TIMESTAMP.exec(text);
  return m ? ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3])) * 1000 + Number(m[4]) : null;
};

/** Styling that editors write into cues (<i>, <b>, <u>, <font …>, {\an8}); never shown as text here. Other `<` and `>` are text. */
const stripTags = (text: string): string =>
  text.replace(/<\/?(?:i|b|u|font)\b[^>]*>/gi, '').replace(/\{\\[^}]*\}/g, '');

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * An SRT's cues as phrases, each cue's time spread over its words by their length. The file is read
 * strictly, naming the line of the first problem: @remotion/captions' parseSrt is lenient and would
 * drop a malformed cue or merge it into the one before, which here would put wrong words on screen.
 */
export const parseSrtPhrases = (input: string, file: string): Phrase[] => {
  const lines = stripBom(input).replace(/\r\n?/g, '\n').split('\n');
  const fail = (line: number, message: string): never => {
    throw new CaptionsFileError(file, `line ${line + 1}: ${message}`);
  };
  const phrases: Phrase[] = [];
  let previous: { number: number; line: number; startMs: number } | null = null;
  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    if (!/^\d+$/.test(lines[i].trim())) {
      fail(i, `expected a cue number, found "${shorten(lines[i].trim())}"`);
    }
    const number = Number(lines[i].trim());
    const timingLine = i + 1;
    const timing = TIMING.exec((lines[timingLine] ?? '').trim());
    if (!timing) {
      fail(
        timingLine,
        `cue ${number} needs a timing like "00:00:01,000 --> 00:00:02,500", found "${shorten((lines[timingLine] ?? '').trim())}"`,
      );
    }
    const [, from, to] = timing as RegExpExecArray;
    const startMs =
      timestampMs(from) ?? fail(timingLine, `cue ${number} has a malformed time "${from}" (expected HH:MM:SS,mmm)`);
    const endMs =
      timestampMs(to) ?? fail(timingLine, `cue ${number} has a malformed time "${to}" (expected HH:MM:SS,mmm)`);
    if (endMs <= startMs) {
      fail(timingLine, `cue ${number} ends (${to}) before it starts (${from})`);
    }
    if (previous && startMs < previous.startMs) {
      fail(
        timingLine,
        `cue ${number} starts before cue ${previous.number} (line ${previous.line + 1}): cues must be in time order`,
      );
    }
    let end = timingLine + 1;
    while (end < lines.length && lines[end].trim() !== '') {
      // A timing line inside a cue's text means the blank line before a cue is missing.
      if (TIMING.test(lines[end].trim())) {
        fail(end, `a cue timing inside the text of cue ${number}: put a blank line before each cue`);
      }
      end++;
    }
    const words = tokenize(stripTags(lines.slice(timingLine + 1, end).join(' ')));
    if (words.length === 0) {
      fail(timingLine, `cue ${number} has no text`);
    }
    phrases.push({ words: spreadOverWords(words, startMs, endMs), source: `cue ${number} (line ${i + 1})` });
    previous = { number, line: i, startMs };
    i = end;
  }
  if (phrases.length === 0) {
    throw new CaptionsFileError(file, 'has no cues');
  }
  return phrases;
};

const captionSchema = z
  .object({
    text: z.string(),
    startMs: z.number().min(0, { error: 'must be 0 or more' }),
    endMs: z.number().min(0, { error: 'must be 0 or more' }),
    timestampMs: z.number().nullable().optional(),
    confidence: z.number().nullable().optional(),
    pageBreakAfter: z.boolean().optional(),
  })
  .strict()
  .refine((c) => c.endMs >= c.startMs, { path: ['endMs'], error: 'must not be before startMs' });

const captionsSchema = z
  .array(captionSchema, { error: 'must be a JSON array of captions ({ text, startMs, endMs, … })' })
  .min(1, { error: 'has no captions' });

/** Sentence ends in Korean and English text; a new phrase starts after one. */
const SENTENCE_END = /[.?!。？！…]["'”’)\]]*$/u;
/** A pause this long in speech is a phrase break even without punctuation. */
const PHRASE_PAUSE_MS = 700;

/**
 * Word captions as phrases; a caption holding several words has its time spread over them. In
 * Whisper's convention (some caption starts with a space) a caption that does not is a sub-word
 * token and continues the word before; otherwise every caption is whole words.
 */
export const captionsToPhrases = (captions: Caption[] | z.infer<typeof captionsSchema>, file: string): Phrase[] => {
  const whisperTokens = captions.some((caption) => /^\s/u.test(caption.text));
  const words: Array<TimedWord & { index: number }> = [];
  captions.forEach((caption, index) => {
    const before = captions[index - 1];
    if (before && caption.startMs < before.startMs) {
      throw new CaptionsFileError(
        file,
        `[${index}] starts at ${caption.startMs} ms, before [${index - 1}] (${before.startMs} ms): captions must be in time order`,
      );
    }
    const previous = words[words.length - 1];
    const pieces = spreadOverWords(tokenize(caption.text), caption.startMs, caption.endMs);
    if (pieces.length === 0) {
      return;
    }
    if (whisperTokens && previous && !/^\s/u.test(caption.text)) {
      const [first] = pieces.splice(0, 1);
      previous.text += first.text;
      previous.endMs = Math.max(previous.endMs, first.endMs);
    }
    words.push(...pieces.map((piece) => ({ ...piece, index })));
  });
  if (words.length === 0) {
    throw new CaptionsFileError(file, 'has captions but no words');
  }
  const phrases: Phrase[] = [];
  let current: typeof words = [];
  const close = () => {
    if (current.length > 0) {
      phrases.push({
        words: current.map(({ text, startMs, endMs }) => ({ text, startMs, endMs })),
        source: `captions [${current[0].index}]–[${current[current.length - 1].index}]`,
      });
    }
    current = [];
  };
  for (const word of words) {
    const last = current[current.length - 1];
    if (last && word.startMs - last.endMs >= PHRASE_PAUSE_MS) {
      close();
    }
    current.push(word);
    if (SENTENCE_END.test(word.text)) {
      close();
    }
  }
  close();
  return phrases;
};

export const parseCaptionsJsonPhrases = (input: string, file: string): Phrase[] => {
  let json: unknown;
  try {
    json = JSON.parse(stripBom(input));
  } catch (error) {
    throw new CaptionsFileError(file, `is not valid JSON: ${(error as Error).message}`);
  }
  const result = captionsSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    const path = first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    throw new CaptionsFileError(file, `${path ? `${path}: ` : ''}${first.message}`);
  }
  return captionsToPhrases(result.data, file);
};

/** Reads a captions file by its extension: `.srt` or `.json`. */
export const parseCaptionsFile = (input: string, file: string): Phrase[] =>
  file.toLowerCase().endsWith('.srt') ? parseSrtPhrases(input, file) : parseCaptionsJsonPhrases(input, file);

/** The phrase and time of the last word that ends after `durationMs`, if any. */
export const overrunningPhrase = (phrases: Phrase[], durationMs: number): { phrase: Phrase; endMs: number } | null => {
  for (const phrase of phrases) {
    const endMs = phrase.words[phrase.words.length - 1].endMs;
    if (endMs > durationMs) {
      return { phrase, endMs };
    }
  }
  return null;
};
