import type { Hono } from 'hono';
import type { AppDeps } from '../../deps.ts';
import { confirmForm, confirmSubmit } from './confirm-page.tsx';
import { preferencesForm, preferencesSubmit } from './preferences-page.tsx';
import { createSubscribeContext } from './subscribe-context.ts';
import { subscribeForm, subscribeSubmit } from './subscribe-page.tsx';
import { unsubscribeForm, unsubscribeSubmit } from './unsubscribe-page.tsx';

/** Adds the subscription pages: sign-up, double opt-in confirm, preferences and one-click unsubscribe. */
export function registerSubscribeRoutes(app: Hono, deps: AppDeps): void {
  const ctx = createSubscribeContext(deps);
  app.get('/subscribe', subscribeForm());
  app.post('/subscribe', subscribeSubmit(ctx));
  app.get('/confirm/:token', confirmForm(ctx));
  app.post('/confirm/:token', confirmSubmit(ctx));
  app.get('/preferences/:token', preferencesForm(ctx));
  app.post('/preferences/:token', preferencesSubmit(ctx));
  app.get('/unsubscribe/:token', unsubscribeForm(ctx));
  app.post('/unsubscribe/:token', unsubscribeSubmit(ctx));
}
