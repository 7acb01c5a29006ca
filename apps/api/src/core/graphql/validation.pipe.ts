import { ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
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

/**
 * Validates JSON that stands for a GraphQL input (a saved search's filters) with the same DTO
 * class and rules as the pipe, unknown fields refused: BAD_USER_INPUT with paths under `path`.
 */
export async function validatedInput<T extends object>(type: new () => T, value: unknown, path: string): Promise<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw AppError.badInput([{ path, messageKey: 'field.invalid' }]);
  const instance = plainToInstance(type, value);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true, stopAtFirstError: true });
  if (errors.length) throw AppError.badInput(flatten(errors, path));
  return instance;
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
