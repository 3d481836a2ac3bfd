// Live updates: the screen asks again whenever the server stores an event (of one forum, or of
// any), through the `events` subscription, so what it shows follows without a reload.

import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import { graphql } from '../gql';

const EventsSubscription = graphql(`
  subscription LiveEvents($forum: ID) {
    events(forum: $forum) {
      position
      type
    }
  }
`);

export function useLive(refetch: () => void, forum?: string | null): void {
  const [{ data }] = useSubscription({ query: EventsSubscription, variables: { forum: forum ?? null } });
  const position = data?.events.position;
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => {
    if (position !== undefined) latest.current();
  }, [position]);
}
