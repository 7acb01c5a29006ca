export { FavouritesModule } from './favourites.module';
