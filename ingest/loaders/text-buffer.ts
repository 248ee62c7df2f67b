// An append-only text buffer for building block text piece by piece. Checking the end of a growing
// JavaScript string (regex, charCodeAt) flattens it every time, which is quadratic on long blocks; this is not.

export class TextBuffer {
  private parts: string[] = [];
  private starts: number[] = [];
  length = 0;

  /** Last character, or '' when empty. */
  get last(): string {
    const p = this.parts[this.parts.length - 1];
    return p === undefined ? '' : p[p.length - 1];
  }

  push(s: string): void {
    if (!s) return;
    this.starts.push(this.length);
    this.parts.push(s);
    this.length += s.length;
  }

  /** Remove trailing characters found in `chars` (e.g. ' ' or ' \n'). */
  trimEnd(chars: string): void {
    while (this.parts.length) {
      const i = this.parts.length - 1;
      const p = this.parts[i];
      let end = p.length;
      while (end > 0 && chars.includes(p[end - 1])) end--;
      this.length -= p.length - end;
      if (end > 0) { this.parts[i] = p.slice(0, end); return; }
      this.parts.pop();
      this.starts.pop();
    }
  }

  /** Text from `offset` to the end (cheap when the offset is near the end). */
  sliceFrom(offset: number): string {
    let i = this.parts.length - 1;
    while (i > 0 && this.starts[i] > offset) i--;
    if (i < 0) return '';
    return this.parts.slice(i).join('').slice(Math.max(0, offset - this.starts[i]));
  }

  toString(): string {
    const all = this.parts.join('');
    this.parts = all ? [all] : [];
    this.starts = all ? [0] : [];
    return all;
  }
}
