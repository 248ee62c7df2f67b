// Starting URLs: round-robin over hosts, a cap per host and overall, input order within a host.
import { expect, it } from 'vitest';
import { UrlScheduler } from '../../../ingest/linkcheck/url-scheduler.js';

it('interleaves a list clustered by host and caps each host', () => {
  const a = [1, 2, 3, 4, 5].map((i) => `http://a.test/${i}`);
  const b = [1, 2].map((i) => `http://b.test/${i}`);
  const s = new UrlScheduler([...a, ...b, 'not a url', 'mailto:x@y.z'], 5, 2);
  const first = [s.next(), s.next(), s.next(), s.next(), s.next()];
  expect(first).toEqual([a[0], b[0], 'not a url', a[1], b[1]]);
  expect(s.next()).toBeNull(); // window of 5 is full
  s.finished(b[0]);
  expect(s.next()).toBe('mailto:x@y.z'); // uncapped group, its turn
  s.finished('not a url');
  expect(s.next()).toBeNull(); // a.test is at its cap of 2, b.test has nothing left
  s.finished(a[0]);
  expect(s.next()).toBe(a[2]);
  expect(s.pending).toBe(2);
});
