import type React from 'react';
import { Img } from 'remotion';
import type { Rect } from '../platforms';
import { assetUrl } from './asset-files';

/** The brand's logo, whole in the box its plan gave it. */
export const Logo: React.FC<{ src: string; rect: Rect }> = ({ src, rect }) => (
  <Img
    src={assetUrl(src)}
    style={{
      position: 'absolute',
      left: rect.x,
      top: rect.y,
      width: rect.width,
      height: rect.height,
      objectFit: 'contain',
    }}
  />
);
