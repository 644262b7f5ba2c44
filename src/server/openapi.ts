/** The OpenAPI 3.1 description served at GET /openapi.json. */
const err = { $ref: '#/components/responses/Error' };
const page = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];
const day = (name: string, description: string) => ({ name, in: 'query', description, schema: { type: 'string', format: 'date' } });

export const openapi = {
  openapi: '3.1.0',
  info: {
    title: 'Rasid (راصد) corpus API',
    version: '1',
    description: 'Search Arabic news and read its analysis: entities, time expressions, quotes and PLOVER events with exact offsets. Errors are {"error":{"code","message"}}.',
  },
  paths: {
    '/health': { get: { summary: 'liveness and the store it uses', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { status: { const: 'ok' }, store: { type: 'string' }, articles: { type: 'integer' } } } } } } } } },
    '/api/search': {
      get: {
        summary: 'full-text search (Arabic-aware, BM25) with filters, facets and highlighted snippets',
        parameters: [
          { name: 'q', in: 'query', required: false, description: 'query: words, "phrases", AND/OR/NOT, -word, prefix*, (groups), field filters (source:, entity:, type:, country:, from:, to:)', schema: { type: 'string', maxLength: 1000 } },
          ...page,
          day('from', 'published on or after'),
          day('to', 'published on or before'),
          { name: 'source', in: 'query', schema: { type: 'string' } },
          { name: 'entity', in: 'query', schema: { type: 'string' }, description: 'KB id, Arabic or English name' },
          { name: 'type', in: 'query', schema: { type: 'string' }, description: 'PLOVER event type' },
          { name: 'country', in: 'query', schema: { type: 'string' }, description: 'ISO 3166-1 alpha-3' },
          { name: 'collapse', in: 'query', schema: { type: 'boolean' }, description: 'leave out near-duplicates' },
          { name: 'facets', in: 'query', schema: { type: 'boolean' } },
        ],
        responses: { '200': { description: 'hits', content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResponse' } } } }, '400': err },
      },
    },
    '/api/articles': {
      post: {
        summary: 'ingest one article (analysed, indexed, checked for near-duplicates)',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Record' } } } },
        responses: { '201': { description: 'added or updated' }, '200': { description: 'already stored (same text)' }, '400': err, '413': err, '415': err, '422': err },
      },
    },
    '/api/articles/{id}': { get: { summary: 'an article with its analysis (rasid.analysis/1)', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'the article' }, '404': err } } },
    '/api/entities/{key}': { get: { summary: 'an entity (KB id, Arabic or English name) with its mentions over time', parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'the entity' }, '404': err } } },
    '/api/events': { get: { summary: 'events, newest first', parameters: [{ name: 'type', in: 'query', schema: { type: 'string' } }, { name: 'entity', in: 'query', schema: { type: 'string' } }, day('from', ''), day('to', ''), ...page], responses: { '200': { description: 'a page of events' }, '400': err } } },
    '/api/stories': { get: { summary: 'stories (groups of articles on one story), largest first', parameters: [day('from', ''), day('to', ''), ...page], responses: { '200': { description: 'a page of stories' } } } },
    '/api/stories/{id}': { get: { summary: 'the articles of a story', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'articles' }, '404': err } } },
    '/api/stats': { get: { summary: 'counts: articles, duplicates, entities, events, quotes, …', responses: { '200': { description: 'counts' } } } },
  },
  components: {
    responses: { Error: { description: 'an error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
    schemas: {
      Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } } },
      Record: {
        type: 'object',
        required: ['text'],
        properties: { id: { type: 'string' }, text: { type: 'string' }, title: { type: 'string' }, published: { type: 'string', description: 'ISO 8601' }, source: { type: 'string' }, url: { type: 'string' } },
      },
      SearchResponse: {
        type: 'object',
        properties: {
          total: { type: 'integer' },
          limit: { type: 'integer' },
          offset: { type: 'integer' },
          hits: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' }, title: { type: ['string', 'null'] }, score: { type: 'number' },
                snippet: { type: 'string', description: 'HTML: escaped text, matched words in <mark>' },
                published: { type: ['string', 'null'] }, source: { type: ['string', 'null'] },
              },
            },
          },
          facets: { type: 'object' },
        },
      },
    },
  },
} as const;
