/**
 * Timed captions the author brings with a voiceover: SubRip from Vrew, CapCut or Premiere, or a
 * JSON array of @remotion/captions Caption objects with word times (a Whisper run). Pure: the
 * text comes in, timed words grouped into phrases come out, or an error naming the file and line.
 */
import { type Caption, parseSrt } from '@remotion/captions';
import { z } from 'zod';
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

/** Styling that some editors write into cues: <i>, <font …>, {\an8}. Never shown as text here. */
const stripTags = (text: string): string => text.replace(/<[^>]*>/g, '').replace(/\{\\[^}]*\}/g, '');

const shorten = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

type CueCheck = { number: number; line: number; startMs: number; endMs: number };

/**
 * Checks every cue's shape (number, timing, text) and order, naming the line of the first
 * problem: @remotion/captions' parseSrt is lenient and would drop or merge a malformed cue.
 */
const checkSrt = (lines: string[], file: string): CueCheck[] => {
	const fail = (line: number, message: string): never => {
		throw new CaptionsFileError(file, `line ${line + 1}: ${message}`);
	};
	const cues: CueCheck[] = [];
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
			fail(timingLine, `cue ${number} needs a timing like "00:00:01,000 --> 00:00:02,500", found "${shorten((lines[timingLine] ?? '').trim())}"`);
		}
		const [, from, to] = timing as RegExpExecArray;
		const startMs = timestampMs(from);
		const endMs = timestampMs(to);
		if (startMs === null || endMs === null) {
			fail(timingLine, `cue ${number} has a malformed time "${startMs === null ? from : to}" (expected HH:MM:SS,mmm)`);
		}
		if ((endMs as number) <= (startMs as number)) {
			fail(timingLine, `cue ${number} ends (${to}) before it starts (${from})`);
		}
		const previous = cues[cues.length - 1];
		if (previous && (startMs as number) < previous.startMs) {
			fail(timingLine, `cue ${number} starts before cue ${previous.number} (line ${previous.line + 1}): cues must be in time order`);
		}
		let end = timingLine + 1;
		while (end < lines.length && lines[end].trim() !== '') {
			end++;
		}
		if (lines.slice(timingLine + 1, end).every((line) => stripTags(line).trim() === '')) {
			fail(timingLine, `cue ${number} has no text`);
		}
		cues.push({ number, line: i, startMs: startMs as number, endMs: endMs as number });
		i = end;
	}
	if (cues.length === 0) {
		throw new CaptionsFileError(file, 'has no cues');
	}
	return cues;
};

/** An SRT's cues as phrases, each cue's time spread over its words by their length. */
export const parseSrtPhrases = (input: string, file: string): Phrase[] => {
	const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const checked = checkSrt(text.split('\n'), file);
	const { captions } = parseSrt({ input: text });
	if (captions.length !== checked.length) {
		throw new CaptionsFileError(file, `read ${captions.length} cues where ${checked.length} were expected`);
	}
	return captions.map((cue, i) => ({
		words: spreadOverWords(tokenize(stripTags(cue.text)), checked[i].startMs, checked[i].endMs),
		source: `cue ${checked[i].number} (line ${checked[i].line + 1})`,
	}));
};

const captionSchema = z
	.object({
		text: z.string(),
		startMs: z.number().min(0, { error: 'must be 0 or more' }),
		endMs: z.number().min(0, { error: 'must be 0 or more' }),
		timestampMs: z.number().nullable().optional(),
		confidence: z.number().nullable().optional(),
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
 * Word captions as phrases. A caption whose text starts with whitespace starts a new word, one that
 * does not continues the word before (Whisper's sub-word tokens), and a caption holding several
 * words has its time spread over them.
 */
export const captionsToPhrases = (captions: Caption[] | z.infer<typeof captionsSchema>, file: string): Phrase[] => {
	const words: Array<TimedWord & { index: number }> = [];
	captions.forEach((caption, index) => {
		const previous = words[words.length - 1];
		if (previous && caption.startMs < previous.startMs) {
			throw new CaptionsFileError(file, `[${index}] starts at ${caption.startMs} ms, before [${previous.index}] (${previous.startMs} ms): captions must be in time order`);
		}
		const pieces = spreadOverWords(tokenize(caption.text), caption.startMs, caption.endMs);
		if (pieces.length === 0) {
			return;
		}
		if (previous && !/^\s/u.test(caption.text)) {
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

/** Line and column of a character offset, for JSON syntax errors. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

export const parseCaptionsJsonPhrases = (input: string, file: string): Phrase[] => {
	let json: unknown;
	try {
		json = JSON.parse(input);
	} catch (error) {
		const position = /position (\d+)/.exec((error as Error).message)?.[1];
		throw new CaptionsFileError(
			file,
			`is not valid JSON${position ? ` (line ${lineOf(input, Number(position))})` : ''}: ${(error as Error).message}`,
		);
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
