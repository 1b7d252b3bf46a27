// Route declarations for one area of the app; routes.ts spreads them in.
import type { RouteDeclaration } from "../support/declaration.ts";

export const notifyRoutes: Record<string, RouteDeclaration> = {};
