import { entityPath } from './highlight.ts';

/** An entity in the catalogue with how many stories mention it. */
export type EntityDto = {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly story_count: number;
  readonly mention_count: number;
  readonly path: string;
};

/** The JSON form of an entity summary. */
export function toEntityDto(entity: {
  id: string;
  kind: string;
  name: string;
  storyCount: number;
  mentionCount: number;
}): EntityDto {
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    story_count: entity.storyCount,
    mention_count: entity.mentionCount,
    path: entityPath(entity.id),
  };
}
