// The part of core that needs its zod schemas: checking an instrument the page supplies (`instrument`, `src`) and
// describing a response without the shape of one. Never imported statically — only through loadSchemaChecks(), so
// the embed bundle puts it (and zod) in a chunk of its own, which a page with `instrument-id` never downloads.
export { parseInstrument, validateResponses } from '@cchc/core';
