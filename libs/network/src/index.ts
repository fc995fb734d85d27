export { NetworkModule } from './network.module';
