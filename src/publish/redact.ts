/**
 * Keeps tokens and secrets out of what is printed or written: every message that leaves the
 * program passes through here with the secrets of the run. Pure.
 */

/** Shorter strings are not secrets worth hiding, and hiding them would garble ordinary text. */
const MIN_SECRET_CHARS = 8;

export const REDACTED = '[redacted]';

/** `text` with each secret, and its URL-encoded form, replaced. */
export const redact = (text: string, secrets: Iterable<string>): string => {
  let out = text;
  const forms = [...secrets]
    .filter((s) => s.length >= MIN_SECRET_CHARS)
    .flatMap((s) => [s, encodeURIComponent(s)])
    // Longest first, so a secret that contains another is hidden whole.
    .sort((a, b) => b.length - a.length);
  for (const form of forms) {
    out = out.split(form).join(REDACTED);
  }
  return out;
};

/** The secrets of one run: registered when read, used by every printer. */
export class SecretSet {
  private readonly secrets = new Set<string>();

  add(...values: Array<string | null | undefined>): void {
    for (const value of values) {
      if (value) this.secrets.add(value);
    }
  }

  redact(text: string): string {
    return redact(text, this.secrets);
  }
}
