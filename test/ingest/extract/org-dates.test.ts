// A legal act's title ("... of the European Parliament and of the Council of 19 October 2022") names no body.
import { describe, expect, it } from 'vitest';
import { findHeadWordOrgs } from '../../../ingest/extract/org-names.js';

describe('organization names ending in a date', () => {
  it('are not organizations', () => {
    const text = 'Directive (EU) 2024/1712 of the European Parliament and of the Council of 13 June 2024 amending it.';
    const names = findHeadWordOrgs(text).map((o) => o.name);
    expect(names.some((n) => /\d/.test(n))).toBe(false);
    expect(findHeadWordOrgs('The Council of Europe adopted it.').map((o) => o.name)).toContain('Council of Europe');
  });
});
