import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Me, Organization } from './api';
import { hasRole } from './menu';

// What every page knows of the session: who is logged in and the registered organizations, loaded once by the layout
// (App.tsx) and handed down here. Pages import this module, never the layout, which imports them.

export { hasRole };

const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the layout');
  return me;
}

export interface Organizations {
  /** Undefined until they have come. */
  data?: Organization[];
  /** Why they did not come, for <Problem>. */
  error?: unknown;
  /** Fetches them again, after one was registered. */
  reload?: () => Promise<void>;
}

/** The registered organizations, loaded once for the whole layout. */
const OrganizationsContext = createContext<Organizations>({});

export function useOrganizations(): Organizations {
  return useContext(OrganizationsContext);
}

/** An organization's name by its code; the code itself while the list loads or if it is unknown. */
export function organizationName(organizations: Organization[] | undefined, code: string): string {
  return organizations?.find((o) => o.code === code)?.name ?? code;
}

export function useOrganizationName(): (code: string) => string {
  const { data } = useOrganizations();
  return useCallback((code: string) => organizationName(data, code), [data]);
}

/** Hands the caller and the organizations to the pages beneath. */
export function Session({ me, organizations, children }: { me: Me; organizations: Organizations; children: ReactNode }) {
  return (
    <MeContext.Provider value={me}>
      <OrganizationsContext.Provider value={organizations}>{children}</OrganizationsContext.Provider>
    </MeContext.Provider>
  );
}
