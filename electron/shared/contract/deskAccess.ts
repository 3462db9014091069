import type { ChannelName } from './index';

/**
 * The channels that change what the newsroom shares: the drafts (their copy, status, trash, versions,
 * comments, workflow) and what they carry (pictures, imports that make drafts). A viewer's laptop
 * refuses every one of them in the engine, before any handler runs: the newsroom server would drop
 * the change, and the viewer's copy would hold what nobody else sees. Every other channel reads, or
 * changes only this laptop (its settings, its own review marks, an exported file).
 */
export const deskChangingChannels: ReadonlySet<ChannelName> = new Set<ChannelName>([
  'drafts:create',
  'drafts:save',
  'drafts:setStatus',
  'drafts:trash',
  'drafts:restore',
  'drafts:purge',
  'drafts:trashMany',
  'drafts:restoreMany',
  'drafts:setStatusMany',
  'revisions:create',
  'revisions:restore',
  'images:choose',
  'images:add',
  'live:push',
  'import:file',
  'import:data',
  'publishing:markPublished',
  'comments:add',
  'comments:reply',
  'comments:edit',
  'comments:delete',
  'comments:resolve',
  'workflow:act',
  'workflow:assign',
]);

/** What a viewer is told when the laptop refuses a change. */
export const viewerRefusalMessage =
  'Your access to the newsroom is read-only: you can read its drafts but not change them, comment on them or add to them. Ask an editor for a reporter’s or an editor’s access token.';
