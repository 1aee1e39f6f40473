/**
 * The review page beside the clips: per takeaway the platforms side by side, each with its video,
 * cover, figures, spec checks and the upload text to copy. Static markup: React escapes every text
 * and attribute, and the only script is the copy buttons'.
 */
import type React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { COPY_SCRIPT, PAGE_CSS } from './page-assets';
import type { ClipView, ReviewModel, UploadField } from './review-model';

/** Where the clip stands on its platform, once `npm run publish` has been at it. */
const Publish: React.FC<{ publish: NonNullable<ClipView['publish']> }> = ({ publish }) => (
  <>
    <dt>post</dt>
    <dd className="publish-state">
      <span className="badge publish">{publish.status}</span>
      {publish.publishAt ? ` ${publish.publishAt}` : null}
      {publish.url ? (
        <>
          {' '}
          <a href={publish.url}>{publish.url}</a>
        </>
      ) : null}
    </dd>
  </>
);

const Checks: React.FC<{ clip: ClipView }> = ({ clip }) => (
  <details className={clip.failed ? 'checks failed' : 'checks'} open={clip.failed > 0}>
    <summary>
      {clip.failed
        ? `✗ ${clip.failed} of ${clip.checks.length} checks failed`
        : `✓ all ${clip.checks.length} checks pass`}
    </summary>
    <table>
      <thead>
        <tr>
          <th>check</th>
          <th>found</th>
          <th>expected</th>
        </tr>
      </thead>
      <tbody>
        {clip.checks.map((check) => (
          <tr
            key={check.name}
            className={check.ok ? 'ok' : 'bad'}
            title={`found ${check.found}, expected ${check.expected}`}
          >
            <td>
              {check.ok ? '✓' : '✗'} {check.name}
            </td>
            <td>{check.found}</td>
            <td>{check.expected}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </details>
);

const Field: React.FC<{ clipId: string; field: UploadField }> = ({ clipId, field }) => {
  const id = `${clipId}-${field.label.toLowerCase()}`;
  return (
    <div className="field">
      <div className="field-head">
        <span className="label">{field.label}</span>
        <span className={field.ok ? 'limits' : 'limits bad'}>{field.limits}</span>
        <button type="button" className="copy" data-copy={id}>
          Copy
        </button>
      </div>
      <pre id={id} className="upload-text">
        {field.text}
      </pre>
    </div>
  );
};

const Clip: React.FC<{ clip: ClipView }> = ({ clip }) => (
  <article className={clip.ok ? 'clip' : 'clip failed'} id={clip.id}>
    <div className="clip-head">
      <h3>{clip.platform}</h3>
      <span className={clip.ok ? 'badge' : 'badge bad'}>{clip.ok ? 'ready' : 'checks failed'}</span>
    </div>
    <div className="media">
      <video src={clip.links.video} controls preload="metadata" playsInline />
      <figure>
        <a href={clip.links.cover}>
          <img src={clip.links.cover} alt={`cover of ${clip.id}`} />
        </a>
        <figcaption className="muted">cover</figcaption>
      </figure>
    </div>
    <dl className="facts">
      <dt>length</dt>
      <dd>{clip.length}</dd>
      <dt>size</dt>
      <dd title={clip.sizeBytes}>{clip.size}</dd>
      <dt>loudness</dt>
      <dd>{clip.loudness}</dd>
      {clip.publish ? <Publish publish={clip.publish} /> : null}
    </dl>
    <Checks clip={clip} />
    {clip.warnings.length ? (
      <ul className="warnings">
        {clip.warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    ) : null}
    {'problem' in clip.upload ? (
      <p className="problem">Upload text: {clip.upload.problem}</p>
    ) : (
      clip.upload.fields.map((field) => <Field key={field.label} clipId={clip.id} field={field} />)
    )}
    <div className="files muted">
      {clip.id}: <a href={clip.links.video}>MP4</a> · <a href={clip.links.cover}>cover</a> ·{' '}
      <a href={clip.links.subtitles}>SRT</a> · <a href={clip.links.upload}>upload text</a>
    </div>
  </article>
);

export const ReviewPage: React.FC<{ model: ReviewModel }> = ({ model }) => (
  <html lang="ko">
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{`${model.title} · clips to review`}</title>
      <style dangerouslySetInnerHTML={{ __html: PAGE_CSS }} />
    </head>
    <body>
      <header>
        <h1>{model.title}</h1>
        <p className="summary">
          {model.slug} · {model.clips} clips ·{' '}
          {model.failed ? `${model.failed} with failed checks` : 'every check passes'}
        </p>
      </header>
      <main>
        {model.groups.map((group) => (
          <section key={group.heading}>
            <h2>{group.heading}</h2>
            <div className="row">
              {group.clips.map((clip) => (
                <Clip key={clip.id} clip={clip} />
              ))}
            </div>
          </section>
        ))}
      </main>
      <script dangerouslySetInnerHTML={{ __html: COPY_SCRIPT }} />
    </body>
  </html>
);

/** The whole document; React writes every tag, so the only text written by hand is the doctype. */
export const reviewPageHtml = (model: ReviewModel): string =>
  `<!doctype html>\n${renderToStaticMarkup(<ReviewPage model={model} />)}\n`;
