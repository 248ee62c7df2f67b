import { describe, expect, it } from 'vitest';
import { parseCheckLinksFlags } from '../../src/cli/check-links.js';
import { isCitegraphError } from '../../src/errors.js';

const ARCHIVE = 'https://archive.org';

describe('check-links flags', () => {
  it('turns the persistence flags into history options', () => {
    expect(parseCheckLinksFlags({}, ARCHIVE).history).toEqual({});
    expect(parseCheckLinksFlags({ deadAfter: '5', deadSpan: '7' }, ARCHIVE).history).toEqual({ minFailures: 5, minSpanMs: 7 * 86_400_000 });
  });
  it('rejects bad values as usage errors', () => {
    for (const bad of [{ deadAfter: '0' }, { deadSpan: '-1' }, { concurrency: 'many' }, { format: 'xml' }, { archive: 'ia' }]) {
      try {
        parseCheckLinksFlags(bad, ARCHIVE);
        expect.fail(`accepted ${JSON.stringify(bad)}`);
      } catch (e) {
        expect(isCitegraphError(e) && e.code).toBe('CG_INVALID_INPUT');
      }
    }
  });
});
