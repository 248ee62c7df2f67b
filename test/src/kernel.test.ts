import { describe, expect, it } from 'vitest';
import { InvalidInputError, isCitegraphError, loadConfig, NotFoundError } from '../../src/index.js';

describe('errors', () => {
  it('brands by code, not by class identity', () => {
    const e = new NotFoundError('graph.getNode: person:x not found');
    expect(isCitegraphError(e)).toBe(true);
    expect(e.code).toBe('CG_NOT_FOUND');
    expect(isCitegraphError({ code: 'CG_INVALID_INPUT', message: 'x' })).toBe(true);
    expect(isCitegraphError(new Error('x'))).toBe(false);
    expect(isCitegraphError({ code: 'ENOENT' })).toBe(false);
    expect(new InvalidInputError('a', { details: [1] }).details).toEqual([1]);
  });
});

describe('loadConfig', () => {
  it('prefers explicit input over env over defaults, and freezes', () => {
    const c = loadConfig({ port: 4000 }, { PORT: '5000', CITEGRAPH_ADMIN_TOKEN: 't', NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(c.port).toBe(4000);
    expect(c.adminToken).toBe('t');
    expect(c.neo4j?.uri).toBe('bolt://127.0.0.1:7687');
    expect(Object.isFrozen(c)).toBe(true);
    expect(loadConfig({}, {}).storeDir).toBe('./citegraph-data');
  });
  it('rejects invalid values with CG_CONFIG', () => {
    try { loadConfig({ port: 70000 }, {}); expect.fail('should throw'); } catch (e) {
      expect(isCitegraphError(e) && e.code).toBe('CG_CONFIG');
    }
  });
});
