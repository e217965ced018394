/** reviewStatement: an editor marks a statement VERIFIED, DISPUTED or REJECTED. */
import { builder } from './builder.js';
import { clientError } from './errors.js';
import { idOfType } from './globalId.js';
import { ReviewStatusEnum, StatementRef } from './refs.js';

builder.mutationFields((t) => ({
  reviewStatement: t.field({
    type: StatementRef,
    authScopes: { editor: true },
    description: 'Sets the review status. With version, the change applies only to that version (else CONFLICT).',
    args: {
      id: t.arg.id({ required: true }),
      status: t.arg({ type: ReviewStatusEnum, required: true }),
      version: t.arg.int(),
    },
    resolve: (_root, args, context) => {
      const id = idOfType(args.id, 'id', 'Statement');
      if (!id) throw clientError(`id "${args.id}" is not a Statement id.`);
      return context.store.statements.setStatus(id, args.status, args.version ?? undefined);
    },
  }),
}));
