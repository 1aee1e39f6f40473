/**
 * Notepad and other Windows editors start UTF-8 files with a byte order mark. Node's readFile and a
 * string handed to a parser keep it, and JSON.parse refuses it, so every file we read as text goes
 * through here. Pure: used by the browser and Node alike.
 */
export const stripBom = (text: string): string => (text.startsWith('\uFEFF') ? text.slice(1) : text);
