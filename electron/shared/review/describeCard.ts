/** How a card reads in a list of changes: "Ad slot (inline)", "Also Read: Headline". */
export function describeCard(type: 'adSlot' | 'relatedLink', attrs: Record<string, unknown>): string {
  const text = (name: string) => (typeof attrs[name] === 'string' ? attrs[name] : '');
  if (type === 'adSlot') return `Ad slot (${text('format') || 'inline'})`;
  return `${text('label') || 'Also Read:'} ${text('title') || text('href')}`.trim();
}
