// The one way to write a route handler: the caller's role checked first (401/403), the query
// string parsed with its schema (400 naming the parameter), any failure as a problem
// document in the reader's language. The handler itself stays a few lines:
//
//   export const GET = defineRoute({ role: "CATALYST", query: organisationSearchSchema,
//     run: async ({ query }) => Response.json({ organisations: await searchOrganisations(query.q) }) });
import "server-only";
import type { z } from "zod";
import type { NextRequest } from "next/server";
import { unstable_rethrow } from "next/navigation";
import { AppError } from "@/lib/errors";
import { authorize, type ActionAccess, type ActionContext } from "@/lib/actions/define-action";
import { requestLocale, type Locale } from "@/lib/i18n/locale";
import { errorProblem } from "@/lib/http/problem";

type Params = Record<string, string | string[] | undefined>;

export type RouteContext<A extends ActionAccess, Q> = {
  request: NextRequest;
  user: ActionContext<A>["user"];
  query: Q;
  params: Params;
  locale: Locale;
};

/** The query string as an object: one value per name, an array when a name repeats. */
export function searchParamsObject(searchParams: URLSearchParams): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    object[name] = values.length > 1 ? values : values[0]!;
  }
  return object;
}

export function defineRoute<A extends ActionAccess, Q extends z.ZodType = z.ZodType<Record<string, never>>>(spec: {
  role: A;
  query?: Q;
  run: (context: RouteContext<A, z.output<Q>>) => Promise<Response>;
}): (request: NextRequest, context: { params: Promise<Params> }) => Promise<Response> {
  return async (request, context) => {
    const locale = await requestLocale();
    try {
      const user = await authorize(spec.role);
      let query = {} as z.output<Q>;
      if (spec.query) {
        const parsed = spec.query.safeParse(searchParamsObject(request.nextUrl.searchParams));
        if (!parsed.success) throw AppError.fromZod(parsed.error, { key: "errors.http.badParameters" });
        query = parsed.data;
      }
      return await spec.run({ request, user, query, params: (await context?.params) ?? {}, locale });
    } catch (error) {
      unstable_rethrow(error);
      return errorProblem(error, locale);
    }
  };
}
