import { describe, expect, it } from 'vitest';
import { noteEditUrl } from '../../src/config/site.ts';

describe('noteEditUrl', () => {
  it('appends the note’s path in the content folder to the repository’s edit URL', () => {
    expect(noteEditUrl('messaging/kafka', 'https://github.com/owner/infra-notes/edit/main/content/')).toBe('https://github.com/owner/infra-notes/edit/main/content/messaging/kafka.mdx');
  });

  it('gives no link when no repository is set', () => {
    expect(noteEditUrl('messaging/kafka', undefined)).toBeUndefined();
  });
});
