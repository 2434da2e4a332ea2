// An admin downloads a person's data on their written request (POST: the reference is audited).
import { defineRoute } from "@/lib/http/route";
import { AppError } from "@/lib/errors";
import { exportPersonalData } from "@/lib/privacy/service";
import { formDataToObject } from "@/lib/validation/form";
import { adminDataRequestSchema } from "@/lib/validation/privacy";

export const POST = defineRoute({
  role: "ADMIN",
  run: async ({ request, user, params }) => {
    const form = await request.formData().catch(() => new FormData());
    const parsed = adminDataRequestSchema.safeParse({ ...formDataToObject(form), userId: params.id });
    if (!parsed.success) throw AppError.fromZod(parsed.error, { key: "privacy.errors.referenceRequired" });
    const { fileName, data } = await exportPersonalData(user, parsed.data.userId, { reference: parsed.data.reference });
    return new Response(JSON.stringify(data, null, 2), {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName.replace("mes-donnees", parsed.data.userId)}"`, "Cache-Control": "no-store" },
    });
  },
});
