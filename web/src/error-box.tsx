import { ApiError } from './api-client.ts';

/** Shows a failure in plain words with what to do next, announced to screen readers. */
export function ErrorBox({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError(
          'UNEXPECTED',
          error instanceof Error ? error.message : 'Something went wrong on this page.',
          'Reload the page and try again.',
        );
  return (
    <div class="error-box" role="alert">
      <strong>{apiError.message}</strong>
      <span> {apiError.next}</span>
      <span class="error-code"> ({apiError.code})</span>
    </div>
  );
}
