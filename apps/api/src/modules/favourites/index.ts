export { FavouritesModule } from './favourites.module';
export { FavouritesService } from './favourites.service';
