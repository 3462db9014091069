// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { articleExtensions } from '../../electron/shared/editor/articleExtensions';
import { countWords, wordCount } from '../../electron/shared/model/wordCount';
import { bodyStats } from '../../renderer/src/editor/bodyMeasure';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
// 39 Chinese characters: three sentences with their full-width punctuation.
const chinese = '普京周五邀请习近平访问莫斯科。两国领导人同意加强军事合作。外交部表示欢迎并期待会谈。';

describe('word counts in every script', () => {
  it('counts the words of Chinese text, not its sentences', () => {
    expect([...chinese.replace(/[。]/g, '')].length).toBe(39);
    const words = countWords(chinese);
    expect(words).toBeGreaterThan(15);
    expect(words).toBeLessThan(39);
  });

  it('counts Japanese and Thai words, which have no spaces between them', () => {
    expect(countWords('プーチン氏、習主席をモスクワに招待')).toBeGreaterThan(4);
    expect(countWords('ปูตินเชิญสีจิ้นผิงเยือนมอสโก')).toBeGreaterThan(3);
  });

  it('counts spaced scripts as before, and Devanagari words with their vowel signs as one word each', () => {
    expect(countWords("Don't panic: a well-known 3.5-metre wave — at 10 o’clock.")).toBe(9);
    expect(countWords('पुतिन ने शी को आमंत्रित किया')).toBe(6);
    expect(countWords('بوتين يدعو شي إلى موسكو')).toBe(5);
    expect(countWords('푸틴, 시진핑 모스크바를 초청')).toBe(4);
  });

  it('counts a long unspaced run the same as its sentences counted one by one', () => {
    const run = chinese.replace(/。/g, '').repeat(30);
    const sentence = chinese.replace(/。/g, '');
    expect(countWords(run)).toBe(countWords(sentence) * 30);
  });

  it('gives the editor the count the store saves, block by block', () => {
    const content = [paragraph(chinese), paragraph('Putin invited Xi to Moscow.'), paragraph('プーチン氏、習主席をモスクワに招待'), paragraph('بوتين يدعو شي إلى موسكو')];
    editor = new Editor({ extensions: articleExtensions({ output: 'editor' }), content: { type: 'doc', content } });
    expect(bodyStats(editor.state.doc).words).toBe(wordCount(editor.getJSON()));
  });
});
