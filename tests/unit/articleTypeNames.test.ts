import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';
import { articleMarkNames, articleNodeNames } from '../../electron/shared/editor/articleTypeNames';

describe('article type names', () => {
  it('names exactly the nodes and marks of the editor schema', () => {
    const schema = getSchema(articleExtensions({ output: 'editor' }));
    expect([...articleNodeNames].sort()).toEqual(Object.keys(schema.nodes).sort());
    expect([...articleMarkNames].sort()).toEqual(Object.keys(schema.marks).sort());
  });
});
