import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { useMemo } from 'react';
import { Layout } from './components/Layout';
import { AuthProvider } from './lib/auth';
import { makeClient } from './lib/client';
import { AdminPage } from './pages/Admin';
import { AgendaPage } from './pages/Agenda';
import { CasePage } from './pages/Case';
import { Cases } from './pages/Cases';
import { ImportPage } from './pages/Import';
import { MeetingPage } from './pages/Meeting';
import { Meetings } from './pages/Meetings';
import { NotFound } from './pages/NotFound';
import { ProtocolPage } from './pages/Protocol';
import { Overview } from './pages/Overview';
import { Register } from './pages/Register';
import { SignIn } from './pages/SignIn';
import { Titled } from './components/Titled';

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Titled title="Översikt"><Overview /></Titled> },
      { path: 'arenden', element: <Titled title="Ärenden"><Cases /></Titled> },
      { path: 'arenden/:id', element: <Titled title="Ärende"><CasePage /></Titled> },
      { path: 'moten', element: <Titled title="Möten"><Meetings /></Titled> },
      { path: 'moten/:id', element: <Titled title="Möte"><MeetingPage /></Titled> },
      { path: 'moten/:id/protokoll', element: <Titled title="Protokoll"><ProtocolPage /></Titled> },
      { path: 'dagordning', element: <Titled title="Dagordning"><AgendaPage /></Titled> },
      { path: 'dagordning/:forum', element: <Titled title="Dagordning"><AgendaPage /></Titled> },
      { path: 'registrera', element: <Titled title="Registrera"><Register /></Titled> },
      { path: 'importera', element: <Titled title="Importera protokoll"><ImportPage /></Titled> },
      { path: 'import', element: <Navigate to="/importera" replace /> },
      { path: 'logga-in', element: <Titled title="Logga in"><SignIn /></Titled> },
      { path: 'admin', element: <Titled title="Administration"><AdminPage /></Titled> },
      { path: '*', element: <Titled title="Sidan finns inte"><NotFound /></Titled> },
    ],
  },
]);

export function App() {
  const client = useMemo(() => makeClient(), []);
  return (
    <Provider value={client}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </Provider>
  );
}
