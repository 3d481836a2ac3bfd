// The GraphQL client: queries and mutations over HTTP on the same origin (the session cookie
// goes along), subscriptions over the server's graphql-transport-ws endpoint.

import { Client, cacheExchange, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import { capitalized } from './labels';

export function makeClient(origin: string = window.location.origin): Client {
  const wsUrl = `${origin.replace(/^http/, 'ws')}/graphql/ws`;
  const ws = createWsClient({ url: wsUrl, lazy: true, retryAttempts: Number.POSITIVE_INFINITY });
  return new Client({
    url: `${origin}/graphql`,
    // The header lets the server take a file upload (multipart) as this page's own request.
    fetchOptions: { credentials: 'same-origin', headers: { 'x-balans-csrf': '1' } },
    requestPolicy: 'cache-and-network',
    // GET /graphql is GraphiQL's page: every operation is a POST.
    preferGetMethod: false,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The Swedish text of a GraphQL or network error, as the server gives it in `extensions.messageSv`, begun as a sentence. */
export function swedishError(error: { graphQLErrors?: GraphQLErrorLike[]; networkError?: Error } | undefined | null): string | null {
  if (!error) return null;
  const first = error.graphQLErrors?.[0];
  if (first) {
    const sv = first.extensions?.messageSv;
    return capitalized(typeof sv === 'string' && sv ? sv : first.message);
  }
  if (error.networkError) return 'Servern svarar inte. Kontrollera anslutningen och försök igen.';
  return 'Något gick fel.';
}

/** The error's code (`UNAUTHENTICATED`, `FORBIDDEN`, `NOT_FOUND`, …), if it has one. */
export function errorCode(error: { graphQLErrors?: GraphQLErrorLike[] } | undefined | null): string | null {
  const code = error?.graphQLErrors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}
