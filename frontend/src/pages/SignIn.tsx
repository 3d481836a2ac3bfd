import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { meFromResponse, safeReturn, useAuth } from '../lib/auth';

export function SignIn() {
  const { me, setMe } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const target = safeReturn(params.get('return'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!username.trim() || !password) {
      setProblem('Fyll i både användarnamn och lösenord.');
      return;
    }
    setBusy(true);
    try {
      const response = await fetch('/auth/login', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ username: username.trim(), password }),
      });
      const body = await response.json().catch(() => null);
      if (response.ok) {
        setMe(meFromResponse(response.status, body));
        navigate(target);
        return;
      }
      if (response.status === 429) {
        const wait = response.headers.get('retry-after');
        setProblem(`För många försök. Vänta ${wait ? `${wait} sekunder` : 'en stund'} och försök igen.`);
      } else if (response.status === 404) {
        setProblem('Servern har ingen inloggning påslagen.');
      } else {
        setProblem(typeof body?.messageSv === 'string' ? body.messageSv : 'Inloggningen misslyckades.');
      }
      // The password is asked again; the user name stays.
      setPassword('');
    } catch {
      setProblem('Servern svarar inte. Försök igen om en stund.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="narrow">
      <Heading level={1} data-size="lg">
        Logga in
      </Heading>
      {me?.signedIn && <Paragraph>Du är inloggad som {me.principal?.name}.</Paragraph>}
      <Paragraph>Utan inloggning kan du läsa. För att se din parts översikt och registrera behöver du logga in.</Paragraph>
      {problem && (
        <Alert data-color="danger" role="alert">
          {problem}
        </Alert>
      )}
      <form onSubmit={submit} className="stack" noValidate>
        <Textfield label="Användarnamn" autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} required />
        <Textfield label="Lösenord" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} required />
        <Button type="submit" disabled={busy}>
          {busy ? 'Loggar in…' : 'Logga in'}
        </Button>
      </form>
      {me?.signInMethods.includes('oidc') && (
        <Paragraph>
          <a href={`/auth/oidc/start?return=${encodeURIComponent(target)}`}>Logga in med kommunens inloggning</a>
        </Paragraph>
      )}
    </div>
  );
}
