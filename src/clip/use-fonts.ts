import { useEffect, useState } from 'react';
import { cancelRender, continueRender, delayRender } from 'remotion';
import { loadFonts } from '../fonts/load-fonts';

/** Holds the frame until the fonts for `text` (and the brand's) are loaded, so nothing is drawn in a fallback font. */
export const useFonts = (text: string, brandFont: string | null = null): boolean => {
  const [handle] = useState(() => delayRender('Loading fonts'));
  const [ready, setReady] = useState(false);
  useEffect(() => {
    loadFonts(text, brandFont)
      .then(() => {
        setReady(true);
        continueRender(handle);
      })
      .catch((err: unknown) => cancelRender(err));
  }, [handle, text, brandFont]);
  return ready;
};
