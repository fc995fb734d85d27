export interface GraphqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export interface CallOptions {
  token?: string | null;
  tenant?: string | null;
  locale?: string;
  headers?: Record<string, string>;
}

/** Speaks to the API over real HTTP, as a client would. */
export class GraphqlClient {
  constructor(readonly baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: CallOptions = {},
  ): Promise<GraphqlResult<T>> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'accept-language': options.locale ?? 'en',
      ...options.headers,
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.tenant) headers['x-tenant'] = options.tenant;
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphqlResult<T>;
    return { ...body, status: response.status };
  }

  /** The data of a call that must succeed; a failure shows the errors in the test output. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: CallOptions = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables, options);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL call failed: ${JSON.stringify(result.errors ?? result)}`);
    }
    return result.data;
  }

  /** The error codes of a call that must fail. */
  async codes(query: string, variables: Record<string, unknown> = {}, options: CallOptions = {}) {
    const result = await this.request(query, variables, options);
    return (result.errors ?? []).map((error) => error.extensions?.code as string);
  }
}
