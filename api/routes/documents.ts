// /api/v1/documents: list and read ingested documents; POST ingests an uploaded file (multipart,
// field "file") or a document at a URL ({url}), behind the admin token and the write rate limit.
import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { InvalidInputError, NotFoundError } from '../../src/errors.js';
import { keyFromId } from '../kind-style.js';
import { parseInput } from '../http/parse-input.js';
import { requireAdmin } from '../middleware/require-admin.js';
import { IdParamsSchema } from '../schemas/common.js';
import { DocumentListQuerySchema, IngestUrlBodySchema } from '../schemas/documents.js';
import { getDocumentView, listDocumentViews } from '../services/documents.js';
import { ingestUpload, ingestUrl } from '../services/ingest-document.js';
import { invalidateCounts } from '../services/counts-cache.js';
import type { RouteContext } from './context.js';

export function documentRoutes(ctx: RouteContext, writeLimiter: RequestHandler): Router {
  const router = Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: ctx.config.maxDocumentBytes, files: 1, fields: 10, parts: 12 },
  }).single('file');
  const maybeUpload: RequestHandler = (req, res, next) => (req.is('multipart/form-data') ? upload(req, res, next) : next());

  router.get('/documents', async (req, res) => {
    const q = parseInput(DocumentListQuerySchema, req.query, 'documents.query');
    res.json(await listDocumentViews(ctx.store, q.limit, q.cursor));
  });

  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(IdParamsSchema, req.params, 'documents.params');
    const doc = await getDocumentView(ctx.store, keyFromId('Document', id));
    if (!doc) throw new NotFoundError(`api.documents: no document "${id}"`);
    res.json(doc);
  });

  router.post('/documents', writeLimiter, requireAdmin(ctx.config.adminToken), maybeUpload, async (req, res) => {
    let result;
    if (req.file) {
      result = await ingestUpload(ctx, req.file.buffer, req.file.originalname || 'upload', req.file.mimetype);
    } else if (req.is('multipart/form-data')) {
      throw new InvalidInputError('api.documents: multipart upload without a "file" field', {
        details: [{ path: ['file'], code: 'missing', message: 'a file field is required' }],
      });
    } else {
      const body = parseInput(IngestUrlBodySchema, req.body ?? {}, 'documents.body');
      result = await ingestUrl(ctx, body.url);
    }
    invalidateCounts(ctx.store);
    res.status(201).json(result);
  });
  return router;
}
