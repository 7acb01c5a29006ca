import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldError } from './app-error';
import { MessageKey, messages } from './messages';

/**
 * Validates every input DTO (class-validator). Constraint messages are message keys, so the
 * error names each bad field with a translated message: BAD_USER_INPUT with `fields[].path`.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => AppError.badInput(flatten(errors)),
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).slice(0, 1).map((message) => toFieldError(path, message));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

function toFieldError(path: string, message: string): FieldError {
  // Messages are written as "key|param=value" by the DTO decorators (see dto helpers).
  const [key, ...rawParams] = message.split('|');
  const params = Object.fromEntries(rawParams.map((p) => p.split('=') as [string, string]));
  const messageKey = (key && key in messages.fr ? key : 'field.invalid') as MessageKey;
  return { path, messageKey, params };
}
