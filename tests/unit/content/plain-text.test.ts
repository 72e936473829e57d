import { describe, expect, it } from 'vitest';
import { plainTextOf } from '../../../content/plain-text';

describe('plainTextOf', () => {
  it('drops the tags, decodes the escaped characters and folds the white space', () => {
    expect(plainTextOf('<p>A <strong>model</strong>\n  answer &amp; &lt;its&gt; &quot;tests&quot; &#39;here&#39;.</p>\n<ul><li>one</li><li>two</li></ul>')).toBe(
      'A model answer & <its> "tests" \'here\'. one two',
    );
  });

  it('keeps an ampersand that was not an entity', () => {
    expect(plainTextOf('<p>R&D &amp;amp;</p>')).toBe('R&D &amp;');
  });
});
