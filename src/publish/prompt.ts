/**
 * Node side: questions on the terminal, with secrets typed unseen; from a pipe, one line per
 * answer. Never take a token as a command-line argument: it would stay in the shell history and
 * show in the process list.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

export type Prompter = {
  ask: (question: string, options?: { secret?: boolean }) => Promise<string>;
  close: () => void;
};

export const createPrompter = (): Prompter => {
  let muted = false;
  // readline echoes what is typed to its output: muted while a secret is typed.
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const reader = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY === true });
  const lines = reader[Symbol.asyncIterator]();
  return {
    ask: async (question, { secret = false } = {}) => {
      process.stderr.write(question);
      muted = secret;
      const { value, done } = await lines.next();
      muted = false;
      if (secret && process.stdin.isTTY) process.stderr.write('\n');
      if (done) throw new Error(`No answer to "${question.trim()}": the input ended`);
      const answer = String(value).trim();
      if (!answer) throw new Error(`No answer to "${question.trim()}"`);
      return answer;
    },
    close: () => reader.close(),
  };
};
