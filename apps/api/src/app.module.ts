import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { Env } from './core/config';
import { CoreModule } from './core/core.module';
import { FilesModule } from './core/files';
import { graphqlOptions } from './core/graphql';
import { HealthModule } from './core/health/health.module';
import { AlertsModule } from './modules/alerts';
import { ConsortiaModule } from './modules/consortia';
import { IdentityModule } from './modules/identity';
import { MessagingModule } from './modules/messaging';
import { OrganizationsModule } from './modules/organizations';
import { FavouritesModule } from './modules/favourites';
import { ReferenceDataModule } from './modules/reference-data';
import { MatchingModule } from './modules/matching';
import { NeedsModule } from './modules/needs';
import { NotificationsModule } from './modules/notifications';
import { ResponsesModule } from './modules/responses';
import { SearchModule } from './modules/search';
import { StatusProofsModule } from './modules/status-proofs';
import { SuppliersModule } from './modules/suppliers';

/** The GraphQL API process. */
@Module({
  imports: [
    CoreModule,
    DiscoveryModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, inject: [Env], useFactory: graphqlOptions }),
    HealthModule,
    FilesModule,
    IdentityModule,
    OrganizationsModule,
    ReferenceDataModule,
    SuppliersModule,
    StatusProofsModule,
    FavouritesModule,
    SearchModule,
    NeedsModule,
    NotificationsModule,
    MatchingModule,
    AlertsModule,
    ConsortiaModule,
    ResponsesModule,
    MessagingModule,
  ],
})
export class AppModule {}
