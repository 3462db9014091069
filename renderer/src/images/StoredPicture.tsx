import { editorImageSource } from '../../../electron/shared/editor/nodes/figure';
import type { ImageState } from './useImageInfo';

type StoredPictureProps = { id: string; state: ImageState; width: number; alt: string; className: string; size?: { width?: number; height?: number } };

/**
 * A stored picture through the app's protocol; while this laptop does not have it yet (a draft from another
 * laptop, its picture still coming from the newsroom) a sentence in its place says so, and the picture shows
 * as soon as it is here.
 */
export function StoredPicture({ id, state, width, alt, className, size }: StoredPictureProps) {
  if (state.missing) {
    return (
      <div className={`${className} stored-picture--missing`} role="img" aria-label={alt === '' ? 'Picture not on this laptop yet' : `${alt} (not on this laptop yet)`}>
        <span aria-hidden="true">This picture is not on this laptop yet. It comes with the draft from the newsroom server.</span>
      </div>
    );
  }
  // Keyed on whether it is known, so a picture that has just arrived is loaded again, not left broken.
  return <img key={state.info === null ? 'asking' : 'here'} className={className} src={editorImageSource(id, width)} alt={alt} width={size?.width ?? state.info?.width} height={size?.height ?? state.info?.height} draggable={false} />;
}
