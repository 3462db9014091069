/** Why a viewer's editor does not take typing: the newsroom server lets their token read, not write. */
export function ReadOnlyNotice() {
  return (
    <p className="read-only-notice" role="note">
      You can read this draft but not change it: the newsroom server gives your access token the viewer role. Ask an editor for a reporter or
      editor token to write.
    </p>
  );
}
