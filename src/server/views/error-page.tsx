import type { FC } from 'hono/jsx';
import { Layout } from './layout.tsx';

const TITLES: Record<number, string> = { 400: 'Bad request', 404: 'Not found', 500: 'Something went wrong' };

/** A human error page with a way back. */
export const ErrorPage: FC<{ status: number; message: string }> = ({ status, message }) => (
  <Layout title={TITLES[status] ?? 'Error'}>
    <h1>{TITLES[status] ?? 'Error'}</h1>
    <p>{message}</p>
    <p>
      <a href="/">Back to today's stories</a>
    </p>
  </Layout>
);
