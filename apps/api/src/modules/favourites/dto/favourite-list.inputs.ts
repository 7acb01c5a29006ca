import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CreateFavouriteListInput {
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(120, { message: 'field.tooLong|max=120' }) name!: string;
}

@InputType()
export class RenameFavouriteListInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) listId!: string;
  @Field() @IsString() @IsNotEmpty({ message: 'field.required' }) @MaxLength(120, { message: 'field.tooLong|max=120' }) name!: string;
}

@InputType()
export class DeleteFavouriteListInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) listId!: string;
}

@InputType()
export class FavouriteListItemInput {
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) listId!: string;
  @Field(() => ID) @IsUUID('all', { message: 'field.invalid' }) supplierId!: string;
}
