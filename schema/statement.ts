/** Statement: what an official or a body said, verbatim or reported, with the article it came from. */
import type { SpeakerRef } from '../store/index.js';
import { builder } from './builder.js';
import { nodeLoadMany } from './nodeLoadMany.js';
import { recordByIdQuery } from './recordById.js';
import { clientError } from './errors.js';
import { idOfType, parseGlobalId } from './globalId.js';
import { connectionArgs, pageArgs, same, toConnection } from './pagination.js';
import { EntityRef, ReviewStatusEnum, SourceRef, SpeakerUnion, StatementConnection, StatementKindEnum, StatementRef } from './refs.js';

const OffsetsRef = builder.objectRef<{ start: number; end: number }>('TextOffsets').implement({
  description: 'Where the statement sits in the article text (UTF-16 code units, end exclusive).',
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

builder.node(StatementRef, {
  description: 'What someone said, verbatim (QUOTE) or reported (PARAPHRASE), as an article tells it.',
  id: { resolve: (statement) => statement.id },
  loadMany: nodeLoadMany('Statement', (context) => context.loaders.statement),
  fields: (t) => ({
    kind: t.expose('kind', { type: StatementKindEnum }),
    text: t.exposeString('text', { description: 'For a QUOTE, the words inside the quotation marks, verbatim.' }),
    speakerName: t.exposeString('speakerName', { description: 'The speaker as the source names it ("Mnuchin", "US officials"), even when speaker is null.' }),
    speaker: t.field({
      type: SpeakerUnion,
      nullable: true,
      resolve: (statement, _args, context) => {
        if (!statement.speaker) return null;
        return statement.speaker.type === 'OFFICIAL'
          ? context.loaders.official.load(statement.speaker.id)
          : context.loaders.entity.load(statement.speaker.id);
      },
    }),
    about: t.field({
      type: [EntityRef],
      description: 'The entities the statement concerns.',
      resolve: async (statement, _args, context) =>
        (await context.loaders.entity.loadMany(statement.aboutIds)).filter((e) => e && !(e instanceof Error)) as never,
    }),
    statedAt: t.field({ type: 'DateTime', nullable: true, resolve: (statement) => statement.statedAt ?? null }),
    status: t.expose('status', { type: ReviewStatusEnum }),
    confidence: t.exposeFloat('confidence', { description: 'How sure extraction is, 0 to 1; curated statements are 1.' }),
    offsets: t.field({ type: OffsetsRef, resolve: (statement) => statement.offsets }),
    version: t.exposeInt('version', { description: 'Changes must name the version they were made against.' }),
    source: t.field({
      type: SourceRef,
      resolve: async (statement, _args, context) => {
        const source = await context.loaders.source.load(statement.sourceId);
        if (!source) throw new Error(`Statement ${statement.id} has no source item`);
        return source;
      },
    }),
  }),
});

/** The speaker a `speaker:` argument names: an official or an entity. */
function speakerFilter(value: string): SpeakerRef | null {
  const { typename, id } = parseGlobalId(value, 'speaker');
  if (typename === 'Official') return { type: 'OFFICIAL', id };
  if (typename === 'Entity') return { type: 'ENTITY', id };
  return null;
}

builder.queryFields((t) => ({
  statements: t.field({
    type: StatementConnection,
    description: 'Statements newest first, by speaker (an official or entity id), about an entity, of a kind, in a review status.',
    args: {
      speaker: t.arg.id(),
      about: t.arg.id(),
      kind: t.arg({ type: StatementKindEnum }),
      status: t.arg({ type: ReviewStatusEnum }),
      ...connectionArgs(t.arg),
    },
    resolve: async (_root, args, context) => {
      const speaker = args.speaker ? speakerFilter(args.speaker) : undefined;
      const aboutId = args.about ? idOfType(args.about, 'about', 'Entity') : undefined;
      if (speaker === null || (args.about && !aboutId)) {
        throw clientError('speaker must be an Official or Entity id, and about an Entity id.');
      }
      const filter = { speaker, aboutId, kind: args.kind ?? undefined, status: args.status ?? undefined };
      return toConnection(await context.store.statements.list(filter, pageArgs(args)), args.after ?? undefined, same);
    },
  }),
}));

recordByIdQuery('statement', StatementRef, 'Statement', (context) => context.loaders.statement);
