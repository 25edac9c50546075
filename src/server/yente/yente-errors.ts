import type { FastifyError, FastifyInstance } from 'fastify';
import { isAppError } from '../../core/index.ts';
import { HTTP_STATUS } from '../http-status.ts';

/** One validation problem as FastAPI reports it in a 422 answer. */
interface ValidationDetail {
  loc: (string | number)[];
  msg: string;
  type: string;
}

function validationDetails(error: FastifyError): ValidationDetail[] {
  const context = error.validationContext ?? 'body';
  const where = context === 'querystring' ? 'query' : context === 'params' ? 'path' : context;
  return (error.validation ?? []).map((issue) => {
    const path = issue.instancePath.split('/').filter((p) => p !== '');
    const missing = (issue.params as { missingProperty?: unknown }).missingProperty;
    return {
      loc: [where, ...path, ...(typeof missing === 'string' ? [missing] : [])],
      msg: issue.message ?? 'invalid',
      type: issue.keyword === 'required' ? 'missing' : issue.keyword,
    };
  });
}

/**
 * Makes errors inside a scope answer as yente does: `{"detail": …}`, 422 with FastAPI's list of
 * problems for a request that fails validation (a body that is not JSON included), the status of
 * the error code otherwise. Sift's own routes keep `{error: {code, message}}`.
 */
export function useYenteErrors(scope: FastifyInstance): void {
  scope.setErrorHandler((error: FastifyError, _request, reply) => {
    if (isAppError(error)) {
      void reply.status(HTTP_STATUS[error.code]).send({ detail: error.message });
      return;
    }
    if (error.validation !== undefined) {
      void reply.status(422).send({ detail: validationDetails(error) });
      return;
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      void reply.status(422).send({
        detail: [{ loc: ['body'], msg: 'JSON decode error', type: 'json_invalid' }],
      });
      return;
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      void reply.status(status).send({ detail: error.message });
      return;
    }
    process.stderr.write(`sift serve: unexpected error: ${error.stack ?? error.message}\n`);
    void reply
      .status(500)
      .send({ detail: 'The server failed to answer; the error is in its log.' });
  });
}
