/** Input the extractor cannot draft an issue from; the message says what is wrong and what to give instead. */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractError';
  }
}
