/** The object refs of every type, declared once so type files can point at each other without import cycles. */
import type { EntityRecord, OfficialRecord, RoleRecord, SourceRecord, StatementRecord } from '../store/index.js';
import { entityKinds, reviewStatuses, statementKinds } from '../store/index.js';
import { builder } from './builder.js';

export const EntityRef = builder.objectRef<EntityRecord>('Entity');
export const OfficialRef = builder.objectRef<OfficialRecord>('Official');
export const RoleRef = builder.objectRef<RoleRecord>('Role');
export const SourceRef = builder.objectRef<SourceRecord>('Source');
export const StatementRef = builder.objectRef<StatementRecord>('Statement');

export const EntityKindEnum = builder.enumType('EntityKind', { values: entityKinds });
export const StatementKindEnum = builder.enumType('StatementKind', {
  values: {
    QUOTE: { description: 'The words inside the quotation marks, verbatim.' },
    PARAPHRASE: { description: 'Reported speech: "X said that …", "X warned …", "according to X".' },
  } satisfies Record<(typeof statementKinds)[number], unknown>,
});
export const ReviewStatusEnum = builder.enumType('ReviewStatus', { values: reviewStatuses });

/** Entities have a kind, officials have roles: that tells the two apart in unions. */
const isEntity = (value: EntityRecord | OfficialRecord): value is EntityRecord => 'kind' in value;

export const SpeakerUnion = builder.unionType('Speaker', {
  description: 'Who made a statement: a named official, or a body speaking as one ("the Treasury said").',
  types: [OfficialRef, EntityRef],
  resolveType: (value) => (isEntity(value) ? EntityRef : OfficialRef),
});

export const SearchResultUnion = builder.unionType('SearchResult', {
  types: [EntityRef, OfficialRef],
  resolveType: (value) => (isEntity(value) ? EntityRef : OfficialRef),
});

export const EntityConnection = builder.connectionObject({ type: EntityRef, name: 'EntityConnection' });
export const OfficialConnection = builder.connectionObject({ type: OfficialRef, name: 'OfficialConnection' });
export const StatementConnection = builder.connectionObject({ type: StatementRef, name: 'StatementConnection' });
export const SourceConnection = builder.connectionObject({ type: SourceRef, name: 'SourceConnection' });
