import { Link } from 'react-router';
import { Heading, Paragraph } from '@digdir/designsystemet-react';

export function NotFound() {
  return (
    <>
      <Heading level={1} data-size="lg">
        Sidan finns inte
      </Heading>
      <Paragraph>
        Adressen leder ingenstans. Gå till <Link to="/">översikten</Link> eller <Link to="/arenden">sök bland ärendena</Link>.
      </Paragraph>
    </>
  );
}
