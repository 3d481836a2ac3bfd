// Who is signed in, from the server's `/auth/me` (see the sign-in contract), and what they may do.

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

export type Role = 'reader' | 'party' | 'secretary' | 'admin';

export interface Grant {
  role: Role;
  party: string | null;
  forum: string | null;
}

export interface Me {
  signedIn: boolean;
  principal: { id: string; name: string; kind: string } | null;
  grants: Grant[];
  canWrite: boolean;
  publicRead: boolean;
  signInMethods: string[];
  /** False when the server has no sign-in (`/auth/me` is 404): everyone may then write. */
  signInAvailable: boolean;
}

export const NO_SIGN_IN: Me = {
  signedIn: false,
  principal: null,
  grants: [],
  canWrite: true,
  publicRead: true,
  signInMethods: [],
  signInAvailable: false,
};

/** What `/auth/me` (or `/auth/login`) answered, or the server without sign-in on a 404. */
export function meFromResponse(status: number, body: unknown): Me {
  if (status === 404 || !body || typeof body !== 'object') return NO_SIGN_IN;
  const me = body as Partial<Me>;
  return {
    signedIn: Boolean(me.signedIn),
    principal: me.principal ?? null,
    grants: Array.isArray(me.grants) ? me.grants : [],
    canWrite: Boolean(me.canWrite),
    publicRead: me.publicRead !== false,
    signInMethods: Array.isArray(me.signInMethods) ? me.signInMethods : ['password'],
    signInAvailable: true,
  };
}

/** Whether the signed-in person may import protocols: a meeting's import records the meeting
 * itself, which is the secretary's (or the admin's) to do. */
export function canImport(me: Me): boolean {
  if (!me.signInAvailable) return me.canWrite;
  return me.grants.some((grant) => grant.role === 'secretary' || grant.role === 'admin');
}

/** The party whose view the signed-in person gets by default. */
export function ownParty(me: Me): string | null {
  return me.grants.find((grant) => grant.role === 'party' && grant.party)?.party ?? null;
}

/** Only a path on this site may be returned to after signing in. */
export function safeReturn(target: string | null): string {
  return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : '/';
}

interface AuthState {
  me: Me | null;
  refresh: () => Promise<void>;
  setMe: (me: Me) => void;
}

const AuthContext = createContext<AuthState>({ me: null, refresh: async () => {}, setMe: () => {} });

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const refresh = useCallback(async () => {
    try {
      const response = await fetch('/auth/me', { credentials: 'same-origin', headers: { accept: 'application/json' } });
      const body = response.ok ? await response.json() : null;
      setMe(meFromResponse(response.status, body));
    } catch {
      setMe({ ...NO_SIGN_IN, canWrite: false });
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <AuthContext.Provider value={{ me, refresh, setMe }}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  return useContext(AuthContext);
}
