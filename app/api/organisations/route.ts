// Organisation autocomplete for the alliance editor (catalysts only).
import { defineRoute } from "@/lib/http/route";
import { searchOrganisations } from "@/lib/organisations/service";
import { organisationSearchSchema } from "@/lib/validation/organisation";

export const dynamic = "force-dynamic";

export const GET = defineRoute({
  role: "CATALYST",
  query: organisationSearchSchema,
  run: async ({ query }) => Response.json({ organisations: await searchOrganisations(query.q) }),
});
