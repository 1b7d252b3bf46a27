// The part of negotiator 1.x (the content negotiation Apollo Server and the compression
// middleware use) that graphql-http.ts calls. The package ships no types, and DefinitelyTyped's
// describe 0.6, without the `preferred` option.
declare module "negotiator" {
  export default class Negotiator {
    constructor(request: { headers: Record<string, string | string[] | undefined> });
    /** The client's most preferred of `available`, ties broken by `options.preferred`; undefined when none is acceptable. */
    encoding(available?: readonly string[], options?: { preferred?: readonly string[] }): string | undefined;
  }
}
