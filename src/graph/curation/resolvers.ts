/** The resolvers of curation: mutations for editors and the audit log. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const curationResolvers: Function[] = [];
