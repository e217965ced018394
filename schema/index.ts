/** The schema: each type file registers its type, queries and mutations on import. */
import { builder } from './builder.js';
import './refs.js';
import './entity.js';
import './official.js';
import './source.js';
import './statement.js';
import './search.js';
import './ingestion.js';
import './review.js';
import './editing.js';
import { withSynchronousNodeIds } from './synchronousNodeIds.js';

export const schema = withSynchronousNodeIds(builder.toSchema({ sortSchema: false }), builder.options.relay?.encodeGlobalID);
