import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Button, SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { canImport, useAuth } from '../lib/auth';
import { isAdmin } from '../lib/admin';

const LINKS = [
  { to: '/', label: 'Översikt', end: true },
  { to: '/arenden', label: 'Ärenden' },
  { to: '/moten', label: 'Möten' },
  { to: '/dagordning', label: 'Dagordning' },
];

export function Layout() {
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);

  // A new screen is announced by moving focus to its content, as a page load would, unless
  // the screen put focus on its first field itself.
  useEffect(() => {
    if (!main.current?.contains(document.activeElement)) main.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  async function signOut() {
    await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' });
    await refresh();
    navigate('/');
  }

  const links = [...LINKS];
  if (me?.canWrite) {
    links.push({ to: '/registrera', label: 'Registrera' });
  }
  if (me && canImport(me)) {
    links.push({ to: '/importera', label: 'Importera' });
  }
  if (isAdmin(me)) {
    links.push({ to: '/admin', label: 'Administration' });
  }

  return (
    <>
      <SkipLink href="#innehall">Hoppa till innehållet</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="app-brand" aria-label="balans, till översikten">
            balans
          </NavLink>
          <nav aria-label="Huvudmeny">
            <ul className="app-nav">
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} end={link.end}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="app-user">
            {me?.signedIn ? (
              <>
                <span>{me.principal?.name}</span>
                <Button variant="tertiary" data-size="sm" onClick={() => void signOut()}>
                  Logga ut
                </Button>
              </>
            ) : me?.signInAvailable ? (
              <NavLink to={`/logga-in?return=${encodeURIComponent(location.pathname + location.search)}`}>Logga in</NavLink>
            ) : null}
          </div>
        </div>
      </header>
      <main id="innehall" ref={main} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
    </>
  );
}
