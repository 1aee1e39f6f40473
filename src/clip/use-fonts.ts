import { useEffect, useState } from 'react';
import { cancelRender, continueRender, delayRender } from 'remotion';
import { loadFonts } from '../fonts/load-fonts';

/** Holds the frame until the fonts for `text` are loaded, so nothing is measured or drawn in a fallback font. */
export const useFonts = (text: string): boolean => {
  const [handle] = useState(() => delayRender('Loading fonts'));
  const [ready, setReady] = useState(false);
  useEffect(() => {
    loadFonts(text)
      .then(() => {
        setReady(true);
        continueRender(handle);
      })
      .catch((err: unknown) => cancelRender(err));
  }, [handle, text]);
  return ready;
};
