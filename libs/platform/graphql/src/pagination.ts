import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { IsBase64, IsInt, IsOptional, Min } from 'class-validator';
import { AppError } from './app-error';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, at most ${MAX_PAGE_SIZE}; larger values are capped.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsBase64({ urlSafe: true })
  after?: string;
}

export const pageSize = (args: PageArgs): number =>
  Math.min(args.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);

/** A cursor is opaque to clients: the sort value and the id of the last row seen. */
export interface CursorPosition {
  key: string;
  id: string;
}

export const encodeCursor = (position: CursorPosition): string =>
  Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof key === 'string' && typeof id === 'string') return { key, id };
  } catch {
    // falls through to the coded error below
  }
  throw invalidCursor();
}

export const invalidCursor = (): AppError =>
  new AppError('BAD_USER_INPUT', 'INVALID_CURSOR', {
    fr: "Le curseur de pagination n'est pas valide.",
    en: 'The pagination cursor is not valid.',
  });

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  cursorOf: (node: T) => string;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

/** Builds the GraphQL connection type of a node type: `edges { cursor node }` and `pageInfo`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

export function toConnection<T, N>(page: Page<T>, toNode: (row: T) => N): Connection<N> {
  const last = page.nodes.at(-1);
  return {
    edges: page.nodes.map((row) => new PageEdge(page, row, toNode(row))),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      endCursor: last === undefined ? null : page.cursorOf(last),
    },
  };
}

/** An edge whose cursor is encoded only if asked for: most readers page with `endCursor`. */
class PageEdge<T, N> {
  constructor(
    private readonly page: Page<T>,
    private readonly row: T,
    readonly node: N,
  ) {}

  get cursor(): string {
    return this.page.cursorOf(this.row);
  }
}
