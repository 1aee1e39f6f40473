/**
 * Whether a caption word carries one of the takeaway's keywords. Keywords may span words
 * ("Gemini Nano"), so each of their words counts; matching ignores case and the particles a
 * Korean word adds ("OpenAI를" carries "OpenAI").
 */
export const keywordParts = (keywords: readonly string[] = []): string[] =>
  keywords
    .flatMap((k) => k.split(/\s+/u))
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part.length > 0);

export const isKeyword = (word: string, parts: readonly string[]): boolean => {
  const lower = word.toLowerCase();
  return parts.some((part) => lower.includes(part));
};
