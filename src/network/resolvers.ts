import { NetworkResolver } from './network.resolver';

/** The resolvers of network walks across kinds: neighbourhood, paths, search. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const networkResolvers: Function[] = [NetworkResolver];
