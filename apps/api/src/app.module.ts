import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { Env } from './core/config';
import { CoreModule } from './core/core.module';
import { graphqlOptions } from './core/graphql';
import { HealthModule } from './core/health/health.module';
import { IdentityModule } from './modules/identity';
import { OrganizationsModule } from './modules/organizations';
import { ReferenceDataModule } from './modules/reference-data';

/** The GraphQL API process. */
@Module({
  imports: [
    CoreModule,
    DiscoveryModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, inject: [Env], useFactory: graphqlOptions }),
    HealthModule,
    IdentityModule,
    OrganizationsModule,
    ReferenceDataModule,
  ],
})
export class AppModule {}
