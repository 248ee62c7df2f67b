// The loaded document: what every loader returns and every extractor reads.
// Text is the single coordinate system: every block, note and provenance span indexes into it.

export type MediaType =
  | 'text/plain'
  | 'text/markdown'
  | 'text/html'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/pdf';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'footnote';

export interface Block {
  kind: BlockKind;
  /** Character offsets into LoadedDocument.text, end exclusive. */
  start: number;
  end: number;
  /** 1-based line of `start` in LoadedDocument.text. */
  line: number;
  /** Heading level (1-6) for headings. */
  level?: number;
  /** For footnote blocks: the note's marker ("1", "iv", "*"). */
  marker?: string;
  /** PDF page (1-based) where known. */
  page?: number;
}

/** An in-text reference to a note ("¹", "[1]", "[^1]", <sup>1</sup>) the loader already recognised. */
export interface NoteRef {
  marker: string;
  start: number;
  end: number;
}

export interface LoadedDocument {
  /** Where it came from: a file path or URL, as the user gave it. */
  source: string;
  mediaType: MediaType;
  /** Normalised plain text (LF line ends, markup removed where the format has markup). */
  text: string;
  blocks: Block[];
  /** Note references a structured format marked explicitly; text-scanned markers are found by the extractor. */
  noteRefs: NoteRef[];
  /** Title from metadata (HTML <title>, DOCX core props, PDF info) when present. */
  title?: string | null;
  /** URLs of hyperlinks whose target does not appear in the text (HTML <a href>, DOCX links), with the span of their anchor text. */
  links: Array<{ url: string; start: number; end: number }>;
  /** sha256 of the raw bytes, hex. */
  contentHash: string;
  /** Loader warnings (recovered problems), one line each. */
  warnings: string[];
}
